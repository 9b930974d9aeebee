"""Regression fixture: the examples' headline numbers move only when we mean them to.

If this fails after a deliberate change, run `python scripts/update_headlines.py` and review
the diff of tests/regression/headlines.yaml.
"""

from __future__ import annotations

import pytest

from costbenefit.files.examples import (
    EXAMPLES,
    FIXTURE,
    README,
    all_headlines,
    example_files,
    example_notes,
    example_titles,
)
from costbenefit.report.headlines import (
    NOTE_END,
    NOTE_START,
    kommune_note,
    readme_table,
    readme_with_table,
)
from costbenefit.validation.yaml_safe import load_yaml_text

FIX = "python scripts/update_headlines.py"
RELATIVE_TOLERANCE = 1e-6  # the fixture is written with full precision; BLAS may differ


@pytest.fixture(scope="module")
def current(pset):
    return all_headlines(pset)


def test_every_example_has_a_fixture(current) -> None:
    stored = load_yaml_text(FIXTURE.read_text(encoding="utf-8"), str(FIXTURE))["examples"]
    assert set(stored) == {p.relative_to(EXAMPLES).as_posix() for p in example_files()}, (
        f"run `{FIX}`"
    )


def test_headlines_match_fixture(current) -> None:
    stored = load_yaml_text(FIXTURE.read_text(encoding="utf-8"), str(FIXTURE))["examples"]
    for example, numbers in stored.items():
        assert set(numbers) == set(current[example]), example
        for key, want in numbers.items():
            got = current[example][key]
            if want is None or got is None:
                assert got == want, f"{example}.{key}: {got} != {want}; run `{FIX}`"
            else:
                assert got == pytest.approx(want, rel=RELATIVE_TOLERANCE, abs=1e-6), (
                    f"{example}.{key} moved: {got} != {want}; run `{FIX}` if deliberate"
                )


def test_example_notes_explain_the_kommune_and_are_current(current, pset) -> None:
    """Issue #15: each example's note says how much of the kommune's result is
    inntektsutjevning, which sector pays and which saves."""
    titles = example_titles()
    notes = example_notes()
    assert {n for names in notes.values() for n in names} == {
        p.relative_to(EXAMPLES).as_posix() for p in example_files()
        if p.parent == EXAMPLES}
    for note, names in notes.items():
        text = note.read_text(encoding="utf-8")
        section = kommune_note({n: current[n] for n in names}, titles, pset.version)
        assert readme_with_table(text, section, NOTE_START, NOTE_END) == text, (
            f"{note.name}: run `{FIX}`")
        assert "herav inntektsutjevning" in text and "Sektor som betaler" in text


def test_readme_table_is_current(current) -> None:
    readme = README.read_text(encoding="utf-8")
    table = readme_table(current, example_titles())
    assert readme_with_table(readme, table) == readme, f"run `{FIX}`"
