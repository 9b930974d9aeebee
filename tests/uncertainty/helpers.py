"""A small scenario for the uncertainty tests, as a plain dict to vary."""

from __future__ import annotations

import copy
from typing import Any

from costbenefit.files.scenarios import scenario_from_mapping
from costbenefit.model.scenario import Scenario

BASE: dict[str, Any] = {
    "name": "usikkerhet",
    "target_group": "aap_18_29",
    "start_age": 22,
    "start_year": 2026,
    "price_year": 2024,
    "horizon_years": 45,
    "intervention": {
        "cohorts": [{"year": 2026, "participants": 40}, {"year": 2028, "participants": 25}],
        "duration_years": 2,
        "cost_per_participant_year": {"kommune": 30_000, "stat": 50_000},
        "fixed_costs": [{"year": 2027, "payer": "fylkeskommune", "amount": 250_000}],
        "success_rate_with": 0.45,
        "success_rate_without": 0.25,
        "lag_years": 1,
        "persistence_years": 15,
        "decay": 0.05,
    },
}


def make(uncertainty: dict[str, Any] | None = None, **intervention: Any) -> Scenario:
    raw = copy.deepcopy(BASE)
    raw["intervention"].update(intervention)
    if uncertainty is not None:
        raw["uncertainty"] = uncertainty
    return scenario_from_mapping(raw, "test")
