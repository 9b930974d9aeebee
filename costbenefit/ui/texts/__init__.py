"""Every text the app shows, in Norwegian bokmål (the source) and English.

Each page or section of the app keeps its texts in its own module, with the two languages
side by side, so a missing translation is a failing test rather than a blank label. Here
they are merged into the one table :func:`t` reads; a key that two modules define stops the
import, since the later one would silently replace the other. Error messages from the core
stay Norwegian in both languages; its warnings and notes are translated
(:mod:`~costbenefit.ui.texts.engine_notes`), and target groups and studies have their names in
:mod:`~costbenefit.ui.texts.names`.
"""

from __future__ import annotations

from types import ModuleType

from costbenefit.ui.texts import (
    budget_results,
    calculator_inputs,
    compare,
    downloads_and_provenance,
    engine_notes,
    frame,
    kommune_accounts,
    library,
    non_priced,
    programme,
    reform,
    success_and_states,
    three_views,
    uncertainty,
    who_pays,
    widget_placeholders,
)

LANGUAGES = {"nb": "Norsk (bokmål)", "en": "English"}
DEFAULT_LANGUAGE = "nb"

SECTIONS: tuple[ModuleType, ...] = (frame, calculator_inputs, widget_placeholders,
                                    budget_results, success_and_states, three_views,
                                    engine_notes, uncertainty, downloads_and_provenance,
                                    compare, reform, kommune_accounts, library, non_priced,
                                    who_pays, programme)


def _merged(sections: tuple[ModuleType, ...]) -> dict[str, dict[str, str]]:
    """The sections' TEXTS in one dict; a key defined twice raises instead of shadowing."""
    merged: dict[str, dict[str, str]] = {}
    home: dict[str, str] = {}
    for section in sections:
        texts: dict[str, dict[str, str]] = section.TEXTS
        clashes = sorted(texts.keys() & merged.keys())
        if clashes:
            where = "; ".join(f"{k!r} in {home[k]} and {section.__name__}" for k in clashes)
            raise ValueError(f"text keys defined twice: {where}")
        merged.update(texts)
        home.update(dict.fromkeys(texts, section.__name__))
    return merged


TEXTS: dict[str, dict[str, str]] = _merged(SECTIONS)


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The text for `key` in `lang` (Norwegian when the language is unknown)."""
    entry = TEXTS[key]
    text = entry.get(lang, entry[DEFAULT_LANGUAGE])
    return text.format(**values) if values else text
