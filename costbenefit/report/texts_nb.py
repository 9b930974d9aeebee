"""Norwegian sentences that several presenters (table, JSON, Excel, uncertainty, app) print,
kept in one place so they cannot drift apart."""

from __future__ import annotations

BUDGET_NOTE = ("Budsjettvirkning viser bare offentlige budsjetter (kommune, fylkeskommune, stat), "
               "ikke samfunnsøkonomisk lønnsomhet.")
UNCERTAINTY_NOTE = (
    "Resultatmålene er nåverdier for offentlige budsjetter (budsjettvirkning, ikke "
    "samfunnsøkonomisk lønnsomhet) og samfunnsøkonomisk netto nåverdi (R-109), som er en egen "
    "visning og ikke skal legges til budsjettvirkningen."
)

# The budget metric `roi` (JSON key kept): public NPV / PV of the measure's cost, a ratio.
ROI_LABEL = "Netto nåverdi per krone tiltakskostnad"
ROI_HELP = (
    "Offentlig netto nåverdi delt på nåverdien av tiltakets kostnad. 0 betyr at tiltaket "
    "akkurat betaler seg; 1 betyr at hver krone gir en krone tilbake i tillegg. Ikke en årlig "
    "avkastning."
)

# A break-even that needs more successes than there are participants (rate above 100 %).
NOT_REACHABLE = "ikke oppnåelig"
NOT_REACHABLE_REASON = (
    "ikke oppnåelig: selv om alle deltakerne lykkes, dekker gevinsten ikke kostnaden"
)


def beyond_reach(success_rate: float | None, successes_needed: float | None = None,
                 participants: float | None = None) -> bool:
    """True when the break-even cannot be reached: the success rate it needs is above 1
    (100 %), or it needs more extra successes than there are participants."""
    if success_rate is not None and success_rate > 1:
        return True
    return (successes_needed is not None and participants is not None
            and successes_needed > participants)


# What a success is (issue #13): the outcome the evidence measured, the study behind the
# effect, persons in the outcome with and without the measure, and the real wage growth.
MARKOV_SUCCESS = "endrede overgangssannsynligheter (Markov-modus)"
SUCCESS_IS = "Hva en suksess er: {label}"
DESIGN_LABELS_NB = {
    "rct": "randomisert kontrollert forsøk (RCT)",
    "quasi_experiment": "kvasieksperiment",
    "before_after": "før–etter-studie",
    "model": "modellberegning",
}
EFFECT_TEXT = ("risikodifferanse {rd} prosentpoeng ({level} KI {ci}), optimismekorreksjon "
               "{ob} (evidensgrad {grade}) → {applied} prosentpoeng brukt")
PERSISTENCE_TEXT = ("avskrivning {decay} per år, {years} (studiens spenn: avskrivning "
                    "{decay_range} per år, {years_range} år)")
STATES_HEAD = "Personer {label} med og uten tiltaket"
NOT_ONE_STATE = ("«{label}» er ikke én tilstand i modellen, så tabellen viser personer i "
                 "arbeid (alle tilstander står i JSON, states, og i Excel-arket Tilstander).")
STATES_VALUES_NOTE = (
    "Forventet antall personer, alle kull: deltakerne × målgruppens forløp uten tiltaket, pluss "
    "suksessene × endringen én suksess gir (forsinkelse, varighet og avskrivning medregnet).")
MARKOV_STATES_NOTE = (
    "Forventet antall personer, alle kull: modellens to armer, med overgangssannsynlighetene "
    "uten og med tiltaket.")
CHECK_STUDY = ("+{study} prosentpoeng {label} i studien ({applied} etter "
               "optimismekorreksjonen) er {persons} personer per 100 deltakere det første "
               "effektåret i modellen ({year}).")
CHECK_OWN = ("{diff} prosentpoeng {label} (suksessrate med − uten) er {persons} personer per "
             "100 deltakere det første effektåret i modellen ({year}).")
GROWTH_TEXT = ("Kroner i {price_year}-kroner; gevinstene vokser med reallønnsvekst {rate} per "
               "år fra {start} til {end}")
NO_GROWTH_TEXT = "Kroner i {price_year}-kroner; gevinstene vokser ikke med reallønnsvekst (0 %)"
