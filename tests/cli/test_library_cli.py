"""`costbenefit library …` and `portfolio --from-library` end to end, on SQLite and on a real
PostgreSQL server: the issue's "done when" (save, list, show, history, diff, evaluate with
no set-up), exit 2 with one Norwegian line and no traceback for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from costbenefit.cli.main import main
from tests.cli.template_support import filled
from tests.store.fixtures import EXAMPLE, PROGRAMME


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: a bad flag
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def refused(result: tuple[int, str, str], *words: str, one_line: bool = True) -> None:
    code, out, err = result
    assert code == 2, err
    assert out == "" and "Traceback" not in err and err.startswith("Feil")
    assert len(err.strip().splitlines()) == 1 or not one_line
    for word in words:
        assert word in err, err


def test_fresh_library_without_setup(capsys, tmp_path: Path) -> None:
    """From nothing: the default file under COSTBENEFIT_HOME is made on first use."""
    code, out, err = run(capsys, "library", "save", str(EXAMPLE), "--tag", "ips")
    assert code == 0, err
    assert "som versjon 1" in out
    assert (tmp_path / "home" / "bibliotek.sqlite").is_file()
    code, out, _ = run(capsys, "library", "list")
    assert code == 0 and "IPS Ung" in out and "[ips]" in out


def test_the_whole_round(capsys, database_url: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("COSTBENEFIT_DATABASE_URL", database_url)
    assert run(capsys, "library", "save", str(EXAMPLE), "--author", "kari")[0] == 0
    code, shown, _ = run(capsys, "library", "show", "1")
    assert code == 0 and shown.startswith("# bibliotek: IPS Ung")
    edited = tmp_path / "endret.yaml"
    edited.write_text(shown.replace("participants: 100}", "participants: 150}"),
                      encoding="utf-8")
    code, out, _ = run(capsys, "library", "save", str(edited))
    assert code == 0 and "som versjon 2" in out and "fantes allerede" not in out
    code, out, _ = run(capsys, "library", "save", str(edited))  # still based on version 1
    assert code == 0 and "versjon 2 fantes allerede" in out

    code, out, _ = run(capsys, "library", "history", "1")
    assert code == 0 and "3 versjoner" in out and "kari" in out and "bygger på v1" in out
    code, out, _ = run(capsys, "library", "diff", "1", "1", "2")
    assert code == 0 and "intervention.cohorts.0.participants: 100 → 150" in out
    assert "Offentlig nåverdi" in out and "Samme parametersett" in out
    code, out, _ = run(capsys, "library", "diff", "1", "1", "2", "--format", "json")
    assert json.loads(out)["results"]["same_engine"] is True

    code, out, _ = run(capsys, "library", "evaluate", "1@1", "--format", "json")
    data = json.loads(out)
    assert data["library"]["version"] == 1 and data["library"]["same_as_stored"] is True
    assert data["budget"]["public_total"]["npv"] == pytest.approx(
        data["library"]["stored"]["headlines"]["npv_public_total"])
    code, out, _ = run(capsys, "library", "evaluate", "1")
    assert code == 0 and "samme nøkkeltall som da den ble lagret" in out

    code, out, _ = run(capsys, "library", "list", "--format", "json")
    assert json.loads(out)[0]["versions"] == 3


def test_programme_from_the_library(capsys, database_url: str, monkeypatch) -> None:
    monkeypatch.setenv("COSTBENEFIT_DATABASE_URL", database_url)
    code, out, err = run(capsys, "library", "save", str(PROGRAMME))
    assert code == 0, err
    name = "UNGT LØFT – program med fire prosjekter 2026–2035"
    assert f"Programmet «{name}» har 4 prosjekter" in out
    code, from_file, _ = run(capsys, "portfolio", str(PROGRAMME), "--format", "json")
    code, from_lib, err = run(capsys, "portfolio", "--from-library", name, "--format", "json")
    assert code == 0, err
    assert json.loads(from_lib)["budget"] == json.loads(from_file)["budget"]
    code, out, _ = run(capsys, "library", "programmes")
    assert "2030  IPS ved moderat" in out
    code, out, _ = run(capsys, "library", "list", "--programme", name)
    assert out.count("\n") == 5  # the heading and four projects
    refused(run(capsys, "portfolio", "--from-library", "Finnes ikke"), "finner ikke programmet")
    refused(run(capsys, "portfolio"), "--from-library")
    refused(run(capsys, "portfolio", str(PROGRAMME), "--from-library", name), "ikke begge")


def test_templates_are_kept_even_when_refused(capsys, tmp_path: Path) -> None:
    good, bad = tmp_path / "mal.xlsx", tmp_path / "feil.xlsx"
    good.write_bytes(filled())
    bad.write_bytes(filled({"success_rate_with": 7}))
    code, out, err = run(capsys, "library", "save", str(good), "--author", "eva")
    assert code == 0, err
    assert "innsending 1" in out and "som versjon 1" in out
    result = run(capsys, "library", "save", str(bad))
    refused(result, "feil.xlsx", "innsending 2", "Prosjekt", one_line=False)  # a line a cell
    code, out, _ = run(capsys, "library", "submissions", "--format", "json")
    rows = json.loads(out)
    assert [r["status"] for r in rows] == ["godtatt", "avvist"]
    assert rows[0]["version_id"] is not None and "Prosjekt" in rows[1]["errors"]


def test_export_and_import(capsys, tmp_path: Path) -> None:
    assert run(capsys, "library", "save", str(EXAMPLE))[0] == 0
    out_zip = tmp_path / "alt.zip"
    code, out, _ = run(capsys, "library", "export", "--all", str(out_zip))
    assert code == 0 and "1 scenarioer med 1 versjoner" in out
    code, out, _ = run(capsys, "library", "import", str(out_zip), "--database-url",
                       str(tmp_path / "ny.sqlite"))
    assert code == 0 and "1 nye versjoner" in out


@pytest.mark.parametrize("argv, words", [
    (["library", "show", "42"], ["finner ikke scenarioet '42'", "library list"]),
    (["library", "show", "1@9"], ["ingen versjon 9"]),
    (["library", "diff", "1", "1", "5"], ["ingen versjon 5"]),
    (["library", "history", "nei"], ["finner ikke scenarioet"]),
    (["library", "save", "finnes_ikke.yaml"], ["finnes_ikke.yaml", "finnes ikke"]),
    (["library", "list", "--database-url", "mysql://a@b/c"], ["støttes ikke"]),
    (["library", "list", "--database-url", "postgresql://kari@127.0.0.1:1/db"],
     ["får ikke kontakt", "127.0.0.1:1"]),
    (["library", "export", "ut.zip"], ["--all"]),
])
def test_bad_input_is_exit_2(capsys, argv: list[str], words: list[str]) -> None:
    assert run(capsys, "library", "save", str(EXAMPLE))[0] == 0
    refused(run(capsys, *argv), *words)


def test_a_corrupt_file_and_an_invalid_scenario(capsys, tmp_path: Path) -> None:
    bad_db = tmp_path / "skadet.sqlite"
    bad_db.write_bytes(b"\x00garbage" * 1000)
    refused(run(capsys, "library", "list", "--database-url", str(bad_db)), "skadet")
    invalid = tmp_path / "ugyldig.yaml"
    invalid.write_text("name: x\ntarget_group: finnes_ikke\n", encoding="utf-8")
    refused(run(capsys, "library", "save", str(invalid)), "ugyldig.yaml")
    assert "ingen scenarioer" in run(capsys, "library", "list")[1]
