"""Amounts typed the Norwegian way, and shown the same way: ``40,5``, ``1 200 000``,
``1,2 mill.``, ``120 000 kr``, ``12,5 %``. Pure functions; the app's text inputs for money
and percentages read and write through them (Streamlit's number inputs accept neither a
decimal comma nor spaces)."""

from __future__ import annotations

import math
import re

from costbenefit.report import i18n

_SPACES = re.compile(r"[\s\u00a0\u202f]")
_SCALES = (("milliarder", 1e9), ("mrd.", 1e9), ("mrd", 1e9), ("millioner", 1e6),
           ("mill.", 1e6), ("mill", 1e6), ("mnok", 1e6))
_NUMBER = re.compile(r"[+-−]?\d+(?:[.,]\d+)?")


class AmountError(ValueError):
    """Text that is not an amount; the message is Norwegian and says how to write one."""


def parse_amount(text: str | float | int, *, percent: bool = False) -> float:
    """The number in `text`: decimal comma or point, spaces as thousands separators,
    ``mill.``/``mrd.`` scales, ``kr`` and ``%`` ignored."""
    if isinstance(text, int | float) and not isinstance(text, bool):
        return float(text)
    raw = str(text).strip().lower()
    scale = 1.0
    for word, factor in _SCALES:
        if raw.endswith(word):
            raw, scale = raw.removesuffix(word), factor
            break
    raw = _SPACES.sub("", raw).removesuffix("kr").removesuffix("%").replace("−", "-")
    if re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+", raw):  # 1.200.000: points as thousands
        raw = raw.replace(".", "")
    if not _NUMBER.fullmatch(raw):
        example = "40,5" if percent else "1 200 000 eller 1,2 mill."
        raise AmountError(f"«{text}» er ikke et tall; skriv f.eks. {example}")
    value = float(raw.replace(",", ".")) * scale
    if not math.isfinite(value):
        raise AmountError(f"«{text}» er ikke et endelig tall")
    return value


def format_amount(value: float, *, percent: bool = False) -> str:
    """``1 200 000`` or ``40,5``: as many decimals as the value has (up to six for a
    percentage, two for kroner), so showing a value and reading it back changes nothing."""
    return i18n.up_to(value, 6 if percent else 2)
