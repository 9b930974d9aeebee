"""The app's side of the library: opening it (the same database as the CLI), its tables as
frames, saving the current scenario, and keeping an uploaded budget template as a
submission, accepted or refused, so nothing a project owner sent in is lost.

The library is opened for one page run and closed again; a database that cannot be reached
is shown as the store's Norwegian message, never as a crash of the calculator.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

from costbenefit.errors import InputError
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.schema import ParameterSet
from costbenefit.report import i18n
from costbenefit.ui.texts import t

if TYPE_CHECKING:  # the database code loads when the library is used, not with the calculator
    from costbenefit.store.database import Library

BASE_KEY = "library_base"  # (name, version) of the scenario last opened from the library
KEPT_KEY = "upload_kept"  # ("ok", id) or ("error", message) for the last template upload
TEMPLATE_SUFFIXES = (".xlsx", ".xlsm", ".xls")
MAX_COMPARE = 4


def open_store() -> Library:
    """The library from COSTBENEFIT_DATABASE_URL, else the per-user SQLite file."""
    from costbenefit.store.database import open_library

    return open_library()


def keep_template(data: bytes, file_name: str, *, scenario: Scenario | None = None,
                  error: str | None = None) -> None:
    """Keep an uploaded budget template as a submission (YAML uploads are not templates)."""
    if Path(file_name).suffix.lower() not in TEMPLATE_SUFFIXES:
        st.session_state.pop(KEPT_KEY, None)
        return
    from costbenefit.store.submissions import keep_submission

    try:
        lib = open_store()
        try:
            sid = keep_submission(lib, data, file_name, scenario=scenario, error=error,
                                  author=t("anonymous_author"))
        finally:
            lib.close()
    except InputError as exc:
        st.session_state[KEPT_KEY] = ("error", str(exc))
        return
    st.session_state[KEPT_KEY] = ("ok", sid)


def kept_note(lang: str) -> None:
    """Under the upload: where the template was kept (or why it could not be)."""
    kind, value = st.session_state.get(KEPT_KEY, (None, None))
    if kind == "ok":
        st.caption(t("upload_kept", lang, id=value))
    elif kind == "error":
        st.warning(t("upload_not_kept", lang, error=value))


def save_current(lib: Library, sc: Scenario, pset: ParameterSet, *, name: str, tags: str,
                 author: str) -> Any:
    """Save the calculator's scenario under `name`; the base is the version last opened."""
    from costbenefit.store.scenarios import save_scenario
    from costbenefit.store.submissions import scenario_yaml

    name = name.strip() or sc.name
    named = sc.model_copy(update={"name": name})
    opened = st.session_state.get(BASE_KEY)
    base = opened[1] if opened and opened[0] == name else None
    saved = save_scenario(lib, scenario_yaml(named), pset, source=t("nav_library"), name=name,
                          tags=[tags], author=author.strip() or t("anonymous_author"),
                          base_version=base)
    st.session_state[BASE_KEY] = (saved.name, saved.version)
    return saved


def scenarios_frame(rows: list[dict[str, Any]], lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("libcol_id", lang): [r["id"] for r in rows],
        t("libcol_name", lang): [r["name"] for r in rows],
        t("libcol_tags", lang): [", ".join(r["tags"]) for r in rows],
        t("libcol_versions", lang): [r["versions"] for r in rows],
        t("libcol_saved", lang): [_when(r["created_at"]) for r in rows],
        t("libcol_author", lang): [r["author"] for r in rows],
        t("libcol_public_npv", lang): [i18n.kr(r["npv_public_total"]) for r in rows],
    })


def history_frame(rows: list[dict[str, Any]], lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("libcol_version", lang): [r["version"] for r in rows],
        t("libcol_saved", lang): [_when(r["created_at"]) for r in rows],
        t("libcol_author", lang): [r["author"] for r in rows],
        t("libcol_pset", lang): [f"{r['parameter_set']['version']} "
                                 f"({r['parameter_set']['sha256'][:8]})" for r in rows],
        t("libcol_engine", lang): [r["engine_version"] for r in rows],
        t("libcol_public_npv", lang): [
            i18n.kr(r["summary"].get("headlines", {}).get("npv_public_total")) for r in rows],
        t("libcol_note", lang): [r["note"] for r in rows],
    })


def submissions_frame(rows: list[dict[str, Any]], lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("libcol_id", lang): [r["id"] for r in rows],
        t("libcol_file", lang): [r["file_name"] for r in rows],
        t("libcol_saved", lang): [_when(r["submitted_at"]) for r in rows],
        t("libcol_author", lang): [r["submitted_by"] for r in rows],
        t("libcol_status", lang): [t(f"lib_status_{r['status']}", lang) for r in rows],
        t("libcol_errors", lang): [r["errors"] for r in rows],
    })


def _when(iso: str) -> str:
    return iso[:16].replace("T", " ")


def save_section(lib: Library, current: Scenario | None, pset: ParameterSet,
                 lang: str) -> None:
    st.subheader(t("lib_save_head", lang))
    if current is None:
        st.info(t("lib_no_current", lang))
        return
    with st.form("library_save"):
        name = st.text_input(t("lib_name", lang), value=current.name, key="lib_name")
        tags = st.text_input(t("lib_tags", lang), key="lib_tags")
        author = st.text_input(t("lib_author", lang), key="lib_author")
        if not st.form_submit_button(t("lib_save", lang)):
            return
    try:
        saved = save_current(lib, current, pset, name=name, tags=tags, author=author)
    except InputError as exc:
        st.error(str(exc))
        return
    st.success(t("lib_saved", lang, name=saved.name, version=saved.version))
    if saved.newer_existed:
        st.warning(t("lib_newer", lang, base=saved.base_version, latest=saved.latest_before))


def list_section(lib: Library, lang: str) -> list[dict[str, Any]]:
    from costbenefit.store.scenarios import list_scenarios

    st.subheader(t("lib_list_head", lang))
    tag = st.text_input(t("lib_filter_tag", lang), key="lib_filter_tag")
    rows = list_scenarios(lib, tags=[tag] if tag.strip() else [])
    if not rows:
        st.info(t("lib_empty", lang))
        return rows
    st.dataframe(scenarios_frame(rows, lang), hide_index=True, width="stretch")
    return rows


def pick_version(lib: Library, rows: list[dict[str, Any]], lang: str) -> tuple[str, int]:
    """The scenario and version chosen to open; shows that scenario's history."""
    from costbenefit.store.scenarios import history

    st.subheader(t("lib_open_head", lang))
    names = {r["id"]: r["name"] for r in rows}
    chosen = st.selectbox(t("lib_pick", lang), list(names), key="lib_pick",
                          format_func=lambda i: f"{i} · {names[i]}")
    versions = history(lib, str(chosen))
    numbers = [v["version"] for v in versions][::-1]
    version = st.selectbox(t("lib_version", lang), numbers, key=f"lib_version_{chosen}")
    with st.expander(t("lib_history", lang), expanded=True):
        st.dataframe(history_frame(versions, lang), hide_index=True, width="stretch")
    return names[chosen], version


def compare_choices(rows: list[dict[str, Any]], lang: str) -> list[str]:
    labels = {str(r["id"]): f"{r['id']} · {r['name']} (v{r['versions']})" for r in rows}
    st.subheader(t("lib_compare_head", lang))
    return st.multiselect(t("lib_compare_pick", lang), list(labels), key="lib_compare",
                          max_selections=MAX_COMPARE, format_func=labels.__getitem__,
                          placeholder=t("lib_choose", lang))


def submissions_section(lib: Library, lang: str) -> None:
    from costbenefit.store.submissions import list_submissions

    st.subheader(t("lib_submissions_head", lang))
    rows = list_submissions(lib)
    if not rows:
        st.caption(t("lib_no_submissions", lang))
        return
    st.dataframe(submissions_frame(rows, lang), hide_index=True, width="stretch")
