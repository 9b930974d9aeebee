"""The library page through AppTest: save the calculator's scenario with name and tags, see
it listed with its history, open an older version in the calculator, compare saved
scenarios, run a stored programme; a template upload is kept as a submission, refused or
not. The database is an SQLite file in tmp_path (COSTBENEFIT_DATABASE_URL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.store import programmes, scenarios, submissions
from costbenefit.store.database import open_library
from costbenefit.ui.texts import t
from tests.cli.template_support import filled
from tests.store.fixtures import PROGRAMME

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'app.sqlite'}"
    monkeypatch.setenv("COSTBENEFIT_DATABASE_URL", url)
    return url


@pytest.fixture
def at(url: str) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert not app.exception
    return app


def library_page(at: AppTest) -> AppTest:
    at.switch_page("pages/bibliotek.py").run()
    assert not at.exception, at.exception
    return at


def save(at: AppTest, name: str, tags: str = "", author: str = "kari") -> None:
    at.text_input(key="lib_name").set_value(name)
    at.text_input(key="lib_tags").set_value(tags)
    at.text_input(key="lib_author").set_value(author)
    next(b for b in at.button if b.label == t("lib_save")).click().run()
    assert not at.exception, at.exception


def test_save_list_open_and_compare(at: AppTest, url: str, pset) -> None:
    participants = at.number_input(key="in_participants").value
    library_page(at)
    assert t("lib_save_head") in [s.value for s in at.subheader]
    save(at, "Mitt scenario", "ips, 2026")
    assert at.success[0].value == t("lib_saved", name="Mitt scenario", version=1)

    library_page(at.switch_page("pages/kalkulator.py").run())  # the calculator, then back
    save(at, "Mitt scenario")
    assert t("lib_saved", name="Mitt scenario", version=2) in [s.value for s in at.success]
    frame = at.dataframe[0].value
    assert list(frame[t("libcol_name")]) == ["Mitt scenario"]
    assert list(frame[t("libcol_tags")]) == ["2026, ips"]

    lib = open_library(url)
    try:
        [h1, h2] = scenarios.history(lib, "Mitt scenario")
        assert h1["author"] == "kari" and h2["base_version"] == 1  # the opened base
        other = scenarios.get_version(lib, "1@1")[1].replace("name: Mitt scenario",
                                                              "name: Et annet")
        scenarios.save_scenario(lib, other, pset, source="test")
    finally:
        lib.close()

    library_page(at)
    at.selectbox(key="lib_pick").set_value(1).run()
    at.selectbox(key="lib_version_1").set_value(1).run()
    next(b for b in at.button if b.label == t("lib_open")).click().run()
    assert t("lib_opened", name="Mitt scenario", version=1) in [s.value for s in at.success]
    at.switch_page("pages/kalkulator.py").run()
    assert at.number_input(key="in_participants").value == participants

    library_page(at)
    at.multiselect(key="lib_compare").set_value(["1", "2"]).run()
    assert not at.exception
    side_by_side = [list(d.value.columns) for d in at.dataframe]
    assert ["Mitt scenario", "Et annet"] in side_by_side


def test_programme_from_the_library(at: AppTest, url: str, pset) -> None:
    lib = open_library(url)
    try:
        programmes.save_programme_file(lib, PROGRAMME, pset)
    finally:
        lib.close()
    library_page(at)
    assert any("UNGT LØFT" in c.value for c in at.code)


def test_template_uploads_are_kept_even_when_refused(at: AppTest, url: str) -> None:
    at.file_uploader(key="upload").set_value(("mal.xlsx", filled(), XLSX)).run()
    assert t("upload_kept", id=1) in [c.value for c in at.caption]
    at.file_uploader(key="upload").set_value(
        ("feil.xlsx", filled({"success_rate_with": 7}), XLSX)).run()
    lib = open_library(url)
    try:
        rows = submissions.list_submissions(lib)
    finally:
        lib.close()
    assert [(r["file_name"], r["status"]) for r in rows] == [("mal.xlsx", "godtatt"),
                                                            ("feil.xlsx", "avvist")]
    assert "Prosjekt" in rows[1]["errors"]
    library_page(at)
    assert t("lib_status_avvist") in list(at.dataframe[-1].value[t("libcol_status")])
