"""The human-readable catalogue of a parameter set (``docs/parameters.md``).

Generated from the YAML files so that it can never drift from them: every parameter with
label, values, unit, kroneår, payer, sources and confidence, the gaps the library could not
fill (``index.yaml``), and the lifetime public cost per person of each target group.

Regenerate: ``costbenefit params catalogue``; ``--check`` fails when the file is not
current. Pure: :func:`render_catalogue` takes a loaded set; reading the set's folder and
writing the file live in :mod:`costbenefit.files.catalogue`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from costbenefit.model.lifecourse import group_label
from costbenefit.model.lifetime_cost import LifetimeCost
from costbenefit.model.structure import STATE_LABELS_NB, STATES
from costbenefit.parameters.schema import (
    CONFIDENCE_LABELS_NB,
    Parameter,
    ParameterDistribution,
    ParameterSet,
)
from costbenefit.report.i18n import decimal_text

HEADER = "<!-- Generert av `costbenefit params catalogue`. Ikke rediger for hånd. -->"


def _num(value: float) -> str:
    return decimal_text(value, 0, 10)


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
        "`costbenefit.model.lifetime_cost`; spennene kildene gir, står i "
        "tests/model/test_lifetime_cost.py.",
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
