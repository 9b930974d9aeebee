"""The human-readable catalogue of a parameter set (``docs/parameters.md``).

Generated from the YAML files so that it can never drift from them: every parameter with
label, values, unit, kroneår, payer, sources and confidence, the gaps the library could not
fill (``index.yaml``), and the lifetime public cost per person of each target group.

Regenerate: ``costbenefit params catalogue`` (or ``python -m costbenefit.catalogue``);
``--check`` fails when the file is not current. :func:`render_catalogue` is pure; the file
reading and writing live in :func:`build` and :func:`write_or_check`.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal

from costbenefit.errors import InputError
from costbenefit.i18n import LOCALE
from costbenefit.lifecourse import group_label
from costbenefit.lifetime_cost import LifetimeCost
from costbenefit.param_files import read_set_header
from costbenefit.parameters import (
    CONFIDENCE_LABELS_NB,
    Parameter,
    ParameterDistribution,
    ParameterSet,
)
from costbenefit.structure import STATE_LABELS_NB, STATES

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "parameters.md"
LIFETIME_PRICE_YEAR = 2025
HEADER = "<!-- Generert av `costbenefit params catalogue`. Ikke rediger for hånd. -->"


def _num(value: float) -> str:
    return format_decimal(value, format="#,##0.##########", locale=LOCALE)


def format_value(value: Any) -> str:
    """A stored value as text: Norwegian numbers, mappings and lists spelled out."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return _num(value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {format_value(v)}" for k, v in value.items())
    if isinstance(value, list):
        return " · ".join(f"({format_value(v)})" for v in value)
    return str(value)


def distribution_text(d: ParameterDistribution) -> str:
    """A parameter file's distribution in one line: its kind and its finite parameters."""
    fields = d.law.model_dump(by_alias=True, exclude={"distribution"})
    parts = ", ".join(f"{k} {format_value(v)}" for k, v in fields.items()
                      if not (isinstance(v, float) and math.isinf(v)))
    return f"{d.law.distribution} ({parts})"


def _is_trajectory(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(v, dict) and set(v) <= set(STATES)
        and all(isinstance(x, int | float) for x in v.values())
        for v in value.values()
    )


def _is_transition_table(value: Any) -> bool:
    """{band: {from_state: {to_state: p}}}: a transition matrix per age band."""
    return isinstance(value, dict) and all(
        isinstance(rows, dict) and _is_trajectory(rows) for rows in value.values()
    )


def _transition_tables(value: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    out = []
    for band, rows in value.items():
        out += [f"alder {band} (rad = fra, kolonne = til):", ""]
        labelled = {STATE_LABELS_NB.get(k, k): v for k, v in rows.items()}
        out += [r.replace("| alder |", "| fra |", 1) for r in _trajectory_table(labelled)]
        out.append("")
    return out


def _trajectory_table(value: dict[str, dict[str, float]]) -> list[str]:
    head = "| alder | " + " | ".join(STATE_LABELS_NB[s] for s in STATES) + " |"
    rows = [head, "|---" * (len(STATES) + 1) + "|"]
    for band, shares in value.items():
        cells = [_num(shares.get(s, 0.0)) for s in STATES]
        rows.append(f"| {band} | " + " | ".join(cells) + " |")
    return rows


def _confidence(tag: Any) -> str:
    return f"`{tag.value}` ({CONFIDENCE_LABELS_NB[tag]})"


def describe_parameter(p: Parameter) -> list[str]:
    """One parameter as a Markdown section."""
    lines = [f"### `{p.name}`", "", f"**{p.label or p.description.strip()}**", ""]
    lines.append(p.description.strip())
    lines.append("")
    facts = [f"enhet `{p.unit}`"]
    if p.price_year is not None:
        facts.append(f"kroneår {p.price_year}")
    if p.payer is not None:
        facts.append(f"betaler {p.payer.value}")
    lines += [f"- {', '.join(facts)}", f"- konfidens: {_confidence(p.confidence)}"]
    if p.note:
        lines.append(f"- merknad: {p.note.strip()}")
    lines.append("- kilder: " + "; ".join(f"[{r.title}]({r.href})" for r in p.reference))
    if p.distribution is not None:
        d = p.distribution
        sources = "".join(f"; [{r.title}]({r.href})" for r in d.reference or ())
        lines.append(f"- usikkerhet i verdien som gjelder (trekkes i `montecarlo` og "
                     f"`sensitivity`): {distribution_text(d)} – {d.note.strip()}{sources}")
    lines.append("- verdier (gjelder fra):")
    for date in sorted(p.values):
        entry = p.values[date]
        tag = f" – {_confidence(entry.confidence)}" if entry.confidence else ""
        note = f" – {entry.note.strip()}" if entry.note else ""
        if _is_transition_table(entry.value):
            lines += [f"  - {date.isoformat()}{tag}{note}", ""]
            lines += [f"    {row}" if row else "" for row in _transition_tables(entry.value)]
        elif _is_trajectory(entry.value):
            lines += [f"  - {date.isoformat()}{tag}{note}", ""]
            lines += [f"    {row}" for row in _trajectory_table(entry.value)]
            lines.append("")
        else:
            lines.append(f"  - {date.isoformat()}: {format_value(entry.value)}{tag}{note}")
    lines.append("")
    return lines


def _lifetime_section(costs: Sequence[LifetimeCost], pset: ParameterSet) -> list[str]:
    if not costs:
        return []
    first = costs[0]
    lines = [
        "## Livsløpskostnad per person og målgruppe",
        "",
        f"Offentlig merkostnad for én person i målgruppen sammenlignet med normalbefolkningen "
        f"(normalbefolkningens minus målgruppens offentlige strømmer) fra gruppens første "
        f"alder til {first.end_age} år, i {first.price_year}-kroner og med regler for "
        f"{first.price_year}. Nåverdi med {first.discounting} fra startalderen. Bare "
        "offentlige budsjetter, ikke samfunnsøkonomisk kostnad. Beregnet av "
        "`costbenefit.lifetime_cost`; spennene kildene gir, står i tests/test_lifetime_cost.py.",
        "",
        "| målgruppe | startalder | udiskontert | nåverdi | snitt per år 20–59 år | "
        "kommune | fylkeskommune | stat |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for c in costs:
        avg = c.average_per_year(20, 59) if c.start_age <= 20 else None
        cells = [
            f"{group_label(pset, c.group)} (`{c.group}`)",
            str(c.start_age),
            _num(round(c.undiscounted, -3)),
            _num(round(c.present_value, -3)),
            _num(round(avg, -2)) if avg is not None else "–",
            *(_num(round(c.by_payer[p], -3)) for p in ("kommune", "fylkeskommune", "stat")),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def render_catalogue(pset: ParameterSet, not_found: Sequence[dict[str, str]],
                     lifetime: Sequence[LifetimeCost]) -> str:
    """The whole catalogue as Markdown (deterministic: same set, same text)."""
    counts: dict[str, int] = {}
    for p in pset.parameters.values():
        counts[p.confidence.value] = counts.get(p.confidence.value, 0) + 1
    lines = [
        HEADER,
        "",
        f"# Parameterkatalog: {pset.name} {pset.version}",
        "",
        f"sha256 `{pset.sha256}` · {len(pset.parameters)} parametere · konfidens: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())),
        "",
        pset.description.strip(),
        "",
        "Konfidens: `official` = lest i offisiell kilde; `published` = lest i publisert eller "
        "sekundær kilde; `derived` = vår utregning på leste tall (vist i merknaden); "
        "`estimate` = anslag; `assumption` = vår forutsetning, ikke evidens; `unverified` = "
        "ikke bekreftet i kilde. En verdi kan ha egen konfidens som overstyrer filens.",
        "",
    ]
    lines += _lifetime_section(lifetime, pset)
    if not_found:
        lines += ["## Ikke funnet", ""]
        lines += [f"- **{g['topic']}**: {' '.join(str(g['note']).split())}" for g in not_found]
        lines.append("")
    topic = None
    for name in pset.names():
        head = name.split(".")[0]
        if head != topic:
            topic = head
            lines += [f"## {topic}", ""]
        lines += describe_parameter(pset.get(name))
    return "\n".join(lines).rstrip() + "\n"


def load_not_found(root: Path) -> list[dict[str, str]]:
    """The `not_found` list of the set's index.yaml."""
    return [item.model_dump() for item in read_set_header(root).not_found]


def build(params: str | None = None) -> str:
    """Load the set (a folder or the shipped version) and render its catalogue."""
    from costbenefit.lifecourse import target_groups
    from costbenefit.lifetime_cost import lifetime_public_cost
    from costbenefit.param_files import resolve_parameter_set, shipped_root

    pset = resolve_parameter_set(params)
    root = Path(params) if params and Path(params).is_dir() else shipped_root()
    year = min(LIFETIME_PRICE_YEAR, max(d.year for d in pset.get("macro.kpi").values))
    costs = [lifetime_public_cost(pset, g, price_year=year) for g in target_groups(pset)]
    return render_catalogue(pset, load_not_found(root), costs)


def write_or_check(text: str, output: Path, check: bool) -> str:
    """Write the catalogue, or with `check` raise InputError when the file differs."""
    if check:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != text:
            raise InputError(
                "katalogen er ikke oppdatert. Kjør `costbenefit params catalogue` og sjekk inn "
                "filen", source=str(output),
            )
        return f"{output} er oppdatert."
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    return f"Skrev {output}."


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="målfil (Markdown)")
    p.add_argument("--check", action="store_true",
                   help="ikke skriv; feil hvis filen ikke er oppdatert")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m costbenefit.catalogue",
                                     description="Skriv parameterkatalogen (Markdown).")
    parser.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        message = write_or_check(build(args.params), args.output, args.check)
    except InputError as exc:
        sys.stderr.write(f"Feil: {exc}\n")
        return 2
    sys.stdout.write(message + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
