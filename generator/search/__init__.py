"""The search index: tokens (Chinese as character pairs), text of hand-written pages, bundle (one
Pagefind run), index (records, documents, shards, the cached bundles of a site).

May import: generator.runtime and the standard library.
"""
