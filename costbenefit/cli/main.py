"""Command line: ``costbenefit COMMAND …`` (evaluate, params, portfolio, montecarlo,
sensitivity, compare, template).

Exit status: 0 success, 2 invalid input (one Norwegian message naming file, field and
fix; no traceback), 1 internal error. Heavy modules are imported inside the commands so
that ``evaluate --format json`` starts fast.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from costbenefit.cli import compare, evaluate, montecarlo, params, portfolio, sensitivity, template

COMMANDS = (evaluate, params, portfolio, montecarlo, sensitivity, compare, template)

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2


# argparse's own messages, in Norwegian (the rest of its text is kept as it is)
_ARGPARSE_NB = (
    (re.compile(r"the following arguments are required: (.*)"), r"disse må oppgis: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"ukjente argumenter: \1"),
    (re.compile(r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)"),
     r"\1: ugyldig valg \2; velg en av \3"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 trenger en verdi"),
    (re.compile(r"argument (\S+): invalid (\w+) value: (.*)"), r"\1: ugyldig verdi \3"),
)


def norwegian(message: str) -> str:
    for pattern, replacement in _ARGPARSE_NB:
        if pattern.fullmatch(message):
            return pattern.sub(replacement, message)
    return message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"Feil i kommandoen: {norwegian(message)}\n")
        raise SystemExit(EXIT_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="costbenefit",
        description="Utenforregnskap og samfunnsøkonomisk analyse for kommuner.",
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from costbenefit.errors import InputError

    args = build_parser().parse_args(argv)
    try:
        output = args.run(args)
    except InputError as exc:
        sys.stderr.write(f"Feil: {exc}\n")
        return EXIT_INPUT
    except Exception as exc:
        sys.stderr.write(
            f"Intern feil ({type(exc).__name__}: {exc}). Dette er en feil i programmet; "
            "meld den gjerne med scenariofilen vedlagt.\n"
        )
        return EXIT_INTERNAL
    if output:
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
