"""Tax on a personal income (wage or taxable benefit), split by who receives it.

Simplified Norwegian rules for one person with no other income or deductions:
minstefradrag and personfradrag, 22 % tax on alminnelig inntekt split by skattøre
(kommune, fylkeskommune, fellesskatt to the state), trinnskatt and trygdeavgift (state).
Taxable benefits (AAP, dagpenger, uføretrygd) are taxed as wages here: a labelled
simplification (uføretrygd has its own trygdeavgift rate and deductions).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.errors import InputError
from costbenefit.parameters.dated_view import ParamView


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

    @classmethod
    def from_params(cls, view: ParamView) -> TaxRules:
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
        )

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
