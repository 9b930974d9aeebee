"""Bibliotek: save the calculator's scenario with a name and tags, open a saved one (and see
its history), compare saved scenarios, run a programme from the library, and see the budget
templates project owners sent in (refused ones with their errors)."""

import streamlit as st

from costbenefit.errors import InputError
from costbenefit.ui import app_state, inputs, library, views
from costbenefit.ui.form import scenario_from_form
from costbenefit.ui.texts import t

lang = app_state.lang()
pset = app_state.parameter_set()
st.title(t("nav_library", lang))

try:
    lib = library.open_store()
except InputError as exc:
    st.error(f"{t('lib_unavailable', lang)}: {exc}")
    st.stop()

try:
    st.caption(t("lib_where", lang, where=lib.where))
    current = None
    if inputs.BASE_KEY in st.session_state and inputs.FORM_KEY in st.session_state:
        try:
            current = scenario_from_form(inputs.base(), st.session_state[inputs.FORM_KEY])
        except InputError as exc:
            st.error(str(exc))
    library.save_section(lib, current, pset, lang)

    rows = library.list_section(lib, lang)
    if rows:
        from costbenefit.store.scenarios import get_version
        from costbenefit.store.summaries import evaluated

        name, version = library.pick_version(lib, rows, lang)
        if st.button(t("lib_open", lang), key="lib_open"):
            _, text = get_version(lib, f"{name}@{version}")
            scenario, _ = evaluated(text, f"{name}@{version}", pset)
            inputs.load_base(scenario)
            st.session_state[library.BASE_KEY] = (name, version)
            st.success(t("lib_opened", lang, name=name, version=version))

        chosen = library.compare_choices(rows, lang)
        if chosen:
            results = [evaluated(get_version(lib, ref)[1], f"bibliotek: {ref}", pset)[1]
                       for ref in chosen]
            st.dataframe(views.comparison_frame(results, lang), width="stretch")

    from costbenefit.store.programmes import list_programmes, load_programme

    st.subheader(t("lib_programme_head", lang))
    progs = list_programmes(lib)
    if not progs:
        st.caption(t("lib_no_programmes", lang))
    else:
        from costbenefit.programme.portfolio import evaluate_portfolio
        from costbenefit.report.portfolio import to_table

        names = [p["name"] for p in progs]
        picked = st.selectbox(t("lib_programme_pick", lang), names, key="lib_programme")
        spec, scenarios = load_programme(lib, picked)
        st.code(to_table(evaluate_portfolio(spec, scenarios, pset)), language=None)

    library.submissions_section(lib, lang)
except InputError as exc:
    st.error(str(exc))
finally:
    lib.close()
