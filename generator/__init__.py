"""gongshi (公示): a static site generator for the public disclosure of community social organizations."""

from importlib.metadata import PackageNotFoundError, version

try:
    # from the git tag the installed copy was built from (setuptools-scm, pyproject.toml)
    __version__ = version("gongshi")
except PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"
