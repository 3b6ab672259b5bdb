"""The people's workflows around a site: owners and check-changes, nightly report, scaffolds, guide, demo, init.

May import: generator.input, generator.model, generator.exports, generator.findings, generator.messages.
"""
