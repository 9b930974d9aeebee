"""The calculator's «Hvor kommer tallene fra?»: the value used in Norwegian format with its
unit, a Norwegian unit label, kroneår, confidence in Norwegian, the source as a link, and an
override marked with the value it replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.parameters.schema import CONFIDENCE_LABELS_NB, MONEY_UNITS, UNIT_RANGES
from costbenefit.report import i18n
from costbenefit.ui import provenance, views
from costbenefit.ui.texts import t
from costbenefit.ui.texts.downloads_and_provenance import UNIT_LABELS_EN
from tests.ui.lazy_sections import opened

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
SOSIALHJELP = "benefits.sosialhjelp.average_per_recipient"


def plain(text: str) -> str:
    """Babel groups thousands with a no-break space; the tests write a plain one."""
    return text.replace("\u00a0", " ")


@pytest.fixture(scope="module")
def frame(pset):
    result = evaluate(load_scenario(EXAMPLE), pset)
    return views.provenance_frame(result, pset, "nb").set_index(t("col_name"))


def test_value_used_in_norwegian_format_with_its_unit(frame) -> None:
    value, unit = t("col_value_used"), t("col_unit")
    assert plain(frame.loc[SOSIALHJELP, value]) == "63 600 kr/år"
    assert frame.loc[SOSIALHJELP, unit] == "kroner per år"
    assert frame.loc[SOSIALHJELP, t("col_price_year")] == "2023"
    assert frame.loc["benefits.dagpenger.replacement_rate", value] == "62,4 %"
    assert frame.loc["benefits.dagpenger.replacement_rate", unit] == "andel"
    assert frame.loc["benefits.aap.young_age_limit", value] == "25 år"
    assert frame.loc["benefits.aap.minimum_factor", value] == "2,041 G"
    assert frame.loc["r109.real_price_growth_until", value] == "2060"
    assert frame.loc["labour.monthly_wage_by_age", value].startswith("tabell (")
    assert frame.loc["r109.discount_rates", value].startswith("liste (")


def test_units_and_confidence_are_norwegian(frame) -> None:
    units = set(frame[t("col_unit")])
    assert not units & {"years", "share", "NOK/year", "NOK", "share/year", "persons"}
    assert set(frame[t("col_confidence")]) <= set(CONFIDENCE_LABELS_NB.values())
    assert all(s.startswith("https://") for s in frame[t("col_source")])
    assert set(frame[t("col_overridden")]) == {""}


def test_every_unit_has_a_label_in_both_languages() -> None:
    for unit in (*UNIT_RANGES, *MONEY_UNITS):
        assert i18n.unit_label(unit) != unit or unit == "G", unit
        assert unit in UNIT_LABELS_EN or i18n.unit_suffix(unit).startswith(("kr", "£", "DKK")), unit
    assert i18n.unit_label("NOK/hour") == "kroner per time"
    assert i18n.unit_suffix("NOK/month") == "kr/måned"
    assert provenance.unit_text("NOK/year", "en") == "NOK per year"
    assert provenance.unit_text("years", "en") == "years"


def test_value_texts() -> None:
    assert provenance.value_text(0.6666666667, "share", "nb") == "66,67 %"
    assert provenance.value_text(0.009, "share/year", "nb") == "0,9 % per år"
    assert provenance.value_text(1.26, "ratio", "nb") == "1,26"
    assert provenance.value_text({"a": {"x": 1, "y": 2}, "b": 3}, "share", "nb") == \
        "tabell (3 verdier)"
    assert provenance.value_text([1, 2], "NOK", "en") == "list (2 values)"
    assert provenance.value_text(True, "code", "nb") == "ja"
    assert plain(provenance.value_text(63600, "NOK/year", "en")) == "63 600 NOK/year"


def test_override_shows_the_value_used_and_the_sets_value(pset) -> None:
    sc = load_scenario(EXAMPLE)
    result = evaluate(sc.model_copy(update={"parameter_overrides": {SOSIALHJELP: 70000}}),
                      pset)
    frame = views.provenance_frame(result, pset, "nb").set_index(t("col_name"))
    assert plain(frame.loc[SOSIALHJELP, t("col_value_used")]) == "70 000 kr/år"
    assert plain(frame.loc[SOSIALHJELP, t("col_overridden")]) == (
        "ja (parametersettet: 63 600 kr/år)")
    assert frame.loc[SOSIALHJELP, t("col_confidence")] == "forutsetning (ikke evidens)"
    assert plain(views.override_items(result, pset, "nb")) == (
        f"{SOSIALHJELP} = 70 000 kr/år (parametersettet: 63 600 kr/år)")
    english = views.provenance_frame(result, pset, "en").set_index("Parameter")
    assert plain(english.loc[SOSIALHJELP, "Overridden"]) == "yes (parameter set: 63 600 NOK/year)"
    assert english.loc[SOSIALHJELP, "Confidence"] == "assumption (not evidence)"


def test_app_marks_the_override_with_its_value() -> None:
    at = opened(AppTest.from_file(APP, default_timeout=60), "provenance")
    data = EXAMPLE.read_text(encoding="utf-8") + f"parameter_overrides:\n  {SOSIALHJELP}: 70000\n"
    at.file_uploader(key="upload").set_value(("overstyrt.yaml", data.encode(),
                                              "application/x-yaml")).run()
    assert not at.exception
    table = next(d.value for d in at.dataframe if t("col_value_used") in d.value.columns)
    row = table.set_index(t("col_name")).loc[SOSIALHJELP]
    assert plain(row[t("col_value_used")]) == "70 000 kr/år"
    assert row[t("col_unit")] == "kroner per år"
    assert plain(row[t("col_overridden")]) == "ja (parametersettet: 63 600 kr/år)"
    assert any("70 000 kr/år (parametersettet: 63 600 kr/år)" in plain(w.value)
               for w in at.warning)
