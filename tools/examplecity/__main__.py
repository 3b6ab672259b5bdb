"""PYTHONPATH=tools python -m examplecity — regenerate the example city."""

from examplecity.build import main

raise SystemExit(main())
