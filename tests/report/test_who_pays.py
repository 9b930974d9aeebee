"""The who-pays sentence: signs, amounts, the rest of the kommune sector, and nothing."""

from __future__ import annotations

from costbenefit.report.who_pays import amount_text, who_pays_sentence


def test_the_sentence_says_who_pays_and_who_saves() -> None:
    text = who_pays_sentence({"kommune": -4_762_549.0, "fylkeskommune": 0.2, "stat": 6_532_871.0,
                              "andre_kommuner": 1_469_099.0})
    assert text == ("Kommunen betaler 4,8 mill. kr mer enn den sparer; staten sparer "
                    "6,5 mill. kr netto; resten av kommunesektoren får 1,5 mill. kr gjennom "
                    "inntektsutjevningen (nåverdi).")


def test_small_amounts_in_kroner_and_english() -> None:
    assert amount_text(-48_000.4) == "48\u00a0000 kr"  # Babel's no-break space
    assert who_pays_sentence({"kommune": 48_000.0}, "en") == (
        "The municipality saves 48\u00a0000 kr net (present value).")


def test_no_budget_effect() -> None:
    assert who_pays_sentence({"kommune": 0.0, "stat": 0.3}) == (
        "Tiltaket endrer ingen offentlige budsjetter.")
