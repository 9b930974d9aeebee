"""The ledger: one tidy table (year × payer × category) that every presenter reads."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.model.structure import CATEGORIES, PAYERS, PUBLIC_PAYERS


@dataclass(frozen=True)
class Ledger:
    """Undiscounted and discounted amounts, ``amount[t, payer, category]``, in NOK."""

    years: np.ndarray  # calendar years, shape (T,)
    amount: np.ndarray  # (T, n_payers, n_categories)
    discount_factors: np.ndarray  # (T,)

    @property
    def discounted(self) -> np.ndarray:
        return self.amount * self.discount_factors[:, None, None]

    def payer_index(self, payers: tuple[str, ...]) -> list[int]:
        return [PAYERS.index(p) for p in payers]

    def net_by_year(self, payers: tuple[str, ...] = PUBLIC_PAYERS,
                    discounted: bool = False) -> np.ndarray:
        table = self.discounted if discounted else self.amount
        return table[:, self.payer_index(payers), :].sum(axis=(1, 2))

    def npv(self, payers: tuple[str, ...]) -> float:
        return float(self.net_by_year(payers, discounted=True).sum())

    def rows(self) -> list[dict[str, object]]:
        """Non-zero rows as plain dicts: year, payer, category, amount, discounted."""
        disc = self.discounted
        t, p, c = np.nonzero(self.amount)
        return [
            {
                "year": int(self.years[i]),
                "payer": PAYERS[j],
                "category": CATEGORIES[k],
                "amount": float(self.amount[i, j, k]),
                "discounted": float(disc[i, j, k]),
            }
            for i, j, k in zip(t, p, c, strict=True)
        ]
