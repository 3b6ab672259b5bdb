"""Shared fixtures: a small real site repository copied into a temporary folder per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.findings import Report
from generator.load import load_site

SITES = Path(__file__).parent / "sites"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    """A writable copy of tests/sites/minimal, which validates clean."""
    target = tmp_path / "site"
    shutil.copytree(SITES / "minimal", target)
    return target


def validate(root: Path) -> Report:
    report = Report()
    load_site(root, report)
    return report
