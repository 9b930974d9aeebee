"""The what-if app: `streamlit run streamlit_app.py`.

The entrypoint is the frame around the pages: it sets the language (kept across pages)
and the navigation. The pages are in pages/; shared logic is in costbenefit/ui/.
"""

import streamlit as st

from costbenefit.ui import app_state
from costbenefit.ui.texts import t

st.set_page_config(page_title="Utenforregnskap", page_icon="📊", layout="wide")
lang = app_state.language_selector()
st.navigation([
    st.Page("pages/kalkulator.py", title=t("nav_calc", lang), default=True),
    st.Page("pages/sammenlign.py", title=t("nav_compare", lang)),
    st.Page("pages/program.py", title=t("nav_programme", lang)),
    st.Page("pages/bibliotek.py", title=t("nav_library", lang)),
    st.Page("pages/veiledning.py", title=t("nav_guide", lang)),
]).run()
