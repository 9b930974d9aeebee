"""Honest labels (issue #13, item 8): `roi` is «Netto nåverdi per krone tiltakskostnad», shown
as a ratio with a decimal comma, never as a percentage; a break-even that needs a success rate
above 100 % is «ikke oppnåelig», never a number; the README table says which year and price
year each example is discounted to."""

from __future__ import annotations

from pathlib import Path

import pytest

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import Result, evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.report import compare, i18n, table
from costbenefit.report.headlines import headlines, readme_table
from costbenefit.report.texts_nb import (
    NOT_REACHABLE,
    NOT_REACHABLE_REASON,
    ROI_HELP,
    ROI_LABEL,
    beyond_reach,
)
from tests.excel.support import typed

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"


def out_of_reach(scenario: Scenario, pset) -> Scenario:
    """95 % would succeed anyway: the few extra successes cannot pay for the measure."""
    data = typed(scenario, pset)
    data["name"] = "Nesten alle lykkes uansett"
    data["intervention"].update(success_rate_without=0.95, success_rate_with=0.97)
    return Scenario.model_validate(data)


@pytest.fixture(scope="module")
def reachable(pset) -> Result:
    return evaluate(load_scenario(EXAMPLE), pset)


@pytest.fixture(scope="module")
def unreachable(pset) -> Result:
    result = evaluate(out_of_reach(load_scenario(EXAMPLE), pset), pset)
    assert result.break_even.success_rate > 1  # the premise of every test below
    return result


# -- the ratio format and the texts ------------------------------------------------------

@pytest.mark.parametrize(("value", "decimals", "want"), [
    (0.8727, 2, "0,87"),
    (-1.2199, 2, "-1,22"),  # Babel's sign for a pattern, as in i18n.kr and i18n.number
    (0.0, 2, "0,00"),
    (1.0, 2, "1,00"),
    (12.345, 1, "12,3"),
    (1234.5, 2, "1\u00a0234,50"),  # grouped like every number in the reports
    (None, 2, "–"),
])
def test_ratio_golden_values(value, decimals, want) -> None:
    assert i18n.ratio(value, decimals) == want


def test_ratio_is_never_a_percentage() -> None:
    assert "%" not in i18n.ratio(0.087) and i18n.ratio(0.087) == "0,09"


def test_label_and_help_text() -> None:
    assert ROI_LABEL == "Netto nåverdi per krone tiltakskostnad"
    assert ROI_HELP == (
        "Offentlig netto nåverdi delt på nåverdien av tiltakets kostnad. 0 betyr at tiltaket "
        "akkurat betaler seg; 1 betyr at hver krone gir en krone tilbake i tillegg. Ikke en "
        "årlig avkastning.")
    assert NOT_REACHABLE_REASON.startswith(NOT_REACHABLE + ":")


@pytest.mark.parametrize(("rate", "needed", "participants", "want"), [
    (1.03, None, None, True),
    (1.0, None, None, False),  # exactly 100 % can just be reached
    (0.4, 26.0, 300, False),
    (0.4, 301.0, 300, True),  # more extra successes than participants
    (None, None, None, False),  # no gain at all: «–», not «ikke oppnåelig»
])
def test_beyond_reach(rate, needed, participants, want) -> None:
    assert beyond_reach(rate, needed, participants) is want


# -- text table ---------------------------------------------------------------------------

def test_table_shows_the_ratio_with_its_label_and_help(reachable) -> None:
    text = table.render(reachable, "gruppe")
    assert f"{ROI_LABEL}: {i18n.ratio(reachable.budget.roi)}" in text
    assert "Ikke en årlig" in text
    assert "Avkastning" not in text and i18n.percent(reachable.budget.roi) not in text


def test_table_shows_a_reachable_break_even_as_numbers(reachable) -> None:
    text = table.render(reachable, "gruppe")
    assert f"Suksessrate som gir balanse: {i18n.percent(reachable.break_even.success_rate)}" \
        in text
    assert NOT_REACHABLE not in text


def test_table_shows_an_unreachable_break_even_as_ikke_oppnaelig(unreachable) -> None:
    be = unreachable.break_even
    text = table.render(unreachable, "gruppe")
    assert f"Suksessrate som gir balanse: {NOT_REACHABLE}" in text
    assert "selv om alle deltakerne lykkes, dekker gevinsten ikke kostnaden" in text
    assert i18n.percent(be.success_rate) not in text
    assert i18n.number(be.successes_needed) not in text


# -- compare table ------------------------------------------------------------------------

def test_compare_shows_ratio_and_ikke_oppnaelig(reachable, unreachable) -> None:
    text = compare.render([reachable, unreachable])
    lines = {line.split("  ")[0]: line for line in text.splitlines()}
    assert lines[ROI_LABEL].split()[-2:] == [i18n.ratio(reachable.budget.roi),
                                             i18n.ratio(unreachable.budget.roi)]
    for label in ("Suksessrate som gir balanse", "Hvor mange må lykkes"):
        assert lines[label].endswith(f"  {NOT_REACHABLE}"), label  # the second column
        assert lines[label].count(NOT_REACHABLE) == 1, label  # not the first
    assert i18n.percent(unreachable.break_even.success_rate) not in text
    assert NOT_REACHABLE_REASON in text and ROI_HELP in text


def test_compare_rows_give_the_workbooks_text(reachable, unreachable) -> None:
    rate = next(r for r in compare.ROWS if r.key == "break_even_rate")
    roi = next(r for r in compare.ROWS if r.key == "roi")
    assert compare.shown_value(rate, unreachable) == NOT_REACHABLE
    assert compare.shown_value(rate, reachable) == reachable.break_even.success_rate
    assert (roi.label, roi.kind, roi.live) == (ROI_LABEL, "ratio", True)


# -- README headline table ----------------------------------------------------------------

def test_headlines_name_the_base_year_and_price_year(reachable) -> None:
    h = headlines(reachable)
    assert h["start_year"] == reachable.scenario.start_year == int(reachable.ledger.years[0])
    assert h["price_year"] == reachable.price_year


def test_readme_table_columns_ratio_and_ikke_oppnaelig(reachable, unreachable) -> None:
    numbers = {"a.yaml": headlines(reachable), "b.yaml": headlines(unreachable)}
    text = readme_table(numbers, {"a.yaml": "A", "b.yaml": "B"})
    head, rule, row_a, row_b, blank, note = text.splitlines()[:6]  # then the kommune's
    cells = [c.strip() for c in head.strip("|").split("|")]
    assert cells[1:3] == ["Diskontert til", "Kroneår"] and ROI_LABEL in cells
    assert rule.count("|") == head.count("|")
    a = dict(zip(cells, (c.strip() for c in row_a.strip("|").split("|")), strict=True))
    b = dict(zip(cells, (c.strip() for c in row_b.strip("|").split("|")), strict=True))
    assert a["Diskontert til"] == str(reachable.scenario.start_year)
    assert a["Kroneår"] == str(reachable.price_year)
    assert a[ROI_LABEL] == i18n.ratio(reachable.budget.roi) and "%" not in a[ROI_LABEL]
    assert a["Hvor mange må lykkes"] == i18n.number(reachable.break_even.successes_needed)
    assert b["Hvor mange må lykkes"] == NOT_REACHABLE
    assert blank == ""
    assert note.startswith("Nåverdier er diskontert til hvert eksempels første år (kolonnen "
                           "«Diskontert til»), i kroneåret i kolonnen «Kroneår».")
