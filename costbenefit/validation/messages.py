"""Turn pydantic validation errors into one Norwegian message naming field and fix.

Every pydantic error type gets a Norwegian text: the common ones below by name, the bound
checks with their bound, and any other type a generic «ugyldig verdi» with the value, so
pydantic's English («Input should be …», «Field required») never reaches a user.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from costbenefit.errors import InputError

_NUMBER = "et tall, f.eks. 100 eller 0.35"
_FIXES = {
    "missing": "feltet mangler; legg det til",
    "extra_forbidden": "ukjent felt; fjern det eller rett stavemåten",
    "too_short": "listen er tom; legg til minst ett element",
    "url_parsing": "ugyldig lenke; bruk en full adresse som starter med https://",
    "url_type": "ugyldig lenke; bruk en full adresse som starter med https://",
    "url_scheme": "ugyldig lenke; bruk en adresse som starter med https://",
    "date_from_datetime_parsing": "ugyldig dato; bruk ISO-format ÅÅÅÅ-MM-DD",
    "date_parsing": "ugyldig dato; bruk ISO-format ÅÅÅÅ-MM-DD",
    "date_type": "ugyldig dato; bruk ISO-format ÅÅÅÅ-MM-DD",
    "int_parsing": "forventet et heltall",
    "int_type": "forventet et heltall, f.eks. 2026",
    "int_from_float": "forventet et heltall uten desimaler, f.eks. 45",
    "float_parsing": "forventet et tall",
    "float_type": f"forventet {_NUMBER}",
    "finite_number": "tallet er ikke endelig (inf eller nan); oppgi et vanlig tall",
    "bool_type": "forventet true eller false",
    "bool_parsing": "forventet true eller false",
    "string_type": "forventet tekst; skriv verdien som tekst, gjerne i anførselstegn",
    "string_too_short": "teksten er tom; skriv inn en verdi",
    "string_too_long": "teksten er for lang; kort den ned",
    "string_pattern_mismatch": "teksten har feil form",
    "model_type": "forventet en seksjon med nøkler (nøkkel: verdi), ikke en liste eller "
    "enkeltverdi",
    "model_attributes_type": "forventet en seksjon med nøkler (nøkkel: verdi)",
    "dict_type": "forventet en seksjon med nøkler (nøkkel: verdi), ikke en liste eller "
    "enkeltverdi",
    "list_type": "forventet en liste (linjer som starter med «- »), ikke en enkeltverdi "
    "eller seksjon",
    "tuple_type": "forventet en liste, f.eks. [0, 0.04]",
    "set_type": "forventet en liste",
    "none_required": "feltet skal stå tomt",
    "enum": "ugyldig valg; bruk en av de tillatte verdiene",
    "literal_error": "ugyldig valg; bruk en av de tillatte verdiene",
    "union_tag_invalid": "ukjent fordeling; bruk uniform, triangular, pert, beta, normal, "
    "split_normal eller lognormal",
    "union_tag_not_found": "oppgi fordelingen med `distribution:`, f.eks. distribution: pert",
    "multiple_of": "verdien er ikke et tillatt multiplum",
    "frozen_instance": "verdien kan ikke endres",
}


def _fmt(x: object) -> str:
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e16:
        x = int(x)
    if isinstance(x, int) and abs(x) >= 10_000:
        return f"{x:,}".replace(",", " ")
    return str(x)


# bound checks: (what is wrong, how the bound reads, the bound's key in the error context)
_BOUNDS = {
    "greater_than_equal": ("for liten", "minst", "ge"),
    "greater_than": ("for liten", "større enn", "gt"),
    "less_than_equal": ("for stor", "høyst", "le"),
    "less_than": ("for stor", "mindre enn", "lt"),
}
_WHERE = re.compile(r"([A-Za-z_][\w\-]*(?:\.[\w\-]+)*): (.+)", re.DOTALL)


def _first(errors: list[dict]) -> dict:
    """The error to show: an unknown field first, since a misspelt field name is usually
    also why a required one seems to be missing."""
    unknown = [e for e in errors if e["type"] == "extra_forbidden"]
    return (unknown or errors)[0]


def _value(err: dict) -> str:
    value = err.get("input")
    text = "ingenting (null)" if value is None else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _text(err: dict) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind in _BOUNDS:
        wrong, reads, key = _BOUNDS[kind]
        return f"verdien {_value(err)} er {wrong}; den må være {reads} {_fmt(ctx.get(key))}"
    if kind == "literal_error" and ctx.get("expected"):
        allowed = str(ctx["expected"]).replace(" or ", ", ")
        return f"ugyldig valg {_value(err)}; bruk en av {allowed}"
    if kind == "enum" and ctx.get("expected"):
        allowed = str(ctx["expected"]).replace(" or ", ", ")
        return f"ugyldig valg {_value(err)}; bruk en av {allowed}"
    if kind == "too_long":
        return (f"for mange elementer; høyst {ctx.get('max_length')} er tillatt. Del opp "
                "eller fjern noen")
    if kind == "too_short" and ctx.get("min_length", 1) > 1:
        return f"for få elementer; minst {ctx.get('min_length')} trengs"
    if kind == "string_too_short":
        return ("teksten er tom; skriv inn en verdi" if ctx.get("min_length", 1) <= 1 else
                f"teksten er for kort; skriv minst {ctx.get('min_length')} tegn")
    if kind in _FIXES:
        text = _FIXES[kind]
        if kind.endswith(("_type", "_parsing", "from_float")) and kind != "missing":
            text += f" (fikk {_value(err)})"
        return text
    return f"ugyldig verdi {_value(err)}; rett den opp etter veiledningen for feltet"


def _phrased(err: Any) -> tuple[str | None, str]:
    """One validation problem as (field path, text for a user)."""
    field = ".".join(str(p) for p in err["loc"]) or None
    if err["type"].startswith(("value_error", "assertion_error")):
        text = err["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
        # a validator may name the field itself ("parameter_overrides.x: …"): keep one path
        where = _WHERE.fullmatch(text)
        if where and "." in where[1] and (field is None or where[1].startswith(f"{field}.")):
            field, text = where[1], where[2]
        return field, text
    return field, _text(err)


def input_error_from(exc: ValidationError, source: str) -> InputError:
    """The first validation problem, phrased for a user, with the field path; all of them
    in `problems` when there are several (the app lists them)."""
    errors = exc.errors(include_url=False)
    field, text = _phrased(_first(errors))
    more = len(errors) - 1
    if more:
        text += f" (og {more} {'problem' if more == 1 else 'problemer'} til)"
    problems = tuple(f"{f}: {x}" if f else x for f, x in map(_phrased, errors)) if more else ()
    return InputError(text, source=source, field=field, problems=problems)
