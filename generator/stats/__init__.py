"""The bureau's annual results: figures (numbers only), and the titled tables and charts made from them.

May import: generator.input, generator.model, generator.render (charts and number formatting of the tables).
"""
