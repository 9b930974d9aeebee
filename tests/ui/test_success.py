"""What a success is, in the app (issue #13): the form's effect source and outcome and how
they map onto a Scenario, and the results' study, persons in the outcome with and without the
measure, the check of the study's difference and the real wage growth."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.files.scenarios import load_scenario, scenario_from_bytes
from costbenefit.model.engine import OUTCOME_DEFAULT_WARNING, evaluate
from costbenefit.model.lifecourse import group_label
from costbenefit.report import i18n
from costbenefit.report import success as report
from costbenefit.ui import form, success
from costbenefit.ui.texts import t
from tests.ui.lazy_sections import opened

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
STUDY = "evidence.ips.reme_2019"


@pytest.fixture(scope="module")
def example():
    sc = load_scenario(EXAMPLE)
    assert sc.intervention.effect == STUDY  # the premise of the tests below
    return sc


# -- the form ---------------------------------------------------------------------------

def test_the_form_shows_the_studys_numbers_and_leaves_them_to_it(example, pset) -> None:
    values = form.form_from_scenario(example, pset)
    assert values["effect"] == STUDY and values["success_outcome"] == "employed"
    assert (values["success_with_pct"], values["success_without_pct"]) == (35.65, 27.1)
    assert (values["persistence_years"], values["decay_pct"]) == (5, 25.0)
    sc = form.scenario_from_form(example, values)
    assert sc == example and sc.intervention.effect == STUDY
    assert not {"success_rate_with", "success_rate_without", "success_outcome", "decay",
                "persistence_years"} & sc.intervention.model_fields_set
    assert evaluate(sc, pset).evidence is not None
    saved = scenario_from_bytes(form.scenario_to_yaml(sc).encode(), "lagret.yaml")
    assert saved.intervention.effect == STUDY


def test_own_rates_with_another_outcome(example, pset) -> None:
    values = form.form_from_scenario(example, pset) | {
        "effect": form.OWN_RATES, "success_outcome": "in_education"}
    sc = form.scenario_from_form(example, values)
    iv = sc.intervention
    assert iv.effect is None and iv.success_outcome == "in_education"
    assert (iv.success_rate_with, iv.success_rate_without) == (0.3565, 0.271)
    assert (iv.persistence_years, iv.decay) == (5, 0.25)
    assert form.form_from_scenario(sc) == values
    result = evaluate(sc, pset)
    assert result.evidence is None
    assert result.budget.npv["public_total"] != evaluate(example, pset).budget.npv[
        "public_total"]


def test_an_outcome_left_to_its_default_keeps_the_warning(pset) -> None:
    blank = form.blank_scenario()
    values = form.form_from_scenario(blank, pset)
    assert values["success_outcome"] == "reference_life_course" and values["effect"] == ""
    sc = form.scenario_from_form(blank, values)
    assert "success_outcome" not in sc.intervention.model_fields_set
    head = OUTCOME_DEFAULT_WARNING.split("{")[0]
    assert any(w.startswith(head) for w in evaluate(sc, pset).warnings)
    chosen = form.scenario_from_form(blank, values | {"success_outcome": "employed"})
    assert chosen.intervention.success_outcome == "employed"
    assert not any(w.startswith(head) for w in evaluate(chosen, pset).warnings)


# -- the results ------------------------------------------------------------------------

def test_states_frame_and_sentences(example, pset) -> None:
    result = evaluate(example, pset)
    without, with_measure = report.outcome_persons(result, "employed")
    frame = success.states_frame(result, "nb")
    assert list(frame.columns) == ["År", "Uten tiltaket", "Med tiltaket", "Forskjell"]
    assert list(frame["Forskjell"]) == pytest.approx(
        [round(float(d), 1) for d in with_measure - without])
    assert len(success.states_frame(result, "nb", short=True)) == len(report.shown_years(45))
    assert success.states_head(result, "nb") == "Personer i arbeid med og uten tiltaket"
    assert success.states_head(result, "en") == "Persons in work with and without the measure"
    assert success.check_text(result, "nb") == report.check_text(result)
    assert success.check_text(result, "en").startswith(
        "+9,5 percentage points in work in the study (8,6 after the optimism-bias correction) "
        "is +8,6 persons per 100 participants")
    lines = success.evidence_lines(result, "nb")
    assert lines[0] == f"Studie: {result.evidence.label} ({STUDY})"
    assert lines[3] == "Effekt: " + report.effect_text(result.evidence)
    assert success.growth_line(result, "nb") == report.growth_text(result)
    assert i18n.percent(result.growth_rate) in success.growth_line(result, "en")


# -- the app ----------------------------------------------------------------------------

@pytest.fixture
def at() -> AppTest:
    app = AppTest.from_file(APP, default_timeout=30).run()
    assert not app.exception
    return app


def public_total(at: AppTest) -> str:
    return next(m.value for m in at.metric if m.label == t("public_total"))


def test_the_results_show_the_study_and_persons_in_work(at: AppTest, example, pset) -> None:
    result = evaluate(example, pset)
    assert at.selectbox(key="in_effect").value == STUDY
    assert at.selectbox(key="in_success_outcome").value == "employed"
    markdown = [m.value for m in at.markdown]
    assert "**Hva en suksess er: i arbeid**" in markdown
    assert "##### Personer i arbeid med og uten tiltaket" in markdown
    captions = [c.value for c in at.caption]
    assert report.check_text(result) in captions
    assert report.growth_text(result) in captions
    study = next(i.value for i in at.info if i.value.startswith("Studie:"))
    assert "optimismekorreksjon 10 % (evidensgrad 3) → 8,6 prosentpoeng brukt" in study
    frame = next(d.value for d in opened(at, "states").dataframe
                 if "Forskjell" in d.value.columns)
    assert list(frame["År"][:2]) == ["2026", "2027"] and frame["Forskjell"][1] == 8.6


def test_a_changed_outcome_uses_own_rates_and_changes_the_result(at: AppTest, pset) -> None:
    before = public_total(at)
    at.selectbox(key="in_success_outcome").set_value("in_education").run()
    assert not at.exception and not at.error
    assert at.selectbox(key="in_effect").value == form.OWN_RATES
    assert public_total(at) != before
    assert "##### Personer i utdanning med og uten tiltaket" in [m.value for m in at.markdown]
    assert not any(i.value.startswith("Studie:") for i in at.info)
    # choosing the study again brings back its outcome and numbers
    at.selectbox(key="in_effect").set_value(STUDY).run()
    assert at.selectbox(key="in_success_outcome").value == "employed"
    assert at.text_input(key="in_success_with_pct").value == "35,65"
    assert public_total(at) == before


def test_a_changed_rate_leaves_the_study(at: AppTest) -> None:
    at.text_input(key="in_success_with_pct").set_value("40").run()
    assert at.selectbox(key="in_effect").value == form.OWN_RATES
    assert not at.error
    assert any(c.value.startswith("+12,9 prosentpoeng i arbeid (suksessrate med − uten)")
               for c in at.caption)


def test_a_target_group_the_study_does_not_cover_keeps_its_rates_as_own(at: AppTest,
                                                                          pset) -> None:
    before = public_total(at)
    at.selectbox(key="in_target_group").set_value("barnevern_home_children").run()
    assert not at.exception and not at.error
    assert at.selectbox(key="in_effect").value == form.OWN_RATES
    assert at.text_input(key="in_success_with_pct").value == "35,65"
    dropped = t("study_dropped", study=form.study_label(pset, STUDY),
                group=group_label(pset, "barnevern_home_children"))
    assert dropped in [i.value for i in at.info]
    assert public_total(at) != before
    # the note is said once, not on every rerun
    at.run()
    assert dropped not in [i.value for i in at.info]
