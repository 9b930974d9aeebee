"""Long runs and the command line's edges (issue #18): a progress bar on stderr, a bound on
draws naming --draws, Ctrl-C as one line and exit 130, output a terminal cannot encode,
compare with one file, and argparse's messages in Norwegian."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from costbenefit.cli import progress as progress_module
from costbenefit.cli.main import main
from costbenefit.programme.portfolio import MAX_PROJECT_DRAWS
from costbenefit.uncertainty.montecarlo import MAX_DRAWS

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
UNCERTAIN = ROOT / "examples" / "ips_ung_usikkerhet.yaml"
MARKOV = ROOT / "examples" / "ips_ung_markov_illustrasjon.yaml"
PROGRAMME = ROOT / "examples" / "programmes" / "ungt_loft.yaml"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("argv", [
    ("montecarlo", str(UNCERTAIN), "--draws", "3000"),
    ("portfolio", str(PROGRAMME), "--draws", "3000"),
])
def test_progress_bar_on_a_terminal(monkeypatch, capsys, argv) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(progress_module, "DELAY_SECONDS", 0)
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(list(argv)) == 0
    shown = terminal.getvalue()
    assert "Monte Carlo" in shown and "/3000" in shown and "trekk" in shown, shown
    assert capsys.readouterr().out  # the result itself still goes to stdout


def test_no_progress_bar_when_stderr_is_not_a_terminal(monkeypatch, capsys) -> None:
    monkeypatch.setattr(progress_module, "DELAY_SECONDS", 0)
    code, out, err = run(capsys, "montecarlo", str(UNCERTAIN), "--draws", "500")
    assert code == 0 and out and err == ""


def test_a_pipe_does_not_import_tqdm() -> None:
    """tqdm brings multiprocessing and logging (tens of ms); a pipe never shows a bar."""
    probe = ("import contextlib, io, sys\nfrom costbenefit.cli.main import main\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             f"    assert main(['montecarlo', {str(UNCERTAIN)!r}, '--draws', '50']) == 0\n"
             "print('tqdm' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert proc.stdout.strip() == "False"


def test_short_runs_show_no_bar_even_on_a_terminal(monkeypatch, capsys) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["montecarlo", str(UNCERTAIN), "--draws", "200"]) == 0
    assert terminal.getvalue() == ""  # under DELAY_SECONDS: nothing drawn


@pytest.mark.parametrize("command, path, draws, words", [
    ("montecarlo", UNCERTAIN, MAX_DRAWS + 1, "mellom 1 og 1 000 000"),
    ("montecarlo", UNCERTAIN, 0, "mellom 1 og"),
    ("portfolio", PROGRAMME, MAX_DRAWS + 1, "mellom 1 og 1 000 000"),
    ("portfolio", PROGRAMME, MAX_PROJECT_DRAWS // 3 + 1, "med 3 usikre prosjekter er høyst"),
])
def test_too_many_draws_names_the_flag(capsys, command, path, draws, words) -> None:
    start = time.perf_counter()
    code, out, err = run(capsys, command, str(path), "--draws", str(draws))
    assert code == 2 and out == "", err
    assert err.startswith("Feil:") and "--draws" in err and words in err, err
    assert err.count("\n") == 1
    assert time.perf_counter() - start < 10  # refused before the draws are computed


def test_ctrl_c_is_one_line_and_exit_130(monkeypatch, capsys) -> None:
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("costbenefit.uncertainty.montecarlo.run_montecarlo", interrupted)
    code, out, err = run(capsys, "montecarlo", str(UNCERTAIN), "--draws", "100")
    assert code == 130 and out == ""
    assert err == "Avbrutt med Ctrl-C; beregningen ble stoppet.\n"


@pytest.mark.skipif(os.name != "posix", reason="SIGINT to a child process")
def test_ctrl_c_in_a_real_run(tmp_path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "costbenefit", "montecarlo", str(MARKOV), "--draws",
         str(MAX_DRAWS)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(3)  # past the imports, into the draws
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert out == "" and "Traceback" not in err
    assert err.strip() == "Avbrutt med Ctrl-C; beregningen ble stoppet."


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_emoji_name_on_an_ascii_terminal(tmp_path, fmt) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    name = text.split("\nname: ", 1)[1].split("\n", 1)[0]
    path = tmp_path / "rakett.yaml"
    path.write_text(text.replace(f"\nname: {name}", "\nname: \"Rakett 🚀 ø\""), encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    proc = subprocess.run([sys.executable, "-m", "costbenefit", "evaluate", str(path),
                           "--format", fmt], cwd=ROOT, env=env, capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert b"Traceback" not in proc.stderr
    assert b"Rakett ? ?" in proc.stdout


def test_compare_needs_two_scenarios(capsys) -> None:
    code, out, err = run(capsys, "compare", str(EXAMPLE))
    assert code == 2 and out == ""
    assert "compare trenger minst to scenarioer" in err and err.count("\n") == 1


@pytest.mark.parametrize("argv, words", [
    (["evaluate", str(EXAMPLE), "--bogus"], "ukjente argumenter: --bogus"),
    (["evaluat", str(EXAMPLE)], "ugyldig valg 'evaluat'"),
    (["montecarlo", str(UNCERTAIN), "--draws", "mange"], "--draws: ugyldig verdi 'mange'"),
    (["evaluate"], "disse må oppgis: scenario"),
    (["evaluate", str(EXAMPLE), "--format"], "--format trenger en verdi"),
    (["evaluate", str(EXAMPLE), "--format", "pdf"], "ugyldig valg 'pdf'"),
    ([], "disse må oppgis"),
])
def test_bad_flags_get_one_norwegian_line(capsys, argv, words) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out, err = capsys.readouterr()
    assert exit_.value.code == 2 and out == ""
    assert err.startswith("Feil i kommandoen:") and err.count("\n") == 1, err
    assert words in err and "--help" in err, err
    for english in ("usage:", "error:", "required", "invalid", "unrecognized"):
        assert english not in err, err


def test_help_headings_are_norwegian(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["evaluate", "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    assert out.startswith("bruk: costbenefit evaluate") and "valg:" in out
    assert "usage:" not in out and "show this help" not in out
