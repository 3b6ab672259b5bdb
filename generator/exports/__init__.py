"""What the site publishes besides pages: open data and feeds (opendata), CSV/JSON encoding
(formats), annual downloads, JSON Schemas (schema), sitemaps and QR codes.

May import: generator.input, model, stats, views, render.filters, generator.formatting, findings.
"""
