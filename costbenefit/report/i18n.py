"""Norwegian (bokmål) number formats via Babel: ``1 234 567 kr``, ``12,3 %``, ``0,87``.

Negative numbers get Babel's sign for a formatting pattern, the ASCII hyphen-minus
(``-1,22``), in every format here; ``None`` (a number that is not defined) is ``–``."""

from __future__ import annotations

from babel.numbers import format_decimal, format_percent

LOCALE = "nb_NO"


def kr(amount: float | None, decimals: int = 0) -> str:
    if amount is None:
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return f"{format_decimal(amount, format=pattern, locale=LOCALE)} kr"


def number(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def percent(share: float | None, decimals: int = 1) -> str:
    if share is None:
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + " %"
    return format_percent(share, format=pattern, locale=LOCALE)


def ratio(value: float | None, decimals: int = 2) -> str:
    """A ratio such as kroner back per krone spent: ``0,87``, ``-1,22`` (never a percentage)."""
    return number(value, decimals)
