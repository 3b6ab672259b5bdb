"""The people's workflows around a site: owners (CODEOWNERS) and changes (check-changes),
the nightly report and its link check (links), scaffolds, guide, demo, init.

May import: generator.input, model, exports, findings, messages (never the engine or the CLI).
"""
