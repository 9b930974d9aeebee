"""The app's pure helpers: texts, form mapping, ranges, the views' tables, uncertainty."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from costbenefit.errors import InputError
from costbenefit.files.scenarios import load_scenario, scenario_from_bytes
from costbenefit.model.engine import evaluate
from costbenefit.model.structure import PUBLIC_PAYERS
from costbenefit.parameters.schema import CONFIDENCE_LABELS_NB, Confidence
from costbenefit.report import i18n
from costbenefit.ui import form, guide, ranges, texts, views
from costbenefit.uncertainty.draws import REDUCED_CHUNK_DRAWS
from costbenefit.uncertainty.montecarlo import run_montecarlo
from costbenefit.uncertainty.sensitivity import sensitivity_model, switching_value, tornado
from tests.excel.support import typed

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ips_ung_illustrasjon.yaml"


@pytest.fixture(scope="module")
def example():
    return load_scenario(EXAMPLE)


def test_every_text_has_both_languages() -> None:
    missing = [k for k, v in texts.TEXTS.items() if set(v) != set(texts.LANGUAGES)]
    assert missing == []
    assert texts.t("kommune", "xx") == "Kommune"  # unknown language falls back to Norwegian


def test_a_text_key_defined_in_two_sections_stops_the_import() -> None:
    from costbenefit.ui.texts import frame

    with pytest.raises(ValueError, match=r"'app_title' in costbenefit\.ui\.texts\.frame"):
        texts._merged((frame, frame))


def test_form_round_trip_keeps_the_example(example) -> None:
    assert form.scenario_from_form(example, form.form_from_scenario(example)) == example


@settings(max_examples=40, deadline=None)
@given(participants=st.integers(0, 5000), intake=st.integers(1, 5),
       with_pct=st.floats(0, 100), persistence=st.integers(0, 40),
       schedule=st.sampled_from(form.SCHEDULES))
def test_form_values_survive_scenario_and_back(participants, intake, with_pct, persistence,
                                               schedule) -> None:
    values = form.form_from_scenario(form.blank_scenario())
    values.update(participants=participants, intake_years=intake, persistence_years=persistence,
                  success_with_pct=round(with_pct, 3), schedule=schedule)
    back = form.form_from_scenario(form.scenario_from_form(form.blank_scenario(), values))
    assert back == values


def test_fixed_costs_outside_a_shortened_period_are_dropped(example) -> None:
    values = form.form_from_scenario(example) | {"start_year": 2027}
    assert form.scenario_from_form(example, values).intervention.fixed_costs == []


def test_parse_steps() -> None:
    assert form.parse_steps("0: 4; 40: 3,5 %; 75:2") == [(0, 0.04), (40, 0.035), (75, 0.02)]
    assert form.parse_steps(form.format_steps([(0, 0.04), (40, 0.03)])) == [(0, 0.04),
                                                                            (40, 0.03)]
    for bad in ("", "fire", "0 = 4"):
        with pytest.raises(InputError, match="diskontering"):
            form.parse_steps(bad)


def test_saved_yaml_loads_back_as_the_same_scenario(example) -> None:
    text = form.scenario_to_yaml(example)
    assert scenario_from_bytes(text.encode(), "lagret.yaml") == example


def test_yearly_frame_cumulates_to_each_payers_npv(example, pset) -> None:
    result = evaluate(example, pset)
    frame = views.yearly_frame(result, "nb")
    last = frame.groupby("payer")["cumulative"].last()
    for payer in PUBLIC_PAYERS:
        assert last[texts.t(payer)] * 1e6 == pytest.approx(result.budget.npv[payer])


def test_provenance_marks_overrides(example, pset) -> None:
    name = evaluate(example, pset).parameters_used[0]
    overridden = evaluate(example.model_copy(update={"parameter_overrides": {name: 1}}), pset)
    frame = views.provenance_frame(overridden, pset, "nb").set_index(texts.t("col_name"))
    assert frame.loc[name, texts.t("col_overridden")].startswith("ja (parametersettet: ")
    assert frame.loc[name, texts.t("col_confidence")] == "forutsetning (ikke evidens)"
    others = frame.drop(index=name)
    assert set(others[texts.t("col_overridden")]) == {""}
    assert set(others[texts.t("col_confidence")]) <= set(CONFIDENCE_LABELS_NB.values())
    assert all(s.startswith("https://") for s in frame[texts.t("col_source")])


def test_provenance_without_overrides_marks_none(example, pset) -> None:
    frame = views.provenance_frame(evaluate(example, pset), pset, "en")
    assert set(frame["Overridden"]) == {""}


def test_comparison_frame_keeps_duplicate_names_apart(example, pset) -> None:
    result = evaluate(example, pset)
    frame = views.comparison_frame([result, result], "nb")
    assert len(frame.columns) == 2
    assert frame.iloc[:, 0].equals(frame.iloc[:, 1])


def test_roi_is_a_ratio_with_the_honest_label(example, pset) -> None:
    result = evaluate(example, pset)
    roi = next(m for m in views.cost_metrics(result, "nb") if m.key == "roi")
    assert roi.label == "Netto nåverdi per krone tiltakskostnad"
    assert roi.value == i18n.ratio(result.budget.roi) and "%" not in roi.value
    assert roi.help.endswith("Ikke en årlig avkastning.")
    assert "Not an annual return" in texts.t("roi_help", "en")


def test_break_even_beyond_reach_says_ikke_oppnaelig(example, pset) -> None:
    """95 % would succeed anyway: the rate that breaks even is above 100 %; the app shows
    no number for it, here or in the comparison table, and its help says why."""
    data = typed(example, pset)
    data["intervention"].update(success_rate_without=0.95, success_rate_with=0.97)
    result = evaluate(form.Scenario.model_validate(data), pset)
    assert result.break_even.success_rate > 1
    shown = {m.key: m for m in views.break_even_metrics(result, "nb")}
    assert shown["break_even_rate"].value == shown["needed"].value == "ikke oppnåelig"
    assert "selv om alle deltakerne lykkes" in shown["break_even_rate"].help
    assert views.break_even_rate_text(result, "en") == "not achievable"
    frame = views.comparison_frame([evaluate(example, pset), result], "nb")
    rate = frame.loc[texts.t("break_even_rate")]
    assert rate.iloc[0] == i18n.percent(evaluate(example, pset).break_even.success_rate)
    assert rate.iloc[1] == "ikke oppnåelig"


def test_guide_explains_every_confidence_tag() -> None:
    rows = guide.confidence_rows("nb")
    assert [r["tag"] for r in rows] == [c.value for c in Confidence]
    assert all(r["betyr"] for r in rows)


USIKKERHET = EXAMPLE.parent / "ips_ung_usikkerhet.yaml"


def from_form(base, values):
    return ranges.with_ranges(form.scenario_from_form(base, values), base, values)


def test_declared_uncertainty_survives_the_form_unchanged_and_in_order() -> None:
    sc = load_scenario(USIKKERHET)
    values = form.form_from_scenario(sc)
    stat_cost = sc.uncertainty["intervention.cost_per_participant_year.stat"]
    assert values["unc_cost_stat_on"] and (values["unc_cost_stat_low"],
                                           values["unc_cost_stat_high"]) == (stat_cost.low,
                                                                             stat_cost.high)
    back = from_form(sc, values)
    assert back == sc and list(back.uncertainty) == list(sc.uncertainty)


def test_a_normal_distribution_survives_the_form(example) -> None:
    raw = example.model_dump(mode="python", by_alias=True, exclude_unset=True)
    raw["uncertainty"] = {"intervention.cost_per_participant_year.stat": {
        "distribution": "normal", "mean": 60_000, "sd": 5_000, "low": 0}}
    sc = form.Scenario.model_validate(raw)
    values = form.form_from_scenario(sc)
    assert values["unc_cost_stat_on"]  # shown with P5/P95 as low/high (no upper end)
    assert from_form(sc, values) == sc
    assert scenario_from_bytes(form.scenario_to_yaml(sc).encode(), "lagret.yaml") == sc


def test_a_changed_range_becomes_pert_around_the_form_value(example, pset) -> None:
    values = form.form_from_scenario(example, pset) | {
        "unc_success_with_pct_on": True, "unc_success_with_pct_low": 30.0,
        "unc_success_with_pct_high": 45.0, "unc_cost_kommune_on": True,
        "unc_cost_kommune_low": 10_000, "unc_cost_kommune_high": 40_000}
    dists = from_form(example, values).uncertainty
    pert = dists["intervention.success_rate_with"]
    assert values["success_with_pct"] == 35.65  # the study's rate, shown in the form
    assert (pert.distribution, pert.low, pert.mode, pert.high) == ("pert", 0.30, 0.3565, 0.45)
    cost = dists["intervention.cost_per_participant_year.kommune"]
    assert (cost.low, cost.mode, cost.high) == (10_000, 20_000, 40_000)
    untick = values | {"unc_success_with_pct_on": False}
    assert list(from_form(example, untick).uncertainty) == [
        "intervention.cost_per_participant_year.kommune"]


def test_a_range_must_surround_the_form_value(example, pset) -> None:
    values = form.form_from_scenario(example, pset) | {
        "unc_success_with_pct_on": True, "unc_success_with_pct_low": 40.0,
        "unc_success_with_pct_high": 45.0}
    shown = i18n.percent(values["success_with_pct"] / 100, 1)
    with pytest.raises(InputError, match=rf"usikkerhet: intervention.success_rate_with.*{shown}"):
        from_form(example, values)


def test_suggested_range_is_twenty_percent_each_way_inside_the_limits() -> None:
    share, money = ranges.RANGE_INPUTS[0], ranges.RANGE_INPUTS[2]
    assert ranges.suggested(share, 50.0) == (40.0, 60.0)
    assert ranges.suggested(share, 90.0) == (72.0, 100.0)  # a share stops at 100 %
    assert ranges.suggested(money, 80_000) == (64_000, 96_000)


def test_views_options_map_onto_the_scenario(example) -> None:
    values = form.form_from_scenario(example) | {
        "societal_period": "R-109", "residual_value": "remaining",
        "wellbeing_rule": "own", "own_value": 150_000}
    sc = form.scenario_from_form(example, values)
    assert sc.societal.analysis_period == "R-109" and sc.societal.residual_value == "remaining"
    assert sc.wellbeing.valuation == "own" and sc.wellbeing.own_value.central == 150_000
    assert form.form_from_scenario(sc) == values
    with pytest.raises(InputError, match="WELLBY"):
        form.scenario_from_form(example, values | {"own_value": 0})


def test_progress_is_reported_per_chunk_and_changes_nothing(pset) -> None:
    sc = load_scenario(USIKKERHET)
    seen: list[tuple[int, int]] = []
    chunk = REDUCED_CHUNK_DRAWS  # the built-in outcomes take the reduced path
    draws = 2 * chunk + 500
    with_progress = run_montecarlo(sc, pset, draws, 3, progress=lambda d, n: seen.append((d, n)))
    assert seen == [(chunk, draws), (2 * chunk, draws), (draws, draws)]
    plain = run_montecarlo(sc, pset, draws, 3)
    assert with_progress.summaries == plain.summaries


def test_tornado_frame_has_two_bars_per_input_from_the_base(pset) -> None:
    sc = load_scenario(USIKKERHET)
    model, rows = sensitivity_model(sc, pset)
    tor = tornado(model, rows, ["public_total"])["public_total"]
    frame = views.tornado_frame(tor, "nb")
    assert len(frame) == 2 * len(rows)
    assert set(frame["end"]) == {"lav verdi", "høy verdi"}
    assert list(frame["base"] * 1e6) == pytest.approx([tor.base] * len(frame))
    first = frame[frame["rank"] == 0]
    assert list(first["npv"] * 1e6) == pytest.approx([tor.rows[0].at_low, tor.rows[0].at_high])


def test_switching_text(pset, example) -> None:
    model, _ = sensitivity_model(example, pset)
    result = evaluate(example, pset)
    sv = switching_value(model, "intervention.success_rate_with", "public_total")
    assert views.switching_text(sv, "nb").startswith("Suksessrate med tiltaket: nåverdien blir "
                                                     f"null ved {i18n.percent(sv.value, 1)}")
    assert i18n.percent(result.break_even.success_rate, 1) in views.switching_text(sv, "nb")
    none = switching_value(model, "intervention.success_rate_with", "public_total", (0.9, 1.0))
    assert views.switching_text(none, "nb") == ("Ingen bryteverdi: nåverdien er positiv for alle "
                                                "verdier fra 90,0 % til 100,0 %.")


def test_societal_details_show_the_residual_value_only_when_there_is_one(example, pset) -> None:
    labels = [m.key for m in views.societal_details(evaluate(example, pset), "nb")]
    assert "residual_value" not in labels
    raw = example.model_dump(mode="python", by_alias=True, exclude_unset=True)
    raw["societal"] = {"analysis_period": 5, "residual_value": "remaining"}  # effect outlasts it
    result = evaluate(form.Scenario.model_validate(raw), pset)
    details = {m.key: m.value for m in views.societal_details(result, "nb")}
    assert details["residual_value"] == i18n.kr(result.societal.pv_by_category["residual_value"])


def test_metrics_table_keeps_amounts_on_one_line(example, pset) -> None:
    table = views.metrics_table(views.budget_details(evaluate(example, pset), "nb"), "nb")
    assert table.loc["Kommune", "Verdi"].endswith("\u00a0kr")
