"""The app's pure helpers: texts, form mapping, ranges, the views' tables, uncertainty."""

from __future__ import annotations

import dataclasses
import types
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from costbenefit.engine import evaluate
from costbenefit.errors import InputError
from costbenefit.parameters import CONFIDENCE_LABELS_NB, Confidence
from costbenefit.scenario_files import load_scenario, scenario_from_bytes
from costbenefit.structure import PUBLIC_PAYERS
from costbenefit.ui import form, guide, texts, views

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ips_ung_illustrasjon.yaml"


@pytest.fixture(scope="module")
def example():
    return load_scenario(EXAMPLE)


def test_every_text_has_both_languages() -> None:
    missing = [k for k, v in texts.TEXTS.items() if set(v) != set(texts.LANGUAGES)]
    assert missing == []
    assert texts.t("kommune", "xx") == "Kommune"  # unknown language falls back to Norwegian


def test_form_round_trip_keeps_the_example(example) -> None:
    assert form.scenario_from_form(example, form.form_from_scenario(example)) == example


@settings(max_examples=40, deadline=None)
@given(participants=st.integers(0, 5000), intake=st.integers(1, 5),
       with_pct=st.floats(0, 100), persistence=st.integers(0, 40),
       schedule=st.sampled_from(form.SCHEDULES))
def test_form_values_survive_scenario_and_back(participants, intake, with_pct, persistence,
                                               schedule) -> None:
    values = form.form_from_scenario(form.blank_scenario())
    values.update(participants=participants, intake_years=intake, persistence_years=persistence,
                  success_with_pct=round(with_pct, 3), schedule=schedule)
    back = form.form_from_scenario(form.scenario_from_form(form.blank_scenario(), values))
    assert back == values


def test_fixed_costs_outside_a_shortened_period_are_dropped(example) -> None:
    values = form.form_from_scenario(example) | {"start_year": 2027}
    assert form.scenario_from_form(example, values).intervention.fixed_costs == []


def test_parse_steps() -> None:
    assert form.parse_steps("0: 4; 40: 3,5 %; 75:2") == [(0, 0.04), (40, 0.035), (75, 0.02)]
    assert form.parse_steps(form.format_steps([(0, 0.04), (40, 0.03)])) == [(0, 0.04),
                                                                            (40, 0.03)]
    for bad in ("", "fire", "0 = 4"):
        with pytest.raises(InputError, match="diskontering"):
            form.parse_steps(bad)


def test_saved_yaml_loads_back_as_the_same_scenario(example) -> None:
    text = form.scenario_to_yaml(example)
    assert scenario_from_bytes(text.encode(), "lagret.yaml") == example


def test_yearly_frame_cumulates_to_each_payers_npv(example, pset) -> None:
    result = evaluate(example, pset)
    frame = views.yearly_frame(result, "nb")
    last = frame.groupby("payer")["cumulative"].last()
    for payer in PUBLIC_PAYERS:
        assert last[texts.t(payer)] * 1e6 == pytest.approx(result.budget.npv[payer])


def test_provenance_marks_overrides(example, pset) -> None:
    result = evaluate(example, pset)
    name = result.parameters_used[0]
    overridden = dataclasses.replace(
        result, scenario=types.SimpleNamespace(parameter_overrides={name: 1}))
    frame = views.provenance_frame(overridden, pset, "nb").set_index(texts.t("col_name"))
    assert frame.loc[name, texts.t("col_overridden")] == "ja"
    assert frame.loc[name, texts.t("col_confidence")] == "forutsetning (ikke evidens)"
    others = frame.drop(index=name)
    assert set(others[texts.t("col_overridden")]) == {""}
    assert set(others[texts.t("col_confidence")]) <= set(CONFIDENCE_LABELS_NB.values())
    assert all(s.startswith("https://") for s in frame[texts.t("col_source")])


def test_provenance_without_overrides_marks_none(example, pset) -> None:
    frame = views.provenance_frame(evaluate(example, pset), pset, "en")
    assert set(frame["Overridden"]) == {""}


def test_comparison_frame_keeps_duplicate_names_apart(example, pset) -> None:
    result = evaluate(example, pset)
    frame = views.comparison_frame([result, result], "nb")
    assert len(frame.columns) == 2
    assert frame.iloc[:, 0].equals(frame.iloc[:, 1])


def test_guide_explains_every_confidence_tag() -> None:
    rows = guide.confidence_rows("nb")
    assert [r["tag"] for r in rows] == [c.value for c in Confidence]
    assert all(r["betyr"] for r in rows)
