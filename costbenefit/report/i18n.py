"""Norwegian (bokmål) number formats: ``1 234 567 kr``, ``12,3 %``, ``0,87``.

The rules are CLDR's for ``nb_NO`` as Babel applies them to a fixed pattern (``#,##0.0``):
the number is read from its shortest decimal text (``str(float)``), rounded half to even,
grouped in threes with a no-break space, with a decimal comma. They are written out here
rather than called from Babel because loading Babel's locale data takes longer than the
rest of an ``evaluate`` run; a property test holds every format to Babel's output.

Negative numbers get Babel's sign for a formatting pattern, the ASCII hyphen-minus
(``-1,22``), in every format here; ``None`` (a number that is not defined) is ``–``."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_EVEN, Decimal

GROUP = "\xa0"  # CLDR nb: no-break space between groups of three digits
DECIMAL = ","


def decimal_text(value: float, min_decimals: int, max_decimals: int, scale: int = 1) -> str:
    """`value` × `scale` with `max_decimals` decimals, trailing zeros dropped down to
    `min_decimals`: Babel's ``#,##0.00##`` pattern for ``nb_NO``."""
    if not math.isfinite(value):
        sign = "-" if value < 0 else ""
        if math.isinf(value):
            return f"{sign}∞"
        return "NaN" + (DECIMAL + "0" * min_decimals if min_decimals else "")
    number = (Decimal(str(value)) * scale).quantize(Decimal(1).scaleb(-max_decimals),
                                                    rounding=ROUND_HALF_EVEN)
    whole, _, fraction = f"{number:,.{max_decimals}f}".partition(".")
    fraction = fraction[:min_decimals] + fraction[min_decimals:].rstrip("0")
    return whole.replace(",", GROUP) + (DECIMAL + fraction if fraction else "")


def kr(amount: float | None, decimals: int = 0) -> str:
    if amount is None:
        return "–"
    return f"{decimal_text(amount, decimals, decimals)} kr"


def number(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    return decimal_text(value, decimals, decimals)


def percent(share: float | None, decimals: int = 1) -> str:
    if share is None:
        return "–"
    return f"{decimal_text(share, decimals, decimals, scale=100)} %"


def up_to(value: float, decimals: int) -> str:
    """``40,5``, ``1 200 000``: with at most `decimals` decimals, none where they are 0."""
    return decimal_text(round(value, decimals), 0, decimals)


def ratio(value: float | None, decimals: int = 2) -> str:
    """A ratio such as kroner back per krone spent: ``0,87``, ``-1,22`` (never a percentage)."""
    return number(value, decimals)


# -- parameter units: a Norwegian label for the unit a parameter file names -------------

CURRENCY_NB = {"NOK": "kroner", "GBP": "pund", "DKK": "danske kroner", "EUR": "euro",
               "SEK": "svenske kroner", "USD": "amerikanske dollar"}
CURRENCY_SHORT_NB = {"NOK": "kr", "GBP": "£", "DKK": "DKK", "EUR": "€", "SEK": "SEK",
                     "USD": "USD"}
PER_NB = {"year": "år", "month": "måned", "day": "dag", "point": "poeng",
          "consultation": "konsultasjon", "QALY": "QALY", "WELLBY": "WELLBY", "hour": "time"}
UNIT_LABELS_NB = {
    "share": "andel",
    "share/year": "andel per år",
    "ratio": "forholdstall",
    "ratio_to_national_average": "forhold til landsgjennomsnittet",
    "code": "kode",
    "G": "grunnbeløp (G)",
    "index": "indeks",
    "persons": "personer",
    "services/year": "tjenester per år",
    "years": "år",
    "year": "årstall",
    "LS points (0-10)": "livskvalitetspoeng (0–10)",
    "LS points/year": "livskvalitetspoeng per år",
    "LS points/QALY": "livskvalitetspoeng per QALY",
    "NOK/GBP": "kroner per pund",
    "NOK/DKK": "kroner per dansk krone",
}
# what follows a number of the unit: ``63 600 kr/år``, ``2,041 G``, ``25 år``
UNIT_SUFFIX_NB = {
    "share/year": "per år", "G": "G", "persons": "personer", "services/year": "per år",
    "years": "år", "LS points (0-10)": "poeng", "LS points/year": "poeng per år",
    "LS points/QALY": "poeng per QALY", "NOK/GBP": "kr/£", "NOK/DKK": "kr/DKK",
}


def _money_parts(unit: str) -> tuple[str, str | None] | None:
    """('NOK', 'year') for 'NOK/year', ('NOK', None) for 'NOK'; None for other units."""
    head, _, per = unit.partition("/")
    if head not in CURRENCY_NB or per in CURRENCY_NB:
        return None
    return head, per or None


def unit_label(unit: str) -> str:
    """The Norwegian name of a parameter's unit: ``NOK/year`` -> ``kroner per år``."""
    if unit in UNIT_LABELS_NB:
        return UNIT_LABELS_NB[unit]
    money = _money_parts(unit)
    if money is None:
        return unit
    currency, per = money
    return CURRENCY_NB[currency] + (f" per {PER_NB.get(per, per)}" if per else "")


def unit_suffix(unit: str) -> str:
    """The short unit after a number (``kr/år``, ``G``, ``år``); "" for shares, ratios,
    codes, indices and calendar years."""
    if unit in UNIT_SUFFIX_NB:
        return UNIT_SUFFIX_NB[unit]
    money = _money_parts(unit)
    if money is None:
        return ""
    currency, per = money
    return CURRENCY_SHORT_NB[currency] + (f"/{PER_NB.get(per, per)}" if per else "")


def parameter_number(value: float, unit: str) -> str:
    """One number of a parameter in Norwegian format, without its unit: a share as a
    percentage (``62,4 %``), a calendar year or code as written (``2060``), other numbers
    with up to three decimals (``2,041``, ``63 600``)."""
    if unit.startswith("share"):
        return f"{decimal_text(value, 0, 2, scale=100)} %"
    if unit in ("year", "code"):
        return str(int(value)) if float(value).is_integer() else str(value)
    return decimal_text(value, 0, 3)
