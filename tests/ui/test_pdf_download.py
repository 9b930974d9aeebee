"""The calculator's case report download: the button exists beside the Excel downloads,
and what it serves is the PDF for the shown result."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.ui.pdf_download import case_report_bytes
from costbenefit.ui.texts import t

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"


def test_the_pdf_download_button_exists() -> None:
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    labels = [b.proto.label for b in at.get("download_button")]
    assert t("download_pdf") in labels and t("download_xlsx") in labels
    assert t("download_pdf", "en") != t("download_pdf")


def test_the_button_serves_the_pdf_of_the_result(pset) -> None:
    data = case_report_bytes(evaluate(load_scenario(EXAMPLE), pset), pset)
    assert data.startswith(b"%PDF")
