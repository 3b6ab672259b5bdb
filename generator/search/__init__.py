"""The search index: tokens (Chinese as character pairs), text of hand-written pages, documents, bundles, Pagefind.

May import: generator.runtime and the standard library.
"""
