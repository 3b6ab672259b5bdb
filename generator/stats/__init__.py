"""The bureau's annual results: figures (numbers only), and the titled tables and SVG charts
made from them (tables*, charts).

May import: generator.input, generator.model, generator.formatting.
"""
