"""Plain data for templates: the page catalog and a module per kind of page (organizations,
projects, activities, directories, annual, submit, home, policy, portal), no writing of files.

May import: generator.input, model, media (image entries), stats (annual results), formatting.
"""
