"""The kommune's own accounts: inntektsutjevning by hand, the public total unchanged by it,
the cross-sector rows summing to the kommune's NPV, every kommune row on a valid KOSTRA
function, and the gevinstdeling making the paying sector break even."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.structure import CATEGORY_INDEX, PAYER_INDEX, PUBLIC_PAYERS
from costbenefit.model.taxes import TAX_LEVEL, TaxRules
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.kostra import kostra_functions
from costbenefit.report.as_json import to_json_dict
from tests.conftest import shipped_set

ROOT = Path(__file__).resolve().parents[2]
PROFILE_EXAMPLES = sorted(p for p in (ROOT / "examples").rglob("*.yaml")
                          if "programmes" not in p.parts and "markov" not in p.name)


def kommune_net(pset, year: int, level: float, extra: float = 100_000.0) -> tuple[float, float]:
    """What the kommune and the rest of the sector get from `extra` kroner more income for a
    resident whose minstefradrag is already at its maximum (income 600 000 kr)."""
    pset = pset.with_overrides({TAX_LEVEL: level})
    view = ParamView(pset, dt.date(year, 7, 1), kpi_index(pset))
    tax = TaxRules.from_params(view)

    def booked(income: float) -> dict[tuple[str, str], float]:
        return {(p, c): float(a) for p, c, a in tax.bookings(income)}

    base, more = booked(600_000.0), booked(600_000.0 + extra)
    kommune = sum(more[k] - base[k] for k in more if k[0] == "kommune")
    other = sum(more[k] - base[k] for k in more if k[0] == "andre_kommuner")
    return kommune, other


def test_average_kommune_keeps_40_percent_of_its_share(pset) -> None:
    # at the national average: skattøre (10,95 % in 2024) × 100 000 × (1 − 0,60)
    kommune, other = kommune_net(pset, 2024, 1.0)
    assert kommune == pytest.approx(0.1095 * 100_000 * 0.40, abs=1e-6)
    # the rest of the sector: 60 % of the kommune's share and 87,5 % of the county's (2,4 %…)
    fylke = pset.get("taxes.income.skattore_fylkeskommune").at(dt.date(2024, 7, 1))
    assert other == pytest.approx((0.1095 * 0.60 + fylke * 0.875) * 100_000, abs=1e-6)


def test_below_the_threshold_the_supplement_applies(pset) -> None:
    # 2024: threshold 90 %: at 85 % the kommune keeps 1 − 0,60 − 0,35 = 5 %
    assert kommune_net(pset, 2024, 0.85)[0] == pytest.approx(0.1095 * 100_000 * 0.05)
    assert kommune_net(pset, 2024, 0.93)[0] == pytest.approx(0.1095 * 100_000 * 0.40)
    # 2025: threshold 95 % (unverified): 93 % is below it, 97 % above
    share = pset.get("taxes.income.skattore_kommune").at(dt.date(2025, 7, 1))
    assert kommune_net(pset, 2025, 0.93)[0] == pytest.approx(share * 100_000 * 0.05)
    assert kommune_net(pset, 2025, 0.97)[0] == pytest.approx(share * 100_000 * 0.40)


def test_ips_kommune_keeps_the_rule_share_of_its_tax(pset) -> None:
    result = evaluate(load_scenario(ROOT / "examples" / "ips_ung_illustrasjon.yaml"), pset)
    disc = result.ledger.discounted[:, PAYER_INDEX["kommune"]]
    tax, moved = disc[:, CATEGORY_INDEX["taxes"]].sum(), disc[:, CATEGORY_INDEX[
        "income_equalisation"]].sum()
    assert tax > 0 and (tax + moved) / tax == pytest.approx(0.40)


@pytest.mark.parametrize("path", PROFILE_EXAMPLES, ids=lambda p: p.name)
def test_equalisation_moves_money_but_not_the_public_total(pset, path: Path) -> None:
    on = load_scenario(path)
    off = on.model_copy(update={"kommune": on.kommune.model_copy(
        update={"income_equalisation": False})})
    a, b = evaluate(on, pset), evaluate(off, pset)
    assert a.budget.npv["public_total"] == pytest.approx(b.budget.npv["public_total"],
                                                         rel=1e-12, abs=1e-6)
    eq = CATEGORY_INDEX["income_equalisation"]
    assert not b.ledger.amount[..., eq].any()
    assert a.ledger.amount[..., eq].sum() == pytest.approx(0.0, abs=1e-6)


@pytest.mark.parametrize("path", PROFILE_EXAMPLES, ids=lambda p: p.name)
def test_sector_rows_sum_to_the_kommune(pset, path: Path) -> None:
    result = evaluate(load_scenario(path), pset)
    data = to_json_dict(result, pset)
    rows = data["kommune_sectors"]
    assert sum(r["discounted"] for r in rows) == pytest.approx(
        data["budget"]["kommune"]["npv"], rel=1e-9, abs=1e-6)
    known = kostra_functions(pset)
    assert all(r["kostra_function"] in known for r in rows)  # every example names its own
    by_year = result.kommune.amount.sum(axis=(1, 2))
    np.testing.assert_allclose(by_year, result.ledger.amount[:, PAYER_INDEX["kommune"]].sum(1),
                               rtol=1e-12, atol=1e-6)
    plan = data["kommune"]["okonomiplan"]
    assert len(plan["years"]) == 4 and set(plan["by_payer"]) == set(PUBLIC_PAYERS)


@settings(max_examples=25, deadline=None)
@given(cost=st.floats(0, 400_000), rate=st.floats(0.05, 0.6), n=st.integers(1, 500))
def test_gain_sharing_makes_the_paying_sector_break_even(cost: float, rate: float,
                                                         n: int) -> None:
    pset = shipped_set()
    sc = load_scenario(ROOT / "examples" / "ips_ung_illustrasjon.yaml")
    iv = sc.intervention.model_copy(update={
        "cost_per_participant_year": sc.intervention.cost_per_participant_year.model_copy(
            update={"kommune": cost}),
        "cohorts": [sc.intervention.cohorts[0].model_copy(update={"participants": n})]})
    result = evaluate(sc.model_copy(update={"intervention": iv}), pset)
    gs, acc = result.gain_sharing, result.kommune
    df = result.ledger.discount_factors
    npv = df @ acc.by_sector()
    after = df @ (acc.by_sector() + gs.transfers)
    ids = [s.id for s in acc.sectors]
    assert after.sum() == pytest.approx(npv.sum(), rel=1e-9, abs=1e-3)  # moved, not made
    if gs.share is not None and gs.share <= 1:
        for sid in gs.paying:
            assert after[ids.index(sid)] == pytest.approx(0.0, abs=1e-3 * max(1, abs(npv).max()))
