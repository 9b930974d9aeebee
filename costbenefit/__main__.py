"""``python -m costbenefit …``: the same command line as ``costbenefit …``."""

from costbenefit.cli.main import main

raise SystemExit(main())
