"""Plain data for templates: the page catalog and one view module per kind of page; no I/O.

May import: generator.input, generator.model, generator.media (image entries), generator.stats (annual results), generator.render.filters.
"""
