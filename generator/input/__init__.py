"""Reading a repository: text files and safe YAML with positions (textfile, yamlio, yamlhints),
field types and codes (fieldtypes, codes), record models (records/), settings (config),
validation into findings (validation, fielderrors), what the submission form shows (forms).

May import: generator.findings, generator.messages (nothing else of gongshi).
"""
