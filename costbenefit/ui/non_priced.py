"""Non-priced effects in the app (DFØ's *ikke-prissatte virkninger*, issue #16 item 7).

:func:`editor` is a table the user adds rows to and edits (``st.data_editor``), started from
the scenario's own ``non_priced:`` list; :func:`with_effects` puts the rows into the scenario
the form built, validated like a scenario file; :func:`non_priced_section` shows them beside
the priced results. The frames and the validation (``editor_frame``, ``rows_from_frame``,
``with_effects``, ``results_frame``) need no Streamlit and are tested without it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from costbenefit.errors import InputError
from costbenefit.model.engine import Result
from costbenefit.model.scenario import Scenario
from costbenefit.model.scenario_non_priced import (
    BETYDNING,
    KONSEKVENS,
    MAX_EFFECTS,
    OMFANG,
    NonPricedEffect,
    printed,
)
from costbenefit.report.non_priced import omfang_text
from costbenefit.ui.texts import t
from costbenefit.validation.messages import input_error_from

FIELDS = ("name", "description", "betydning", "omfang", "konsekvens")
EDITOR_KEY = "non_priced_editor"


def editor_frame(effects: list[NonPricedEffect]) -> pd.DataFrame:
    """The editor's rows: the stored values (Norwegian levels, ASCII konsekvens)."""
    rows = [{f: getattr(e, f) for f in FIELDS} for e in effects]
    return pd.DataFrame(rows, columns=list(FIELDS)).astype(object)


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).strip()


def rows_from_frame(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The edited rows as the scenario's ``non_priced`` entries; empty rows are dropped and
    an empty konsekvens is left out (the matrix gives it)."""
    rows = []
    for record in frame.to_dict("records"):
        row = {f: _text(record.get(f)) for f in FIELDS}
        if not any(row.values()):
            continue
        if not row["konsekvens"]:
            row.pop("konsekvens")
        rows.append(row)
    return rows


def with_effects(scenario: Scenario, rows: list[dict[str, Any]], lang: str = "nb") -> Scenario:
    """`scenario` with its non-priced effects replaced by `rows`, each validated like a
    scenario file's (an InputError naming the row and the field otherwise)."""
    if len(rows) > MAX_EFFECTS:
        raise InputError(f"for mange ikke-prissatte virkninger; høyst {MAX_EFFECTS} er tillatt",
                         source=t("np_head", lang))
    effects = []
    for n, row in enumerate(rows, start=1):
        try:
            effects.append(NonPricedEffect.model_validate(row))
        except ValidationError as exc:
            raise input_error_from(exc, t("np_row", lang, n=n)) from None
    return scenario.model_copy(update={"non_priced": effects})


def _level(kind: str, value: str, lang: str) -> str:
    return t(f"np_{kind}_{value}", lang)


def results_frame(result: Result, lang: str) -> pd.DataFrame:
    """One row per effect: konsekvens first, then what it is, betydning and omfang."""
    rows = []
    for e in result.scenario.non_priced:
        omfang = (omfang_text(e.omfang) if lang == "nb"
                  else omfang_text(e.omfang).replace(e.omfang, _level("omfang", e.omfang, lang)))
        rows.append({
            t("np_col_konsekvens", lang): printed(e.shown_konsekvens),
            t("np_col_name", lang): e.name,
            t("np_col_description", lang): e.description,
            t("np_col_betydning", lang): _level("betydning", e.betydning, lang),
            t("np_col_omfang", lang): omfang,
            t("np_col_matrix", lang): printed(e.matrix),
        })
    return pd.DataFrame(rows)


def _key(effects: list[NonPricedEffect]) -> str:
    """A new editor for each starting list (another example or an upload), so its edits
    start from that list."""
    data = json.dumps([e.model_dump() for e in effects], ensure_ascii=False, sort_keys=True)
    return f"{EDITOR_KEY}_{hashlib.sha256(data.encode()).hexdigest()[:12]}"


def editor(base: Scenario, lang: str) -> list[dict[str, Any]]:
    """The editable table of non-priced effects (in a closed expander when there are none);
    returns its rows for :func:`with_effects`."""
    cc = st.column_config
    with st.expander(t("np_editor", lang), expanded=bool(base.non_priced)):
        st.caption(t("np_editor_help", lang))
        frame = st.data_editor(
            editor_frame(base.non_priced), key=_key(base.non_priced), num_rows="dynamic",
            width="stretch", hide_index=True,
            column_config={
                "name": cc.TextColumn(t("np_col_name", lang), max_chars=200, width="medium"),
                "description": cc.TextColumn(t("np_col_description", lang), max_chars=4000,
                                             width="large"),
                "betydning": cc.SelectboxColumn(
                    t("np_col_betydning", lang), options=list(BETYDNING),
                    format_func=lambda v: _level("betydning", v, lang)),
                "omfang": cc.SelectboxColumn(
                    t("np_col_omfang", lang), options=list(OMFANG),
                    format_func=lambda v: _level("omfang", v, lang)),
                "konsekvens": cc.SelectboxColumn(
                    t("np_col_konsekvens", lang), options=list(KONSEKVENS),
                    format_func=printed, help=t("np_editor_help", lang)),
            })
    return rows_from_frame(frame)


def non_priced_section(result: Result, lang: str) -> None:
    """The non-priced effects beside the priced results, never added to them."""
    st.subheader(t("np_head", lang))
    st.caption(t("np_intro", lang))
    if not result.scenario.non_priced:
        st.info(t("np_none", lang))
        return
    st.dataframe(results_frame(result, lang), hide_index=True, width="stretch")
    st.caption(t("np_matrix_note", lang))
