"""Detail sections are drawn only when opened (costbenefit/ui/lazy.py), and the charts the
app sends without re-validation are valid Vega-Lite (validated here, once per chart)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.ui import charts, compare, success, views
from costbenefit.ui import who_pays as who
from costbenefit.ui.texts import t
from costbenefit.uncertainty.montecarlo import run_montecarlo
from costbenefit.uncertainty.sensitivity import sensitivity_model, tornado
from costbenefit.uncertainty.slots import scenario_slots
from tests.ui.lazy_sections import opened

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
USIKKERHET = ROOT / "examples" / "ips_ung_usikkerhet.yaml"
SECTIONS = {"years": "years_head", "kommune": "kommune_details", "net_effect": "chart_head",
            "tornado": "tornado_head", "provenance": "provenance_head",
            "states": "states_table"}


def vega_charts(at: AppTest) -> int:
    return len(at.get("vega_lite_chart"))


def test_detail_sections_are_closed_until_opened() -> None:
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    labels = [e.label for e in at.expander]
    assert all(t(label) in labels for label in SECTIONS.values())
    closed = vega_charts(at)
    assert not [s for s in at.selectbox if s.key == "unc_switching"]
    assert not [r for r in at.radio if r.key in {"chart_discounted", "years_discounted"}]

    opened(at, *SECTIONS)
    assert not at.exception
    assert vega_charts(at) == closed + 2  # the yearly chart and the tornado
    assert at.selectbox(key="unc_switching").value
    assert {r.key for r in at.radio} >= {"chart_discounted", "years_discounted"}
    assert t("years_download") in [b.label for b in at.get("download_button")]
    # a rerun keeps them open; closing one stops drawing it
    at.session_state["open_tornado"] = False
    at.run()
    assert vega_charts(at) == closed + 1


@pytest.fixture(scope="module")
def result(pset):
    return evaluate(load_scenario(EXAMPLE), pset)


def test_every_calculator_chart_is_valid_vega_lite(result, pset) -> None:
    model, rows = sensitivity_model(result.scenario, pset)
    tor = tornado(model, rows, ["public_total"])["public_total"]
    mc = run_montecarlo(load_scenario(USIKKERHET), pset, 500, 1)
    specs = [
        who.category_chart(who.category_frame(result, "nb"), "nb"),
        charts.states_chart(success.states_chart_frame(result, "nb"), "nb"),
        charts.net_effect_chart(views.yearly_frame(result, "nb"), "nb"),
        charts.tornado_chart(views.tornado_frame(tor, "nb"), "nb"),
        charts.histogram_chart(views.histogram_frame(mc, "public_total"), "nb"),
        charts.comparison_chart(compare.chart_frame([result, result], "nb"), "nb"),
    ]
    for spec in specs:
        assert spec.to_dict()["$schema"].startswith("https://vega.github.io/schema/vega-lite/")


def test_tornado_inputs_are_named_in_english(result, pset) -> None:
    from costbenefit.ui.texts.names import SLOT_NAMES

    raw = result.scenario.model_dump(mode="python", by_alias=True, exclude_unset=True)
    raw["intervention"]["fixed_costs"].append({"year": 2027, "payer": "fylkeskommune",
                                               "amount": 1.0})
    sc = Scenario.model_validate(raw)
    slots = scenario_slots(sc)
    named = {path: views.slot_label(s, "en") for path, s in slots.items()}
    assert named["intervention.success_rate_with"] == "Success rate with the measure"
    assert named["intervention.cost_per_participant_year.kommune"] == (
        "Cost per participant-year, municipality")
    assert named["intervention.cohorts.0.participants"] == "Participants in the 2026 cohort"
    assert named["intervention.fixed_costs.1.amount"] == "Fixed cost 2027, county"
    for path, slot in slots.items():
        assert path.split(".")[1] in SLOT_NAMES["en"]
        assert views.slot_label(slot, "nb") == slot.label
    _, rows = sensitivity_model(sc, pset)
    for slot, _ in rows:  # parameters keep their name in the set
        if slot.is_parameter:
            assert views.slot_label(slot, "en") == slot.label
