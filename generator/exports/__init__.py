"""What the site publishes besides pages: open data (JSON/CSV), feeds, sitemaps, QR codes, JSON Schemas, downloads.

May import: generator.input, generator.model, generator.views, generator.stats, generator.render.filters.
"""
