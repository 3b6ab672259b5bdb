"""Photos and logos as untrusted input: formats (allowlist, header limits, whole files), images
(inspect, decode, orient, sRGB, derive), cache (content-keyed derivatives, publishing).

May import: generator.runtime, generator.findings (nothing of the records or the site).
"""
