"""`costbenefit params list | show NAME | diff A B | catalogue`: the parameter set, each
value's provenance, what changed between two sets, and the generated catalogue."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from costbenefit.parameters.schema import Parameter


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("params", help="vis parametersettet")
    p.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    psub = p.add_subparsers(dest="params_command", required=True)
    lst = psub.add_parser("list", help="list alle parametere")
    lst.add_argument("prefix", nargs="?", default="", help="bare navn som starter slik")
    lst.set_defaults(run=run_list)
    show = psub.add_parser("show", help="vis én parameter med kilder")
    show.add_argument("name")
    show.set_defaults(run=run_show)
    diff = psub.add_parser("diff", help="vis hva som er endret mellom to parametersett")
    diff.add_argument("old", help="gammelt sett: versjon eller mappe")
    diff.add_argument("new", help="nytt sett: versjon eller mappe")
    diff.set_defaults(run=run_diff)
    cat = psub.add_parser("catalogue", help="skriv (eller sjekk) docs/parameters.md")
    cat.add_argument("--output", type=Path, default=None,
                     help="målfil (Markdown; standard docs/parameters.md)")
    cat.add_argument("--check", action="store_true",
                     help="ikke skriv; feil hvis filen ikke er oppdatert")
    cat.set_defaults(run=run_catalogue)


def _load(args: argparse.Namespace):
    from costbenefit.parameters.loader import resolve_parameter_set

    return resolve_parameter_set(args.params)


def run_list(args: argparse.Namespace) -> str:
    pset = _load(args)
    names = pset.names(args.prefix)
    width = max((len(n) for n in names), default=10)
    lines = [f"Parametersett {pset.name} {pset.version} (sha256 {pset.sha256[:12]}…)", ""]
    lines.append(f"{'navn':<{width}}  {'enhet':<14}  {'kroneår':<8}  konfidens")
    for name in names:
        p = pset.get(name)
        lines.append(
            f"{name:<{width}}  {p.unit:<14}  {p.price_year or '':<8}  {p.confidence.value}"
        )
    return "\n".join(lines)


def _format_value(value: object) -> str:
    if isinstance(value, dict | list):
        import json

        return json.dumps(value, ensure_ascii=False)
    return str(value)


def describe(p: Parameter) -> str:
    from costbenefit.parameters.schema import CONFIDENCE_LABELS_NB

    lines = [
        p.name,
        f"  {p.label or ''}".rstrip(),
        f"  Beskrivelse: {p.description.strip()}",
        f"  Enhet: {p.unit}",
    ]
    if p.price_year is not None:
        lines.append(f"  Kroneår: {p.price_year}")
    if p.payer is not None:
        lines.append(f"  Betaler: {p.payer.value}")
    lines.append(f"  Konfidens: {p.confidence.value} ({CONFIDENCE_LABELS_NB[p.confidence]})")
    if p.note:
        lines.append(f"  Merknad: {p.note.strip()}")
    lines.append("  Kilder:")
    lines += [f"    - {r.title} <{r.href}>" for r in p.reference]
    if p.distribution is not None:
        from costbenefit.report.catalogue import distribution_text

        lines.append(f"  Usikkerhet (verdien som gjelder): {distribution_text(p.distribution)}")
        lines.append(f"        merknad: {p.distribution.note.strip()}")
        lines += [f"        - {r.title} <{r.href}>" for r in p.distribution.reference or ()]
    lines.append("  Verdier (gjelder fra dato):")
    for date in sorted(p.values):
        entry = p.values[date]
        tag = f" [{entry.confidence.value}]" if entry.confidence else ""
        lines.append(f"    {date.isoformat()}: {_format_value(entry.value)}{tag}")
        if entry.note:
            lines.append(f"        merknad: {entry.note.strip()}")
    return "\n".join(line for line in lines if line)


def run_show(args: argparse.Namespace) -> str:
    return describe(_load(args).get(args.name))


def _dated_text(entry: tuple[object, str | None] | None) -> str:
    from costbenefit.report.catalogue import format_value

    if entry is None:
        return "–"
    value, tag = entry
    return format_value(value) + (f" [{tag}]" if tag else "")


def run_diff(args: argparse.Namespace) -> str:
    from costbenefit.parameters.diff import diff_sets
    from costbenefit.parameters.loader import resolve_parameter_set

    d = diff_sets(resolve_parameter_set(args.old), resolve_parameter_set(args.new))
    lines = [f"Endringer fra {d.old} til {d.new}"]
    if d.empty:
        return "\n".join([*lines, "Ingen endringer."])
    lines += [f"+ {name} (ny)" for name in d.added]
    lines += [f"- {name} (fjernet)" for name in d.removed]
    for change in d.changed:
        lines.append(f"~ {change.name}")
        lines += [f"    {f}: {old} → {new}" for f, (old, new) in change.fields.items()]
        lines += [f"    {date}: {_dated_text(old)} → {_dated_text(new)}"
                  for date, (old, new) in change.values.items()]
    lines.append(f"{len(d.added)} nye, {len(d.removed)} fjernet, {len(d.changed)} endret.")
    return "\n".join(lines)


def run_catalogue(args: argparse.Namespace) -> str:
    from costbenefit.files.catalogue import DEFAULT_OUTPUT, build, write_or_check

    return write_or_check(build(args.params), args.output or DEFAULT_OUTPUT, args.check)
