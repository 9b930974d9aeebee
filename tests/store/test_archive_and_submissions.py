"""Export and import (a round trip keeps every version, its author, time and stored result;
a second import adds nothing; a bad zip is refused before anything is written) and
submitted templates (kept as sent, refused ones with their errors)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from costbenefit.errors import InputError
from costbenefit.store import programmes, scenarios, submissions
from costbenefit.store.archive import export_zip, import_zip
from costbenefit.store.database import Library, open_library
from tests.cli.template_support import filled
from tests.store.fixtures import PROGRAMME


def _fill(lib: Library, pset, example_text: str) -> None:
    scenarios.save_scenario(lib, example_text, pset, source="a.yaml", tags=["ips"],
                            author="kari")
    scenarios.save_scenario(lib, example_text, pset, source="a.yaml", author="ola")
    programmes.save_programme_file(lib, PROGRAMME, pset)
    submissions.keep_submission(lib, b"PK\x03\x04 ikke en mal", "feil.xlsx",
                                error="Prosjekt!B5: ugyldig tall", author="per")


def test_export_then_import_into_another_backend(lib: Library, pset, example_text: str,
                                                 tmp_path: Path) -> None:
    _fill(lib, pset, example_text)
    out = tmp_path / "bibliotek.zip"
    counts = export_zip(lib, str(out))
    assert counts == {"scenarios": 5, "versions": 6, "programmes": 1, "submissions": 1}
    with zipfile.ZipFile(out) as zf:
        assert "scenarios/1/v2.yaml" in zf.namelist()
        assert zf.read("scenarios/1/v1.yaml").decode() == example_text

    other = open_library(str(tmp_path / "annen.sqlite"))
    try:
        got = import_zip(other, str(out))
        assert got == {"versions": 6, "skipped": 0, "programmes": 1, "submissions": 1}
        before = scenarios.history(lib, "1")
        after = scenarios.history(other, before[0]["name"])
        keep = ("version", "author", "created_at", "summary", "parameter_set")
        assert [{k: h[k] for k in keep} for h in after] == [{k: h[k] for k in keep}
                                                            for h in before]
        assert scenarios.list_scenarios(other, tags=["ips"])[0]["versions"] == 2
        assert programmes.load_programme(other, programmes.list_programmes(lib)[0]["name"])
        [sub] = submissions.list_submissions(other)
        assert (sub["status"], sub["errors"], sub["submitted_by"]) == (
            "avvist", "Prosjekt!B5: ugyldig tall", "per")
        assert import_zip(other, str(out)) == {"versions": 0, "skipped": 6, "programmes": 0,
                                               "submissions": 0}
    finally:
        other.close()


def test_bad_archives_are_refused_before_writing(lib: Library, tmp_path: Path) -> None:
    stray = tmp_path / "fremmed.zip"
    with zipfile.ZipFile(stray, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("../../etc/passwd", "x")
    with pytest.raises(InputError, match="hører til et bibliotek"):
        import_zip(lib, str(stray))
    bomb = tmp_path / "bombe.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b"0" * 30_000_000)
    with pytest.raises(InputError, match="pakker seg ut"):
        import_zip(lib, str(bomb))
    text = tmp_path / "tekst.zip"
    text.write_text("ingen zip")
    with pytest.raises(InputError, match="ikke en zip-fil"):
        import_zip(lib, str(text))
    wrong = tmp_path / "annen.zip"
    with zipfile.ZipFile(wrong, "w") as zf:
        zf.writestr("manifest.json", '{"format": "noe annet"}')
    with pytest.raises(InputError, match="ikke en eksport"):
        import_zip(lib, str(wrong))
    assert scenarios.list_scenarios(lib) == []
    with pytest.raises(InputError, match=r"må slutte på \.zip"):
        export_zip(lib, str(tmp_path / "ut.txt"))


def test_submissions_keep_the_bytes_and_the_errors(lib: Library) -> None:
    data = filled()
    from costbenefit.excel.template_read import scenario_from_template_bytes

    scenario = scenario_from_template_bytes(data, "mal.xlsx")
    ok = submissions.keep_submission(lib, data, "mal.xlsx", scenario=scenario, author="eva")
    bad = submissions.keep_submission(lib, b"tull", "tull.xlsx", error="ikke en xlsx-fil")
    rows = submissions.list_submissions(lib)
    assert [(r["id"], r["status"]) for r in rows] == [(ok, "godtatt"), (bad, "avvist")]
    assert submissions.submission_bytes(lib, ok) == ("mal.xlsx", data)
    assert submissions.list_submissions(lib, status="avvist")[0]["errors"] == "ikke en xlsx-fil"
    with pytest.raises(InputError, match="ingen innsending med ID 99"):
        submissions.submission_bytes(lib, 99)
