"""The shipped parameter library 2026.2: every file complete, derived numbers right."""

from __future__ import annotations

import datetime as dt

import pytest

from costbenefit.model.lifecourse import REFERENCE_GROUP, load_trajectory, target_groups
from costbenefit.model.unit_flows import SERVICE_USE, group_service_name
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.schema import Confidence, is_money_unit

RULES_2025 = dt.date(2025, 7, 1)
KS_GROUPS = {
    "vgs_dropout", "low_income_immigrant_children", "low_income_benefit_parents_children",
    "parents_mental_illness_children", "barnevern_home_children", "behavioural_disorders",
    "anxiety_depression",
}
EXAMPLE_GROUPS = {"neet_18_29", "aap_18_29", "young_disability_18_29",
                  "long_term_social_assistance_18_29"}


@pytest.fixture(scope="module")
def view(pset) -> ParamView:
    return ParamView(pset, RULES_2025, kpi_index(pset))


def test_every_money_value_has_a_price_year(pset) -> None:
    money = [p for p in pset.parameters.values() if is_money_unit(p.unit)]
    assert len(money) > 20
    for p in money:
        assert p.price_year is not None, p.name
        for date in p.values:
            assert isinstance(p.price_year_at(date), int), p.name


def test_every_reference_has_title_and_web_address(pset) -> None:
    for p in pset.parameters.values():
        refs = list(p.reference) + [r for v in p.values.values() for r in (v.reference or [])]
        for ref in refs:
            assert len(ref.title) >= 3, p.name
            assert str(ref.href).startswith(("http://", "https://")), p.name


def test_derived_and_assumed_values_explain_themselves(pset) -> None:
    """`derived`, `estimate` and `assumption` need the working or the reason in a note."""
    for p in pset.parameters.values():
        for v in p.values.values():
            tag = v.confidence or p.confidence
            if tag in (Confidence.derived, Confidence.estimate, Confidence.assumption):
                assert (v.note or p.note), p.name


def test_the_library_holds_every_group_the_issue_names(pset) -> None:
    assert set(target_groups(pset)) == KS_GROUPS | EXAMPLE_GROUPS
    for group in KS_GROUPS - {"vgs_dropout"} | EXAMPLE_GROUPS - {"aap_18_29"}:
        traj = pset.get(f"target_groups.{group}.trajectory")
        assert traj.confidence is Confidence.assumption
        assert traj.note and "forutsetning" in traj.note.lower()


def test_trajectories_cover_working_life_and_start_where_the_reference_does(pset, view) -> None:
    ref = load_trajectory(view, REFERENCE_GROUP)
    assert ref.covered_ages() == (6, 66)
    for group in target_groups(pset):
        lo, hi = load_trajectory(view, group).covered_ages()
        assert hi == 66 and lo >= ref.covered_ages()[0], group


def test_children_under_16_are_in_grunnskole(pset, view) -> None:
    ref = load_trajectory(view, REFERENCE_GROUP)
    assert ref.occupancy[6:16, 0].tolist() == [1.0] * 10  # state 0 = in_education
    uses = view.plain(SERVICE_USE)["in_education"]
    assert {"service": "services.grunnskole_per_pupil", "ages": "6-15", "quantity": 1.0} in uses


def test_every_service_used_exists_with_payer_and_price_year(pset, view) -> None:
    uses = [u for state_uses in view.plain(SERVICE_USE).values() for u in state_uses]
    for group in target_groups(pset):
        if group_service_name(group) in pset.parameters:
            uses += view.plain(group_service_name(group))
    assert len(uses) >= 15
    for use in uses:
        service = pset.get(use["service"])
        assert service.payer is not None and service.price_year is not None, service.name


def test_benefits_carry_their_payer(pset) -> None:
    for name in pset.names("benefits."):
        p = pset.get(name)
        if p.unit == "G" or is_money_unit(p.unit):
            assert p.payer is not None, name


def test_aap_minimum_2025_in_kroner(view) -> None:
    g = view.money("macro.grunnbelop")
    assert g == 130_160
    # 2,041 × 130 160 = 265 656,56; under 25 år: 2/3 av det = 177 104,37
    full = view.number("benefits.aap.minimum_factor") * g
    assert full == pytest.approx(2.041 * 130_160) == pytest.approx(265_656.56)
    young = view.number("benefits.aap.young_minimum_share") * full
    assert young == pytest.approx(265_656.56 * 2 / 3, abs=0.01)


def test_uforetrygd_minimums_2025_in_kroner(view) -> None:
    g = 130_160
    assert view.number("benefits.uforetrygd.minimum_single_factor") * g == pytest.approx(
        329_174.64)  # 2,529 × 130 160
    assert view.number("benefits.uforetrygd.minimum_couple_factor") * g == pytest.approx(
        303_142.64)  # 2,329 × 130 160
    assert view.number("benefits.uforetrygd.young_minimum_single_factor") * g == pytest.approx(
        385_143.44)  # 2,959 × 130 160 (faktoren er en forutsetning)


def test_barnevern_institution_split_adds_up(view) -> None:
    # stat 3 640 130 + kommune 2 040 000 = 15 562 kr/døgn × 365 = 5 680 130 (2022-kroner)
    state = view.pset.get("services.barnevern.institution_state_per_year").at(RULES_2025)
    kommune = view.pset.get("services.barnevern.institution_kommune_per_year").at(RULES_2025)
    day = view.pset.get("services.barnevern.institution_day").at(RULES_2025)
    assert state + kommune == day * 365 == 5_680_130


def test_trondheim_statistics_as_the_reference_gives_them(pset) -> None:
    assert pset.value("trondheim.population", dt.date(2024, 1, 1)) == 214_565
    assert pset.value("trondheim.population_0_20", dt.date(2024, 1, 1)) == 48_135
    assert pset.value("trondheim.neet_count_15_29", dt.date(2021, 6, 1)) == 3_900
    assert pset.value("trondheim.children_low_income_share", dt.date(2022, 6, 1)) == 0.086
    completion = pset.value("trondheim.vgs_completion", dt.date(2022, 6, 1))
    assert completion["cohort_2012"] == 0.83
    assert pset.value("trondheim.young_disability_share_18_29", dt.date(2022, 6, 1)) == 0.018
