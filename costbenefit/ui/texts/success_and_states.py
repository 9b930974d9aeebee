"""Texts of what a success is: the effect's source and the outcome in the sidebar, and in the
results the study behind the effect, persons in the outcome with and without the measure, the
check of the study's difference against the model's, and the real wage growth.

The Norwegian sentences are the presenters' own (:mod:`costbenefit.report.texts_nb`), so the
app, the table and the workbook say the same.
"""

from __future__ import annotations

from costbenefit.model.outcomes import OUTCOME_LABELS_NB
from costbenefit.report.texts_nb import (
    CHECK_OWN,
    CHECK_STUDY,
    DESIGN_LABELS_NB,
    EFFECT_TEXT,
    GROWTH_TEXT,
    MARKOV_STATES_NOTE,
    MARKOV_SUCCESS,
    NO_GROWTH_TEXT,
    NOT_ONE_STATE,
    PERSISTENCE_TEXT,
    STATES_HEAD,
    STATES_VALUES_NOTE,
    SUCCESS_IS,
)

OUTCOME_LABELS_EN = {
    "employed": "in work",
    "in_education": "in education",
    "completed_upper_secondary": "completed upper secondary school",
    "off_benefits": "off benefits (in work, education, unemployed or NEET without benefits)",
    "reference_life_course": "lifted to the average person's life course (KS method)",
}
DESIGN_LABELS_EN = {
    "rct": "randomised controlled trial (RCT)",
    "quasi_experiment": "quasi-experiment",
    "before_after": "before–after study",
    "model": "model calculation",
}

TEXTS: dict[str, dict[str, str]] = {
    # sidebar: where the effect comes from, and what a success is
    "effect_source": {"nb": "Effekten hentes fra", "en": "The effect comes from"},
    "effect_source_help": {
        "nb": "En studie i evidensbiblioteket gir utfallet, suksessratene (studiens "
              "risikodifferanse med optimismekorreksjon), varigheten og avskrivningen, og i "
              "Monte Carlo studiens konfidensintervall. Endrer du ett av de feltene, brukes "
              "egne suksessrater.",
        "en": "A study in the evidence library sets the outcome, the success rates (the "
              "study's risk difference with the optimism-bias correction), persistence and "
              "decay, and in Monte Carlo the study's confidence interval. Change one of those "
              "fields and your own success rates are used."},
    "own_rates": {"nb": "Egne suksessrater", "en": "Own success rates"},
    "study_dropped": {
        "nb": "Studien «{study}» gjelder ikke målgruppen «{group}». Satsene er beholdt som egne "
              "suksessrater: begrunn dem, eller velg en studie for målgruppen.",
        "en": "The study “{study}” does not cover the target group “{group}”. Its rates are "
              "kept as your own success rates: justify them, or choose a study for the "
              "target group."},
    "study_fields_note": {
        "nb": "Utfallet, suksessratene, varigheten og avskrivningen under er hentet fra studien.",
        "en": "The outcome, success rates, persistence and decay below come from the study."},
    "success_outcome": {"nb": "Hva er en suksess", "en": "What a success is"},
    "success_outcome_help": {
        "nb": "Utfallet studien målte: en suksess er én deltaker mer i dette utfallet, og "
              "deretter forløpet til folk i utfallet. «Løftet til gjennomsnittspersonens "
              "livsløp» er KS-metoden i Utenfor-regnskapet, valgt med vilje.",
        "en": "The outcome the study measured: a success is one more participant in it, and "
              "then the course of people in that outcome. “Lifted to the average person's life "
              "course” is the KS method, chosen on purpose."},
    **{f"outcome_label_{k}": {"nb": v, "en": OUTCOME_LABELS_EN[k]}
       for k, v in OUTCOME_LABELS_NB.items()},
    # results: what a success is and the study behind it
    "success_is": {"nb": SUCCESS_IS, "en": "What a success is: {label}"},
    "markov_success": {"nb": MARKOV_SUCCESS,
                       "en": "changed transition probabilities (Markov mode)"},
    "evidence_study": {"nb": "Studie: {label} ({study})", "en": "Study: {label} ({study})"},
    "evidence_definition": {"nb": "Studiens utfall: {text}",
                            "en": "The study's outcome: {text}"},
    "evidence_design": {"nb": "Design: {design}, oppfølging {months} måneder",
                        "en": "Design: {design}, follow-up {months} months"},
    "evidence_effect": {
        "nb": "Effekt: " + EFFECT_TEXT,
        "en": "Effect: risk difference {rd} percentage points ({level} CI {ci}), optimism bias "
              "{ob} (evidence grade {grade}) → {applied} percentage points applied"},
    "evidence_persistence": {
        "nb": "Varighet: " + PERSISTENCE_TEXT,
        "en": "Persistence: decay {decay} a year, {years} (the study's range: decay "
              "{decay_range} a year, {years_range} years)"},
    "ci_to": {"nb": " til ", "en": " to "},  # an interval that reaches below zero
    "persistence_for": {"nb": "i inntil {n} år", "en": "for up to {n} years"},
    "persistence_whole": {"nb": "hele perioden", "en": "the whole period"},
    **{f"design_{k}": {"nb": v, "en": DESIGN_LABELS_EN[k]} for k, v in DESIGN_LABELS_NB.items()},
    # results: persons in the outcome with and without the measure
    "states_head": {"nb": STATES_HEAD, "en": "Persons {label} with and without the measure"},
    "states_note": {
        "nb": STATES_VALUES_NOTE,
        "en": "Expected persons, all cohorts: participants × the group's course without the "
              "measure, plus successes × the change one success brings (lag, persistence and "
              "decay included)."},
    "states_note_markov": {
        "nb": MARKOV_STATES_NOTE,
        "en": "Expected persons, all cohorts: the model's two arms, with the transition "
              "probabilities without and with the measure."},
    "states_not_one_state": {
        "nb": NOT_ONE_STATE,
        "en": "“{label}” is not one state in the model, so the chart shows persons in work "
              "(every state is in the JSON, states, and on the Excel sheet Tilstander)."},
    "states_check_study": {
        "nb": CHECK_STUDY,
        "en": "+{study} percentage points {label} in the study ({applied} after the "
              "optimism-bias correction) is {persons} persons per 100 participants in the "
              "first effect year in the model ({year})."},
    "states_check_own": {
        "nb": CHECK_OWN,
        "en": "{diff} percentage points {label} (success rate with − without) is {persons} "
              "persons per 100 participants in the first effect year in the model ({year})."},
    "states_table": {"nb": "Tabell: de første årene og hvert tiende år",
                     "en": "Table: the first years and every tenth year"},
    "col_year": {"nb": "År", "en": "Year"},
    "col_without": {"nb": "Uten tiltaket", "en": "Without the measure"},
    "col_with": {"nb": "Med tiltaket", "en": "With the measure"},
    "col_difference": {"nb": "Forskjell", "en": "Difference"},
    "axis_persons": {"nb": "Personer (forventet antall)", "en": "Persons (expected number)"},
    "axis_arm": {"nb": "Tiltak", "en": "Measure"},
    # the real wage growth beside the price year
    "wage_growth": {
        "nb": GROWTH_TEXT,
        "en": "NOK of {price_year}; the gains grow with real wage growth of {rate} a year "
              "from {start} to {end}"},
    "wage_growth_none": {"nb": NO_GROWTH_TEXT,
                         "en": "NOK of {price_year}; the gains do not grow with real wages "
                               "(0 %)"},
}
