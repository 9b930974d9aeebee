"""Non-priced effects (DFØ's ikke-prissatte virkninger): the pluss–minus scale, the
konsekvensmatrise, ASCII and typographic minus, and strict Norwegian errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.scenario import Scenario
from costbenefit.model.scenario_non_priced import (
    BETYDNING,
    KONSEKVENS,
    OMFANG,
    NonPricedEffect,
    matrix_konsekvens,
    printed,
    score,
)
from costbenefit.validation.messages import input_error_from

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ips_ung_illustrasjon.yaml"


def message(data: dict) -> str:
    with pytest.raises(ValidationError) as exc:
        NonPricedEffect.model_validate({"name": "Mestring", **data})
    return str(input_error_from(exc.value, "x.yaml"))


def test_matrix_is_dfos_fan() -> None:
    """betydning × omfang: sign of the omfang, |omfang| + weight − 2 steps, never below 0."""
    table = {b: [matrix_konsekvens(b, o) for o in OMFANG] for b in BETYDNING}
    assert table == {
        "liten": ["--", "-", "0", "0", "0", "+", "++"],
        "middels": ["---", "--", "-", "0", "+", "++", "+++"],
        "stor": ["----", "---", "--", "0", "++", "+++", "++++"],
    }
    assert {k for row in table.values() for k in row} <= set(KONSEKVENS)


def test_words_symbols_and_both_minus_signs_are_read() -> None:
    ascii_ = NonPricedEffect(name=" Belastning ", betydning="Stor", omfang="--",
                             konsekvens="---")
    typographic = NonPricedEffect(name="Belastning", betydning="stor", omfang="−−",
                                  konsekvens="− − −")
    assert ascii_ == typographic
    assert ascii_.name == "Belastning" and ascii_.omfang == "middels negativt"
    assert ascii_.konsekvens == "---" and ascii_.score == -3
    assert printed(ascii_.konsekvens) == "−−−"
    worded = NonPricedEffect(name="x", betydning="middels", omfang="stort_positivt")
    assert worded.omfang == "stort positivt"


def test_konsekvens_defaults_to_the_matrix() -> None:
    effect = NonPricedEffect(name="x", betydning="middels", omfang="middels positivt")
    assert effect.konsekvens == "++" == effect.matrix
    assert NonPricedEffect(name="x", betydning="liten", omfang="+",
                           konsekvens="").konsekvens == "0"


def test_one_step_from_the_matrix_is_accepted() -> None:
    for k in ("+", "++", "+++"):
        assert NonPricedEffect(name="x", betydning="middels", omfang="++",
                               konsekvens=k).konsekvens == k
    assert NonPricedEffect(name="x", betydning="liten", omfang="lite negativt",
                           konsekvens=0).konsekvens == "0"


@pytest.mark.parametrize(("data", "words"), [
    ({"betydning": "enorm", "omfang": "+"}, "betydning: ukjent nivå 'enorm'"),
    ({"betydning": "stor", "omfang": "++++"}, "omfang: ukjent nivå '++++'"),
    ({"betydning": "stor", "omfang": "+", "konsekvens": "+++++"},
     "konsekvens: ukjent konsekvens"),
    ({"betydning": "stor", "omfang": "+", "konsekvens": "−−"},
     "konsekvens −− passer ikke med betydning stor og omfang lite positivt"),
    ({"betydning": "middels", "omfang": "+", "konsekvens": "+++"},
     "DFØs konsekvensmatrise, som gir +"),
    ({"betydning": "stor", "omfang": "intet", "konsekvens": "+"}, "godtatt her: 0)"),
    ({"betydning": "liten", "omfang": "lite positivt", "konsekvens": "-"}, "passer ikke"),
    ({"betydning": "stor", "omfang": "+", "farge": "grønn"}, "farge: ukjent felt"),
    ({"omfang": "+"}, "betydning: feltet mangler"),
    ({"betydning": 3, "omfang": "+"}, "forventet tekst"),
])
def test_errors_are_norwegian_and_name_the_field(data: dict, words: str) -> None:
    text = message(data)
    assert words in text
    assert "Input should" not in text and "Value error" not in text


def test_score_and_scale() -> None:
    assert [score(k) for k in KONSEKVENS] == list(range(-4, 5))


def test_scenario_field_defaults_to_empty_and_example_has_two(pset) -> None:
    sc = load_scenario(EXAMPLE)
    assert len(sc.non_priced) == 2
    assert all("Forutsetning" in e.description for e in sc.non_priced)
    data = sc.model_dump(exclude={"non_priced"})
    assert Scenario.model_validate(data).non_priced == []
    again = Scenario.model_validate(sc.model_dump(mode="json"))
    assert again.non_priced == sc.non_priced


def test_a_konsekvens_off_the_matrix_survives_a_dump_without_defaults() -> None:
    effect = NonPricedEffect(name="x", betydning="liten", omfang="middels negativt",
                             konsekvens="0")
    assert effect.matrix == "-" and effect.konsekvens == "0"
    again = NonPricedEffect.model_validate(effect.model_dump(exclude_defaults=True))
    assert again == effect
