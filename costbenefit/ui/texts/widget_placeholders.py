"""Texts Streamlit itself would show in English, where its API takes ours: the placeholder
of an empty multiselect (a selectbox with a value never shows one). The file uploader's
drop zone, its button and its size line have no such parameter and stay Streamlit's.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "choose_states": {"nb": "Velg tilstander", "en": "Choose states"},
    "choose_benefits": {"nb": "Velg ytelser", "en": "Choose benefits"},
}
