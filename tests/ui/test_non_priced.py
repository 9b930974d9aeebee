"""Non-priced effects in the app: the editor's rows round-trip into the scenario (validated,
errors naming the row), the results table in both languages, and the calculator page shows
the example's effects beside the priced views."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.errors import InputError
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.ui import non_priced
from costbenefit.ui.texts import t

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"


def test_editor_rows_round_trip_into_the_scenario() -> None:
    sc = load_scenario(EXAMPLE)
    rows = non_priced.rows_from_frame(non_priced.editor_frame(sc.non_priced))
    assert non_priced.with_effects(sc, rows).non_priced == sc.non_priced


def test_blank_rows_are_dropped_and_a_blank_konsekvens_comes_from_the_matrix() -> None:
    sc = load_scenario(EXAMPLE)
    frame = pd.DataFrame([
        {"name": "Ny virkning", "description": None, "betydning": "stor",
         "omfang": "stort negativt", "konsekvens": None},
        {"name": None, "description": "", "betydning": None, "omfang": None,
         "konsekvens": float("nan")},
    ])
    rows = non_priced.rows_from_frame(frame)
    assert rows == [{"name": "Ny virkning", "description": "", "betydning": "stor",
                     "omfang": "stort negativt"}]
    (effect,) = non_priced.with_effects(sc, rows).non_priced
    assert effect.konsekvens == "----"
    assert non_priced.with_effects(sc, []).non_priced == []


@pytest.mark.parametrize(("row", "field", "words"), [
    ({"name": "x", "betydning": "enorm", "omfang": "+"}, "betydning", "ukjent nivå"),
    ({"name": "x", "betydning": "liten", "omfang": "+", "konsekvens": "---"}, None,
     "passer ikke"),
    ({"name": "", "betydning": "liten", "omfang": "+"}, "name", "teksten er tom"),
])
def test_a_bad_row_is_named(row: dict, field: str | None, words: str) -> None:
    sc = load_scenario(EXAMPLE)
    good = {"name": "God", "betydning": "middels", "omfang": "0"}
    with pytest.raises(InputError) as exc:
        non_priced.with_effects(sc, [good, row])
    assert exc.value.source == t("np_row", n=2)
    assert exc.value.field == field and words in exc.value.message


def test_results_frame_in_both_languages(pset) -> None:
    result = evaluate(load_scenario(EXAMPLE), pset)
    nb = non_priced.results_frame(result, "nb")
    assert list(nb.columns) == [t(f"np_col_{c}") for c in (
        "konsekvens", "name", "description", "betydning", "omfang", "matrix")]
    assert nb.iloc[0][t("np_col_omfang")] == "lite positivt (+)"
    en = non_priced.results_frame(result, "en")
    assert en.iloc[0][t("np_col_betydning", "en")] == "medium"
    assert en.iloc[0][t("np_col_omfang", "en")] == "small positive (+)"
    assert list(en[t("np_col_konsekvens", "en")]) == ["+", "+"]


def test_calculator_shows_the_effects_beside_the_priced_views() -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert t("np_head") in [s.value for s in at.subheader]
    names = [name for df in at.dataframe if t("np_col_name") in df.value.columns
             for name in df.value[t("np_col_name")]]
    assert names == [e.name for e in load_scenario(EXAMPLE).non_priced]
    assert t("np_editor") in [e.label for e in at.expander]
