"""Outcomes of a ledger per draw: NPV per payer, for the public sector, and more by name.

An outcome is a function of the kernel's *discounted* ledger amounts
``[draw, year, payer, category]`` that returns one number per draw. Monte Carlo,
tornado and switching values select outcomes by name, so a view added later (the
societal NPV) plugs in with ``register_outcome("societal", label, fn)``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from costbenefit.structure import PAYER_INDEX, PAYER_LABELS_NB, PUBLIC_PAYERS

OutcomeFn = Callable[[np.ndarray], np.ndarray]


def payer_npv(payers: tuple[str, ...]) -> OutcomeFn:
    """NPV for a group of payers, summed in the same order as ``Ledger.npv``."""
    index = [PAYER_INDEX[p] for p in payers]

    def npv(discounted: np.ndarray) -> np.ndarray:
        return discounted[:, :, index, :].sum(axis=(2, 3)).sum(axis=1)

    return npv


OUTCOMES: dict[str, OutcomeFn] = {
    "public_total": payer_npv(PUBLIC_PAYERS),
    **{p: payer_npv((p,)) for p in PUBLIC_PAYERS},
    "societal": payer_npv(("society",)),
}
OUTCOME_LABELS_NB: dict[str, str] = {
    "public_total": "Offentlig sum (nåverdi)",
    **{p: f"{PAYER_LABELS_NB[p]} (nåverdi)" for p in PUBLIC_PAYERS},
    "societal": "Samfunnsøkonomisk netto nåverdi",
}


def register_outcome(name: str, label_nb: str, fn: OutcomeFn) -> None:
    """Add an outcome (e.g. ``societal``) that every uncertainty analysis then offers."""
    OUTCOMES[name] = fn
    OUTCOME_LABELS_NB[name] = label_nb


def outcome_names() -> tuple[str, ...]:
    return tuple(OUTCOMES)
