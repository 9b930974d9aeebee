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


def up_to(value: float, decimals: int) -> str:
    """``40,5``, ``1 200 000``: with at most `decimals` decimals, none where they are 0."""
    return format_decimal(round(value, decimals), format="#,##0." + "#" * decimals,
                          locale=LOCALE)


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
        return format_percent(value, format="#,##0.## %", locale=LOCALE)
    if unit in ("year", "code"):
        return str(int(value)) if float(value).is_integer() else str(value)
    return format_decimal(value, format="#,##0.###", locale=LOCALE)
