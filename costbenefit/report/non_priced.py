"""Non-priced effects (DFØ's *ikke-prissatte virkninger*) in the reports: the text table's
section and the JSON contract's ``non_priced`` rows. The scenario lists them
(:mod:`costbenefit.model.scenario_non_priced`); they stand beside the priced results and are
never added to a kroner figure, nor to each other."""

from __future__ import annotations

import textwrap
from typing import Any

from costbenefit.model.engine import Result
from costbenefit.model.scenario_non_priced import (
    OMFANG_STEPS,
    NonPricedEffect,
    printed,
    symbol,
)

HEAD = "IKKE-PRISSATTE VIRKNINGER (DFØs pluss–minus-metode)"
METHOD_NOTE = (
    "Ikke-prissatte virkninger er vurdert etter DFØs pluss–minus-metode: betydning (liten, "
    "middels, stor) × omfang (fra stort negativt til stort positivt) gir konsekvens på "
    "skalaen −−−− til ++++. De står ved siden av de prissatte virkningene og legges aldri "
    "sammen med kronebeløpene eller med hverandre."
)
NONE_GIVEN = ("Ingen oppgitt i scenariet. DFØ ber om at virkninger som ikke kan prissettes, "
              "vurderes og vises ved siden av de prissatte (seksjonen `non_priced:`).")
MATRIX_NOTE = ("Matrisen er DFØs konsekvensmatrise slik den er husket (ikke kontrollert mot "
               "veilederens gjeldende tekst); en konsekvens ett trinn fra matrisen godtas.")


def omfang_text(omfang: str) -> str:
    """«middels positivt (++)»: the level with its symbol."""
    return f"{omfang} ({printed(symbol(OMFANG_STEPS[omfang]))})"


def effect_row(effect: NonPricedEffect) -> dict[str, Any]:
    """One effect in the JSON contract (ASCII '-' in the symbols, `score` from −4 to 4)."""
    return {
        "name": effect.name,
        "description": effect.description,
        "betydning": effect.betydning,
        "omfang": effect.omfang,
        "omfang_symbol": symbol(OMFANG_STEPS[effect.omfang]),
        "konsekvens": effect.shown_konsekvens,
        "score": effect.score,
        "matrix_konsekvens": effect.matrix,
    }


def non_priced_rows(result: Result) -> list[dict[str, Any]]:
    return [effect_row(e) for e in result.scenario.non_priced]


def non_priced_lines(result: Result) -> list[str]:
    """The text table's section: one block per effect, its konsekvens first."""
    effects = result.scenario.non_priced
    lines = ["", HEAD]
    if not effects:
        return lines + [f"  {line}" for line in textwrap.wrap(NONE_GIVEN, width=92)]
    for e in effects:
        lines.append(f"  {printed(e.shown_konsekvens):>5}  {e.name}")
        facts = f"betydning {e.betydning}, omfang {omfang_text(e.omfang)}"
        if e.shown_konsekvens != e.matrix:
            facts += f"; matrisen gir {printed(e.matrix)}"
        lines.append(f"         {facts}")
        lines += [f"         {line}" for line in textwrap.wrap(e.description, width=84)]
    for note in (METHOD_NOTE, MATRIX_NOTE):
        lines += [f"  {line}" for line in textwrap.wrap(note, width=92)]
    return lines
