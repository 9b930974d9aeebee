"""Turn pydantic validation errors into one Norwegian message naming field and fix."""

from __future__ import annotations

from pydantic import ValidationError

from costbenefit.errors import InputError

_FIXES = {
    "missing": "feltet mangler; legg det til",
    "extra_forbidden": "ukjent felt; fjern det eller rett stavemåten",
    "too_short": "listen er tom; legg til minst ett element",
    "url_parsing": "ugyldig lenke; bruk en full adresse som starter med https://",
    "date_from_datetime_parsing": "ugyldig dato; bruk ISO-format ÅÅÅÅ-MM-DD",
    "int_parsing": "forventet et heltall",
    "float_parsing": "forventet et tall",
    "literal_error": "ugyldig valg; bruk en av de tillatte verdiene",
    "union_tag_invalid": "ukjent fordeling; bruk uniform, triangular, pert, beta, normal, "
    "split_normal eller lognormal",
    "union_tag_not_found": "oppgi fordelingen med `distribution:`, f.eks. distribution: pert",
}


# bound checks: (what is wrong, how the bound reads, the bound's key in the error context)
_BOUNDS = {
    "greater_than_equal": ("for liten", "minst", "ge"),
    "greater_than": ("for liten", "større enn", "gt"),
    "less_than_equal": ("for stor", "høyst", "le"),
    "less_than": ("for stor", "mindre enn", "lt"),
}


def _first(errors: list[dict]) -> dict:
    """The error to show: an unknown field first, since a misspelt field name is usually
    also why a required one seems to be missing."""
    unknown = [e for e in errors if e["type"] == "extra_forbidden"]
    return (unknown or errors)[0]


def input_error_from(exc: ValidationError, source: str) -> InputError:
    """The first validation problem, phrased for a user, with the field path."""
    err = _first(exc.errors(include_url=False))
    field = ".".join(str(p) for p in err["loc"]) or None
    kind = err["type"]
    msg = err["msg"]
    if kind.startswith("value_error"):
        text = msg.removeprefix("Value error, ")
    elif kind in _BOUNDS:
        wrong, reads, key = _BOUNDS[kind]
        text = (f"verdien {err.get('input')!r} er {wrong}; den må være {reads} "
                f"{err.get('ctx', {}).get(key)}")
    elif kind == "literal_error" and err.get("ctx", {}).get("expected"):
        allowed = err["ctx"]["expected"].replace(" or ", ", ")
        text = f"ugyldig valg {err.get('input')!r}; bruk en av {allowed}"
    else:
        fix = _FIXES.get(kind)
        text = fix if fix else msg
    more = len(exc.errors()) - 1
    if more:
        text += f" (og {more} problem til)"
    return InputError(text, source=source, field=field)
