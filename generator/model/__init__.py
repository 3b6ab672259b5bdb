"""The Site (a city's records, its indexes and registers), loading a repository into it (load,
load_registers, load_policies, load_calls; held: the folders `gongshi serve` is told did not
change, taken as last read), the bureau's registers judged on a date (registers), and the checks beyond
types (checks, checks_org, checks_fields, checks_registers, privacy).

May import: generator.input, generator.media (image inspection), generator.runtime, findings.
"""
