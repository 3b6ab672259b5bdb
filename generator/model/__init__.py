"""The Site (a city's records, its indexes and registers), loading a repository into it (load),
and the checks beyond types (checks, checks_org, checks_fields, privacy).

May import: generator.input, generator.media (image inspection), generator.runtime, findings.
"""
