"""`costbenefit report SCENARIO --pdf OUT.pdf`: the case report written atomically; a bad
output path or number is exit 2 with a Norwegian message and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from costbenefit.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = str(ROOT / "examples" / "ips_ung_usikkerhet.yaml")


def test_report_writes_the_pdf(tmp_path: Path, capsys) -> None:
    out = tmp_path / "sak.pdf"
    assert main(["report", EXAMPLE, "--pdf", str(out)]) == 0
    assert "med usikkerhet (2000 trekk, frø 1)" in capsys.readouterr().out
    reader = PdfReader(out)
    assert 1 <= len(reader.pages) <= 3
    assert "Hvor mange må lykkes" in reader.pages[0].extract_text()
    assert [p.name for p in tmp_path.iterdir()] == ["sak.pdf"]  # no temporary file left


def test_report_with_draws_and_seed(tmp_path: Path, capsys) -> None:
    out = tmp_path / "sak.pdf"
    assert main(["report", EXAMPLE, "--pdf", str(out), "--draws", "300", "--seed", "5"]) == 0
    assert "300 trekk, frø 5" in capsys.readouterr().out and out.is_file()


def test_a_bad_path_is_exit_2_and_nothing_is_written(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "finnes_ikke" / "sak.pdf"
    assert main(["report", EXAMPLE, "--pdf", str(missing)]) == 2
    assert "mappen" in capsys.readouterr().err and not missing.parent.exists()
    wrong = tmp_path / "sak.xlsx"
    assert main(["report", EXAMPLE, "--pdf", str(wrong)]) == 2
    assert "må slutte på .pdf" in capsys.readouterr().err
    assert main(["report", EXAMPLE, "--pdf", EXAMPLE.replace(".yaml", ".pdf"),
                 "--draws", "0"]) == 2
    assert "--draws" in capsys.readouterr().err
    assert main(["report", EXAMPLE, "--pdf", EXAMPLE]) == 2  # the input itself
    assert list(tmp_path.iterdir()) == []


def test_the_pdf_flag_is_required(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:  # argparse's error, in Norwegian
        main(["report", EXAMPLE])
    assert exit_.value.code == 2 and "disse må oppgis: --pdf" in capsys.readouterr().err
