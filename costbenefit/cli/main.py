"""Command line: ``costbenefit COMMAND …`` (evaluate, params, portfolio, montecarlo,
sensitivity, compare, template, library, report).

Exit status: 0 success, 2 invalid input (one Norwegian message naming file, field and
fix; no traceback; a bad flag too), 1 internal error, 130 interrupted (Ctrl-C: one line,
no traceback). Output is written so that a terminal that cannot show a character (an emoji
in a scenario name under ``PYTHONIOENCODING=ascii``) gets a replacement, not a crash.
Heavy modules are imported inside the commands so that ``evaluate --format json`` starts
fast.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from costbenefit.cli import (
    compare,
    evaluate,
    library,
    montecarlo,
    params,
    portfolio,
    report,
    sensitivity,
    template,
)

COMMANDS = (evaluate, params, portfolio, montecarlo, sensitivity, compare, template, library,
            report)

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


# argparse's own messages, in Norwegian (the rest of its text is kept as it is)
_ARGPARSE_NB = (
    (re.compile(r"the following arguments are required: (.*)"), r"disse må oppgis: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"ukjente argumenter: \1"),
    (re.compile(r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)"),
     r"\1: ugyldig valg \2; velg en av \3"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 trenger en verdi"),
    (re.compile(r"argument (\S+): invalid (\w+) value: (.*)"), r"\1: ugyldig verdi \3"),
    (re.compile(r"argument (\S+): expected at least one argument"),
     r"\1 trenger minst én verdi"),
    (re.compile(r"argument (\S+): expected (.*)"), r"\1: feil antall verdier"),
    (re.compile(r"ambiguous option: (\S+) could match (.*)"),
     r"\1 er tvetydig; mente du en av \2?"),
    (re.compile(r"argument (\S+): not allowed with argument (.*)"),
     r"\1 kan ikke brukes sammen med \2"),
    (re.compile(r"argument (\S+): ignored explicit argument (.*)"),
     r"\1 tar ingen verdi (fikk \2)"),
)
# argparse's headings in usage and help, in Norwegian
_HELP_NB = (("usage: ", "bruk: "), ("positional arguments:", "argumenter:"),
            ("options:", "valg:"), ("show this help message and exit", "vis denne hjelpen"))


def norwegian(message: str) -> str:
    for pattern, replacement in _ARGPARSE_NB:
        if pattern.fullmatch(message):
            return pattern.sub(replacement, message)
    return f"ugyldig kommando ({message})"


def _headings(text: str) -> str:
    for english, bokmal in _HELP_NB:
        text = text.replace(english, bokmal)
    return text


class _Parser(argparse.ArgumentParser):
    """argparse in Norwegian: a bad flag is one line on stderr and exit 2, no English usage."""

    def error(self, message: str) -> None:  # type: ignore[override]
        write(sys.stderr, f"Feil i kommandoen: {norwegian(message)}. Se «{self.prog} --help».\n")
        raise SystemExit(EXIT_INPUT)

    def format_usage(self) -> str:
        return _headings(super().format_usage())

    def format_help(self) -> str:
        return _headings(super().format_help())


def write(stream, text: str) -> None:
    """Write `text`, replacing what the stream's encoding cannot show instead of failing."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        stream.write(text)
    except UnicodeEncodeError:
        stream.write(text.encode(encoding, "replace").decode(encoding, "replace"))


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

    try:
        args = build_parser().parse_args(argv)
        output = args.run(args)
        if output:
            write(sys.stdout, output if output.endswith("\n") else output + "\n")
            sys.stdout.flush()
    except KeyboardInterrupt:
        write(sys.stderr, "Avbrutt med Ctrl-C; beregningen ble stoppet.\n")
        return EXIT_INTERRUPTED
    except InputError as exc:
        write(sys.stderr, f"Feil: {exc}\n")
        return EXIT_INPUT
    except Exception as exc:
        write(sys.stderr,
              f"Intern feil ({type(exc).__name__}: {exc}). Dette er en feil i programmet; "
              "meld den gjerne med scenariofilen vedlagt.\n")
        return EXIT_INTERNAL
    return EXIT_OK


def run_and_exit(argv: Sequence[str] | None = None) -> NoReturn:
    """The console script and ``python -m costbenefit``: run, flush, and end the process
    at once. Python's teardown (freeing numpy's and pydantic's objects module by module)
    took about 150 ms of every run and does nothing a finished command needs: every file
    a command writes is closed before it returns, and its text is flushed here."""
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: --help (0) or a bad flag (2, message written)
        code = EXIT_OK if exc.code is None else exc.code if isinstance(exc.code, int) else 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(BrokenPipeError, ValueError):  # reader gone, or closed
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    run_and_exit()
