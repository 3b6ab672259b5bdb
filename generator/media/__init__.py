"""Photos and logos as untrusted input: inspect, decode, strip metadata, derive sizes; the content-keyed cache.

May import: generator.runtime, generator.findings (nothing of the records or the site).
"""
