"""Texts of a reform (issue #14), a measure that changes the rules rather than moving people:
the sidebar's «Regelendring (reform)» (the new benefit, who pays, who is eligible, take-up and
what it replaces) and the results' rule change alone per payer and year, with the extra
successes each payer needs to break even.

The state labels are the model's own (:data:`costbenefit.model.structure.STATE_LABELS_NB`) and
the Norwegian note on the rule change is the JSON contract's
(:data:`costbenefit.report.as_json.REFORM_NOTE`), so the app, the table and the workbook say
the same.
"""

from __future__ import annotations

from costbenefit.model.structure import STATE_LABELS_NB
from costbenefit.report.as_json import REFORM_NOTE

STATE_LABELS_EN = {
    "in_education": "in education",
    "employed": "in work",
    "unemployed": "unemployed",
    "neet": "not in work, education or on benefits",
    "social_assistance": "social assistance",
    "aap": "work assessment allowance (AAP)",
    "disability": "disability benefit",
}
BENEFIT_LABELS = {
    "sosialhjelp": ("økonomisk sosialhjelp", "social assistance (sosialhjelp)"),
    "dagpenger": ("dagpenger", "unemployment benefit (dagpenger)"),
    "aap": ("arbeidsavklaringspenger", "work assessment allowance (AAP)"),
    "uforetrygd": ("uføretrygd", "disability benefit (uføretrygd)"),
    "kvalifiseringsstonad": ("kvalifiseringsstønad", "qualification benefit (KVP)"),
}

TEXTS: dict[str, dict[str, str]] = {
    **{f"state_{s}": {"nb": label, "en": STATE_LABELS_EN[s]}
       for s, label in STATE_LABELS_NB.items()},
    **{f"benefit_{b}": {"nb": nb, "en": en} for b, (nb, en) in BENEFIT_LABELS.items()},
    # the sidebar
    "sec_reform": {"nb": "Regelendring (reform)", "en": "Rule change (reform)"},
    "reform_on": {"nb": "Regn med en regelendring", "en": "Include a rule change"},
    "reform_on_help": {
        "nb": "En regelendring flytter ikke folk mellom tilstander; den endrer reglene for dem "
              "som er der uansett: deltakerne i de valgte tilstandene og alderene får en ny "
              "ytelse i stedet for ytelsene den erstatter (som i PolicyEngine og OpenFisca). "
              "Kan kombineres med en atferdseffekt (Effekt over).",
        "en": "A rule change does not move people between states; it changes the rules for "
              "those who are there anyway: participants in the chosen states and ages get a "
              "new benefit instead of the ones it replaces (as in PolicyEngine and OpenFisca). "
              "May be combined with a behavioural effect (Effect above)."},
    "reform_amount_G": {"nb": "Ny ytelse per år (G)", "en": "New benefit per year (G)"},
    "reform_amount_kr": {"nb": "Ny ytelse per år (kr i kroneåret)",
                         "en": "New benefit per year (NOK of the price year)"},
    "reform_amount_help": {
        "nb": "Beløpet per mottaker per år. I G (grunnbeløpet i regelåret, og det vokser med "
              "reallønnen); et scenario som oppgir kroner (benefit.amount), vises i kroner.",
        "en": "The amount per recipient per year. In G (the basic amount of the rules year, "
              "growing with real wages); a scenario that gives kroner (benefit.amount) is "
              "shown in kroner."},
    "reform_payer": {"nb": "Hvem betaler den nye ytelsen", "en": "Who pays the new benefit"},
    "reform_taxable": {"nb": "Skattepliktig", "en": "Taxable"},
    "reform_taxable_help": {
        "nb": "Skatten på en skattepliktig ytelse fordeles på kommune, fylkeskommune og stat "
              "etter skattøre, som all inntekt.",
        "en": "The tax on a taxable benefit is split between municipality, county and state "
              "by the tax shares (skattøre), like any income."},
    "reform_states": {"nb": "Hvem har rett: tilstander", "en": "Who is eligible: states"},
    "reform_states_help": {
        "nb": "Ytelsen betales bare til deltakere som (i målgruppens forløp uten tiltaket) er i "
              "disse tilstandene, f.eks. sosialhjelp, arbeidsledig og utenfor – ikke de i "
              "arbeid, utdanning, på AAP eller uføretrygd.",
        "en": "The benefit is paid only to participants who (in the group's course without "
              "the measure) are in these states, e.g. social assistance, unemployed and NEET "
              "– not those in work, education, on AAP or disability benefit."},
    "reform_age_from": {"nb": "Fra alder", "en": "From age"},
    "reform_age_to": {"nb": "Til og med alder", "en": "To age (inclusive)"},
    "reform_ages_help": {"nb": "Regelen gjelder mens deltakeren er i denne alderen.",
                         "en": "The rule applies while the participant is this age."},
    "reform_take_up": {"nb": "Opptak (%)", "en": "Take-up (%)"},
    "reform_take_up_help": {
        "nb": "Andelen av de kvalifiserte som tar ytelsen (og mister dem den erstatter).",
        "en": "The share of the eligible who take the benefit (and lose the ones it "
              "replaces)."},
    "reform_replaces": {"nb": "Erstatter", "en": "Replaces"},
    "reform_replaces_help": {
        "nb": "Ytelsene den nye erstatter for dem som tar den. Hver hører til sin tilstand "
              "(sosialhjelp, dagpenger, AAP, uføretrygd), som da må være blant tilstandene "
              "med rett. Kvalifiseringsstønad hører ikke til én tilstand: velg tilstanden og "
              "andelen i den som mottar den i dag.",
        "en": "The benefits the new one replaces for those who take it. Each belongs to its "
              "state (social assistance, unemployment benefit, AAP, disability benefit), "
              "which must then be among the eligible states. The qualification benefit (KVP) "
              "belongs to no one state: choose the state and the share in it who receive it "
              "today."},
    "reform_kvp_state": {"nb": "Kvalifiseringsstønad: mottas i tilstanden",
                         "en": "Qualification benefit: received in the state"},
    "reform_kvp_share": {"nb": "Kvalifiseringsstønad: andel i tilstanden som mottar den (%)",
                         "en": "Qualification benefit: share in the state receiving it (%)"},
    # the results
    "reform_head": {"nb": "Regelendringen alene – hvem betaler og hvem sparer",
                    "en": "The rule change alone – who pays and who saves"},
    "reform_npv_head": {"nb": "Nåverdi, regelendringen uten atferdsendring",
                        "en": "Present value, the rule change without behavioural change"},
    "reform_years_head": {"nb": "Per år (kroner)", "en": "Per year (NOK)"},
    "reform_note": {
        "nb": REFORM_NOTE,
        "en": "The rule change alone, without behavioural change: the new benefit to the "
              "eligible who take it up, minus the benefits it replaces, and the tax on a "
              "taxable benefit split by the tax shares. In the societal view benefits are "
              "transfers; only the marginal cost of public funds counts."},
    "reform_describe": {
        "nb": "{name}{amount} per år fra {payer} ({taxable}) til deltakere {ages} år i "
              "tilstandene {states}; opptak {take_up}; erstatter {replaced}.",
        "en": "{name}{amount} per year from {payer} ({taxable}) to participants aged {ages} "
              "in the states {states}; take-up {take_up}; replaces {replaced}."},
    "reform_taxable_yes": {"nb": "skattepliktig", "en": "taxable"},
    "reform_taxable_no": {"nb": "ikke skattepliktig", "en": "not taxable"},
    "reform_replaces_none": {"nb": "ingen ytelser", "en": "no benefits"},
    "reform_share_of": {"nb": "{share} av dem i «{state}»", "en": "{share} of those “{state}”"},
    "reform_balance": {"nb": "Flere {label} som trengs for balanse",
                       "en": "More {label} needed to break even"},
    "reform_balance_other": {"nb": "Flere suksesser («{label}») som trengs for balanse",
                             "en": "More successes (“{label}”) needed to break even"},
    "reform_balance_note": {
        "nb": "Ekstra suksesser (utover dem som lykkes uten tiltaket) som gjør betalerens netto "
              "nåverdi 0, regnet fra regelendringen uten atferdseffekt og tiltakets egen "
              "kostnad.",
        "en": "Extra successes (beyond those who succeed without the measure) that bring the "
              "payer's net present value to 0, from the rule change without a behavioural "
              "effect and the measure's own cost."},
    "reform_saves": {"nb": "0 (sparer allerede)", "en": "0 (saves already)"},
    "reform_no_gain": {"nb": "ikke mulig", "en": "not possible"},
    "reform_no_gain_help": {"nb": "En suksess gir ikke gevinst for denne betaleren.",
                            "en": "A success brings this payer no gain."},
    "reform_beyond": {"nb": "{needed} (ikke oppnåelig med {n} deltakere)",
                      "en": "{needed} (not achievable with {n} participants)"},
    "person": {"nb": "Personen selv", "en": "The person"},
}
