"""Uploads in the calculator (#16): a refused file's problems, every one of them, in the
main area above the results; a loaded file named as the start."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.errors import InputError
from costbenefit.files.scenarios import scenario_from_bytes
from costbenefit.ui.texts import t

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
# four problems in one file: two rates above 1, negative participants, an unknown field
FOUR_PROBLEMS = b"""name: fire feil
target_group: aap_18_29
start_age: 22
start_year: 2026
price_year: 2024
horizon_years: 10
intervention:
  cohorts: [{year: 2026, participants: -5}]
  success_outcome: employed
  success_rate_with: 1.4
  success_rate_without: 1.2
  ukjent_felt: 3
"""


@pytest.fixture
def at() -> AppTest:
    app = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=30).run()
    assert not app.exception
    return app


def test_every_problem_is_listed_in_the_main_area(at: AppTest) -> None:
    with pytest.raises(InputError) as cli:
        scenario_from_bytes(FOUR_PROBLEMS, "fire.yaml")
    assert len(cli.value.problems) == 4
    at.file_uploader(key="upload").set_value(("fire.yaml", FOUR_PROBLEMS, "application/x-yaml"))
    at.run()
    errors = [e.value for e in at.main.error]
    assert len(errors) == 1 and not [e for e in at.sidebar.error]
    for problem in cli.value.problems:
        assert problem in errors[0]
    assert t("upload_old_results") in errors[0]


def test_a_loaded_file_is_named_as_the_start(at: AppTest) -> None:
    data = EXAMPLE.read_text(encoding="utf-8").replace("participants: 100", "participants: 7")
    at.file_uploader(key="upload").set_value(("mitt.yaml", data.encode(), "application/x-yaml"))
    at.run()
    start = at.selectbox(key="start")
    assert start.format_func(start.value).startswith(t("uploaded_start", name="mitt.yaml"))
    assert any("mitt.yaml" in s.value or "IPS" in s.value for s in at.main.success)
    start.set_value("").run()  # choosing another start leaves the upload
    assert at.text_input(key="in_name").value == "Nytt scenario"
