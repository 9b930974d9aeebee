"""Names of target groups and studies in languages other than Norwegian, keyed by id.

Their Norwegian names are the labels in the parameter set (a new group or study needs no
code), so these are not in :data:`costbenefit.ui.texts.TEXTS`; a test checks that every
target group and study the shipped set holds has an English name here. An id missing here
(a user's own parameter set) shows its Norwegian label.
"""

from __future__ import annotations

GROUP_NAMES: dict[str, dict[str, str]] = {"en": {
    "aap_18_29": "Recipients of work assessment allowance (AAP) aged 18–29",
    "anxiety_depression": "Children and young people with anxiety or depression",
    "barnevern_home_children": "Children with in-home measures from child welfare (barnevern)",
    "behavioural_disorders": "Children and young people with conduct problems",
    "long_term_social_assistance_18_29": "Long-term recipients of social assistance aged 18–29",
    "low_income_benefit_parents_children": "Children in low-income families with parents on "
                                           "disability benefit or social assistance",
    "low_income_immigrant_children": "Children in low-income families with immigrant parents",
    "neet_18_29": "Young people not in employment, education or training (NEET) aged 18–29",
    "parents_mental_illness_children": "Children of parents with mental illness or substance "
                                       "abuse",
    "vgs_dropout": "Did not complete upper secondary school",
    "young_disability_18_29": "Young people on disability benefit aged 18–29",
}}

STUDY_NAMES: dict[str, dict[str, str]] = {"en": {
    "evidence.early_childhood.havnes_mogstad_2011": "Kindergarten at ages 3–6 (Havnes and "
                                                    "Mogstad 2011) – completed upper secondary",
    "evidence.ips.reme_2019": "IPS (Reme et al. 2019) – in work after 12 months",
    "evidence.ips.reme_2019_18m": "IPS (Reme et al. 2019) – in work after 18 months",
    "evidence.ips.rognli_2025_sud": "IPS in substance use treatment (Rognli et al. 2025) – any "
                                    "work within 18 months",
    "evidence.ips.seed_2020": "IPS for young people (SEED, Sveinsdottir et al. 2020) – any "
                              "work within 12 months",
    "evidence.unginvest.dnv_gl_2014": "UngInvest AIB (DNV GL) – completed upper secondary, "
                                      "63 % against an expected 34 %",
}}

# The inputs the tornado and the switching value vary, by the scenario field (the part of
# the slot's path after "intervention."); their Norwegian labels are the uncertainty
# layer's (costbenefit/uncertainty/slots.py). Parameters keep their label in the set.
SLOT_NAMES: dict[str, dict[str, str]] = {"en": {
    "success_rate_with": "Success rate with the measure",
    "success_rate_without": "Success rate without the measure",
    "attribution": "Share attributed to the measure",
    "effect_share": "Share of the gap closed",
    "decay": "Yearly decay of the effect",
    "cost_per_participant_year": "Cost per participant-year, {payer}",
    "transfer_per_participant_year": "Cash per participant-year, {payer}",
    "cohorts": "Participants in the {year} cohort",
    "fixed_costs": "Fixed cost {year}, {payer}",
}}
