"""English where English is chosen: every warning and note the engine can emit has an
English text that takes the model's values, the Norwegian rendering is the model's own
text, every target group and study has an English name, and the calculator in English shows
no Norwegian warning on any shipped example."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.files.examples import scenario_examples
from costbenefit.files.scenarios import load_scenario, scenario_from_bytes
from costbenefit.model import engine
from costbenefit.model.engine import Result, evaluate
from costbenefit.model.lifecourse import target_groups
from costbenefit.model.notes import Note
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.evidence import load_study, studies
from costbenefit.ui import app_state, views
from costbenefit.ui.texts import TEXTS, t
from costbenefit.ui.texts.engine_notes import APP_WORDED
from costbenefit.ui.texts.names import GROUP_NAMES, STUDY_NAMES
from tests.model.test_engine_properties import scenario
from tests.model.test_outcomes import scenario as employed_scenario

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
MODEL = ROOT / "costbenefit" / "model"


def emitted_keys() -> set[str]:
    """Every key of a `Note(...)` in the model's source."""
    keys = set()
    for path in MODEL.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "Note" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                keys.add(node.args[0].value)
    return keys


def notes(result: Result) -> list[Note]:
    note = result.break_even.note
    return [*result.warnings, *result.wellbeing.notes, *([note] if note else [])]


def results(pset, monkeypatch: pytest.MonkeyPatch) -> list[Result]:
    """The examples, and scenarios that raise the warnings no example raises."""
    out = [evaluate(load_scenario(p), pset) for p in scenario_examples()]
    text = (ROOT / "examples" / "ips_ung_illustrasjon.yaml").read_text(encoding="utf-8")
    no_kostra = re.sub(r"\n\s*kostra_function:.*", "", text)
    out.append(evaluate(scenario_from_bytes(no_kostra.encode(), "uten.yaml"), pset))
    out += [evaluate(sc, pset) for sc in (
        scenario(intervention={"success_rate_with": 0.2, "success_rate_without": 0.3}),
        scenario(wellbeing={"valuation": "hm_treasury"}),
        employed_scenario(intervention={"success_rate_with": 1.0, "success_rate_without": 0.0}),
        Scenario.model_validate({
            "name": "uten utfall", "target_group": "aap_18_29", "start_age": 22,
            "start_year": 2026, "price_year": 2024, "horizon_years": 10,
            "intervention": {"cohorts": [{"year": 2026, "participants": 10}],
                             "success_rate_with": 0.5}}),
    )]
    # no shipped Markov group has its own services: pretend the example's has
    monkeypatch.setattr(engine, "group_service_flows", lambda *_: object())
    out.append(evaluate(load_scenario(ROOT / "examples" / "ips_ung_markov_illustrasjon.yaml"),
                        pset))
    return out


def test_every_note_the_model_can_emit_has_a_text_and_no_text_is_left_over() -> None:
    keys = emitted_keys()
    assert len(keys) >= 13
    assert {f"note_{k}" for k in keys} == {k for k in TEXTS if k.startswith("note_")}


# a scenario file's field or syntax, e.g. success_rate_without, mode: markov, {source: …}
FILE_FIELD = re.compile(r"[a-z]+_[a-z_]+|intervention\.|mode: markov|\{")


def test_every_note_reads_as_the_model_in_norwegian_and_differently_in_english(
        pset, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = {}
    for result in results(pset, monkeypatch):
        for note in notes(result):
            seen[note.key] = note
            norwegian = views.note_text(note, "nb")
            if note.key in APP_WORDED:  # the app names its control, not the file's field
                assert norwegian != note and not FILE_FIELD.search(norwegian), norwegian
            else:
                assert norwegian == note
            english = views.note_text(note, "en")
            assert english != note and "«" not in english, english
            if note.key in APP_WORDED:
                assert not FILE_FIELD.search(english), english
    assert set(seen) == emitted_keys()  # every English template met the model's values
    assert "“in work”" in views.note_text(seen["control_level"], "en")
    assert "“in education”" in views.note_text(seen["negative_states"], "en")
    assert STUDY_NAMES["en"]["evidence.ips.seed_2020"] in views.note_text(
        seen["ever_in_outcome"], "en")


def test_every_target_group_and_study_has_an_english_name(pset) -> None:
    assert set(GROUP_NAMES["en"]) == set(target_groups(pset))
    when = dt.date(2026, 1, 1)
    assert set(STUDY_NAMES["en"]) == {load_study(pset, s, when).name for s in studies(pset)}


@pytest.mark.parametrize("path", scenario_examples(), ids=lambda p: p.stem)
def test_the_calculator_in_english_shows_no_norwegian_note(path: Path, pset) -> None:
    sc = load_scenario(path)
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state[app_state.LANG_KEY] = "en"
    at.run()
    at.selectbox(key="start").set_value(sc.name).run()
    assert not at.exception
    shown = [e.value for e in (*at.info, *at.caption, *at.markdown, *at.warning)]
    result = evaluate(sc, pset)
    for note in notes(result):
        assert not any(note in s for s in shown), note.key
    for note in (*result.warnings, *result.wellbeing.notes):
        assert any(views.note_text(note, "en") in s for s in shown), note.key
    assert not any(s.startswith(f"{t('warning', 'nb')}:") for s in shown)
    group = at.selectbox(key="in_target_group")
    assert group.options[group.index] == GROUP_NAMES["en"][sc.target_group]
