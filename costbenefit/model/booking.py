"""Booking flows: by payer and category for every payer, and for the kommune also by
KOSTRA function, so a gain can be followed to the sector in the kommune that receives it.

``Book.flows[..., payer, category]`` is what the ledger reads; ``Book.lines[..., category,
function]`` splits the kommune's part of it, so ``lines.sum(-1) == flows[..., kommune, :]``
always. Income tax goes on function 800 and its inntektsutjevning on 840; a kommune
benefit or service on the function its parameter file names.
"""

from __future__ import annotations

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.structure import CATEGORIES, CATEGORY_INDEX, PAYER_INDEX, PAYERS
from costbenefit.model.taxes import TaxRules

KOSTRA_TAX = "800"  # Skatt på inntekt og formue
KOSTRA_EQUALISATION = "840"  # Statlig rammetilskudd og inntektsutjevning
KOSTRA_OF_CATEGORY = {"taxes": KOSTRA_TAX, "income_equalisation": KOSTRA_EQUALISATION}


class Book:
    """Flows with a leading shape ``(ages, …)`` and the kommune's lines; `at` indexes the
    axes after ages (``(state,)`` for unit flows, ``()`` for a group's own services)."""

    def __init__(self, lead: tuple[int, ...], functions: tuple[str, ...]) -> None:
        self.functions = functions
        self.index = {f: i for i, f in enumerate(functions)}
        self.flows = np.zeros((*lead, len(PAYERS), len(CATEGORIES)))
        self.lines = np.zeros((*lead, len(CATEGORIES), len(functions)))

    def add(self, at: tuple, payer: str, category: str, amount: np.ndarray,
            function: str | None = None, source: str | None = None) -> None:
        """Add `amount` (one value per age) at `at`."""
        c = CATEGORY_INDEX[category]
        self.flows[(slice(None), *at, PAYER_INDEX[payer], c)] += amount
        if payer != "kommune":
            return
        code = function or KOSTRA_OF_CATEGORY.get(category)
        if code not in self.index:
            raise InputError(
                f"kommunal strøm uten kjent KOSTRA-funksjon ('{code}'). Oppgi "
                "`kostra_function` i parameterfilen, med en kode fra "
                "kommune_sector.kostra_functions", source=source, field="kostra_function")
        self.lines[(slice(None), *at, c, self.index[code])] += amount

    def taxed(self, at: tuple, income: np.ndarray, tax: TaxRules) -> None:
        """The tax on `income` to its receivers and its equalisation (see TaxRules)."""
        for payer, category, amount in tax.bookings(income):
            self.add(at, payer, category, amount)

    def transfer(self, at: tuple, income: np.ndarray, payer: str,
                 function: str | None, source: str) -> None:
        """A benefit `income` (per age) from `payer` to the person."""
        self.add(at, payer, "transfers", -income, function, source)
        self.add(at, "person", "transfers", income)

    def scaled(self, factor: float) -> Book:
        self.flows *= factor
        self.lines *= factor
        return self
