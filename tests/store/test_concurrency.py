"""Two people saving the same scenario at once both get a version: threads on SQLite and
PostgreSQL (the unique constraint on (scenario, version) decides, the loser retries), and
separate processes on one SQLite file through the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from costbenefit.store import scenarios
from costbenefit.store.database import Library, open_library
from tests.store.fixtures import EXAMPLE, ROOT

SAVERS = 6


def test_concurrent_saves_all_get_a_version(database_url: str, lib: Library, pset,
                                            example_text: str) -> None:
    first = scenarios.save_scenario(lib, example_text, pset, source="a.yaml")

    def save(i: int) -> scenarios.Saved:
        own = open_library(database_url)  # each saver its own connection pool
        try:
            text = example_text.replace("participants: 100}", f"participants: {101 + i}}}")
            return scenarios.save_scenario(own, text, pset, source=f"{i}.yaml", base_version=1,
                                           author=f"person {i}")
        finally:
            own.close()

    with ThreadPoolExecutor(SAVERS) as pool:
        saved = list(pool.map(save, range(SAVERS)))

    assert sorted(s.version for s in saved) == list(range(2, SAVERS + 2))
    assert all(s.scenario_id == first.scenario_id for s in saved)
    told = [s for s in saved if s.newer_existed]
    assert len(told) == SAVERS - 1  # all but the first to commit are told
    assert all(s.latest_before >= 2 for s in told)
    hist = scenarios.history(lib, str(first.scenario_id))
    assert len(hist) == SAVERS + 1
    assert {h["author"] for h in hist[1:]} == {f"person {i}" for i in range(SAVERS)}


def test_concurrent_first_saves_of_a_new_scenario(database_url: str, lib: Library,
                                                  pset, example_text: str) -> None:
    def save(i: int) -> scenarios.Saved:
        own = open_library(database_url)
        try:
            return scenarios.save_scenario(own, example_text, pset, source=f"{i}.yaml")
        finally:
            own.close()

    with ThreadPoolExecutor(4) as pool:
        saved = list(pool.map(save, range(4)))
    assert sorted(s.version for s in saved) == [1, 2, 3, 4]
    assert len({s.scenario_id for s in saved}) == 1


def test_concurrent_processes_on_one_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'delt.sqlite'}"
    env = {**os.environ, "COSTBENEFIT_DATABASE_URL": url, "PYTHONWARNINGS": "error"}
    cmd = [sys.executable, "-m", "costbenefit", "library", "save", str(EXAMPLE), "--base", "1"]
    first = subprocess.run(cmd[:-2], env=env, capture_output=True, text=True, cwd=ROOT)
    assert first.returncode == 0, first.stderr
    procs = [subprocess.Popen([*cmd, "--author", f"p{i}"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT) for i in range(4)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [e for _, e in outs]
    versions = sorted(int(out.split("som versjon ")[1].split(".")[0]) for out, _ in outs)
    assert versions == [2, 3, 4, 5]
    assert sum("fantes allerede" in out for out, _ in outs) == 3
