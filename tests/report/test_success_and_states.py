"""What a success is, in the text table (issue #13, items 2, 3 and 5): the outcome and the
study behind the effect with its optimism-bias correction, persons in the outcome with and
without the measure, the check that the study's difference is the model's, and the real wage
growth beside the price year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from costbenefit.cli.main import main
from costbenefit.files.scenarios import load_scenario, scenario_from_mapping
from costbenefit.model.engine import Result, evaluate
from costbenefit.model.outcomes import OUTCOME_LABELS_NB
from costbenefit.report import i18n, success, table
from costbenefit.report.texts_nb import MARKOV_STATES_NOTE, MARKOV_SUCCESS

ROOT = Path(__file__).resolve().parents[2]
IPS_STUDY = {
    "name": "IPS evidens",
    "target_group": "aap_18_29",
    "start_age": 22,
    "start_year": 2026,
    "price_year": 2024,
    "horizon_years": 45,
    "intervention": {
        "cohorts": [{"year": 2026, "participants": 100}],
        "cost_per_participant_year": {"kommune": 20000, "stat": 60000},
        "effect": "evidence.ips.reme_2019",
        "lag_years": 1,
    },
}


def scenario(changes: dict | None = None, **intervention) -> dict:
    """The IPS scenario of the issue, with changed fields (typed rates replace the study)."""
    data = {**IPS_STUDY, **(changes or {})}
    iv = {**IPS_STUDY["intervention"], **intervention}
    if "success_rate_with" in iv:
        iv.pop("effect")
    return {**data, "intervention": iv}


@pytest.fixture(scope="module")
def study(pset) -> Result:
    return evaluate(scenario_from_mapping(scenario(), "ips.yaml"), pset)


def block(text: str, head: str) -> list[str]:
    """The lines of one section of the table, from its heading to the next blank line."""
    lines = text.splitlines()
    start = lines.index(head)
    end = lines.index("", start)
    return lines[start:end]


def test_the_table_says_what_a_success_is_and_which_study_gives_the_effect(study) -> None:
    text = table.render(study, "AAP 18–29")
    lines = block(text, "HVA EN SUKSESS ER")
    joined = " ".join(line.strip() for line in lines)
    assert lines[1] == "  Hva en suksess er: i arbeid"
    assert "Studie: IPS (Reme mfl. 2019) – i arbeid etter 12 måneder (evidence.ips.reme_2019)" \
        in joined
    assert "Studiens utfall: i ordinært arbeid i registeret ved 12 måneder" in joined
    assert "Design: randomisert kontrollert forsøk (RCT), oppfølging 12 måneder" in joined
    assert ("Effekt: risikodifferanse 9,5 prosentpoeng (95 % KI 0,5–18,5), optimismekorreksjon "
            "10 % (evidensgrad 3) → 8,6 prosentpoeng brukt") in joined
    assert "Varighet: avskrivning 25 % per år, i inntil 5 år" in joined


def test_the_states_table_checks_the_study_against_the_model(study) -> None:
    text = table.render(study, "AAP 18–29")
    lines = block(text, "PERSONER I ARBEID MED OG UTEN TILTAKET")
    rows = [line.split() for line in lines[2:] if len(line.split()) == 4]
    years = [int(row[0]) for row in rows]
    assert years == [2026, 2027, 2028, 2029, 2030, 2036, 2046, 2056, 2066]  # 0–4, every 10th
    without, with_measure = success.outcome_persons(study, "employed")
    assert rows[1] == ["2027", i18n.number(without[1]), i18n.number(with_measure[1]),
                        success.signed(with_measure[1] - without[1])]
    joined = " ".join(line.strip() for line in lines)
    assert ("+9,5 prosentpoeng i arbeid i studien (8,6 etter optimismekorreksjonen) er +8,6 "
            "personer per 100 deltakere det første effektåret i modellen (2027).") in joined
    # 100 participants × 8,55 points: the first effect year holds the study's difference
    assert with_measure[1] - without[1] == pytest.approx(100 * 0.095 * 0.9)


@pytest.mark.parametrize(("outcome", "lag"), [("employed", 0), ("employed", 2),
                                              ("in_education", 1)])
def test_with_minus_without_in_the_outcome_equals_the_successes(pset, outcome, lag) -> None:
    """One cohort, no decay, effect for the whole period: in the first effect year the
    outcome holds exactly the extra successes, and none before it."""
    sc = scenario_from_mapping(scenario(
        success_outcome=outcome, success_rate_without=0.2, success_rate_with=0.3,
        attribution=0.8, lag_years=lag, cohorts=[{"year": 2026, "participants": 250}]),
        "enkel.yaml")
    result = evaluate(sc, pset)
    without, with_measure = success.outcome_persons(result, outcome)
    successes = 250 * (0.3 - 0.2) * 0.8
    assert with_measure[lag] - without[lag] == pytest.approx(successes, rel=1e-9)
    assert with_measure[:lag] - without[:lag] == pytest.approx(0, abs=1e-9)
    check = success.first_year_check(result)
    assert check is not None and check.year == 2026 + lag
    assert check.persons_per_100 == pytest.approx(100 * successes / 250)
    text = table.render(result, "AAP 18–29")
    assert (f"+10,0 prosentpoeng {OUTCOME_LABELS_NB[outcome]} (suksessrate med − uten) er "
            f"+8,0 personer per 100") in " ".join(text.split())
    assert f"Hva en suksess er: {OUTCOME_LABELS_NB[outcome]}" in text
    assert "Studie:" not in text  # typed rates: no study to name


def test_the_growth_line_names_the_rate_and_years_beside_the_price_year(study, pset) -> None:
    assert study.growth_rate > 0
    line = (f"Kroner i 2024-kroner; gevinstene vokser med reallønnsvekst "
            f"{i18n.percent(study.growth_rate)} per år fra 2024 til {study.growth_until}")
    text = table.render(study, "AAP 18–29")
    assert line in text.splitlines()
    assert text.splitlines().index(line) < text.splitlines().index(
        "BUDSJETTVIRKNING – bare offentlige budsjetter, ikke samfunnsøkonomisk lønnsomhet")
    flat = evaluate(scenario_from_mapping(scenario(
        {"parameter_overrides": {"macro.real_wage_growth": 0.0}}), "flat.yaml"), pset)
    assert ("Kroner i 2024-kroner; gevinstene vokser ikke med reallønnsvekst (0 %)"
            in table.render(flat, "AAP 18–29").splitlines())


def test_an_outcome_that_is_no_state_shows_persons_in_work(pset) -> None:
    result = evaluate(load_scenario(ROOT / "examples" / "tidlig_barnehage_brytepunkt.yaml"),
                      pset)
    text = " ".join(table.render(result, "gruppe").split())
    assert "Hva en suksess er: løftet til gjennomsnittspersonens livsløp (KS-metoden)" in text
    assert "PERSONER I ARBEID MED OG UTEN TILTAKET" in text
    assert "er ikke én tilstand i modellen, så tabellen viser personer i arbeid" in text
    assert success.first_year_check(result) is None and "per 100 deltakere" not in text


def test_markov_mode_shows_the_arms(pset) -> None:
    result = evaluate(load_scenario(ROOT / "examples" / "ips_ung_markov_illustrasjon.yaml"),
                      pset)
    text = " ".join(table.render(result, "gruppe").split())
    assert f"Hva en suksess er: {MARKOV_SUCCESS}" in text
    assert MARKOV_STATES_NOTE in text and "PERSONER I ARBEID MED OG UTEN TILTAKET" in text


def test_shown_years() -> None:
    assert success.shown_years(45) == [0, 1, 2, 3, 4, 10, 20, 30, 40]
    assert success.shown_years(3) == [0, 1, 2]


def test_monte_carlo_and_tornado_name_the_study_and_its_optimism_bias(capsys) -> None:
    """Issue #13: the optimism-bias correction is shown in every output, the uncertainty
    commands included (table and JSON)."""
    example = str(ROOT / "examples" / "ips_ung_usikkerhet.yaml")
    for command in (["montecarlo", example, "--draws", "200"], ["sensitivity", example]):
        assert main(command) == 0
        out = capsys.readouterr().out
        assert "evidence.ips.reme_2019" in out and "optimismekorreksjon 10 %" in out
        assert main([*command, "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["evidence"]["study"] == "evidence.ips.reme_2019"
        assert data["evidence"]["optimism_bias"] == pytest.approx(0.10)


def test_a_calibrated_markov_example_shows_the_study_and_the_model_levels(capsys) -> None:
    example = str(ROOT / "examples" / "ips_ung_markov_illustrasjon.yaml")
    assert main(["evaluate", example]) == 0
    out = capsys.readouterr().out
    assert "Kalibrert til studien: i arbeid etter 1 år uten tiltaket 27,1 % (studien 27,1 %)" in out
    assert main(["evaluate", example, "--format", "json"]) == 0
    cal = json.loads(capsys.readouterr().out)["markov_calibration"]
    assert cal["control_model"] == pytest.approx(cal["control_target"], abs=0.01)
    assert cal["treatment_model"] == pytest.approx(cal["treatment_target"], abs=0.01)
