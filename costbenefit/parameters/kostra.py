"""KOSTRA functions and a kommune's tjenesteområder: where in the kommune's accounts a
flow lands, read from the parameter set.

``kommune_sector.kostra_functions`` lists the functions the set uses (code → name); every
kommune-paid parameter names its function (`kostra_function`); a kommune's mapping
``<kommune>.tjenesteomrader`` groups functions into the service areas its budget uses, so
a gain can be followed to the sector that receives it. The loader checks all three, so a
wrong code stops the load and names the file, the field and the fix. Pure: no files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from costbenefit.errors import InputError
from costbenefit.parameters.schema import Parameter, ParameterSet

FUNCTIONS = "kommune_sector.kostra_functions"
MAPPING_SUFFIX = ".tjenesteomrader"


@dataclass(frozen=True)
class Sector:
    """One tjenesteområde: its id, its label and the KOSTRA functions it holds."""

    id: str
    label: str
    functions: tuple[str, ...]


def _latest(p: Parameter) -> Any:
    return p.values[max(p.values)].value


def kostra_functions(pset: ParameterSet) -> dict[str, str]:
    """The KOSTRA functions of the set, code → name (the latest dated value)."""
    raw = _latest(pset.get(FUNCTIONS))
    if not isinstance(raw, dict) or not raw or not all(
            isinstance(k, str | int) and len(str(k)) == 3 and str(k).isdigit()
            and isinstance(v, str) for k, v in raw.items()):
        raise InputError("forventet KOSTRA-funksjoner som {'281': 'Ytelse til livsopphold'}, "
                         "med tresifret kode", source=FUNCTIONS)
    return {str(k): v for k, v in raw.items()}


def sectors(pset: ParameterSet, kommune: str) -> tuple[Sector, ...]:
    """The tjenesteområder of `kommune` (``<kommune>.tjenesteomrader``), checked."""
    name = kommune + MAPPING_SUFFIX
    if name not in pset.parameters:
        known = ", ".join(sorted(n.removesuffix(MAPPING_SUFFIX) for n in pset.parameters
                                 if n.endswith(MAPPING_SUFFIX)))
        raise InputError(f"fant ingen tjenesteområder for «{kommune}». Kjente: {known}",
                         field="kommune.sectors")
    return _parse_sectors(name, _latest(pset.get(name)), kostra_functions(pset))


def _parse_sectors(name: str, raw: Any, known: dict[str, str]) -> tuple[Sector, ...]:
    if not isinstance(raw, dict) or not raw:
        raise InputError("forventet tjenesteområder som {id: {label, functions: [...]}}",
                         source=name)
    out, seen = [], {}
    for sid, body in raw.items():
        if not isinstance(body, dict) or set(body) != {"label", "functions"} or not isinstance(
                body["functions"], list):
            raise InputError(f"tjenesteområdet '{sid}' trenger nøyaktig 'label' og "
                             "'functions' (en liste med KOSTRA-funksjoner)", source=name)
        codes = tuple(str(c) for c in body["functions"])
        for code in codes:
            if code not in known:
                raise InputError(
                    f"tjenesteområdet '{sid}' har ukjent KOSTRA-funksjon '{code}'. Bruk en "
                    f"av {', '.join(sorted(known))}, eller legg den til i {FUNCTIONS}",
                    source=name)
            if code in seen:
                raise InputError(f"KOSTRA-funksjon {code} står både i '{seen[code]}' og "
                                 f"'{sid}'; en funksjon hører til ett tjenesteområde",
                                 source=name)
            seen[code] = sid
        out.append(Sector(str(sid), str(body["label"]), codes))
    missing = sorted(set(known) - set(seen))
    if missing:
        raise InputError(f"KOSTRA-funksjon {', '.join(missing)} hører ikke til noe "
                         "tjenesteområde. Legg den til under ett av dem", source=name)
    return tuple(out)


def check_kostra(pset: ParameterSet) -> None:
    """Every kommune-paid parameter names a known function; every mapping is valid."""
    if FUNCTIONS not in pset.parameters:
        return
    known = kostra_functions(pset)
    for p in pset.parameters.values():
        if p.kostra_function is not None and p.kostra_function not in known:
            raise InputError(f"ukjent KOSTRA-funksjon '{p.kostra_function}'. Bruk en av "
                             f"{', '.join(sorted(known))}, eller legg den til i {FUNCTIONS}",
                             source=p.name, field="kostra_function")
        if p.payer is not None and p.payer.value == "kommune" and p.kostra_function is None:
            raise InputError("en kommunal strøm må ha `kostra_function` (tresifret KOSTRA-"
                             "funksjon, f.eks. 281 for økonomisk sosialhjelp)",
                             source=p.name, field="kostra_function")
        if p.name.endswith(MAPPING_SUFFIX):
            for entry in p.values.values():
                _parse_sectors(p.name, entry.value, known)
