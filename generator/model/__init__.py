"""The Site (records of a city, its indexes and registers) and the checks that span records.

May import: generator.input, generator.media (image inspection), generator.findings.
"""
