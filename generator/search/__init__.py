"""The search index: tokens (Chinese as character pairs), text of hand-written pages, search
records of the catalog (records), bundle (one Pagefind run), index (shards, the cached bundles).

May import: generator.views (page specs), generator.runtime.
"""
