"""The wheel alone makes a working site: `gongshi init`, `new org` and `build` in a fresh virtual
environment outside the checkout, with gongshi installed from the wheel and nothing else of it.

The wheel is built from a copy of the checkout (building in place would leave build/ and
*.egg-info/ behind, and stale files in build/ would end up in later wheels). No network: the new
environment sees the development environment's installed dependencies through a .pth file naming
its site-packages. Python adds that folder to sys.path but does not process the .pth files inside
it, so the development environment's editable gongshi stays invisible; the test checks that
`generator` is imported from the new environment.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# Not needed to build the wheel, and large or machine-specific.
IGNORED = shutil.ignore_patterns(
    ".git", ".venv", ".cache", "site", "build", "dist", "*.egg-info", "__pycache__",
    ".pytest_cache", ".ruff_cache", "node_modules", "orgs",
)  # fmt: skip


def run(command: list[str], *, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=180)


def clean_environment() -> dict[str, str]:
    """os.environ without what would let the checkout or the user's site-packages be imported."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    return {
        **env,
        "PYTHONNOUSERSITE": "1",
        "PIP_NO_INDEX": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }


def build_wheel(work: Path, env: dict[str, str]) -> Path:
    source = work / "checkout"
    shutil.copytree(REPO, source, ignore=IGNORED, symlinks=True)
    wheels = work / "wheels"
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    result = run([*command, "-q", "-w", str(wheels), str(source)], cwd=work, env=env)
    assert result.returncode == 0, result.stderr
    (built,) = wheels.glob("gongshi-*.whl")
    return built


def missing_backend() -> str | None:
    """Why this environment cannot build a wheel offline (--no-build-isolation), or None:
    pyproject.toml's [build-system] wants setuptools ≥ 77 (the license as an SPDX string) and
    setuptools-scm (the version from git tags; 0.1.0 in this copy without .git)."""
    try:
        version = importlib.metadata.version("setuptools")
    except importlib.metadata.PackageNotFoundError:
        return "setuptools is not installed"
    numbers = tuple(int(part) for part in re.findall(r"\d+", version)[:2])
    if numbers < (77, 0):
        return f"setuptools {version} is older than pyproject.toml's build-system asks (≥ 77)"
    if not importlib.util.find_spec("setuptools_scm"):
        return "setuptools-scm is not installed (pyproject.toml's build-system asks for it)"
    return None


def installed_packages() -> list[str]:
    """The folders of this environment's installed packages (not the checkout on PYTHONPATH)."""
    folders = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    folders |= {
        entry for entry in sys.path if Path(entry).name in ("site-packages", "dist-packages")
    }
    return sorted(folder for folder in folders if Path(folder).is_dir())


def make_environment(work: Path, env: dict[str, str]) -> Path:
    """A virtual environment whose own site-packages comes first, the development one after."""
    venv = work / "venv"
    result = run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=work, env=env)
    assert result.returncode == 0, result.stderr
    python = venv / "bin" / "python"
    query = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    purelib = Path(run([str(python), "-c", query], cwd=work, env=env).stdout.strip())
    (purelib / "development.pth").write_text("\n".join(installed_packages()) + "\n")
    return venv


def test_the_wheel_alone_makes_a_working_site(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("the paths of a virtual environment are POSIX ones here")
    if reason := missing_backend():
        pytest.skip(f"cannot build the wheel here without network: {reason}")
    assert not tmp_path.resolve().is_relative_to(REPO)
    env = clean_environment()
    wheel = build_wheel(tmp_path, env)
    names = zipfile.ZipFile(wheel).namelist()
    assert not [name for name in names if name.startswith(("tools/", "tests/"))]
    assert not [name for name in names if "examplecity" in name]
    assert "generator/templates/gongshi/org.html" in names

    venv = make_environment(tmp_path, env)
    python, gongshi = venv / "bin" / "python", venv / "bin" / "gongshi"
    install = [str(python), "-m", "pip", "install", "--no-deps", "--ignore-installed", "-q"]
    result = run([*install, str(wheel)], cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    where = run(
        [str(python), "-c", "import generator; print(generator.__file__)"], cwd=tmp_path, env=env
    )
    assert Path(where.stdout.strip()).resolve().is_relative_to(venv.resolve()), where

    city = tmp_path / "city"
    for command in (
        ["init", str(city), "--city", "测试市"],
        ["-C", str(city), "new", "org", "yangguang"],
        ["-C", str(city), "build", "-o", str(tmp_path / "site"), "--workers", "1"],
    ):
        result = run([str(gongshi), *command], cwd=tmp_path, env=env)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
    assert not (city / "theme").exists()
    page = (tmp_path / "site" / "orgs" / "yangguang" / "index.html").read_text(encoding="utf-8")
    # Only gongshi's own template of an organization's page (gongshi/body/org.html) writes this.
    assert '<article class="gs-org" data-pagefind-body' in page
    assert "测试市" in page
