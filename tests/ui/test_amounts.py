"""Amounts typed the Norwegian way (#16): every way a finance officer writes a number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from costbenefit.ui.amounts import AmountError, format_amount, parse_amount


@pytest.mark.parametrize(("text", "value"), [
    ("40,5", 40.5), ("40.5", 40.5), ("1 200 000", 1_200_000.0), ("1\u00a0200\u00a0000 kr", 1.2e6),
    ("1,2 mill.", 1_200_000.0), ("1,2 mill", 1_200_000.0), ("2 mrd.", 2e9), ("12,5 %", 12.5),
    ("−3,5", -3.5), ("1.200.000", 1_200_000.0), (" 80000 ", 80_000.0), (7, 7.0),
])
def test_norwegian_amounts_are_read(text, value) -> None:
    assert parse_amount(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "førti", "40,5,1", "1e400", "12 kroner og 50"])
def test_what_is_not_an_amount_says_how_to_write_one(text) -> None:
    with pytest.raises(AmountError, match=r"skriv f\.eks\.|endelig"):
        parse_amount(text)


@given(st.integers(min_value=0, max_value=10**11))
def test_money_round_trips(value: int) -> None:
    assert parse_amount(format_amount(value)) == value


@given(st.integers(min_value=0, max_value=1000))
def test_percentages_round_trip(tenths: int) -> None:
    assert parse_amount(format_amount(tenths / 10, percent=True), percent=True) == pytest.approx(
        tenths / 10)


def test_the_app_reads_a_decimal_comma_and_keeps_going_on_bad_text() -> None:
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    from costbenefit.ui.texts import t

    root = Path(__file__).resolve().parents[2]
    at = AppTest.from_file(str(root / "streamlit_app.py"), default_timeout=30).run()
    at.text_input(key="in_success_with_pct").set_value("40,5").run()
    assert not at.error
    public = next(m.value for m in at.metric if m.label == t("public_total"))
    at.text_input(key="in_cost_kommune").set_value("1,2 mill.").run()
    assert not at.error and next(m.value for m in at.metric
                                 if m.label == t("public_total")) != public
    at.text_input(key="in_cost_kommune").set_value("tjue tusen").run()
    errors = [e.value for e in at.main.error]
    assert len(errors) == 1 and "tjue tusen" in errors[0] and t("value_kept") in errors[0]


def test_fixed_cost_rows_as_the_table_gives_them() -> None:
    from costbenefit.errors import InputError
    from costbenefit.ui.form import fixed_costs

    rows = [{"year": 2026.0, "payer": "kommune", "amount": "500 000"},
            {"year": None, "payer": None, "amount": None},  # an empty new row
            {"year": 2027, "payer": "stat", "amount": "1,2 mill."}]
    assert fixed_costs(rows) == [{"year": 2026, "payer": "kommune", "amount": 500_000.0},
                                 {"year": 2027, "payer": "stat", "amount": 1_200_000.0}]
    with pytest.raises(InputError) as err:
        fixed_costs([{"year": 2026, "payer": "kommune", "amount": "mye"}])
    assert err.value.field == "intervention.fixed_costs.0" and "mye" in err.value.message


def test_the_form_shows_and_keeps_the_fixed_costs(pset) -> None:
    from pathlib import Path

    from costbenefit.files.scenarios import load_scenario
    from costbenefit.ui.form import form_from_scenario, scenario_from_form

    sc = load_scenario(Path(__file__).resolve().parents[2] / "examples" /
                       "ips_ung_illustrasjon.yaml")
    values = form_from_scenario(sc, pset)
    assert values["fixed_costs"] == [{"year": 2026, "payer": "kommune", "amount": 500_000.0}]
    values["fixed_costs"] = [*values["fixed_costs"],
                             {"year": 2027, "payer": "stat", "amount": "250 000"}]
    values["transfer_stat"] = 10_000.0
    again = scenario_from_form(sc, values).intervention
    assert [(c.year, c.payer, c.amount) for c in again.fixed_costs] == [
        (2026, "kommune", 500_000.0), (2027, "stat", 250_000.0)]
    assert again.transfer_per_participant_year.stat == 10_000.0


def test_the_fixed_costs_table_sits_in_the_main_area_with_its_sum() -> None:
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    from costbenefit.report import i18n
    from costbenefit.ui.texts import t

    root = Path(__file__).resolve().parents[2]
    at = AppTest.from_file(str(root / "streamlit_app.py"), default_timeout=30).run()
    label = t("fixed_costs_head", total=i18n.kr(500_000))
    assert label in [e.label for e in at.main.expander]
    assert label not in [e.label for e in at.sidebar.expander]
    assert t("fixed_costs_where") in [c.value for c in at.sidebar.caption]


def test_the_fixed_cost_label_counts_the_pending_edits() -> None:
    from costbenefit.report import i18n
    from costbenefit.ui.extra_inputs import _as_edited, _total

    rows = [{"year": 2026, "payer": "kommune", "amount": "500 000"},
            {"year": 2027, "payer": "stat", "amount": "100 000"}]
    edits = {"edited_rows": {0: {"amount": "1,5 mill."}}, "deleted_rows": [1],
             "added_rows": [{"year": 2028, "payer": "stat", "amount": "200 000"}, {}]}
    assert _as_edited(rows, None) == rows
    shown = _as_edited(rows, edits)
    assert [r.get("amount") for r in shown] == ["1,5 mill.", "200 000", None]
    assert _total(shown) == i18n.kr(1_700_000)
    assert _total([{"year": 2026, "payer": "stat", "amount": "mye"}]) == "–"
