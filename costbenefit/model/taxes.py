"""Tax on a personal income (wage or taxable benefit), split by who receives it.

Simplified Norwegian rules for one person with no other income or deductions:
minstefradrag and personfradrag, 22 % tax on alminnelig inntekt split by skattøre
(kommune, fylkeskommune, fellesskatt to the state), trinnskatt and trygdeavgift (state).
Taxable benefits (AAP, dagpenger, uføretrygd) are taxed as wages here: a labelled
simplification (uføretrygd has its own trygdeavgift rate and deductions).

The inntektsutjevning then takes back part of the kommune's and the fylkeskommune's share
of every extra krone of income tax and moves it to the rest of the kommune sector
(:class:`Equalisation`): the kommune keeps ``1 − 0.60`` of it above the compensation
threshold, less below it. The public total is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.structure import OTHER_KOMMUNER
from costbenefit.parameters.dated_view import ParamView

EQUALISATION = "kommune_sector.income_equalisation"
TAX_LEVEL = "kommune_sector.tax_level"


@dataclass(frozen=True)
class Equalisation:
    """The share of an extra krone of the kommune's (fylkeskommune's) income tax that the
    inntektsutjevning moves to the rest of the kommune sector.

    A kommune's equalisation grant is ``symmetric × (average − own)`` per inhabitant plus,
    below ``threshold × average``, ``supplementary × (threshold × average − own)``; one more
    krone of own tax lowers the grant by ``symmetric`` (and ``supplementary`` below the
    threshold). The change in the national average from one person is ignored (about
    1/N), and the supplementary compensation's per-inhabitant financing does not depend
    on the kommune's own tax, so it does not change the marginal share.
    """

    kommune: float
    fylkeskommune: float

    @classmethod
    def from_params(cls, view: ParamView, enabled: bool = True) -> Equalisation:
        if not enabled:
            return cls(0.0, 0.0)
        k = f"{EQUALISATION}.kommune"
        share = view.number(f"{k}.symmetric_rate")
        if view.number(TAX_LEVEL) < view.number(f"{k}.supplementary_threshold"):
            share += view.number(f"{k}.supplementary_rate")
        if share > 1.0:
            raise InputError(
                f"utjevningssatsene summerer til {share:g} (over 1): kommunen ville tapt mer "
                "enn hele skatten. Sjekk symmetric_rate og supplementary_rate",
                source=f"{k}.supplementary_rate")
        return cls(share, view.number(f"{EQUALISATION}.fylkeskommune.symmetric_rate"))

    def moved(self, parts: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """What the equalisation books on income tax `parts` (by receiver), by payer."""
        k = self.kommune * parts["kommune"]
        f = self.fylkeskommune * parts["fylkeskommune"]
        return {"kommune": -k, "fylkeskommune": -f, OTHER_KOMMUNER: k + f}


@dataclass(frozen=True)
class TaxRules:
    skattore_kommune: float
    skattore_fylkeskommune: float
    fellesskatt: float
    personfradrag: float
    minstefradrag_rate: float
    minstefradrag_max: float
    trinnskatt: tuple[tuple[float, float], ...]  # (threshold, rate), ascending
    trygdeavgift_rate: float
    trygdeavgift_lower_limit: float
    trygdeavgift_phase_in: float
    arbeidsgiveravgift: float
    equalisation: Equalisation

    @classmethod
    def from_params(cls, view: ParamView, equalise: bool = True) -> TaxRules:
        brackets = view.plain("taxes.income.trinnskatt")
        factor = view.money_factor("taxes.income.trinnskatt")
        try:
            steps = tuple(
                sorted((float(b["threshold"]) * factor, float(b["rate"])) for b in brackets)
            )
        except (TypeError, KeyError) as exc:
            raise InputError(
                "trinnskatt må være en liste med {threshold, rate}",
                source="taxes.income.trinnskatt",
            ) from exc
        return cls(
            skattore_kommune=view.number("taxes.income.skattore_kommune"),
            skattore_fylkeskommune=view.number("taxes.income.skattore_fylkeskommune"),
            fellesskatt=view.number("taxes.income.fellesskatt"),
            personfradrag=view.money("taxes.income.personfradrag"),
            minstefradrag_rate=view.number("taxes.income.minstefradrag_rate"),
            minstefradrag_max=view.money("taxes.income.minstefradrag_max"),
            trinnskatt=steps,
            trygdeavgift_rate=view.number("taxes.trygdeavgift.rate_wage"),
            trygdeavgift_lower_limit=view.money("taxes.trygdeavgift.lower_limit"),
            trygdeavgift_phase_in=view.number("taxes.trygdeavgift.phase_in_rate"),
            arbeidsgiveravgift=view.number("taxes.arbeidsgiveravgift.zone_1"),
            equalisation=Equalisation.from_params(view, equalise),
        )

    def bookings(self, income: np.ndarray | float
                 ) -> list[tuple[str, str, np.ndarray]]:
        """The tax on `income` as (payer, category, amount): each receiver's tax, the
        person's tax paid, and the inntektsutjevning of the kommune sector's share."""
        parts = self.split(income)
        out = [(payer, "taxes", amount) for payer, amount in parts.items()]
        out.append(("person", "taxes", -sum(parts.values())))
        out += [(payer, "income_equalisation", amount)
                for payer, amount in self.equalisation.moved(parts).items()]
        return out

    def split(self, income: np.ndarray | float) -> dict[str, np.ndarray]:
        """Income tax on `income` (kr/yr) by receiver: kommune, fylkeskommune, stat."""
        x = np.maximum(np.asarray(income, dtype=float), 0.0)
        minstefradrag = np.minimum(self.minstefradrag_rate * x, self.minstefradrag_max)
        alminnelig = np.maximum(x - minstefradrag - self.personfradrag, 0.0)
        trinn = np.zeros_like(x)
        for i, (lower, rate) in enumerate(self.trinnskatt):
            upper = self.trinnskatt[i + 1][0] if i + 1 < len(self.trinnskatt) else np.inf
            trinn += rate * np.clip(np.minimum(x, upper) - lower, 0.0, None)
        over = x - self.trygdeavgift_lower_limit
        capped = np.minimum(self.trygdeavgift_rate * x, self.trygdeavgift_phase_in * over)
        trygd = np.where(over <= 0, 0.0, capped)
        return {
            "kommune": self.skattore_kommune * alminnelig,
            "fylkeskommune": self.skattore_fylkeskommune * alminnelig,
            "stat": self.fellesskatt * alminnelig + trinn + trygd,
        }
