"""The evidence library: every shipped study loads as a checked record, and each malformed
study is refused with a Norwegian message that names the parameter, the field and the fix."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from costbenefit.errors import InputError
from costbenefit.model.lifecourse import target_groups
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.evidence import (
    EVIDENCE_PREFIX,
    OPTIMISM_BIAS,
    OUTCOMES,
    Effect,
    Persistence,
    Study,
    check_target_group,
    load_study,
    optimism_bias,
    risk_difference,
    studies,
)
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.parameters.schema import Confidence, ParameterSet

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "bad_evidence"
WHEN = dt.date(2025, 7, 1)
SHIPPED = {
    "evidence.ips.reme_2019", "evidence.ips.reme_2019_18m", "evidence.ips.seed_2020",
    "evidence.ips.rognli_2025_sud", "evidence.unginvest.dnv_gl_2014",
    "evidence.early_childhood.havnes_mogstad_2011",
}
# fixture -> (field the message must name, words it must contain)
BAD = {
    "no_ci.yaml": ("effect.ci_low", "oppgi konfidensintervallet"),
    "no_follow_up.yaml": ("follow_up_months", "oppfølgingstiden i måneder"),
    "ci_low_above_central.yaml": ("effect.ci_low", "ci_low ≤ central ≤ ci_high"),
    "unknown_outcome.yaml": ("outcome", "ukjent verdi 'happy'"),
    "grade_7.yaml": ("grade", "høyst 6"),
    "rd_inconsistent.yaml": ("effect.central", "treatment_level − control_level"),
}


@pytest.fixture(scope="module")
def view(pset: ParameterSet) -> ParamView:
    return ParamView(pset, WHEN, kpi_index(pset))


def _set_with(tmp_path: Path, files: dict[str, str]) -> ParameterSet:
    """A small set with one target group and the given study files under evidence/test/."""
    root = tmp_path / "set"
    (root / "evidence" / "test").mkdir(parents=True)
    (root / "index.yaml").write_text('name: test\nversion: "0.1"\n', encoding="utf-8")
    for name, text in files.items():
        (root / "evidence" / "test" / name).write_text(text, encoding="utf-8")
    return load_parameter_set(root)


# --- the shipped library -------------------------------------------------------------------

def test_the_library_holds_the_studies_the_issue_names(pset: ParameterSet) -> None:
    assert set(studies(pset)) == SHIPPED
    assert OPTIMISM_BIAS in pset.parameters and OPTIMISM_BIAS not in studies(pset)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_every_shipped_study_loads_for_groups_in_the_set(pset: ParameterSet, view: ParamView,
                                                          name: str) -> None:
    study = load_study(view, name)
    assert name in view.used  # results can list the study among the parameters used
    assert study.name == name and study.outcome in OUTCOMES
    assert set(study.target_groups) <= set(target_groups(pset))
    low, central, high = (risk_difference(study)[i] for i in (1, 0, 2))
    assert low <= central <= high
    param = pset.get(name)
    if study.effect.ci_source != "read" or None in (study.n_treatment, study.n_control):
        assert param.note and len(param.note) > 100, "the working belongs in the note"


def test_reme_counts_work_on_the_register_at_12_months(view: ParamView) -> None:
    s = load_study(view, "ips.reme_2019")  # the prefix may be left out
    assert (s.control_level, s.treatment_level) == (0.271, 0.366)
    assert s.outcome == "employed" and s.measure == "point_in_time"
    assert s.follow_up_months == 12 and s.design == "rct"
    assert s.n_treatment is None and s.n_control is None  # not published
    assert s.effect.ci_source == "derived"
    # √(0,366·0,634/205 + 0,271·0,729/205) = 0,0458 → 0,095 ± 1,96·0,0458
    assert s.effect.ci_low == pytest.approx(0.095 - 1.96 * 0.0458, abs=0.001)
    assert s.effect.ci_high == pytest.approx(0.095 + 1.96 * 0.0458, abs=0.001)
    assert s.persistence.decay_high == 1.0  # the range reaches "no lasting effect"
    assert "aap_18_29" in s.target_groups
    note = view.pset.get("evidence.ips.reme_2019").note or ""
    assert "ikke publisert" in note and "205/205" in note


def test_seed_counts_any_job_in_12_months_self_reported(view: ParamView) -> None:
    s = load_study(view, "evidence.ips.seed_2020")
    assert s.measure == "ever_during_follow_up" and (s.n_treatment, s.n_control) == (50, 46)
    assert risk_difference(s)[0] == pytest.approx(0.40)
    # the published OR interval 2,79–38,68 at the control level 0,08
    for odds, bound in ((2.79, s.effect.ci_low), (38.68, s.effect.ci_high)):
        assert odds * 0.08 / (1 - 0.08 + odds * 0.08) - 0.08 == pytest.approx(bound, abs=0.001)


def test_rognli_interval_reaches_below_zero_and_names_no_group(view: ParamView) -> None:
    s = load_study(view, "evidence.ips.rognli_2025_sud")
    assert s.effect.ci_low < 0 < s.effect.central
    assert s.target_groups == []
    with pytest.raises(InputError, match="gjelder ikke målgruppen 'aap_18_29'"):
        check_target_group(s, "aap_18_29")


def test_recalled_and_assumed_values_are_tagged_so(pset: ParameterSet, view: ParamView) -> None:
    havnes = load_study(view, "evidence.early_childhood.havnes_mogstad_2011")
    assert havnes.confidence is Confidence.unverified and havnes.effect.ci_source == "assumed"
    dnv = load_study(view, "evidence.unginvest.dnv_gl_2014")
    assert dnv.design == "before_after" and dnv.grade >= 5
    assert dnv.effect.ci_source == "assumed" and dnv.effect.ci_low == 0.0
    bias = pset.get(OPTIMISM_BIAS)
    assert bias.confidence is Confidence.unverified and "HUSKET" in (bias.note or "")


def test_a_study_informs_a_scenario_priced_before_it_was_published(pset: ParameterSet) -> None:
    early = load_study(pset, "evidence.ips.rognli_2025_sud", dt.date(2024, 7, 1))
    assert early == load_study(pset, "evidence.ips.rognli_2025_sud", WHEN)


def test_optimism_bias_by_grade(pset: ParameterSet, view: ParamView) -> None:
    expected = {1: 0.0, 2: 0.05, 3: 0.10, 4: 0.15, 5: 0.25, 6: 0.40}
    assert {g: optimism_bias(view, g) for g in expected} == expected
    assert optimism_bias(pset, 6) == 0.40
    assert OPTIMISM_BIAS in view.used
    with pytest.raises(InputError, match="1–6"):
        optimism_bias(pset, 7)


def test_check_target_group_accepts_the_study_groups(view: ParamView) -> None:
    s = load_study(view, "evidence.ips.seed_2020")
    check_target_group(s, "neet_18_29")
    with pytest.raises(InputError, match="neet_18_29"):
        check_target_group(s, "vgs_dropout")


def test_unknown_study_lists_the_studies(pset: ParameterSet) -> None:
    with pytest.raises(InputError, match="reme_2019") as info:
        load_study(pset, "evidence.ips.nope", WHEN)
    assert "ukjent studie" in str(info.value)
    with pytest.raises(InputError, match="ukjent studie"):
        load_study(pset, OPTIMISM_BIAS, WHEN)


def test_prefix_is_the_folder() -> None:
    assert all(n.startswith(EVIDENCE_PREFIX) for n in SHIPPED)


# --- malformed studies ---------------------------------------------------------------------

def test_every_fixture_is_covered() -> None:
    assert {p.name for p in FIXTURES.glob("*.yaml")} == set(BAD)


@pytest.mark.parametrize("fixture", sorted(BAD))
def test_malformed_study_is_refused_naming_the_field(tmp_path: Path, fixture: str) -> None:
    field, words = BAD[fixture]
    root = tmp_path / "set"
    (root / "evidence" / "bad").mkdir(parents=True)
    (root / "index.yaml").write_text('name: test\nversion: "0.1"\n', encoding="utf-8")
    shutil.copy(FIXTURES / fixture, root / "evidence" / "bad" / fixture)
    name = f"evidence.bad.{fixture.removesuffix('.yaml')}"
    with pytest.raises(InputError) as info:  # a valid parameter file, but not a study:
        load_parameter_set(root)  # the set refuses it when loaded, not when first used
    message = str(info.value)
    assert name in message and f"evidence/bad/{fixture}" in message  # names the file
    assert field in message
    assert words in message


def _study_text(value: str, note: str = "note: Utregningen står her.\n") -> str:
    return ("description: En teststudie.\nunit: share\nconfidence: derived\n" + note
            + 'reference:\n  - {title: Kilde, href: "https://example.org/k"}\n'
            + "values:\n  2019-01-01:\n" + value)


VALID = """\
    design: rct
    n_treatment: null
    n_control: 100
    follow_up_months: 12
    outcome: employed
    outcome_definition: i arbeid ved 12 måneder
    measure: point_in_time
    control_level: 0.2
    treatment_level: null
    effect: {type: risk_ratio, central: 1.5, ci_low: 1.1, ci_high: 2.0, ci_level: 0.95,
             ci_source: read}
    persistence: {evidence: Ingen oppfølging funnet., decay_low: 0, decay_central: 0.2,
                  decay_high: 1, years_low: 1, years_central: 3, years_high: 5}
    grade: 2
    target_groups: []
"""


def test_a_risk_ratio_becomes_points_at_the_control_level(tmp_path: Path) -> None:
    pset = _set_with(tmp_path, {"rr.yaml": _study_text(VALID)})
    s = load_study(pset, "evidence.test.rr", WHEN)
    assert risk_difference(s) == pytest.approx((0.1, 0.02, 0.2))


@pytest.mark.parametrize(("change", "field", "words"), [
    (("n_treatment: null", "n_treatment: 0"), "n_treatment", "minst 1"),
    (("control_level: 0.2", "control_level: 20"), "control_level", "høyst 1"),
    (("control_level: 0.2", "control_level: null"), "control_level", "risikoforhold"),
    (("ci_high: 2.0", "ci_high: 6.0"), "effect", "utenfor 0–1"),
    (("decay_central: 0.2", "decay_central: 0.2, extra: 1"), "extra", "ukjent felt"),
    (("years_central: 3", "years_central: 9"), "years_low/central/high", "ikke ordnet"),
    (("target_groups: []", "target_groups: [nobody]"), "target_groups", "ukjent målgruppe"),
])
def test_more_flaws_are_refused(tmp_path: Path, change: tuple[str, str], field: str,
                                words: str) -> None:
    assert change[0] in VALID
    with pytest.raises(InputError) as info:
        _set_with(tmp_path, {"s.yaml": _study_text(VALID.replace(*change))})
    assert "evidence.test.s" in str(info.value)
    assert field in str(info.value) and words in str(info.value)


def test_an_unpublished_number_needs_a_note(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="n_treatment er null"):
        _set_with(tmp_path, {"s.yaml": _study_text(VALID, note="")})


def test_models_are_frozen_and_strict() -> None:
    e = Effect(type="risk_difference", central=0.1, ci_low=-0.02, ci_high=0.2, ci_level=0.95,
               ci_source="derived")
    with pytest.raises(ValueError, match="ci_high"):
        Effect(type="risk_difference", central=0.3, ci_low=0.0, ci_high=0.2, ci_level=0.95,
               ci_source="read")
    p = Persistence(evidence="Ingen data funnet.", decay_low=0, decay_central=0.1, decay_high=1,
                    years_low=1, years_central=2, years_high=3)
    s = Study(design="model", n_treatment=None, n_control=None, follow_up_months=6,
              outcome="in_education", outcome_definition="i utdanning", measure="point_in_time",
              control_level=None, treatment_level=None, effect=e, persistence=p, grade=5,
              target_groups=["neet_18_29"])
    with pytest.raises(ValueError):
        s.grade = 1  # type: ignore[misc]
