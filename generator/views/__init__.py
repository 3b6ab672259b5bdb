"""Plain data for templates, no I/O: the page catalog, and a module per kind of page (organizations, projects, activities, directories, submit, home, policy, portal).

May import: generator.input, generator.model, generator.media (image entries), generator.stats (annual results), generator.render.filters.
"""
