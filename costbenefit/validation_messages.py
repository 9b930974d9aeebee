"""Turn pydantic validation errors into one Norwegian message naming field and fix."""

from __future__ import annotations

from pydantic import ValidationError

from costbenefit.errors import InputError

_FIXES = {
    "missing": "feltet mangler; legg det til",
    "extra_forbidden": "ukjent felt; fjern det eller rett stavemåten",
    "greater_than_equal": "verdien er for liten",
    "greater_than": "verdien er for liten",
    "less_than_equal": "verdien er for stor",
    "too_short": "listen er tom; legg til minst ett element",
    "url_parsing": "ugyldig lenke; bruk en full adresse som starter med https://",
    "date_from_datetime_parsing": "ugyldig dato; bruk ISO-format ÅÅÅÅ-MM-DD",
    "int_parsing": "forventet et heltall",
    "float_parsing": "forventet et tall",
    "literal_error": "ugyldig valg; bruk en av de tillatte verdiene",
    "union_tag_invalid": "ukjent fordeling; bruk uniform, triangular, pert, beta, normal "
    "eller lognormal",
    "union_tag_not_found": "oppgi fordelingen med `distribution:`, f.eks. distribution: pert",
}


def input_error_from(exc: ValidationError, source: str) -> InputError:
    """The first validation problem, phrased for a user, with the field path."""
    err = exc.errors(include_url=False)[0]
    field = ".".join(str(p) for p in err["loc"]) or None
    kind = err["type"]
    msg = err["msg"]
    if kind.startswith("value_error"):
        msg = msg.removeprefix("Value error, ")
        text = msg
    else:
        fix = _FIXES.get(kind)
        text = f"{fix} ({msg})" if fix else msg
    more = len(exc.errors()) - 1
    if more:
        text += f" (og {more} problem til)"
    return InputError(text, source=source, field=field)
