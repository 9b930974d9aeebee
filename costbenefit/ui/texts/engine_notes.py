"""Texts of the engine's warnings and notes (:class:`costbenefit.model.notes.Note`), shown
under the three views: key ``note_<Note.key>``.

The Norwegian templates are the model's own, so the app, the CLI and the reports say the
same, except where the model's text tells a scenario file's author which field to set:
there the app names its own control instead (:data:`APP_WORDED`). The English ones take
the same values (an outcome or a state in the app's label for it, a study in its English
name) and may leave out one that would only be Norwegian.
"""

from __future__ import annotations

from costbenefit.model.engine import (
    LASTING_EFFECT_WARNING,
    MARKOV_BREAK_EVEN_NOTE,
    NO_DEADWEIGHT_WARNING,
    RATES_SWAPPED_WARNING,
)
from costbenefit.model.wellbeing import BY_STATE_NOTE, FOREIGN_GROWTH_NOTE

# notes whose Norwegian text in the app differs from the model's (no file field names)
APP_WORDED = frozenset({"markov_services", "outcome_default", "kostra_not_given",
                        "negative_states", "control_level", "ever_in_outcome",
                        "wellbeing_overlap"})

TEXTS: dict[str, dict[str, str]] = {
    "note_markov_services": {
        "nb": "Markov-modus: målgruppens egne ekstra tjenester er ikke med, fordi de hører "
              "til målgruppen og ikke til en tilstand. Gevinsten er derfor trolig "
              "undervurdert.",
        "en": "Markov mode: the target group's own extra services are left out, since they "
              "belong to the target group and not to a state. The gain is therefore probably "
              "understated."},
    "note_markov_break_even": {
        "nb": MARKOV_BREAK_EVEN_NOTE,
        "en": "Markov mode: the measure works through transition probabilities, not through a "
              "number of successes, so “how many must succeed” does not apply. The gain is "
              "given per participant, and break-even as a multiplier on the effect (the change "
              "in the distribution over states): 1 means the measure just pays for itself "
              "with the assumed effect."},
    "note_outcome_default": {
        "nb": "Hva en suksess er, er ikke valgt, så en suksess er KS-metodens «{outcome}». "
              "Velg utfallet studien målte under «Hva er en suksess» (Effekt), eller "
              "KS-metoden med vilje.",
        "en": "What a success is has not been chosen, so a success is the KS method's "
              "“{outcome}”. Choose the outcome the study measured under “What a success is” "
              "(Effect), or the KS method on purpose."},
    "note_rates_swapped": {
        "nb": RATES_SWAPPED_WARNING,
        "en": "The success rate with the measure is lower than without: the measure is assumed "
              "to make things worse for the participants. Check that the rates are not swapped."},
    "note_no_deadweight": {
        "nb": NO_DEADWEIGHT_WARNING,
        "en": "The success rate without the measure is 0: every success is credited to the "
              "measure. Give how many would have succeeded anyway (deadweight) if there is an "
              "estimate."},
    "note_lasting_effect": {
        "nb": LASTING_EFFECT_WARNING,
        "en": "The effect is assumed to last the whole analysis period without fading "
              "(persistence and decay are not set). That is optimistic: Norwegian trials of "
              "employment measures often find that the effect fades after two to three years. "
              "Try a persistence and a decay to see how much the result rests on this."},
    "note_kostra_not_given": {
        "nb": "Tiltakets KOSTRA-funksjon mangler, så kommunens kostnad står som «{label}» i "
              "det tverrgående budsjettet. Velg funksjonen under «Kommunens regnskap», "
              "f.eks. 273 for arbeidsrettede tiltak, for å se hvilken sektor som betaler.",
        "en": "The measure's KOSTRA function is missing, so the municipality's cost stands as "
              "“{label}” in the cross-sector budget. Choose the function under “The "
              "municipality's accounts”, e.g. 273 for employment measures, to see which "
              "sector pays."},
    "note_negative_states": {
        "nb": "Med tiltaket blir det færre enn null personer i tilstanden «{state}» i "
              "{year}: det er flere suksesser enn deltakere utenfor utfallet i målgruppens "
              "profil. Sjekk at «Suksessrate uten tiltaket» er andelen som er i utfallet uten "
              "tiltaket.",
        "en": "With the measure there are fewer than zero persons in the state “{state}” in "
              "{year}: there are more successes than participants outside the outcome in the "
              "target group's profile. Check that “Success rate without” is the share in the "
              "outcome without the measure."},
    "note_control_level": {
        "nb": "Uten tiltaket er {without} «{outcome}», men målgruppens profil har {profile} i "
              "utfallet det første effektåret (alder {age}). Gevinsten regnes av forskjellen "
              "({diff} prosentpoeng), så den står seg, men nivåene i tilstandstabellen følger "
              "profilen og ikke studiens kontrollgruppe. Velg en målgruppe som ligner "
              "studiens.",
        "en": "Without the measure {without} are “{outcome}”, but the target group's profile "
              "has {profile} in the outcome in the first year of effect (age {age}). The gain "
              "is computed from the difference ({diff} percentage points), so it holds, but "
              "the levels in the table of states follow the profile and not the study's "
              "control group. Choose a target group that resembles the study's."},
    "note_ever_in_outcome": {
        "nb": "Studien {label} teller «{definition}»: noen gang i utfallet i løpet av "
              "oppfølgingen, ikke status på et tidspunkt. Modellen regner hver suksess som et "
              "helt år i utfallet, så gevinsten er trolig overvurdert. Bruk en studie som "
              "måler status på et tidspunkt, eller sett suksessraten med tiltaket lavere.",
        "en": "The study {label} counts anyone who was ever in the outcome during the "
              "follow-up, not the status at one point in time. The model counts each success "
              "as a whole year in the outcome, so the gain is probably overstated. Use a study "
              "that measures the status at a point in time, or lower the success rate with "
              "the measure."},
    "note_wellbeing_overlap": {
        "nb": "Livstilfredshetsgevinsten i velferdsvisningen inkluderer inntektsgevinsten for "
              "de samme personene som har produksjonsgevinst i den samfunnsøkonomiske "
              "visningen. Ikke legg WELLBY-verdien til samfunnsøkonomisk nåverdi: da telles "
              "inntekten to ganger.",
        "en": "The life-satisfaction gain in the wellbeing view includes the income gain of "
              "the same persons who have a production gain in the societal view. Do not add "
              "the WELLBY value to the societal NPV: that would count the income twice."},
    "note_foreign_growth": {
        "nb": FOREIGN_GROWTH_NOTE,
        "en": "The foreign value per WELLBY is converted from the source's price year with "
              "that year's exchange rate, the CPI and real growth in GDP per capita "
              "(macro.gdp_per_capita_growth, up to and including "
              "r109.real_price_growth_until) to the price year, as willingness to pay is "
              "adjusted to real prices."},
    "note_by_state": {
        "nb": BY_STATE_NOTE,
        "en": "Life satisfaction by state is a cross-sectional difference (Statistics Norway "
              "2022), not a causal effect; the gain is probably an upper bound."},
}
