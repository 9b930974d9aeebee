"""What the case report says, as Norwegian text gathered from the Result through the
``report`` presenters: the heading facts, the three views side by side (never added), who
pays and who saves, *hvor mange må lykkes*, uncertainty, the study and its evidence grade,
the non-priced effects and the warnings. :mod:`costbenefit.pdf.document` lays it out."""

from __future__ import annotations

from dataclasses import dataclass, field

from costbenefit.model.engine import Result
from costbenefit.model.scenario import Scenario
from costbenefit.model.scenario_non_priced import printed
from costbenefit.model.structure import PAYER_LABELS_NB, PUBLIC_PAYERS
from costbenefit.parameters.schema import ParameterSet
from costbenefit.report import i18n
from costbenefit.report.non_priced import omfang_text
from costbenefit.report.success import evidence_facts, growth_text, success_label
from costbenefit.report.texts_nb import NOT_REACHABLE, NOT_REACHABLE_REASON, ROI_LABEL
from costbenefit.report.who_pays import SIGN_CONVENTION, who_pays_sentence
from costbenefit.uncertainty.montecarlo import MonteCarloResult, run_montecarlo
from costbenefit.uncertainty.outcomes import OUTCOME_LABELS_NB

DEFAULT_DRAWS = 2_000
DEFAULT_SEED = 1
UNCERTAIN_OUTCOMES = ("public_total", "kommune", "stat", "societal")
MAX_DESCRIPTION = 700
MAX_EFFECT_TEXT = 300
MAX_EFFECTS = 8
Pairs = list[tuple[str, str]]


@dataclass(frozen=True)
class CaseReport:
    title: str
    facts: Pairs  # scenario, target group, period, kroneår, discounting, parameter set
    description: str
    budget: Pairs
    societal: Pairs
    wellbeing: Pairs
    who_pays: str
    break_even: list[str]
    uncertainty: list[list[str]]  # header row first; empty when not computed
    uncertainty_note: str
    evidence: Pairs
    non_priced: list[list[str]]  # konsekvens, name, betydning and omfang, description
    warnings: list[str] = field(default_factory=list)


def short(text: str, limit: int) -> str:
    """`text` with its whitespace collapsed, cut at `limit` characters with «…»."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def report_montecarlo(scenario: Scenario, pset: ParameterSet, draws: int | None = None,
                      seed: int = DEFAULT_SEED) -> MonteCarloResult | None:
    """Monte Carlo for the report: `draws` when given, else DEFAULT_DRAWS when the scenario
    declares `uncertainty:`, else none."""
    if draws is None:
        if not scenario.uncertainty:
            return None
        draws = DEFAULT_DRAWS
    return run_montecarlo(scenario, pset, draws, seed, outcomes=UNCERTAIN_OUTCOMES)


def _discounting(result: Result) -> str:
    steps = result.discounting.steps
    rates = ", ".join(i18n.percent(rate, 1) + f" fra år {start}" for start, rate in steps)
    return f"{result.discounting.name} ({rates})"


def _facts(result: Result, group: str) -> Pairs:
    sc = result.scenario
    ps = result.parameter_set
    return [
        ("Tiltak", sc.intervention.name or sc.name),
        ("Målgruppe", f"{group}, startalder {sc.start_age}"),
        ("Analyseperiode", f"{sc.start_year}–{sc.start_year + sc.horizon_years - 1} "
                           f"({sc.horizon_years} år), diskontert til {sc.start_year}"),
        ("Kroneår", growth_text(result)),
        ("Diskontering", _discounting(result)),
        ("En suksess er", success_label(result)),
        ("Parametersett", f"{ps['version']} (sha256 {ps['sha256'][:12]}…), regler per "
                          f"{result.rules_date}, motor {result.engine_version}"),
    ]


def _budget(result: Result) -> Pairs:
    b = result.budget
    rows = [(PAYER_LABELS_NB[p], i18n.kr(b.npv[p])) for p in PUBLIC_PAYERS]
    return [*rows, ("Offentlig sum", i18n.kr(b.npv["public_total"])),
            ("Tiltakets kostnad (nåverdi)", i18n.kr(b.pv_cost)),
            (ROI_LABEL, i18n.ratio(b.roi)),
            ("Nedbetalingsår", str(b.payback_year or "ikke innen perioden"))]


def _societal(result: Result) -> Pairs:
    sv = result.societal
    return [("Netto nåverdi for samfunnet", i18n.kr(sv.npv)),
            ("Nytte (nåverdi)", i18n.kr(sv.pv_benefits)),
            ("Kostnad (nåverdi)", i18n.kr(sv.pv_costs)),
            ("Nytte-kostnadsbrøk", i18n.number(sv.bcr, 2)),
            ("Netto nytte per budsjettkrone", i18n.number(sv.npv_per_budget_krone, 2)),
            ("Analyseperiode", f"{sv.analysis_years} år")]


def _wellbeing(result: Result) -> Pairs:
    wv = result.wellbeing
    return [("WELLBY-er (udiskontert)", i18n.number(wv.wellbys)),
            ("WELLBY-er (diskontert)", i18n.number(wv.wellbys_discounted)),
            ("Verdi, sentral (nåverdi)", i18n.kr(wv.value["central"])),
            ("Verdi, lav–høy", f"{i18n.kr(wv.value['low'])} – {i18n.kr(wv.value['high'])}"),
            ("Kostnad per WELLBY", i18n.kr(wv.cost_per_wellby))]


def break_even_lines(result: Result) -> list[str]:
    """*Hvor mange må lykkes* in sentences (Markov mode: the multiplier on the effect)."""
    be, iv = result.break_even, result.scenario.intervention
    n = sum(c.participants for c in iv.cohorts)
    gain = f"Gevinst per ekstra suksess (nåverdi, offentlig): {i18n.kr(be.pv_gain_per_success)}."
    if result.scenario.mode == "markov":
        factor = ("ingen offentlig gevinst" if be.effect_multiplier is None
                  else f"{i18n.number(be.effect_multiplier, 2)} × antatt effekt")
        return [gain, f"Effekt som gir offentlig nåverdi 0: {factor}.", be.note or ""]
    if be.successes_needed is None:
        return [gain, "En suksess gir ingen offentlig gevinst: tiltaket kan ikke betale seg."]
    rates = (f"uten tiltaket {i18n.percent(iv.success_rate_without)}, antatt med tiltaket "
             f"{i18n.percent(iv.success_rate_with)}")
    rate = be.success_rate
    if (rate is not None and rate > 1) or be.successes_needed > n:
        reason = NOT_REACHABLE_REASON[0].upper() + NOT_REACHABLE_REASON[1:]
        return [gain, f"{reason} ({i18n.number(n, 0)} deltakere).",
                f"Suksessrate som gir balanse: {NOT_REACHABLE} ({rates})."]
    return [gain,
            f"{i18n.number(be.successes_needed)} ekstra suksesser av {i18n.number(n, 0)} "
            "deltakere må til for at tiltaket betaler seg for offentlige budsjetter.",
            f"Suksessrate som gir balanse: {i18n.percent(rate)} ({rates})."]


def uncertainty_rows(mc: MonteCarloResult) -> list[list[str]]:
    rows = [["Resultatmål", "Deterministisk", "P5", "P50", "P95", "P(NNV > 0)"]]
    for name, s in mc.summaries.items():
        rows.append([OUTCOME_LABELS_NB[name], i18n.kr(s.deterministic), i18n.kr(s.p5),
                     i18n.kr(s.p50), i18n.kr(s.p95), i18n.percent(s.prob_positive, 1)])
    return rows


def _uncertainty_note(mc: MonteCarloResult | None) -> str:
    if mc is None:
        return ("Usikkerhet er ikke beregnet: scenariet oppgir ingen usikre størrelser "
                "(seksjonen `uncertainty:`). Nåverdiene over er ett sentralt anslag.")
    inputs = ", ".join(slot.label for slot in mc.inputs)
    return (f"Monte Carlo med {i18n.number(mc.draws, 0)} trekk, frø {mc.seed}. Usikre "
            f"størrelser: {inputs}. Budsjettvirkningen og den samfunnsøkonomiske nåverdien "
            "er egne visninger og legges ikke sammen.")


def _evidence(result: Result) -> Pairs:
    ev = result.evidence
    if ev is None:
        return [("Evidensgrad", "ikke oppgitt: effekten er ikke hentet fra "
                 "evidensbiblioteket, så suksessratene er scenariets egne forutsetninger")]
    bias = i18n.percent(ev.optimism_bias, 0)
    return [("Evidensgrad", f"{ev.grade} (optimismekorreksjon {bias})"),
            *evidence_facts(result)]


def _non_priced(result: Result) -> list[list[str]]:
    rows = []
    for e in result.scenario.non_priced[:MAX_EFFECTS]:
        facts = f"betydning {e.betydning}, omfang {omfang_text(e.omfang)}"
        if e.shown_konsekvens != e.matrix:
            facts += f"; matrisen gir {printed(e.matrix)}"
        rows.append([printed(e.shown_konsekvens), short(e.name, 120), facts,
                     short(e.description, MAX_EFFECT_TEXT)])
    return rows


def case_report(result: Result, group: str, mc: MonteCarloResult | None = None
                ) -> CaseReport:
    """Everything the case report prints, for `result` of a scenario for target group
    `group` (its Norwegian name), with the Monte Carlo result `mc` when there is one."""
    sc = result.scenario
    warnings = list(result.warnings)
    hidden = len(sc.non_priced) - MAX_EFFECTS
    if hidden > 0:
        warnings.append(f"{hidden} ikke-prissatte virkninger til står i scenariet og i "
                        "Excel-arbeidsboken.")
    return CaseReport(
        title=sc.name,
        facts=_facts(result, group),
        description=short(sc.description, MAX_DESCRIPTION),
        budget=_budget(result),
        societal=_societal(result),
        wellbeing=_wellbeing(result),
        who_pays=f"{who_pays_sentence(result.budget.npv)} {SIGN_CONVENTION['nb']}",
        break_even=[line for line in break_even_lines(result) if line],
        uncertainty=uncertainty_rows(mc) if mc is not None else [],
        uncertainty_note=_uncertainty_note(mc),
        evidence=_evidence(result),
        non_priced=_non_priced(result),
        warnings=warnings,
    )

