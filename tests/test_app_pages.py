"""The app's pages through streamlit.testing.v1.AppTest: widgets change the metrics,
bad uploads show the CLI's message, comparison and guide pages work."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from costbenefit import i18n
from costbenefit.engine import evaluate
from costbenefit.errors import InputError
from costbenefit.scenario_files import load_scenario, scenario_from_bytes
from costbenefit.ui.texts import t

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
BAD = ROOT / "tests" / "fixtures" / "bad_scenarios"


@pytest.fixture
def at() -> AppTest:
    app = AppTest.from_file(APP, default_timeout=30).run()
    assert not app.exception
    return app


def metric(at: AppTest, key: str, lang: str = "nb") -> str:
    return next(m.value for m in at.metric if m.label == t(key, lang))


def kroner(text: str) -> float:
    """'-7 443 289 kr' (Babel's spaces and minus sign) -> -7443289.0"""
    digits = text.removesuffix("kr").replace("\u2212", "-")
    return float("".join(ch for ch in digits if ch.isdigit() or ch == "-"))


def test_opens_on_the_example_with_the_cli_numbers(at: AppTest, pset) -> None:
    result = evaluate(load_scenario(EXAMPLE), pset)
    assert metric(at, "public_total") == i18n.kr(result.budget.npv["public_total"])
    assert metric(at, "kommune") == i18n.kr(result.budget.npv["kommune"])
    headings = " ".join(m.value for m in at.markdown)
    for head in ("budget_view_head", "societal_head", "wellbeing_head"):
        assert t(head) in headings


def test_doubling_participants_doubles_all_but_the_fixed_cost(at: AppTest) -> None:
    # The example has 100 participants a year and one fixed cost of 500 000 kr in year 0
    # (undiscounted). NPV(n) = n·a − 500 000, so NPV(200) = 2·NPV(100) + 500 000.
    before = kroner(metric(at, "public_total"))
    at.number_input(key="in_participants").set_value(200).run()
    after = kroner(metric(at, "public_total"))
    assert after == pytest.approx(2 * before + 500_000, abs=2)


def test_no_difference_in_success_rate_leaves_only_the_cost(at: AppTest) -> None:
    at.number_input(key="in_success_with_pct").set_value(27.1).run()
    assert kroner(metric(at, "public_total")) == -kroner(metric(at, "pv_cost"))
    assert metric(at, "payback") == t("never")


def test_break_even_rate_does_not_depend_on_the_assumed_success_rate(at: AppTest) -> None:
    before = metric(at, "break_even_rate")
    at.number_input(key="in_success_with_pct").set_value(50.0).run()
    assert metric(at, "break_even_rate") == before


def test_flat_rate_zero_gives_undiscounted_totals(at: AppTest) -> None:
    at.selectbox(key="in_schedule").set_value("flat").run()
    at.number_input(key="in_flat_rate_pct").set_value(0.0).run()
    # cost: 300 participants × 80 000 kr + 500 000 kr fixed, not discounted
    assert kroner(metric(at, "pv_cost")) == 300 * 80_000 + 500_000
    assert any("flat 0 %" in c.value for c in at.caption)


def test_bad_custom_schedule_names_the_field(at: AppTest) -> None:
    at.selectbox(key="in_schedule").set_value("custom").run()
    at.text_input(key="in_custom_steps").set_value("fire prosent").run()
    assert "diskontering" in at.error[0].value and "fire prosent" in at.error[0].value


def test_blank_start(at: AppTest) -> None:
    at.selectbox(key="start").set_value("").run()
    assert at.text_input(key="in_name").value == "Nytt scenario"
    assert at.number_input(key="in_participants").value == 20
    assert not at.error


@pytest.mark.parametrize("fixture", ["success_rate_above_one.yaml", "broken_yaml.yaml",
                                     "unknown_field.yaml"])
def test_bad_upload_shows_the_cli_message(at: AppTest, fixture: str) -> None:
    data = (BAD / fixture).read_bytes()
    with pytest.raises(InputError) as cli:
        scenario_from_bytes(data, fixture)
    at.file_uploader(key="upload").set_value((fixture, data, "application/x-yaml")).run()
    assert str(cli.value) in at.error[0].value
    assert at.text_input(key="in_name").value != ""  # the form still holds the old scenario


def test_good_upload_replaces_the_inputs(at: AppTest) -> None:
    data = EXAMPLE.read_text(encoding="utf-8").replace("participants: 100", "participants: 7")
    at.file_uploader(key="upload").set_value(("mitt.yaml", data.encode(), "application/x-yaml"))
    at.run()
    assert at.number_input(key="in_participants").value == 7
    assert not at.error


def test_english_labels(at: AppTest) -> None:
    at.selectbox(key="lang_choice").set_value("en").run()
    assert metric(at, "public_total", "en") == metric(at.run(), "public_total", "en")
    assert any(m.label == "Public total" for m in at.metric)
    assert at.title[0].value == t("app_title", "en")


def test_provenance_lists_every_parameter_used(at: AppTest, pset) -> None:
    result = evaluate(load_scenario(EXAMPLE), pset)
    table = next(d.value for d in at.dataframe if t("col_name") in d.value.columns)
    assert list(table[t("col_name")]) == list(result.parameters_used)


def test_compare_keeps_at_most_four(at: AppTest) -> None:
    for _ in range(4):
        at.button[0].click().run()
    assert t("added", n=4, max=4) in [s.value for s in at.success]
    at.button[0].click().run()
    assert at.warning[0].value == t("compare_full", max=4)


def test_compare_page_side_by_side(at: AppTest) -> None:
    at.button[0].click().run()
    at.number_input(key="in_participants").set_value(50).run()
    at.text_input(key="in_name").set_value("Halvparten").run()
    at.button[0].click().run()
    at.switch_page("pages/sammenlign.py").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert list(table.columns) == ["IPS Ung, Trondheim (illustrasjon)", "Halvparten"]
    assert table.loc[t("public_total")].nunique() == 2
    at.button[-1].click().run()  # clear
    assert at.info[0].value == t("compare_empty")


def test_inputs_survive_a_visit_to_another_page(at: AppTest) -> None:
    at.number_input(key="in_participants").set_value(42).run()
    at.switch_page("pages/veiledning.py").run()
    at.switch_page("pages/kalkulator.py").run()
    assert at.number_input(key="in_participants").value == 42


def test_guide_page(at: AppTest) -> None:
    at.switch_page("pages/veiledning.py").run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    for phrase in ("Budsjettvirkning", "Hvorfor stønader ikke er en kostnad",
                   "Hvor mange må lykkes", "konfidensmerking"):
        assert phrase in text
    assert len(at.table[0].value) == 6
