"""What the wheel carries and the version it reports: pyproject.toml's package data holds every
template, asset and `gongshi init` file, and nothing of the validator's npm sources; versions come
from git tags (setuptools-scm). tests/test_wheel.py builds the wheel itself where it can."""

from __future__ import annotations

import fnmatch
import glob
import importlib.metadata
import re

import pytest

import generator
from generator.cli import main
from tests.conftest import REPO

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

PACKAGE = REPO / "generator"
TEMPLATES = PACKAGE / "templates"
SOURCES = "templates/assets/gongshi/vendor/.src/"
# PEP 440, as setuptools-scm writes it (0.2.0, 0.2.1.dev3+g1a2b3c4, 0.2.1.dev3+g1a2b3c4.d20261206)
VERSION = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?(\+[0-9a-z.]+)?$")


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _shipped() -> set[str]:
    """The files under generator/ that setuptools puts in the wheel besides the modules: its
    package-data globs (matched like setuptools' glob: `**` recursive, dot-folders skipped),
    less exclude-package-data."""
    tool = _pyproject()["tool"]["setuptools"]
    assert tool["include-package-data"] is False  # else every file git tracks would ship
    found: set[str] = set()
    for pattern in tool["package-data"]["generator"]:
        found.update(glob.glob(pattern, root_dir=PACKAGE, recursive=True))
    excluded = tool["exclude-package-data"]["generator"]
    return {
        name
        for name in found
        if (PACKAGE / name).is_file()
        and not any(fnmatch.fnmatch(name, pattern) for pattern in excluded)
    }


def test_the_wheel_carries_every_data_file() -> None:
    """Every file of the package that is not Python: templates, assets, what `gongshi init`
    writes; a new kind of file (an .svg, a .json) fails here until pyproject.toml lists it."""
    needed = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file()
        and path.suffix not in (".py", ".pyc")
        and "__pycache__" not in path.parts
        and not path.relative_to(PACKAGE).as_posix().startswith(SOURCES)
        and path.name != "README.md"  # vendor/README.md: how the bundle is made, not published
    }
    assert needed >= {
        "py.typed",
        "templates/main.html",
        "templates/gongshi/shell.html",
        "templates/assets/gongshi/gongshi.css",
        "templates/assets/gongshi/vendor/ajv2020.min.js",
        "templates/assets/gongshi/vendor/ajv2020.LICENSES.txt",
        "workflow/init_files/site_config.yml",
        "workflow/init_files/github/pr.yml",
    }
    assert _shipped() == needed


def test_the_wheel_leaves_out_the_validators_npm_sources() -> None:
    sources = [p for p in (TEMPLATES / "assets/gongshi/vendor/.src").iterdir() if p.is_file()]
    assert sources  # the npm project is there to be left out
    for name in _shipped():
        assert not name.startswith(SOURCES), name
    tool = _pyproject()["tool"]["setuptools"]
    assert tool["packages"]["find"]["include"] == ["generator*"]  # not tools/, tests/ nor bench/


def test_the_version_comes_from_git_tags() -> None:
    pyproject = _pyproject()
    assert "version" not in pyproject["project"]
    assert pyproject["project"]["dynamic"] == ["version"]
    assert any(r.startswith("setuptools-scm") for r in pyproject["build-system"]["requires"])
    assert VERSION.match(pyproject["tool"]["setuptools_scm"]["fallback_version"])
    assert pyproject["project"]["license"] == "MIT"  # an SPDX expression, not a table


def test_the_version_is_the_installed_one(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        installed = importlib.metadata.version("gongshi")
    except importlib.metadata.PackageNotFoundError:
        installed = "0+unknown"
    assert generator.__version__ == installed
    assert VERSION.match(generator.__version__)
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"gongshi {generator.__version__}\n"
