"""gongshi (公示): a static site generator for the public disclosure of community social organizations."""

__version__ = "0.1.0"
