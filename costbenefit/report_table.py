"""The Norwegian text table printed by `costbenefit evaluate --format table`."""

from __future__ import annotations

from costbenefit import i18n
from costbenefit.engine import Result
from costbenefit.structure import PAYER_LABELS_NB, PUBLIC_PAYERS


def _schedule_text(result: Result) -> str:
    steps = result.discounting.steps
    parts = []
    for i, (start, rate) in enumerate(steps):
        end = steps[i + 1][0] - 1 if i + 1 < len(steps) else None
        span = f"år {start}–{end}" if end is not None else f"fra år {start}"
        parts.append(f"{i18n.percent(rate, 1)} {span}")
    return f"{result.discounting.name} ({', '.join(parts)}; år 0 udiskontert)"


def _overrides_text(overrides: dict[str, object]) -> str:
    if not overrides:
        return "Overstyrte parametere: ingen"
    parts = [f"{name} = {value}" for name, value in sorted(overrides.items())]
    return f"Overstyrte parametere (forutsetninger i scenariet): {'; '.join(parts)}"


def render(result: Result, group_label: str) -> str:
    sc, b, be = result.scenario, result.budget, result.break_even
    iv = sc.intervention
    n = sum(c.participants for c in iv.cohorts)
    end_year = sc.start_year + sc.horizon_years - 1
    lines = [
        f"Scenario: {sc.name}",
        f"Målgruppe: {group_label} · startalder {sc.start_age} · analyseperiode "
        f"{sc.start_year}–{end_year}",
        f"Parametersett {result.parameter_set['version']} (sha256 "
        f"{result.parameter_set['sha256'][:12]}…) · kroneår {result.price_year} · regler per "
        f"{result.rules_date} · motor {result.engine_version}",
        f"Diskontering: {_schedule_text(result)}",
        _overrides_text(sc.parameter_overrides),
        "",
        "BUDSJETTVIRKNING – bare offentlige budsjetter, ikke samfunnsøkonomisk lønnsomhet",
    ]
    width = 18
    for payer in PUBLIC_PAYERS:
        lines.append(f"  {PAYER_LABELS_NB[payer]:<{width}}{i18n.kr(b.npv[payer]):>20}")
    lines += [
        f"  {'Offentlig sum':<{width}}{i18n.kr(b.npv['public_total']):>20}",
        f"  Tiltakets kostnad (nåverdi): {i18n.kr(b.pv_cost)}",
        f"  Avkastning (netto nåverdi per kostnadskrone): {i18n.percent(b.roi)}",
        f"  Nedbetalingsår (diskontert): {b.payback_year or 'ikke innen analyseperioden'}",
        "",
        "HVOR MANGE MÅ LYKKES",
        f"  Gevinst per ekstra suksess (nåverdi, offentlig): {i18n.kr(be.pv_gain_per_success)}",
    ]
    if be.successes_needed is None:
        lines.append("  En suksess gir ingen offentlig gevinst: tiltaket kan ikke betale seg.")
    else:
        lines.append(
            f"  {i18n.number(be.successes_needed)} ekstra suksesser av {i18n.number(n, 0)} "
            f"deltakere må til for at tiltaket betaler seg"
        )
        lines.append(
            f"  Suksessrate som gir balanse: {i18n.percent(be.success_rate)} "
            f"(uten tiltaket {i18n.percent(iv.success_rate_without)}, "
            f"antatt med tiltaket {i18n.percent(iv.success_rate_with)})"
            + ("" if be.feasible else " – over 100 %, altså ikke oppnåelig")
        )
    for warning in result.warnings:
        lines += ["", f"Merk: {warning}"]
    return "\n".join(lines)
