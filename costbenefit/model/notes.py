"""A warning or note for the reader (:class:`Note`): Norwegian text with a key and values.

The engine's warnings, the wellbeing view's notes and the Markov break-even note are
Notes. A Note *is* its Norwegian text (a ``str``), so the CLI, JSON, Excel and PDF print it
exactly as before; its ``key`` and ``values`` let a presenter say the same thing in
another language. Values that name an outcome or a state hold the id, and the Norwegian
text shows its label (:data:`LABELS_NB`), so a presenter can show its own label instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from costbenefit.model.outcomes import OUTCOME_LABELS_NB
from costbenefit.model.structure import STATE_LABELS_NB

LABELS_NB: dict[str, Mapping[str, str]] = {"outcome": OUTCOME_LABELS_NB,
                                           "state": STATE_LABELS_NB}


def labelled(values: Mapping[str, object], labels: Mapping[str, Mapping[str, str]]
             ) -> dict[str, object]:
    """`values` with each id that `labels` knows a kind of replaced by its label."""
    return {k: labels[k][str(v)] if k in labels else v for k, v in values.items()}


class Note(str):
    """Norwegian text (the string itself) with the key and values it was made from.

    `template` is formatted only when values are given, so a constant may hold braces.
    """

    key: str
    values: dict[str, object]

    def __new__(cls, key: str, template: str, **values: object) -> Note:
        text = template.format(**labelled(values, LABELS_NB)) if values else template
        note = super().__new__(cls, text)
        note.key = key
        note.values = values
        return note

    def __reduce__(self) -> tuple[object, ...]:
        """Copy and pickle through the key and values: ``str`` would drop them."""
        return _rebuild, (self.key, str(self), self.values)


def _rebuild(key: str, text: str, values: dict[str, object]) -> Note:
    note = Note(key, text)
    note.values = values
    return note
