"""``python -m costbenefit …``: the same command line as ``costbenefit …``."""

from costbenefit.cli.main import run_and_exit

run_and_exit()
