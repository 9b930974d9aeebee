"""Distributions declared in parameter files: loaded, validated, drawn after the scenario's."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from costbenefit.errors import InputError
from costbenefit.model.engine import evaluate
from costbenefit.model.irr import irr
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.parameters.schema import ParameterDistribution, ParameterSet
from costbenefit.report.uncertainty import (
    SET_MARK,
    montecarlo_json,
    montecarlo_table,
    sensitivity_json,
)
from costbenefit.uncertainty.inputs import from_parameter_set, uncertain_inputs
from costbenefit.uncertainty.montecarlo import run_montecarlo
from costbenefit.uncertainty.sensitivity import run_sensitivity
from tests.uncertainty.helpers import make

SOSIAL = "benefits.sosialhjelp.average_per_recipient"  # 63 600 kr, linear in the flows
OUTPATIENT = "services.mental_health.outpatient_consultation"  # 14 700 kr, linear
SOSIAL_WIDE = {"distribution": "lognormal", "median": 63_600, "sigma": 0.25}
OUTPATIENT_WIDE = {"distribution": "uniform", "low": 10_000, "high": 20_000}
SUCCESS = {"distribution": "pert", "low": 0.35, "mode": 0.45, "high": 0.6}
PAYERS = ("public_total", "kommune", "stat")


def with_distributions(pset: ParameterSet, laws: dict[str, dict[str, Any]]) -> ParameterSet:
    """A copy of the set where the named parameter files declare these distributions."""
    params = dict(pset.parameters)
    for name, law in laws.items():
        dist = ParameterDistribution.model_validate({**law, "note": "testfordeling"})
        params[name] = params[name].model_copy(update={"distribution": dist})
    digest = hashlib.sha256((pset.sha256 + repr(sorted(laws.items()))).encode()).hexdigest()
    return pset.model_copy(update={"parameters": params, "sha256": digest})


def scenario(uncertainty: dict[str, Any] | None = None, **top: Any):
    sc = make(uncertainty)
    return sc.model_copy(update=top) if top else sc


def test_a_zero_width_distribution_in_the_file_gives_exactly_the_deterministic_result(
        pset) -> None:
    own = with_distributions(pset, {SOSIAL: {"distribution": "lognormal", "median": 63_600,
                                             "sigma": 0}})
    sc = scenario()  # no `uncertainty:` at all: the file's distribution is the only input
    result = evaluate(sc, own)
    mc = run_montecarlo(sc, own, 50, seed=1)
    assert [s.path for s in mc.inputs] == [f"param:{SOSIAL}"]
    assert mc.inputs[0].from_parameter_set
    for name in PAYERS:
        assert np.all(mc.samples[name] == result.budget.npv[name]), name


def test_a_distribution_in_the_file_widens_the_spread(pset) -> None:
    own = with_distributions(pset, {SOSIAL: SOSIAL_WIDE})
    fixed = {"intervention.success_rate_with": {"distribution": "pert", "low": 0.45,
                                                "mode": 0.45, "high": 0.45}}
    sc = scenario(fixed)
    with_set = run_montecarlo(sc, own, 2_000, seed=4)
    without = run_montecarlo(sc.model_copy(update={"uncertainty_from_parameters": False}),
                             own, 2_000, seed=4)
    assert [s.path for s in with_set.inputs] == ["intervention.success_rate_with",
                                                 f"param:{SOSIAL}"]
    assert [s.path for s in without.inputs] == ["intervention.success_rate_with"]
    assert np.ptp(without.samples["kommune"]) == 0  # every draw the same
    kommune = with_set.summaries["kommune"]
    assert kommune.p5 < kommune.deterministic < kommune.p95
    # sosialhjelp is the kommune's: the stat's NPV does not move
    assert np.all(with_set.samples["stat"] == with_set.summaries["stat"].deterministic)


def test_the_scenarios_own_entry_wins_over_the_files(pset) -> None:
    own = with_distributions(pset, {SOSIAL: SOSIAL_WIDE})
    fixed = {f"param:{SOSIAL}": {"distribution": "lognormal", "median": 63_600, "sigma": 0}}
    sc = scenario(fixed)
    mc = run_montecarlo(sc, own, 30, seed=2)
    assert [(s.path, s.from_parameter_set) for s in mc.inputs] == [(f"param:{SOSIAL}", False)]
    assert mc.distributions[0].sigma == 0
    result = evaluate(sc, own)
    assert np.all(mc.samples["kommune"] == result.budget.npv["kommune"])


def test_the_switch_turns_the_sets_distributions_off(pset) -> None:
    own = with_distributions(pset, {SOSIAL: SOSIAL_WIDE})
    off = scenario(uncertainty_from_parameters=False)
    assert from_parameter_set(off, own) == []
    with pytest.raises(InputError, match="ingen usikre størrelser"):
        run_montecarlo(off, own, 10, seed=1)


def test_draw_order_is_the_scenarios_entries_then_the_set_sorted_by_name(pset) -> None:
    """The set's entries take the next columns of the same uniforms, sorted by name: the
    same numbers as writing them, in that order, at the end of `uncertainty:`."""
    own = with_distributions(pset, {OUTPATIENT: OUTPATIENT_WIDE, SOSIAL: SOSIAL_WIDE})
    from_set = run_montecarlo(scenario({"intervention.success_rate_with": SUCCESS}), own, 300,
                              seed=7)
    assert [s.path for s in from_set.inputs] == [
        "intervention.success_rate_with", f"param:{SOSIAL}", f"param:{OUTPATIENT}"]
    written = scenario({"intervention.success_rate_with": SUCCESS,
                        f"param:{SOSIAL}": SOSIAL_WIDE, f"param:{OUTPATIENT}": OUTPATIENT_WIDE},
                       uncertainty_from_parameters=False)
    by_hand = run_montecarlo(written, pset, 300, seed=7)
    again = run_montecarlo(scenario({"intervention.success_rate_with": SUCCESS}), own, 300,
                           seed=7)
    for name in PAYERS:
        assert np.array_equal(from_set.samples[name], by_hand.samples[name]), name
        assert np.array_equal(from_set.samples[name], again.samples[name]), name


def test_parameters_outside_the_flows_or_overridden_are_skipped_silently(pset) -> None:
    own = with_distributions(pset, {
        "labour.labour_cost_factor": {"distribution": "uniform", "low": 1.16, "high": 1.26},
        "services.grunnskole_per_pupil": {"distribution": "uniform", "low": 1, "high": 10**6},
        SOSIAL: SOSIAL_WIDE,
    })
    assert [s.path for s, _ in from_parameter_set(scenario(), own)] == [f"param:{SOSIAL}"]
    overridden = make()
    overridden = overridden.model_copy(update={"parameter_overrides": {SOSIAL: 70_000}})
    assert from_parameter_set(overridden, own) == []


def test_a_file_distribution_that_misses_the_value_in_force_is_an_input_error(pset) -> None:
    own = with_distributions(pset, {SOSIAL: {"distribution": "uniform", "low": 70_000,
                                             "high": 90_000}})
    with pytest.raises(InputError) as info:
        uncertain_inputs(scenario(), own)
    assert info.value.field == "distribution"
    assert "benefits/sosialhjelp/average_per_recipient.yaml" in str(info.value)
    assert "utenfor fordelingen" in str(info.value)


def test_sensitivity_uses_the_files_range_and_marks_it(pset) -> None:
    own = with_distributions(pset, {OUTPATIENT: OUTPATIENT_WIDE})
    sc = scenario()
    report = run_sensitivity(sc, own, ["public_total"])
    rows = {r.slot.path: r for r in report.tornados["public_total"].rows}
    row = rows[f"param:{OUTPATIENT}"]
    assert row.slot.from_parameter_set
    assert (row.low, row.high) == pytest.approx((11_000, 19_000))  # P10/P90 of U(10 000, 20 000)
    as_json = sensitivity_json(report, sc, irr(evaluate(sc, own).ledger.net_by_year()), {})
    rows_json = as_json["tornado"]["public_total"]["rows"]
    marked = {r["path"]: r["from_parameter_set"] for r in rows_json}
    assert marked[f"param:{OUTPATIENT}"] is True
    assert marked["intervention.success_rate_with"] is False


def test_montecarlo_outputs_say_which_inputs_came_from_the_set(pset) -> None:
    own = with_distributions(pset, {SOSIAL: SOSIAL_WIDE})
    sc = scenario({"intervention.success_rate_with": SUCCESS})
    mc = run_montecarlo(sc, own, 20, seed=1)
    data = montecarlo_json(mc, sc, {})
    assert [(i["path"], i["from_parameter_set"]) for i in data["inputs"]] == [
        ("intervention.success_rate_with", False), (f"param:{SOSIAL}", True)]
    assert data["inputs"][1]["distribution"] == {"distribution": "lognormal",
                                                 "median": 63_600, "sigma": 0.25}
    table = montecarlo_table(mc, sc)
    assert f"Økonomisk sosialhjelp per mottaker{SET_MARK}" in table


def _set_with(tmp_path: Path, body: str) -> Path:
    root = tmp_path / "set"
    (root / "topic").mkdir(parents=True)
    (root / "index.yaml").write_text('name: test\nversion: "0.1"\n', encoding="utf-8")
    (root / "topic" / "factor.yaml").write_text(body, encoding="utf-8")
    return root


HEAD = """description: En faktor.
unit: ratio
confidence: derived
reference:
  - {title: Kilde, href: "https://example.org/kilde"}
"""


def test_a_file_distribution_loads_with_its_note_and_reference(tmp_path: Path) -> None:
    root = _set_with(tmp_path, HEAD + """values:
  2024-01-01: 1.2
distribution:
  distribution: triangular
  low: 1.1
  mode: 1.2
  high: 1.3
  note: Spennet er lest i kilden.
  reference:
    - {title: Kilde for spennet, href: "https://example.org/spenn"}
""")
    dist = load_parameter_set(root).get("topic.factor").distribution
    assert dist is not None
    assert dist.law.support() == (1.1, 1.3) and dist.law.mode == 1.2
    assert dist.note == "Spennet er lest i kilden."
    assert dist.reference is not None and dist.reference[0].title == "Kilde for spennet"


@pytest.mark.parametrize(("body", "words"), [
    ("values:\n  2024-01-01: {a: 1, b: 2}\ndistribution: {distribution: uniform, low: 0, "
     "high: 1, note: Spenn.}\n", "bare en parameter med ett tall"),
    ("values:\n  2024-01-01: 1.2\ndistribution: {distribution: uniform, low: 1, high: 2}\n",
     "mangler"),
    ("values:\n  2024-01-01: 1.2\ndistribution: {distribution: weibull, low: 1, high: 2, "
     "note: Spenn.}\n", "ukjent fordeling"),
])
def test_a_bad_file_distribution_names_the_file_and_field(tmp_path: Path, body: str,
                                                          words: str) -> None:
    with pytest.raises(InputError) as info:
        load_parameter_set(_set_with(tmp_path, HEAD + body))
    message = str(info.value)
    assert "factor.yaml" in message and "distribution" in message and words in message


def test_catalogue_and_params_show_give_the_files_distribution(pset) -> None:
    from costbenefit.cli.params import describe
    from costbenefit.report.catalogue import describe_parameter

    dist = ParameterDistribution.model_validate({
        "distribution": "normal", "mean": 63_600, "sd": 5_000, "low": 0,
        "note": "Spenn fra kilden.",
        "reference": [{"title": "Kilde for spennet", "href": "https://example.org/spenn"}]})
    param = pset.get(SOSIAL).model_copy(update={"distribution": dist})
    catalogue = "\n".join(describe_parameter(param))
    assert ("normal (mean 63\u00a0600, sd 5\u00a0000, low 0) – Spenn fra kilden.; "
            "[Kilde for spennet](https://example.org/spenn)") in catalogue  # high ∞ left out
    shown = describe(param)
    assert ("Usikkerhet (verdien som gjelder): normal (mean 63\u00a0600, sd 5\u00a0000, "
            "low 0)") in shown
    assert "Kilde for spennet <https://example.org/spenn>" in shown
    assert "Usikkerhet" not in describe(pset.get(SOSIAL))


def test_markov_scenario_with_relative_risks_keeps_to_its_own_inputs(pset) -> None:
    """The tornado always varies a Markov scenario's relative risks, which cannot share a
    model with drawn parameters: the set's distributions are left out, and both commands
    still run."""
    from costbenefit.files.scenarios import load_scenario

    markov = load_scenario(Path(__file__).resolve().parents[2] / "examples"
                           / "ips_ung_markov_illustrasjon.yaml")
    own = with_distributions(pset, {SOSIAL: SOSIAL_WIDE})
    assert from_parameter_set(markov, own) == []
    plain = markov.model_copy(update={"uncertainty": {}})
    assert from_parameter_set(plain, own) == []
    rows = run_sensitivity(plain, own, ["public_total"]).tornados["public_total"].rows
    assert not any(r.slot.from_parameter_set for r in rows)
    assert run_montecarlo(markov, own, 20, seed=1).inputs == run_montecarlo(
        markov, pset, 20, seed=1).inputs
