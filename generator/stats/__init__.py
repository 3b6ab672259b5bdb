"""Figures of the bureau's annual results (numbers only), their titled tables and charts.

May import: generator.input, generator.model, generator.views, generator.render.
"""
