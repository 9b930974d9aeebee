"""Brukerveiledning: the three views, transfers, confidence tags, hvor mange må lykkes."""

import streamlit as st

from costbenefit.ui import app_state
from costbenefit.ui.guide import GUIDE, confidence_rows
from costbenefit.ui.texts import t

lang = app_state.lang()
st.title(t("nav_guide", lang))
st.markdown(GUIDE[lang])
st.table(confidence_rows(lang))
