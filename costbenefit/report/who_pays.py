"""Who pays and who saves, in one plain sentence per result, the same in the text table,
the JSON and the app: each public payer's net present value, signed as everywhere in the
tool (positive: the payer saves or earns more than it spends; negative: it pays more than
it saves)."""

from __future__ import annotations

from collections.abc import Mapping

from costbenefit.model.structure import OTHER_KOMMUNER, PUBLIC_PAYERS
from costbenefit.report import i18n

SIGN_CONVENTION = {
    "nb": "Fortegn: positive tall er gevinst for betaleren (innsparing eller inntekt), negative "
          "er kostnad.",
    "en": "Sign: positive numbers are a gain for the payer (savings or income), negative are "
          "a cost.",
}
_NAMES = {
    "nb": {"kommune": "kommunen", "fylkeskommune": "fylkeskommunen", "stat": "staten",
           OTHER_KOMMUNER: "resten av kommunesektoren"},
    "en": {"kommune": "the municipality", "fylkeskommune": "the county", "stat": "the state",
           OTHER_KOMMUNER: "the rest of the local-government sector"},
}
_PAYS = {"nb": "{who} betaler {amount} mer enn den sparer",
         "en": "{who} pays {amount} more than it saves"}
_SAVES = {"nb": "{who} sparer {amount} netto", "en": "{who} saves {amount} net"}
_GETS = {"nb": "{who} får {amount} gjennom inntektsutjevningen",
         "en": "{who} gets {amount} through income equalisation"}
_TAIL = {"nb": " (nåverdi).", "en": " (present value)."}
_NONE = {"nb": "Tiltaket endrer ingen offentlige budsjetter.",
         "en": "The measure changes no public budget."}


def amount_text(amount: float) -> str:
    """``4,8 mill. kr`` from a million up, ``48 000 kr`` below; without the sign."""
    size = abs(amount)
    if size >= 1e6:
        return f"{i18n.number(size / 1e6, 1)} mill. kr"
    return i18n.kr(size)


def who_pays_sentence(npv: Mapping[str, float], lang: str = "nb") -> str:
    """«Kommunen betaler 4,4 mill. kr mer enn den sparer; staten sparer 10,5 mill. kr
    netto; …» from the NPV per public payer (payers within half a krone of 0 are left out)."""
    parts = []
    for payer in PUBLIC_PAYERS:
        value = npv.get(payer, 0.0)
        if abs(value) < 0.5:
            continue
        template = (_PAYS if value < 0 else _GETS if payer == OTHER_KOMMUNER else _SAVES)[lang]
        parts.append(template.format(who=_NAMES[lang][payer], amount=amount_text(value)))
    if not parts:
        return _NONE[lang]
    text = "; ".join(parts) + _TAIL[lang]
    return text[0].upper() + text[1:]
