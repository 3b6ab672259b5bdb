"""python -m generator.examplecity — regenerate the example city."""

from .build import main

raise SystemExit(main())
