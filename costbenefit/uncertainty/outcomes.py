"""Outcomes of a ledger per draw: NPV per payer, for the public sector, and more by name.

An outcome is a function of the kernel's *discounted* ledger amounts
``[draw, year, payer, category]`` that returns one number per draw. Monte Carlo,
tornado and switching values select outcomes by name, so a view added later (the
societal NPV) plugs in with ``register_outcome("societal", label, fn)``.

The built-in outcomes are NPVs of groups of payers (``PAYER_OUTCOMES``). Being linear in
the ledger, they have a faster path that never builds the ledger
(:func:`costbenefit.model.reduced.payer_npvs`, used by ``UncertainModel.outcomes`` while the
function under the name is still the built-in one). A registered outcome, or a built-in
name given a new function, always gets the full discounted ledger.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from costbenefit.model.structure import PAYER_INDEX, PAYER_LABELS_NB, PUBLIC_PAYERS

OutcomeFn = Callable[[np.ndarray], np.ndarray]


def payer_npv(payers: tuple[str, ...]) -> OutcomeFn:
    """NPV for a group of payers, summed in the same order as ``Ledger.npv``."""
    index = [PAYER_INDEX[p] for p in payers]

    def npv(discounted: np.ndarray) -> np.ndarray:
        return discounted[:, :, index, :].sum(axis=(2, 3)).sum(axis=1)

    return npv


PAYER_OUTCOMES: dict[str, tuple[str, ...]] = {
    "public_total": PUBLIC_PAYERS,
    **{p: (p,) for p in PUBLIC_PAYERS},
    "societal": ("society",),
}
BUILT_IN: dict[str, OutcomeFn] = {name: payer_npv(payers)
                                  for name, payers in PAYER_OUTCOMES.items()}
OUTCOMES: dict[str, OutcomeFn] = dict(BUILT_IN)
OUTCOME_LABELS_NB: dict[str, str] = {
    "public_total": "Offentlig sum (nåverdi)",
    **{p: f"{PAYER_LABELS_NB[p]} (nåverdi)" for p in PUBLIC_PAYERS},
    "societal": "Samfunnsøkonomisk netto nåverdi",
}


def register_outcome(name: str, label_nb: str, fn: OutcomeFn) -> None:
    """Add an outcome (e.g. ``societal``) that every uncertainty analysis then offers."""
    OUTCOMES[name] = fn
    OUTCOME_LABELS_NB[name] = label_nb


def payers_of(name: str) -> tuple[str, ...] | None:
    """The payers whose NPVs a built-in outcome sums, None for any other outcome."""
    fn = OUTCOMES[name]
    return PAYER_OUTCOMES[name] if BUILT_IN.get(name) is fn else None


def outcome_names() -> tuple[str, ...]:
    return tuple(OUTCOMES)
