"""python -m generator"""

from .cli import entry

entry()
