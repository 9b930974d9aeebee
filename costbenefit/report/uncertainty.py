"""Presenting Monte Carlo and sensitivity results: Norwegian tables and JSON dicts."""

from __future__ import annotations

from typing import Any

from costbenefit.model.evidence_effect import EvidenceUse
from costbenefit.model.irr import Irr
from costbenefit.model.scenario import Scenario
from costbenefit.report import i18n
from costbenefit.report.as_json import evidence_dict
from costbenefit.report.success import effect_text
from costbenefit.report.texts_nb import UNCERTAINTY_NOTE
from costbenefit.uncertainty.montecarlo import MonteCarloResult, OutcomeSummary
from costbenefit.uncertainty.outcomes import OUTCOME_LABELS_NB
from costbenefit.uncertainty.sensitivity import SensitivityReport, SwitchingValue
from costbenefit.uncertainty.slots import INTERVENTION_SHARES, MARKOV_PREFIXES, InputSlot


def _value(x: float, path: str) -> str:
    """Shares as percentages, ratios (Markov relative risks, multipliers) with two
    decimals, counts and money as plain numbers."""
    share_like = (path.startswith("intervention.")
                  and path.split(".")[1] in INTERVENTION_SHARES)
    if path.startswith(MARKOV_PREFIXES):
        return i18n.number(x, 2)
    return i18n.percent(x, 1) if share_like else i18n.number(x, 0)


SET_MARK = " (fra parametersettet)"


def _label(slot: InputSlot) -> str:
    """The input's label, marked when its distribution is the parameter file's own."""
    return slot.label + (SET_MARK if slot.from_parameter_set else "")


def summaries_dict(summaries: dict[str, OutcomeSummary]) -> dict[str, dict[str, Any]]:
    """Each outcome's summary as JSON, labelled in Norwegian."""
    return {
        name: {"label": OUTCOME_LABELS_NB[name], "deterministic": s.deterministic,
               "mean": s.mean, "p5": s.p5, "p50": s.p50, "p95": s.p95,
               "prob_positive": s.prob_positive}
        for name, s in summaries.items()
    }


def summary_lines(summaries: dict[str, OutcomeSummary]) -> list[str]:
    """A header and one row per outcome: deterministic, mean, P5, P50, P95, P(NNV > 0)."""
    lines = [f"{'Resultatmål':<34}{'Deterministisk':>18}{'Gjennomsnitt':>18}{'P5':>18}"
             f"{'P50':>18}{'P95':>18}{'P(NNV > 0)':>12}"]
    for name, s in summaries.items():
        lines.append(
            f"{OUTCOME_LABELS_NB[name]:<34}{i18n.kr(s.deterministic):>18}{i18n.kr(s.mean):>18}"
            f"{i18n.kr(s.p5):>18}{i18n.kr(s.p50):>18}{i18n.kr(s.p95):>18}"
            f"{i18n.percent(s.prob_positive, 1):>12}"
        )
    return lines


def evidence_lines(ev: EvidenceUse | None) -> list[str]:
    """The study an effect is drawn from and the optimism bias, as in every output."""
    if ev is None:
        return []
    return [f"Effekten er hentet fra {ev.label} ({ev.study}): {effect_text(ev)}. Trekkes fra "
            "studiens konfidensintervall; avskrivningen fra studiens spenn."]


def montecarlo_table(mc: MonteCarloResult, scenario: Scenario) -> str:
    lines = [
        f"Scenario: {scenario.name}",
        f"Monte Carlo: {i18n.number(mc.draws, 0)} trekk, frø (seed) {mc.seed}",
        "Usikre størrelser: " + ", ".join(_label(s) for s in mc.inputs),
        *evidence_lines(mc.evidence),
        UNCERTAINTY_NOTE,
        "",
        *summary_lines(mc.summaries),
    ]
    if mc.grouped_parameters:
        lines += ["", "Merk: parameterne " + ", ".join(mc.grouped_parameters) + " virker ikke "
                  "lineært (skatteregler), så enhetsstrømmene ble beregnet på nytt per trekk."]
    return "\n".join(lines)


def montecarlo_json(mc: MonteCarloResult, scenario: Scenario,
                    parameter_set: dict[str, str]) -> dict[str, Any]:
    return {
        "scenario": scenario.name,
        "parameter_set": parameter_set,
        "draws": mc.draws,
        "seed": mc.seed,
        "inputs": [{"path": s.path, "label": s.label, "base": s.base,
                    "distribution": d.model_dump(by_alias=True),
                    "from_parameter_set": s.from_parameter_set}
                   for s, d in zip(mc.inputs, mc.distributions, strict=True)],
        "evidence": evidence_dict(mc.evidence),
        "outcomes": summaries_dict(mc.summaries),
        "method": {
            "sampling": "invers fordelingsfunksjon av numpy.random.default_rng(seed).random",
            "draw_order": "scenariets uncertainty: i skrevet rekkefølge, deretter "
                          "parametersettets fordelinger sortert etter navn",
            "linear_parameters": list(mc.linear_parameters),
            "grouped_parameters": list(mc.grouped_parameters),
        },
        "note": UNCERTAINTY_NOTE,
    }


def _switching_text(sv: SwitchingValue) -> str:
    lo, hi = (_value(x, sv.slot.path) for x in sv.search_range)
    if sv.value is None:
        side = "positiv" if sv.sign_in_range > 0 else "negativ"
        return f"ingen: nåverdien er {side} for alle verdier fra {lo} til {hi}"
    text = _value(sv.value, sv.slot.path)
    if len(sv.roots) > 1:
        text += f" (nærmest basisverdien; {len(sv.roots)} nullpunkter i {lo}–{hi})"
    return text


def sensitivity_table(report: SensitivityReport, scenario: Scenario, irr: Irr) -> str:
    lines = [f"Scenario: {scenario.name}", *evidence_lines(report.evidence), UNCERTAINTY_NOTE,
             "Lav/høy: P10/P90 av oppgitt fordeling (i scenariet eller parameterfilen), ellers "
             "basisverdi ±20 %.", ""]
    for name, t in report.tornados.items():
        lines += [f"TORNADO – {OUTCOME_LABELS_NB[name]}, basis {i18n.kr(t.base)}",
                  f"  {'Størrelse':<44}{'lav':>12}{'høy':>12}{'NNV ved lav':>18}"
                  f"{'NNV ved høy':>18}{'utslag':>18}"]
        for row in t.rows:
            lines.append(
                f"  {_label(row.slot):<44}{_value(row.low, row.slot.path):>12}"
                f"{_value(row.high, row.slot.path):>12}{i18n.kr(row.at_low):>18}"
                f"{i18n.kr(row.at_high):>18}{i18n.kr(row.swing):>18}"
            )
        lines.append("")
    if report.switching:
        outcome = OUTCOME_LABELS_NB[report.switching[0].outcome]
        lines.append(f"BRYTEVERDIER – verdien som gir {outcome.lower()} lik null")
        for sv in report.switching:
            lines.append(f"  {_label(sv.slot):<44}basis {_value(sv.slot.base, sv.slot.path):>10}"
                         f"  bryteverdi {_switching_text(sv)}")
        lines.append("")
    rate = i18n.percent(irr.rate, 1) if irr.rate is not None else irr.reason
    lines.append(f"Internrente (offentlig sum, udiskontert kontantstrøm): {rate}")
    return "\n".join(lines)


def sensitivity_json(report: SensitivityReport, scenario: Scenario, irr: Irr,
                     parameter_set: dict[str, str]) -> dict[str, Any]:
    return {
        "scenario": scenario.name,
        "parameter_set": parameter_set,
        "evidence": evidence_dict(report.evidence),
        "tornado": {
            name: {"base": t.base, "rows": [
                {"path": r.slot.path, "label": r.slot.label, "low": r.low, "high": r.high,
                 "npv_low": r.at_low, "npv_high": r.at_high, "swing": r.swing,
                 "from_parameter_set": r.slot.from_parameter_set}
                for r in t.rows]}
            for name, t in report.tornados.items()
        },
        "switching_values": [
            {"path": sv.slot.path, "outcome": sv.outcome, "base": sv.slot.base,
             "value": sv.value, "roots": list(sv.roots), "search_range": list(sv.search_range),
             "text": _switching_text(sv)}
            for sv in report.switching
        ],
        "irr": {"public_total": irr.rate, "sign_changes": irr.sign_changes,
                "note": irr.reason or None},
        "note": UNCERTAINTY_NOTE,
    }
