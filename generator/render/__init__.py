"""Turning data into markup: filters (Markdown, dates, money), SVG charts, record pages through a page frame.

May import: generator.input, generator.views, generator.runtime (never MkDocs: the frame comes from the engine).
"""
