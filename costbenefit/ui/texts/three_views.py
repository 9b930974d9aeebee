"""Texts of the calculator's three views side by side: the headings of the budget,
societal (R-109) and wellbeing (WELLBY) views, their numbers and their notes.

The names of the WELLBY valuation rules also label the rule picker in the sidebar.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # the frame around the views
    "views_head": {"nb": "Tre visninger side om side – de legges aldri sammen",
                   "en": "Three views side by side – never added together"},
    "views_intro": {
        "nb": "Budsjettvirkningen viser bare offentlige budsjetter. Den samfunnsøkonomiske "
              "visningen teller reelle ressurser (stønader er overføringer), og livskvalitet "
              "måles i WELLBY. Å legge dem sammen ville telle de samme gevinstene flere ganger.",
        "en": "The budget effect shows public budgets only. The societal view counts real "
              "resources (benefits are transfers), and wellbeing is measured in WELLBYs. Adding "
              "them up would count the same gains more than once."},
    "budget_view_head": {"nb": "Budsjettvirkning (bare offentlige budsjetter)",
                         "en": "Budget effect (public budgets only)"},
    "societal_head": {"nb": "Samfunnsøkonomisk lønnsomhet (R-109)",
                      "en": "Social cost-benefit (R-109)"},
    "wellbeing_head": {"nb": "Livskvalitet (WELLBY)", "en": "Wellbeing (WELLBY)"},
    "warning": {"nb": "Merk", "en": "Note"},
    "col_value": {"nb": "Verdi", "en": "Value"},
    # societal view (R-109)
    "societal_npv": {"nb": "Netto nåverdi for samfunnet", "en": "Net present value to society"},
    "societal_npv_help": {
        "nb": "Produksjonsgevinst, sparte ressurser i tjenester, tiltakets kostnad og "
              "skattefinansieringskostnaden, diskontert. Stønader er overføringer og teller "
              "bare gjennom finansieringskostnaden.",
        "en": "Production gain, saved resources in services, the measure's cost and the "
              "marginal cost of public funds, discounted. Benefits are transfers and count "
              "only through their financing cost."},
    "bcr": {"nb": "Nytte-kostnadsbrøk", "en": "Benefit-cost ratio"},
    "bcr_help": {"nb": "Nåverdien av nyttevirkningene delt på nåverdien av kostnadene.",
                 "en": "Present value of benefits divided by present value of costs."},
    "per_budget_krone": {"nb": "Netto nytte per budsjettkrone",
                         "en": "Net benefit per budget krone"},
    "per_budget_krone_help": {
        "nb": "Samfunnsøkonomisk netto nåverdi delt på tiltakets kostnad for offentlige "
              "budsjetter (nåverdi), som i DFØs veileder.",
        "en": "Societal NPV divided by the measure's cost to public budgets (PV), as in "
              "DFØ's guide."},
    "cat_production": {"nb": "Produksjon (arbeidskraftkostnad)",
                       "en": "Production (labour cost)"},
    "cat_services": {"nb": "Tjenester (sparte ressurser)", "en": "Services (saved resources)"},
    "cat_measure": {"nb": "Tiltakets kostnad", "en": "The measure's cost"},
    "cat_tax_financing": {"nb": "Skattefinansieringskostnad", "en": "Cost of public funds"},
    "cat_residual_value": {"nb": "Restverdi etter analyseperioden",
                           "en": "Residual value after the period"},
    "societal_note": {
        "nb": "Produksjon = lønn × {factor} (arbeidskraftkostnad); skattefinansieringskostnad "
              "{rate} av netto offentlig budsjettvirkning. Analyseperiode {first}–{last} "
              "({years} år); {residual}.",
        "en": "Production = wage × {factor} (labour cost); cost of public funds {rate} of the "
              "net public budget effect. Analysis period {first}–{last} ({years} years); "
              "{residual}."},
    "residual_none": {"nb": "virkninger etter perioden er ikke med",
                      "en": "effects after the period are left out"},
    "residual_remaining": {"nb": "virkninger etter perioden er med som restverdi",
                           "en": "effects after the period count as a residual value"},
    # wellbeing view (WELLBY)
    "wellbeing_value": {"nb": "Verdi av økt livskvalitet (nåverdi)",
                        "en": "Value of the wellbeing gain (PV)"},
    "wellbeing_value_help": {
        "nb": "WELLBY-ene verdsatt etter valgt regel (sentralt anslag), diskontert. Ikke kroner "
              "i noe budsjett, og skal ikke legges til de andre visningene.",
        "en": "The WELLBYs valued by the chosen rule (central), discounted. Not money in any "
              "budget, and not to be added to the other views."},
    "wellbys": {"nb": "WELLBY-er (diskontert)", "en": "WELLBYs (discounted)"},
    "wellbys_help": {"nb": "Ett poeng livstilfredshet (0–10) for én person i ett år. "
                           "Udiskontert: {total}.",
                     "en": "One point of life satisfaction (0–10) for one person for one "
                           "year. Undiscounted: {total}."},
    "cost_per_wellby": {"nb": "Kostnad per WELLBY", "en": "Cost per WELLBY"},
    "cost_per_wellby_help": {"nb": "Tiltakets offentlige kostnad (nåverdi) delt på "
                                   "diskonterte WELLBY-er.",
                             "en": "The measure's public cost (PV) divided by discounted "
                                   "WELLBYs."},
    "per_wellby": {"nb": "Per WELLBY ({year}-kroner)", "en": "Per WELLBY (NOK {year})"},
    "per_wellby_span": {"nb": "Per WELLBY, lav – høy", "en": "Per WELLBY, low – high"},
    "value_span": {"nb": "Verdi, lav – høy", "en": "Value, low – high"},
    "wellbeing_note": {"nb": "Verdsetting: {rule}; {growth}; WELLBY-er diskontert med "
                             "{schedule}.",
                       "en": "Valuation: {rule}; {growth}; WELLBYs discounted with "
                             "{schedule}."},
    "growth_on": {"nb": "realprisjustert med BNP per innbygger",
                  "en": "real-price adjusted with GDP per capita"},
    "growth_off": {"nb": "uten realprisjustering", "en": "no real price adjustment"},
    "rule_qaly_div_7": {"nb": "norsk QALY-verdi ÷ 7 (Helsedirektoratet)",
                        "en": "Norwegian QALY value ÷ 7 (Directorate of Health)"},
    "rule_hm_treasury": {"nb": "HM Treasury (£13 000 per WELLBY, 2019)",
                         "en": "HM Treasury (£13,000 per WELLBY, 2019)"},
    "rule_osvb": {"nb": "Open Social Value Bank (186 000 DKK, 2021)",
                  "en": "Open Social Value Bank (DKK 186,000, 2021)"},
    "rule_own": {"nb": "egen verdi", "en": "own value"},
}
