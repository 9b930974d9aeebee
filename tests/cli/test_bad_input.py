"""Bad input gets exit 2 and one Norwegian message naming file and field; nothing on
stdout, nothing written (issue #18: alias bombs, output paths, non-finite numbers, seeds,
English pydantic messages)."""

from __future__ import annotations

import json
import math
import os
import shutil
from pathlib import Path

import pytest
import yaml

from costbenefit.cli.main import main
from costbenefit.errors import InputError
from costbenefit.validation import yaml_safe

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "fixtures" / "bad_input"
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
ENGLISH = ("Input should", "Field required", "valid", "should have", "Traceback", "Intern feil")

# fixture -> (command, field named in the message, Norwegian words in it)
BAD_INPUT = {
    "alias_bomb_overrides.yaml": ("evaluate", "linje", "alias-bombe"),
    "alias_self.yaml": ("evaluate", "linje 1", "viser til seg selv"),
    "participants_inf.yaml": ("evaluate", "intervention.cohorts.0.participants", "ikke endelig"),
    "participants_nan.yaml": ("evaluate", "intervention.cohorts.0.participants", "ikke endelig"),
    "participants_1e308.yaml": ("evaluate", "intervention.cohorts.0.participants",
                                "høyst 10 000 000"),
    "participants_bool.yaml": ("evaluate", "intervention.cohorts.0.participants", "ikke true"),
    "cost_inf.yaml": ("evaluate", "intervention.cost_per_participant_year.kommune",
                      "ikke endelig"),
    "cost_1e308.yaml": ("evaluate", "intervention.cost_per_participant_year.stat", "for stor"),
    "rate_nan.yaml": ("evaluate", "discounting.rate", "ikke endelig"),
    "own_value_inf.yaml": ("evaluate", "wellbeing.own_value.central", "ikke endelig"),
    "override_inf.yaml": ("evaluate", "parameter_overrides.r109.tax_financing_cost",
                          "ikke et endelig tall"),
    "override_1e308.yaml": ("montecarlo",
                            "parameter_overrides.benefits.sosialhjelp.average_per_recipient",
                            "urimelig stor"),
    "lognormal_sigma_1000.yaml": ("montecarlo", "lognormal.sigma", "høyst 5"),
    "override_skattore_percent.yaml": ("evaluate",
                                       "parameter_overrides.taxes.income.skattore_kommune",
                                       "skriv 0.1095"),
    "override_share_negative.yaml": ("evaluate", "parameter_overrides.taxes.income.fellesskatt",
                                     "utenfor gyldig område"),
    "override_tax_financing_5.yaml": ("montecarlo",
                                      "parameter_overrides.r109.tax_financing_cost",
                                      "0 til 1"),
    "override_money_negative.yaml": ("evaluate",
                                     "parameter_overrides.benefits.sosialhjelp."
                                     "average_per_recipient", "may_be_negative"),
    "intervention_list.yaml": ("evaluate", "intervention", "seksjon med nøkler"),
    "intervention_null.yaml": ("evaluate", "intervention", "seksjon med nøkler"),
    "name_empty.yaml": ("evaluate", "name", "teksten er tom"),
    "name_number_list.yaml": ("evaluate", "name", "forventet tekst"),
    "horizon_fraction.yaml": ("evaluate", "horizon_years", "heltall uten desimaler"),
    "cohorts_mapping.yaml": ("evaluate", "intervention.cohorts", "forventet en liste"),
    "start_age_text.yaml": ("evaluate", "start_age", "heltall"),
    "overrides_list.yaml": ("evaluate", "parameter_overrides", "seksjon med nøkler"),
    "portfolio_13_projects.yml": ("portfolio", "projects", "høyst 12"),
    "portfolio_projects_mapping.yml": ("portfolio", "projects", "forventet en liste"),
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(code: int, out: str, err: str, field: str, words: str = "") -> None:
    assert code == 2, err
    assert out == ""
    assert field in err and words in err, err
    assert err.startswith("Feil:") and err.count("\n") == 1, err
    for phrase in ENGLISH:
        assert phrase not in err, err


def test_every_bad_input_fixture_is_in_the_table() -> None:
    assert {p.name for p in BAD.iterdir()} == set(BAD_INPUT)


@pytest.mark.parametrize("fixture", sorted(BAD_INPUT))
def test_bad_input_exits_2_naming_file_and_field(capsys, fixture: str) -> None:
    command, field, words = BAD_INPUT[fixture]
    code, out, err = run(capsys, command, str(BAD / fixture), "--format", "json")
    assert_refused(code, out, err, field, words)
    assert fixture in err


def test_alias_bomb_is_refused_before_anything_is_built() -> None:
    text = (BAD / "alias_bomb_overrides.yaml").read_text(encoding="utf-8")
    assert len(text) < 1_000  # a 1 kB file …
    node = yaml.compose(text, Loader=yaml_safe.StrictLoader)
    with pytest.raises(yaml.YAMLError):  # … that expands to 10⁹ values: counted, not built
        yaml_safe.expanded_size(node)
    with pytest.raises(InputError, match="alias-bombe"):
        yaml_safe.load_yaml_text(text, "bombe.yaml")
    # the walk stops at the budget: the work is bounded by MAX_NODES, not by the expansion
    assert yaml_safe.MAX_NODES <= 1_000_000


def test_aliases_within_the_budget_still_read() -> None:
    text = "a: &x {b: 1, c: [1, 2]}\nd: *x\n"
    assert yaml_safe.load_yaml_text(text, "ok.yaml") == {"a": {"b": 1, "c": [1, 2]},
                                                         "d": {"b": 1, "c": [1, 2]}}


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(InputError, match="nøstet"):
        yaml_safe.load_yaml_text("a: " + "[" * 200 + "]" * 200, "dyp.yaml")


# --- output paths -------------------------------------------------------------------------

@pytest.fixture
def victim(tmp_path: Path) -> Path:
    path = tmp_path / "victim.yaml"
    shutil.copy(EXAMPLE, path)
    return path


def _unchanged(victim: Path) -> None:
    assert victim.read_bytes() == EXAMPLE.read_bytes()
    assert sorted(p.name for p in victim.parent.iterdir()) == ["victim.yaml"]


@pytest.mark.parametrize("target", ["victim.yaml", "VICTIM_LINK", "", "out.txt", "/dev/null",
                                    "mappe/finnes/ikke/ut.xlsx", "DIR.xlsx"])
def test_bad_xlsx_path_is_refused_and_nothing_written(capsys, victim: Path,
                                                      target: str) -> None:
    if target == "VICTIM_LINK":
        link = victim.parent.parent / "lenke.xlsx"
        link.unlink(missing_ok=True)
        link.symlink_to(victim)
        target = str(link)
    elif target == "DIR.xlsx":
        target = str(victim.parent.parent / f"{victim.parent.name}_dir.xlsx")
        os.makedirs(target, exist_ok=True)
    elif target and not target.startswith("/"):
        target = str(victim.parent / target)
    code, out, err = run(capsys, "evaluate", str(victim), "--xlsx", target)
    assert_refused(code, out, err, "--xlsx")
    _unchanged(victim)


def test_xlsx_over_the_input_by_another_name_is_refused(capsys, victim: Path) -> None:
    other = victim.parent / "sub" / ".." / "victim.yaml"
    (victim.parent / "sub").mkdir()
    code, out, err = run(capsys, "evaluate", str(victim), "--xlsx", str(other))
    assert_refused(code, out, err, "--xlsx", "inndatafilene")
    assert victim.read_bytes() == EXAMPLE.read_bytes()


def test_too_long_name_is_a_write_error_not_an_internal_one(capsys, victim: Path) -> None:
    target = str(victim.parent / ("x" * 300 + ".xlsx"))
    code, out, err = run(capsys, "evaluate", str(victim), "--xlsx", target)
    assert_refused(code, out, err, "--xlsx", "kan ikke skrive")
    _unchanged(victim)


def test_full_disk_is_a_norwegian_write_error(capsys, victim: Path, monkeypatch) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("costbenefit.excel.safety.os.fsync", full)
    target = victim.parent / "ut.xlsx"
    code, out, err = run(capsys, "evaluate", str(victim), "--xlsx", str(target))
    assert_refused(code, out, err, "--xlsx", "disken er full")
    _unchanged(victim)


def test_read_only_folder_is_refused(capsys, victim: Path) -> None:
    """A folder without write access; as root (CI) every folder is writable by mode bits,
    so the kernel's own /proc stands in: nothing can be created there."""
    if os.geteuid() == 0:
        code, out, err = run(capsys, "evaluate", str(victim), "--xlsx", "/proc/ut.xlsx")
        assert_refused(code, out, err, "--xlsx", "kan ikke skrive")
        assert not Path("/proc/ut.xlsx").exists()
        return
    folder = victim.parent / "lesbar"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, out, err = run(capsys, "evaluate", str(victim), "--xlsx", str(folder / "ut.xlsx"))
    finally:
        folder.chmod(0o755)
    assert_refused(code, out, err, "--xlsx", "skrivetilgang")


def test_template_refuses_a_wrong_suffix(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "template", str(tmp_path / "mal.txt"))
    assert_refused(code, out, err, "UT.xlsx", ".xlsx")
    assert list(tmp_path.iterdir()) == []


def test_workbook_gets_the_users_umask(capsys, victim: Path) -> None:
    target = victim.parent / "ut.xlsx"
    old = os.umask(0o022)
    try:
        code, _, _ = run(capsys, "evaluate", str(victim), "--xlsx", str(target))
    finally:
        os.umask(old)
    assert code == 0
    assert target.stat().st_mode & 0o777 == 0o644


# --- seeds and JSON -----------------------------------------------------------------------

@pytest.mark.parametrize("command, path", [
    ("montecarlo", ROOT / "examples" / "ips_ung_usikkerhet.yaml"),
    ("portfolio", ROOT / "examples" / "programmes" / "ungt_loft.yaml"),
])
def test_negative_seed_is_refused(capsys, command: str, path: Path) -> None:
    code, out, err = run(capsys, command, str(path), "--seed", "-1", "--draws", "10")
    assert_refused(code, out, err, "--seed", "0 eller større")


def test_json_never_prints_nan_or_infinity() -> None:
    from costbenefit.report.as_json import dumps

    assert json.loads(dumps({"a": 1.5})) == {"a": 1.5}
    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(InputError, match="ikke er endelig"):
            dumps({"npv": bad})
