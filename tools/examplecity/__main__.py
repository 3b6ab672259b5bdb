"""PYTHONPATH=tools python -m examplecity — regenerate the example city."""

from generator.pipeline import main

raise SystemExit(main())
