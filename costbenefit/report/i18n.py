"""Norwegian (bokmål) number formats via Babel: ``1 234 567 kr``, ``12,3 %``."""

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
