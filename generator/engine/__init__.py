"""The only package that imports MkDocs: the plugin's hooks, content pages, the page frame, nav, the glossary.

May import: every stage of gongshi (it sits at the top, beside generator.cli).
"""
