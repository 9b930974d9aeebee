"""The CLI contract of DESIGN §4: JSON keys, Norwegian table, exit codes 0 / 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from costbenefit.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
BAD = ROOT / "tests" / "fixtures" / "bad_scenarios"

BAD_SCENARIOS = {
    "unknown_target_group.yaml": ("target_group", "ukjent målgruppe 'unge_pensjonister'"),
    "success_rate_above_one.yaml": ("intervention.success_rate_with", "for stor"),
    "negative_participants.yaml": ("intervention.cohorts.0.participants", "for liten"),
    "horizon_beyond_profiles.yaml": ("horizon_years", "Kort ned horizon_years til høyst 47"),
    "price_year_outside_index.yaml": ("price_year", "kroneåret 1990 ligger utenfor"),
    "unknown_field.yaml": ("intervention.sucess_rate_without", "ukjent felt"),
    "cohort_outside_horizon.yaml": ("intervention.cohorts.0.year", "utenfor analyseperioden"),
    "broken_yaml.yaml": ("linje", "ugyldig YAML"),
    "unknown_success_outcome.yaml": ("intervention.success_outcome", "employed"),
    "outcome_already_reached.yaml": ("intervention.success_outcome", "allerede i utfallet"),
    "effect_for_another_group.yaml": ("intervention.effect", "gjelder ikke målgruppen"),
    "tax_level_out_of_range.yaml": ("kommune.tax_level", "for stor"),
    "unknown_sector_mapping.yaml": ("kommune.sectors", "fant ingen tjenesteområder"),
    "unknown_kostra_function.yaml": ("intervention.kostra_function", "ukjent KOSTRA-funksjon"),
    "non_priced_unknown_level.yaml": ("non_priced.0.omfang", "ukjent nivå 'kjempestort'"),
    "non_priced_off_matrix.yaml": ("non_priced.0", "passer ikke med betydning liten"),
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_contract(capsys) -> None:
    code, out, _ = run(capsys, "evaluate", str(EXAMPLE), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert {"scenario", "parameter_set", "price_year", "discounting", "budget", "societal",
            "wellbeing", "break_even", "ledger"} <= set(data)
    assert set(data["parameter_set"]) >= {"version", "sha256"}
    assert data["discounting"]["name"] == "R-109"
    for payer in ("kommune", "fylkeskommune", "stat", "public_total"):
        assert isinstance(data["budget"][payer]["npv"], float)
    assert {"roi", "payback_year"} <= set(data["budget"]["public_total"])
    assert {"npv", "bcr"} <= set(data["societal"])
    assert {"wellbys", "value", "cost_per_wellby"} <= set(data["wellbeing"])
    assert {"successes_needed", "success_rate"} <= set(data["break_even"])
    row = data["ledger"][0]
    assert set(row) == {"year", "payer", "category", "amount", "discounted"}
    for payer in ("kommune", "fylkeskommune", "stat"):
        total = sum(r["discounted"] for r in data["ledger"] if r["payer"] == payer)
        assert total == pytest.approx(data["budget"][payer]["npv"])


def test_table_is_norwegian(capsys) -> None:
    code, out, _ = run(capsys, "evaluate", str(EXAMPLE))
    assert code == 0
    assert "bare offentlige budsjetter" in out
    assert "HVOR MANGE MÅ LYKKES" in out
    assert " kr" in out and "\u00a0" in out  # Norwegian grouping with no-break spaces
    assert "%" in out and "," in out


def test_bad_scenario_fixtures_are_all_covered() -> None:
    assert {p.name for p in BAD.glob("*.yaml")} == set(BAD_SCENARIOS)


@pytest.mark.parametrize("fixture", sorted(BAD_SCENARIOS))
def test_bad_scenario_exits_2_naming_field_and_fix(capsys, fixture: str) -> None:
    field, words = BAD_SCENARIOS[fixture]
    code, out, err = run(capsys, "evaluate", str(BAD / fixture), "--format", "json")
    assert code == 2
    assert out == ""  # nothing half-written
    assert field in err and words in err
    assert "Traceback" not in err


def test_missing_file_exits_2(capsys) -> None:
    code, _, err = run(capsys, "evaluate", "finnes-ikke.yaml")
    assert code == 2 and "finnes ikke" in err


def test_unknown_params_version_exits_2(capsys) -> None:
    code, _, err = run(capsys, "evaluate", str(EXAMPLE), "--params", "1999.9")
    assert code == 2 and "--params" in err


def test_params_list_and_show(capsys) -> None:
    code, out, _ = run(capsys, "params", "list")
    assert code == 0 and "macro.grunnbelop" in out and "2026.2" in out
    code, out, _ = run(capsys, "params", "show", "benefits.aap.minimum_factor")
    assert code == 0
    assert "2024-07-01: 2.041" in out and "Konfidens: official" in out and "https://" in out
    code, _, err = run(capsys, "params", "show", "finnes.ikke")
    assert code == 2 and "finnes.ikke" in err


def test_whole_process_exit_code_and_no_traceback() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "costbenefit", "evaluate",
         str(BAD / "negative_participants.yaml")],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "participants" in proc.stderr


def test_whole_process_ends_at_once_with_its_output_flushed(capsys) -> None:
    """`run_and_exit` skips Python's teardown: what the command wrote must still arrive
    whole, and --help and a bad flag keep argparse's exit codes."""
    proc = subprocess.run([sys.executable, "-m", "costbenefit", "evaluate", str(EXAMPLE),
                           "--format", "json"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    code, out, _ = run(capsys, "evaluate", str(EXAMPLE), "--format", "json")
    assert code == 0 and json.loads(proc.stdout) == json.loads(out)
    for flag, expected in (("--help", 0), ("--finnes-ikke", 2)):
        proc = subprocess.run([sys.executable, "-m", "costbenefit", flag],
                              capture_output=True, text=True, check=False)
        assert proc.returncode == expected
        assert (proc.stdout if expected == 0 else proc.stderr).strip()


def test_internal_error_exits_1(capsys, monkeypatch) -> None:
    from costbenefit.model import engine

    def boom(*_args, **_kwargs):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(engine, "evaluate", boom)
    code, out, err = run(capsys, "evaluate", str(EXAMPLE))
    assert code == 1 and out == "" and "Intern feil" in err


def test_montecarlo_json_is_reproducible_and_complete(capsys) -> None:
    example = str(ROOT / "examples" / "ips_ung_usikkerhet.yaml")
    outputs = []
    for _ in range(2):
        assert main(["montecarlo", example, "--draws", "2000", "--seed", "11",
                     "--format", "json"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    data = json.loads(outputs[0])
    assert data["draws"] == 2000 and data["seed"] == 11
    for name in ("public_total", "kommune", "fylkeskommune", "stat"):
        o = data["outcomes"][name]
        assert o["p5"] <= o["p50"] <= o["p95"] and 0 <= o["prob_positive"] <= 1


def test_montecarlo_table_and_sensitivity_are_norwegian(capsys) -> None:
    example = str(ROOT / "examples" / "ips_ung_usikkerhet.yaml")
    assert main(["montecarlo", example, "--draws", "500"]) == 0
    assert "P(NNV > 0)" in capsys.readouterr().out
    assert main(["sensitivity", example]) == 0
    out = capsys.readouterr().out
    assert "TORNADO" in out and "BRYTEVERDIER" in out and "Internrente" in out


def test_montecarlo_without_uncertainty_exits_2(capsys) -> None:
    assert main(["montecarlo", str(ROOT / "tests" / "fixtures" / "ips_typed_rates.yaml")]) == 2
    assert "uncertainty" in capsys.readouterr().err


def test_uncertainty_note_says_the_societal_npv_is_included(capsys) -> None:
    # The Monte Carlo table has a societal row, so its note must not say "public budgets only".
    from costbenefit.report.texts_nb import UNCERTAINTY_NOTE

    example = str(ROOT / "examples" / "ips_ung_usikkerhet.yaml")
    assert main(["montecarlo", example, "--draws", "50"]) == 0
    out = capsys.readouterr().out
    assert "Samfunnsøkonomisk netto nåverdi" in out and UNCERTAINTY_NOTE in out
    assert "samfunnsøkonomisk netto nåverdi (R-109)" in UNCERTAINTY_NOTE


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["evaluate"], "disse må oppgis: scenario"),
        (["evaluate", "x.yaml", "--bogus"], "ukjente argumenter: --bogus"),
        (["evaluate", "x.yaml", "--format", "xml"], "ugyldig valg 'xml'"),
        (["evaluate", "x.yaml", "--params"], "--params trenger en verdi"),
    ],
)
def test_command_line_mistakes_exit_2_in_norwegian(capsys, argv, words) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert words in capsys.readouterr().err
