"""Reading a repository: safe YAML with positions, field types, record models, settings, validation into findings, loading.

May import: generator.findings, generator.messages (nothing else of gongshi).
"""
