"""Turning data into markup: the templates' filters (Markdown sanitized, QR codes, JSON-LD), and
record pages written across the cores through a page frame the engine provides (records).

May import: generator.views, generator.formatting, generator.runtime (never MkDocs).
"""
