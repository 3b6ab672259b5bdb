"""Reading a repository: text files and safe YAML with positions (textfile, yamlio, yamlhints), field types and single-value codes (fieldtypes, codes), record models (records/), settings (config), validation into findings (validation, fielderrors).

May import: generator.findings, generator.messages (nothing else of gongshi).
"""
