"""Lifetime public cost per person of each target group, against the ranges the sources give.

All figures are in 2025-kroner, rules of 2025, public budgets only (kommune + fylkeskommune +
stat), reference-minus-baseline flows from the group's first age to 66, discounted with
R-109 from that age. KPI (2015 = 100): 2012 93,9; 2017 105,5; 2018 108,4; 2025 136,8 (est.).
"""

from __future__ import annotations

import pytest

from costbenefit.model.discounting import flat
from costbenefit.model.lifecourse import target_groups
from costbenefit.model.lifetime_cost import lifetime_public_cost

YEAR = 2025
MNOK = 1e6
KPI = {2012: 93.9, 2017: 105.5, 2018: 108.4, 2025: 136.8}
CHILD_GROUPS = ("low_income_immigrant_children", "low_income_benefit_parents_children",
                "parents_mental_illness_children", "barnevern_home_children",
                "behavioural_disorders", "anxiety_depression")


@pytest.fixture(scope="module")
def costs(pset):
    return {g: lifetime_public_cost(pset, g, price_year=YEAR) for g in target_groups(pset)}


def test_hand_computed_lifetime_cost(pset) -> None:
    """Group always on sosialhjelp (60 000 kr, 2023-kroner), reference outside everything:
    cost = 60 000 × KPI2023→2025 per year, ages 20–24 (5 years); flat 10 %."""
    simple = pset.with_overrides({
        "benefits.sosialhjelp.average_per_recipient": 60_000,
        "target_groups.neet_18_29.trajectory": {"20-66": {"social_assistance": 1.0}},
        "target_groups.reference_population.trajectory": {"20-66": {"neet": 1.0}},
    })
    c = lifetime_public_cost(simple, "neet_18_29", price_year=2025, end_age=24,
                             schedule=flat(0.10))
    per_year = 60_000 * 136.8 / 129.6
    assert c.start_age == 20
    assert c.undiscounted == pytest.approx(5 * per_year)
    assert c.present_value == pytest.approx(sum(per_year / 1.1**t for t in range(5)))
    assert c.by_payer == pytest.approx({"kommune": 5 * per_year, "fylkeskommune": 0,
                                        "stat": 0})


def test_vgs_dropout_matches_ks_30000_per_year(costs) -> None:
    """KS/Rambøll: a non-completer costs public budgets ≈30 000 kr more per year through adult
    life (≈2018-kroner) → 30 000 × 136,8/108,4 = 37 860 kr (2025); over 40 years ≈1,2 MNOK
    (2018) ≈ 1,51 MNOK (2025) undiscounted. The trajectory was scaled to land here (its note
    says so); we accept ±25 %."""
    c = costs["vgs_dropout"]
    ks_2025 = 30_000 * KPI[2025] / KPI[2018]
    assert c.average_per_year(20, 59) == pytest.approx(ks_2025, rel=0.25)
    forty_years = float(c.annual[20 - c.start_age : 60 - c.start_age].sum())
    assert forty_years == pytest.approx(40 * ks_2025, rel=0.25)


def test_young_disability_is_of_the_order_of_the_permanently_outside_figures(costs) -> None:
    """A person on uføretrygd for life. Sources: NAV ≈9 MNOK uføretrygd paid to a 25-year-old
    until retirement (2017-kroner, gross transfers, undiscounted); Falch 7,1 MNOK lost value
    creation (2012) and Vista ≈11 MNOK per person moved from uføretrygd to work: those are
    SOCIETAL present values, not budget figures. The budget cost must exceed the transfers
    alone (lost taxes come on top): 9 × 136,8/105,5 = 11,7 MNOK. Its present value lands in
    the 7–11 MNOK band: the budget loses only the tax share of production plus net
    transfers, so it is below the price-adjusted societal figures (Falch 7,1 × 136,8/93,9 =
    10,3 MNOK and higher); being in the band is a coincidence of the two effects."""
    c = costs["young_disability_18_29"]
    assert c.undiscounted > 9 * MNOK * KPI[2025] / KPI[2017]
    assert 7 * MNOK <= c.present_value <= 11 * MNOK


def test_aap_group_reflects_the_bragstad_transition_to_uforetrygd(costs) -> None:
    """Bragstad (2023): nearly 60 % of 18–19-year-olds granted AAP in 2012 were on uføretrygd
    within ten years (20–30 % for 20–29-year-olds). So an AAP recipient costs between 40 % and
    90 % of a young uføre over a working life (derived bound, not a source figure)."""
    ratio = costs["aap_18_29"].present_value / costs["young_disability_18_29"].present_value
    assert 0.4 <= ratio <= 0.9


def test_adult_groups_rank_between_dropout_and_permanent_disability(costs) -> None:
    """No source gives per-person figures for NEET or long-term sosialhjelp; Vista's
    marginalised youth (outside ≥3 years) is a societal figure. We check the ordering our
    assumptions imply: dropout < NEET < long-term sosialhjelp < AAP < young uføre."""
    order = ["vgs_dropout", "neet_18_29", "long_term_social_assistance_18_29", "aap_18_29",
             "young_disability_18_29"]
    pv = [costs[g].undiscounted for g in order]
    assert pv == sorted(pv)


@pytest.mark.parametrize("group", CHILD_GROUPS)
def test_children_groups_are_a_share_of_the_dropout_cost_plus_their_services(costs,
                                                                             group) -> None:
    """KS groups 2–7 have no per-person figure in the sources (the Rambøll documentation was
    not read). By construction their adult life is a share m < 1 of the dropout gap, so the
    extra adult cost per year lies between 0 and the KS 30 000 kr/yr (2025: 37 860); the total
    stays below Falch's 7,1 MNOK for a person who never works."""
    c = costs[group]
    ks_2025 = 30_000 * KPI[2025] / KPI[2018]
    assert 0 < c.average_per_year(20, 59) < ks_2025
    assert 0 < c.undiscounted < 7.1 * MNOK
    assert c.present_value > 0
