"""Replications of published results (examples/replications/, issue #13 item 6).

Each scenario file carries `published:` (a JSON path in `evaluate --format json`, the value
the study published, a relative tolerance) and has a note beside it. Every published value
must be within its tolerance, unless it says `reproduced: false` with a reason (and the
note's section «Ikke reprodusert» names it): then it must really be outside, so the
declaration is corrected when the model starts to hit it.
"""

from __future__ import annotations

import functools
import math
import re
from pathlib import Path
from typing import Any

import pytest

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Published
from costbenefit.report.as_json import to_json_dict
from tests.conftest import lookup, shipped_set

ROOT = Path(__file__).resolve().parents[2]
REPLICATIONS = ROOT / "examples" / "replications"
FILES = sorted(REPLICATIONS.glob("*.yaml"))
STUDIES = {"lse_2025_ips_norge", "dnvgl_unginvest_aib", "vista_2010_ufor_til_arbeid",
           "ks_utenforregnskapet_frafall"}
NOT_REPRODUCED = "## Ikke reprodusert"
REQUIRED_SECTIONS = ("## Publisert mot modell", "## Manglende inndata", NOT_REPRODUCED)
DECLARED = re.compile(r"^- `([^`]+)`", re.MULTILINE)


def note_of(path: Path) -> Path:
    return path.with_suffix(".md")


def declared_not_reproduced(note: str) -> set[str]:
    """The metrics listed as `- `metric` …` in the note's section «Ikke reprodusert»."""
    start = note.find(NOT_REPRODUCED)
    if start < 0:
        return set()
    body = note[start + len(NOT_REPRODUCED):]
    end = body.find("\n## ")
    return set(DECLARED.findall(body if end < 0 else body[:end]))


@functools.cache
def json_result(path: Path) -> dict[str, Any]:
    pset = shipped_set()
    return to_json_dict(evaluate(load_scenario(path), pset), pset)


def published_cases() -> list[Any]:
    return [pytest.param(path, entry, id=f"{path.stem}:{entry.metric}")
            for path in FILES for entry in load_scenario(path).published]


def relative_error(got: float, want: float) -> float:
    return abs(got - want) / abs(want) if want != 0 else abs(got)


def test_the_four_studies_are_replicated() -> None:
    assert {p.stem for p in FILES} >= STUDIES


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_replication_has_published_values_and_a_note(path: Path) -> None:
    published = load_scenario(path).published
    assert published, f"{path.name}: `published:` is empty"
    note = note_of(path)
    assert note.is_file(), f"{path.name}: no note {note.name}"
    text = note.read_text(encoding="utf-8")
    for section in REQUIRED_SECTIONS:
        assert section in text, f"{note.name}: missing section «{section}»"
    metrics = {p.metric for p in published}
    for metric in metrics:
        assert f"`{metric}`" in text, f"{note.name} does not name {metric}"
    stray = declared_not_reproduced(text) - metrics
    assert not stray, f"{note.name} declares {stray} not reproduced, but they are not published"
    index = (REPLICATIONS / "README.md").read_text(encoding="utf-8")
    assert f"`{path.name}`" in index and f"({note.name})" in index, (
        f"examples/replications/README.md does not list {path.name} and its note")


@pytest.mark.parametrize(("path", "entry"), published_cases())
def test_published_value(path: Path, entry: Published) -> None:
    try:
        got = lookup(json_result(path), entry.metric)
    except (KeyError, IndexError, ValueError, TypeError):
        pytest.fail(f"{path.name}: {entry.metric} is not a path in the JSON result")
    assert isinstance(got, int | float) and math.isfinite(got), (
        f"{path.name}: {entry.metric} = {got!r} is not a number")
    error = relative_error(got, entry.value)
    in_note = entry.metric in declared_not_reproduced(note_of(path).read_text(encoding="utf-8"))
    assert in_note == (not entry.reproduced), (
        f"{path.name}: {entry.metric} has reproduced: {str(entry.reproduced).lower()} but the "
        f"note's «Ikke reprodusert» {'names' if in_note else 'does not name'} it")
    if not entry.reproduced:
        assert error > entry.tolerance, (
            f"{path.name}: {entry.metric} = {got:.6g} is now within {entry.tolerance:.0%} of the "
            f"published {entry.value:.6g}; set reproduced: true, take it out of «Ikke "
            f"reprodusert» in {note_of(path).name} and update the note")
    else:
        assert error <= entry.tolerance, (
            f"{path.name}: {entry.metric} = {got:.6g}, published {entry.value:.6g} "
            f"({error:.0%} off, tolerance {entry.tolerance:.0%}); fix the inputs or set "
            f"reproduced: false with the reason and name it under «Ikke reprodusert» in "
            f"{note_of(path).name}")


def test_declared_sections_are_read_as_written() -> None:
    note = ("# T\n## Ikke reprodusert\n\n- `societal.bcr` = 4 (x)\n  `not.this` in text\n"
            "- `budget.public_total.roi` = 0,34\n\n## Hva modellen mangler\n- `states.8.with`\n")
    assert declared_not_reproduced(note) == {"societal.bcr", "budget.public_total.roi"}
    assert declared_not_reproduced("## Ikke reprodusert\n\nIngen.\n") == set()
    assert declared_not_reproduced("# no section\n- `societal.npv`\n") == set()
