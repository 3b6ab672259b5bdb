"""The only package that imports MkDocs: the plugin's hooks, the engine the pipeline is handed
(mkdocs), the content pages' hooks (content), the cached page frame (frame), theme and nav, glossary.

May import: every layer of gongshi (it sits at the top, beside generator.cli).
"""
