"""The kommune's own accounts: its ledger line split by KOSTRA function and grouped into
its tjenesteområder, so the finance office sees which sector pays for a measure and which
receives the gains (*tverrgående budsjett*), and how much of the gains would have to move
for the paying sector to break even (*gevinstdeling*).

The split is exact: the lines of one success (``Prepared.kommune_lines``) go through the
same cohort sum and real wage growth as the ledger (:func:`~.kernel.cohort_sum`), and the
measure's kommune cost is booked on the function the scenario names, so the lines sum to
the kommune's row of the ledger in every year. Pure: no files, no printing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.kernel import KernelInputs, cohort_sum, measure_amounts
from costbenefit.model.prepare import Prepared
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import CATEGORIES, CATEGORY_INDEX, PAYER_INDEX
from costbenefit.parameters.kostra import Sector

NOT_GIVEN = ""  # the measure's KOSTRA function when the scenario does not name one
UNPLACED = Sector("tiltaket", "Tiltaket (uten KOSTRA-funksjon)", (NOT_GIVEN,))
NOT_GIVEN_WARNING = (
    "Tiltakets KOSTRA-funksjon mangler (intervention.kostra_function), så kommunens "
    "kostnad står som «{label}» i det tverrgående budsjettet. Oppgi funksjonen, f.eks. 273 "
    "for arbeidsrettede tiltak, for å se hvilken sektor som betaler.")


@dataclass(frozen=True)
class KommuneAccounts:
    """The kommune's flows by year, category and KOSTRA function, undiscounted."""

    functions: tuple[str, ...]  # KOSTRA codes; NOT_GIVEN for a measure without one
    amount: np.ndarray  # (T, categories, functions)
    sectors: tuple[Sector, ...]  # the kommune's tjenesteområder (and UNPLACED if needed)
    # for the workbook's live formulas: one success (effect profile included) and a
    # reform per participant, by years since the start, (K, categories, functions)
    per_success: np.ndarray
    reform_per_participant: np.ndarray | None

    def sector_of(self, code: str) -> Sector:
        return next(s for s in self.sectors if code in s.functions)

    def by_sector(self, lines: np.ndarray | None = None) -> np.ndarray:
        """``[T, sector]``: every function's flows (`amount`, or other `lines` shaped
        ``[…, categories, functions]``) added up in its sector."""
        by_fn = (self.amount if lines is None else lines).sum(axis=-2)
        out = np.zeros((*by_fn.shape[:-1], len(self.sectors)))
        for j, code in enumerate(self.functions[: by_fn.shape[-1]]):
            out[..., self.sectors.index(self.sector_of(code))] += by_fn[..., j]
        return out


def measure_lines(scenario: Scenario, inputs: KernelInputs, functions: tuple[str, ...]
                  ) -> tuple[tuple[str, ...], np.ndarray]:
    """The kommune's share of the measure's cost (per participant and fixed) on the
    measure's function, ``[T, functions]``; NOT_GIVEN is appended to the functions when
    the scenario names none."""
    code = scenario.intervention.kostra_function
    if code is not None and code not in functions:
        raise InputError(f"ukjent KOSTRA-funksjon '{code}'. Bruk en av {', '.join(functions)}",
                         field="intervention.kostra_function")
    fns = functions if code is not None else (*functions, NOT_GIVEN)
    out = np.zeros((scenario.horizon_years, len(fns)))
    years, amounts = measure_amounts(scenario, inputs)
    out[years, fns.index(code or NOT_GIVEN)] = amounts[0, :, PAYER_INDEX["kommune"]]
    return fns, out


def kommune_accounts(scenario: Scenario, prep: Prepared, inputs: KernelInputs,
                     effect: np.ndarray, sectors: tuple[Sector, ...]) -> KommuneAccounts:
    """The kommune's ledger row by category and function (one draw, `effect` ``[1, K]``
    from :func:`~.kernel.effect_profile`)."""
    per_success = effect[:, :, None, None] * prep.kommune_lines
    lines = cohort_sum(scenario, inputs, per_success, prep.reform_lines)[0]
    lines *= prep.growth[:, None, None]
    fns, measure = measure_lines(scenario, inputs, prep.functions)
    amount = np.zeros((scenario.horizon_years, len(CATEGORIES), len(fns)))
    amount[..., : len(prep.functions)] = lines
    amount[:, CATEGORY_INDEX["measure"]] += measure
    if NOT_GIVEN in fns:
        sectors = (*sectors, UNPLACED)
    return KommuneAccounts(functions=fns, amount=amount, sectors=sectors,
                           per_success=per_success[0], reform_per_participant=prep.reform_lines)


@dataclass(frozen=True)
class GainSharing:
    """*Gevinstdeling*: the share of every gaining sector's gains that, moved to the
    sectors that lose (in proportion to their loss), makes them break even in present
    value. ``share > 1`` means the kommune as a whole does not break even: all gains
    moved still leave a loss. ``transfers[t, sector]`` is what moves in year t
    (undiscounted; + received, − given), at ``min(share, 1)``."""

    share: float | None  # None: no sector loses, or none gains
    paying: tuple[str, ...]  # sector ids with a negative present value
    gaining: tuple[str, ...]
    transfers: np.ndarray  # (T, sectors)


def gain_sharing(accounts: KommuneAccounts, discount_factors: np.ndarray) -> GainSharing:
    by_year = accounts.by_sector()
    npv = discount_factors @ by_year
    paying, gaining = npv < -1e-9, npv > 1e-9
    ids = ([s.id for s, p in zip(accounts.sectors, paying, strict=True) if p],
           [s.id for s, g in zip(accounts.sectors, gaining, strict=True) if g])
    transfers = np.zeros_like(by_year)
    if not paying.any() or not gaining.any():
        return GainSharing(None, tuple(ids[0]), tuple(ids[1]), transfers)
    loss, gain = -npv[paying].sum(), npv[gaining].sum()
    share = float(loss / gain)
    moved = min(share, 1.0) * by_year[:, gaining]  # each gaining sector, by year
    transfers[:, gaining] -= moved
    transfers[:, paying] += moved.sum(axis=1)[:, None] * (-npv[paying] / loss)[None, :]
    return GainSharing(share, tuple(ids[0]), tuple(ids[1]), transfers)
