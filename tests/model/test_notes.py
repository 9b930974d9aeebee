"""A Note is its Norwegian text (every report prints it unchanged) and keeps its key and
values through a copy and a pickle, so a cached result can still be translated."""

from __future__ import annotations

import copy
import pickle

from costbenefit.model.notes import Note
from costbenefit.model.states import NEGATIVE_STATES_WARNING
from costbenefit.model.wellbeing import OVERLAP_WARNING


def test_a_note_is_its_norwegian_text_with_the_labels_filled_in() -> None:
    note = Note("negative_states", NEGATIVE_STATES_WARNING, state="aap", year=2031)
    assert note == NEGATIVE_STATES_WARNING.format(state="arbeidsavklaringspenger", year=2031)
    assert isinstance(note, str) and note.values == {"state": "aap", "year": 2031}


def test_a_note_without_values_keeps_its_braces() -> None:
    assert "{source: per_success" in OVERLAP_WARNING and OVERLAP_WARNING.values == {}


def test_a_note_survives_copy_and_pickle() -> None:
    note = Note("negative_states", NEGATIVE_STATES_WARNING, state="aap", year=2031)
    for back in (copy.deepcopy(note), pickle.loads(pickle.dumps(note))):
        assert (back, back.key, back.values, type(back)) == (note, note.key, note.values, Note)
