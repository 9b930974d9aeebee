"""The case report's download button (the PDF is built on click, with Monte Carlo when the
result's scenario has uncertain inputs: its own `uncertainty:` or a study's ranges)."""

from __future__ import annotations

import streamlit as st

from costbenefit.model.engine import Result
from costbenefit.parameters.schema import ParameterSet
from costbenefit.ui.texts import t

PDF_MIME = "application/pdf"


def case_report_bytes(result: Result, pset: ParameterSet) -> bytes:
    """The PDF for `result`, with 2 000 draws (seed 1) when its scenario has `uncertainty:`."""
    from costbenefit.pdf.content import report_montecarlo
    from costbenefit.pdf.document import build_case_report

    return build_case_report(result, pset, report_montecarlo(result.scenario, pset))


def pdf_button(result: Result, pset: ParameterSet, lang: str) -> None:
    """The download button for the case report (Norwegian in both languages)."""
    st.download_button(t("download_pdf", lang), data=lambda: case_report_bytes(result, pset),
                       file_name="saksrapport.pdf", mime=PDF_MIME, on_click="ignore",
                       help=t("download_pdf_help", lang), key="download_pdf",
                       icon=":material/picture_as_pdf:")
