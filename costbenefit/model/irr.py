"""Internal rate of return, only where it is unique.

A cash flow whose sign changes exactly once has exactly one IRR above -100 % (Descartes'
rule of signs on the polynomial in 1/(1+r)); any other flow has none or several, and we
say so instead of picking one (numpy-financial returns the root nearest zero, which can
be -77 % for a flow whose sensible IRR is 185 %). The root is found by Brent's method
on an explicit bracket.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MAX_BRACKET_STEPS = 200


@dataclass(frozen=True)
class Irr:
    rate: float | None
    sign_changes: int
    reason: str  # Norwegian; empty when defined


def sign_changes(flows: np.ndarray) -> int:
    signs = np.sign(np.asarray(flows, dtype=float))
    signs = signs[signs != 0]
    return int((signs[1:] != signs[:-1]).sum())


def irr(flows: np.ndarray) -> Irr:
    """IRR of yearly flows (year 0 first), or why it is undefined."""
    from scipy.optimize import brentq

    c = np.asarray(flows, dtype=float)
    changes = sign_changes(c)
    if changes != 1:
        why = ("kontantstrømmen skifter aldri fortegn" if changes == 0 else
               f"kontantstrømmen skifter fortegn {changes} ganger, så internrenten er ikke entydig")
        return Irr(None, changes, f"Internrenten er udefinert: {why}.")
    t = np.arange(len(c))

    def npv_at(x: float) -> float:  # x = 1 / (1 + r) > 0
        return float(np.sum(c * x**t))

    lo, hi = 1e-9, 1.0
    for _ in range(MAX_BRACKET_STEPS):
        if np.sign(npv_at(lo)) != np.sign(npv_at(hi)):
            break
        hi *= 2.0
    else:
        return Irr(None, changes, "Internrenten er udefinert: fant ingen løsning.")
    x = brentq(npv_at, lo, hi, xtol=1e-15, rtol=1e-14, maxiter=500)
    return Irr(1.0 / x - 1.0, changes, "")
