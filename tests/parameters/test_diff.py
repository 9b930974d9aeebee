"""`costbenefit params diff A B`: added, removed and changed parameters and values."""

from __future__ import annotations

import shutil
from pathlib import Path

from costbenefit.cli.main import main
from costbenefit.parameters.diff import diff_sets
from costbenefit.parameters.loader import load_parameter_set, shipped_root


def _edited_copy(tmp_path: Path) -> Path:
    root = tmp_path / "set"
    shutil.copytree(shipped_root(), root)
    g = root / "macro" / "grunnbelop.yaml"
    g.write_text(g.read_text(encoding="utf-8").replace("2025-05-01: 130_160",
                                                       "2025-05-01: 130_161"), encoding="utf-8")
    (root / "services" / "justice" / "prison_day.yaml").unlink()
    shutil.copy(root / "trondheim" / "population.yaml", root / "trondheim" / "population2.yaml")
    kvp = root / "benefits" / "kvalifiseringsstonad" / "minimum_factor.yaml"
    kvp.write_text(kvp.read_text(encoding="utf-8").replace("payer: kommune", "payer: stat"),
                   encoding="utf-8")
    return root


def test_diff_names_added_removed_and_changed(tmp_path: Path, pset) -> None:
    d = diff_sets(pset, load_parameter_set(_edited_copy(tmp_path)))
    assert d.added == ["trondheim.population2"]
    assert d.removed == ["services.justice.prison_day"]
    changed = {c.name: c for c in d.changed}
    assert set(changed) == {"macro.grunnbelop", "benefits.kvalifiseringsstonad.minimum_factor"}
    assert changed["macro.grunnbelop"].values == {
        "2025-05-01": ((130_160, None), (130_161, None))}
    assert changed["benefits.kvalifiseringsstonad.minimum_factor"].fields == {
        "payer": ("kommune", "stat")}


def test_diff_of_a_set_with_itself_is_empty(pset) -> None:
    assert diff_sets(pset, pset).empty


def test_cli_diff(tmp_path: Path, capsys) -> None:
    assert main(["params", "diff", "2026.2", str(_edited_copy(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "+ trondheim.population2 (ny)" in out
    assert "- services.justice.prison_day (fjernet)" in out
    assert "2025-05-01: 130\u00a0160 → 130\u00a0161" in out
    assert "1 nye, 1 fjernet, 2 endret." in out
