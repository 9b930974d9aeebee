"""The model's fixed structure: life-course states, payers, flow categories, ages.

These are names, not numbers; every number comes from the parameter set.
"""

from __future__ import annotations

STATES: tuple[str, ...] = (
    "in_education",
    "employed",
    "unemployed",
    "neet",
    "social_assistance",
    "aap",
    "disability",
)
STATE_INDEX = {s: i for i, s in enumerate(STATES)}

# Who may pay for a measure or a benefit. The rest of the kommune sector only receives
# what the inntektsutjevning moves away from the kommune (and fylkeskommune) in question.
FUNDING_PAYERS: tuple[str, ...] = ("kommune", "fylkeskommune", "stat")
OTHER_KOMMUNER = "andre_kommuner"
PUBLIC_PAYERS: tuple[str, ...] = (*FUNDING_PAYERS, OTHER_KOMMUNER)
PAYERS: tuple[str, ...] = (*PUBLIC_PAYERS, "person", "society")
PAYER_INDEX = {p: i for i, p in enumerate(PAYERS)}

CATEGORIES: tuple[str, ...] = (
    "taxes", "income_equalisation", "transfers", "services", "production", "measure",
    "tax_financing", "residual_value",
)
CATEGORY_INDEX = {c: i for i, c in enumerate(CATEGORIES)}

MAX_AGE = 100
N_AGES = MAX_AGE + 1

STATE_LABELS_NB = {
    "in_education": "i utdanning",
    "employed": "i arbeid",
    "unemployed": "arbeidsledig",
    "neet": "utenfor arbeid, utdanning og ytelser",
    "social_assistance": "økonomisk sosialhjelp",
    "aap": "arbeidsavklaringspenger",
    "disability": "uføretrygd",
}
PAYER_LABELS_NB = {
    "kommune": "Kommune",
    "fylkeskommune": "Fylkeskommune",
    "stat": "Stat",
    "andre_kommuner": "Resten av kommunesektoren",
    "person": "Personen selv",
    "society": "Samfunnet",
}
CATEGORY_LABELS_NB = {
    "taxes": "skatter og avgifter",
    "income_equalisation": "inntektsutjevning",
    "transfers": "stønader",
    "services": "tjenester",
    "production": "produksjon",
    "measure": "tiltakets kostnad",
    "tax_financing": "skattefinansieringskostnad",
    "residual_value": "restverdi etter analyseperioden",
}


def parse_age_band(band: str) -> tuple[int, int]:
    """'16-19' -> (16, 19) inclusive; '67' -> (67, 67)."""
    lo, _, hi = band.replace("–", "-").partition("-")
    first, last = int(lo), int(hi or lo)
    if not (0 <= first <= last <= MAX_AGE):
        raise ValueError(f"ugyldig aldersintervall '{band}' (bruk f.eks. '16-19', 0–{MAX_AGE})")
    return first, last
