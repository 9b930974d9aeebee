"""Texts of the calculator's sidebar: where a scenario starts from (an example, a blank
one or an uploaded file) and every assumption the user can set, down to the inputs of the
societal and wellbeing views.

The labels of the inputs double as the labels of their uncertainty ranges, and the
discount rate and price year labels as rows of the comparison table, so each is written once
here.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # start
    "start_from": {"nb": "Start fra", "en": "Start from"},
    "start_help": {"nb": "Velg et ferdig eksempel eller et tomt scenario. Alle feltene under "
                         "kan endres etterpå.",
                   "en": "Pick a ready-made example or a blank scenario. Every field below can "
                         "be changed afterwards."},
    "blank": {"nb": "Tomt scenario", "en": "Blank scenario"},
    "upload": {"nb": "Last opp et scenario (YAML) eller en utfylt budsjettmal (xlsx)",
               "en": "Upload a scenario (YAML) or a filled budget template (xlsx)"},
    "upload_help": {"nb": "Filen leses bare som data (YAML eller Excel-celler), aldri som kode "
                          "eller makroer. Høyst 5 MB.",
                    "en": "The file is read as data only (YAML or Excel cells), never as code "
                          "or macros. At most 5 MB."},
    "upload_error": {"nb": "Kunne ikke lese scenarioet", "en": "Could not read the scenario"},
    "upload_ok": {"nb": "Lastet inn «{name}».", "en": "Loaded “{name}”."},
    "upload_old_results": {
        "nb": "Tallene under er fortsatt fra scenarioet du hadde fra før.",
        "en": "The numbers below are still those of the scenario you had before."},
    "uploaded_start": {"nb": "Opplastet: {name}", "en": "Uploaded: {name}"},
    "value_kept": {"nb": "Resultatene bruker forrige gyldige verdi til feltet er rettet.",
                   "en": "The results use the last valid value until the field is fixed."},
    # assumptions
    "inputs": {"nb": "Forutsetninger", "en": "Assumptions"},
    "input_error": {"nb": "Forutsetningene kan ikke beregnes", "en": "Cannot compute"},
    "markov_info": {
        "nb": "Dette scenariet er i Markov-modus: effekten ligger i overgangssannsynlighetene i "
              "scenariofilen (markov.transition_effects). Suksessratene, etterslepet og den "
              "avtakende effekten her brukes ikke.",
        "en": "This scenario is in Markov mode: the effect lies in the transition probabilities "
              "in the scenario file (markov.transition_effects). The success rates, lag and "
              "decay here are not used."},
    "sec_group": {"nb": "Målgruppe og periode", "en": "Target group and period"},
    "sec_measure": {"nb": "Tiltaket", "en": "The measure"},
    "sec_effect": {"nb": "Effekt", "en": "Effect"},
    "sec_money": {"nb": "Kroneår og diskontering", "en": "Price year and discounting"},
    "name": {"nb": "Navn på scenarioet", "en": "Scenario name"},
    "target_group": {"nb": "Målgruppe", "en": "Target group"},
    "target_group_help": {
        "nb": "Hvem tiltaket er for. Målgruppen bestemmer forløpet uten tiltaket: hvor stor del "
              "som er i arbeid, utdanning, på trygd osv. år for år.",
        "en": "Who the measure is for. The group sets the path without the measure: the share "
              "in work, education, on benefits etc. year by year."},
    "start_age": {"nb": "Startalder", "en": "Age at start"},
    "start_age_help": {"nb": "Deltakernes alder når tiltaket starter.",
                       "en": "Participants' age when the measure starts."},
    "start_year": {"nb": "Første år", "en": "First year"},
    "start_year_help": {"nb": "Året tiltaket starter (år 0, som ikke diskonteres).",
                        "en": "The year the measure starts (year 0, not discounted)."},
    "horizon": {"nb": "Analyseperiode (år)", "en": "Analysis period (years)"},
    "horizon_help": {"nb": "Hvor mange år gevinster og kostnader telles med.",
                     "en": "How many years gains and costs are counted."},
    "participants": {"nb": "Deltakere per år", "en": "Participants per year"},
    "participants_help": {"nb": "Hvor mange nye deltakere som starter hvert år.",
                          "en": "How many new participants start each year."},
    "intake_years": {"nb": "Antall år med nye deltakere", "en": "Years with new participants"},
    "intake_years_help": {"nb": "Hvor mange år på rad et nytt kull starter.",
                          "en": "How many years in a row a new cohort starts."},
    "duration": {"nb": "Varighet per deltaker (år)", "en": "Duration per participant (years)"},
    "duration_help": {"nb": "Hvor mange år hver deltaker får tiltaket (og koster).",
                      "en": "How many years each participant receives (and costs) the measure."},
    "cost_kommune": {"nb": "Kostnad per deltakerår, kommune (kr)",
                     "en": "Cost per participant-year, municipality (NOK)"},
    "cost_fylkeskommune": {"nb": "Kostnad per deltakerår, fylkeskommune (kr)",
                           "en": "Cost per participant-year, county (NOK)"},
    "cost_stat": {"nb": "Kostnad per deltakerår, stat (kr)",
                  "en": "Cost per participant-year, state (NOK)"},
    "sec_more_costs": {"nb": "Stønad til deltakerne", "en": "Cash to participants"},
    "transfer_kommune": {"nb": "Stønad per deltakerår fra kommunen (kr)",
                         "en": "Cash per participant-year from the municipality (NOK)"},
    "transfer_fylkeskommune": {"nb": "Stønad per deltakerår fra fylkeskommunen (kr)",
                               "en": "Cash per participant-year from the county (NOK)"},
    "transfer_stat": {"nb": "Stønad per deltakerår fra staten (kr)",
                      "en": "Cash per participant-year from the state (NOK)"},
    "transfer_help": {"nb": "Penger tiltaket betaler deltakerne (f.eks. en ny ytelse): en "
                            "kostnad for budsjettet og en inntekt for personen.",
                      "en": "Money the measure pays participants (e.g. a new benefit): a cost "
                            "to the budget and income to the person."},
    "fixed_amount": {"nb": "Beløp (kr)", "en": "Amount (NOK)"},
    "fixed_amount_help": {"nb": "Skriv f.eks. 500 000 eller 1,2 mill.",
                          "en": "E.g. 500 000 or 1,2 mill."},
    "fixed_costs_head": {"nb": "Faste kostnader per år og betaler (sum {total})",
                         "en": "Fixed costs by year and payer (total {total})"},
    "fixed_costs_where": {"nb": "De faste kostnadene per år og betaler står i en tabell over "
                                "resultatene.",
                          "en": "The fixed costs by year and payer are in a table above the "
                                "results."},
    "fixed_costs_help": {"nb": "Faste kostnader per år og betaler (oppstart, utstyr, ledelse), "
                               "i tillegg til kostnaden per deltakerår. Legg til eller slett "
                               "rader i tabellen.",
                         "en": "Fixed costs by year and payer (start-up, equipment, "
                               "management), on top of the cost per participant-year. Add or "
                               "delete rows in the table."},
    "cost_help": {"nb": "Hva tiltaket koster denne betaleren for hver deltaker hvert år, i "
                        "kroner av valgt kroneår.",
                  "en": "What the measure costs this payer per participant per year, in NOK of "
                        "the chosen price year."},
    "fixed_costs": {"nb": "Faste kostnader fra utgangspunktet: {items}",
                    "en": "Fixed costs from the starting point: {items}"},
    "success_with": {"nb": "Suksessrate med tiltaket (%)", "en": "Success rate with (%)"},
    "success_with_help": {
        "nb": "Andelen deltakere som lykkes (f.eks. kommer i arbeid) når de får tiltaket.",
        "en": "Share of participants who succeed (e.g. get a job) with the measure."},
    "success_without": {"nb": "Suksessrate uten tiltaket (%)", "en": "Success rate without (%)"},
    "success_without_help": {
        "nb": "Andelen som ville lyktes uansett (dødvekt). Bare forskjellen mellom med og uten "
              "regnes som tiltakets effekt.",
        "en": "Share who would succeed anyway (deadweight). Only the difference counts as the "
              "measure's effect."},
    "lag": {"nb": "Forsinkelse (år)", "en": "Lag (years)"},
    "lag_help": {"nb": "Hvor mange år det tar før effekten viser seg.",
                 "en": "Years before the effect shows."},
    "persistence": {"nb": "Varighet av effekten (år, 0 = hele perioden)",
                    "en": "Persistence of the effect (years, 0 = whole period)"},
    "persistence_help": {"nb": "Hvor lenge en suksess varer. 0 betyr at den varer ut "
                               "analyseperioden.",
                         "en": "How long a success lasts. 0 means to the end of the period."},
    "decay": {"nb": "Årlig avskrivning av effekten (%)", "en": "Annual decay of the effect (%)"},
    "decay_help": {"nb": "Hvor mye av effekten som forsvinner hvert år etter at den har "
                         "startet (0 % = ingen avskrivning).",
                   "en": "How much of the effect fades each year once it has started."},
    "price_year": {"nb": "Kroneår", "en": "Price year"},
    "price_year_help": {"nb": "Alle kronebeløp regnes om til kroner i dette året med "
                              "konsumprisindeksen (KPI).",
                        "en": "All amounts are converted to NOK of this year with the CPI."},
    "schedule": {"nb": "Diskonteringsrente", "en": "Discount rate"},
    "schedule_help": {
        "nb": "Framtidige kroner er mindre verdt enn kroner i dag. R-109 er Finansdepartementets "
              "rundskriv: 4 % de første 40 årene, så 3 % og 2 %.",
        "en": "Future kroner are worth less than kroner today. R-109 is the Ministry of "
              "Finance's circular: 4 % for 40 years, then 3 % and 2 %."},
    "schedule_R-109": {"nb": "R-109 (4 %, 3 %, 2 %)", "en": "R-109 (4 %, 3 %, 2 %)"},
    "schedule_flat": {"nb": "Fast rente", "en": "Flat rate"},
    "schedule_custom": {"nb": "Egen plan", "en": "Custom schedule"},
    "flat_rate": {"nb": "Fast rente (%)", "en": "Flat rate (%)"},
    "custom_steps": {"nb": "Egen plan: fra år: rente %", "en": "Custom: from year: rate %"},
    "custom_steps_help": {"nb": "F.eks. «0: 4; 40: 3; 75: 2» betyr 4 % fra år 0, 3 % fra år 40 "
                                "og 2 % fra år 75.",
                          "en": "E.g. “0: 4; 40: 3; 75: 2” means 4 % from year 0, 3 % from "
                                "year 40 and 2 % from year 75."},
    # inputs for the societal and wellbeing views
    "sec_views": {"nb": "Samfunnsøkonomi og livskvalitet", "en": "Societal and wellbeing views"},
    "societal_period": {"nb": "Analyseperiode for samfunnsøkonomisk visning",
                        "en": "Analysis period of the societal view"},
    "societal_period_help": {
        "nb": "Hvor mange år som telles år for år i den samfunnsøkonomiske visningen. R-109 "
              "bruker 40 år (kortet ned til analyseperioden over).",
        "en": "How many years count year by year in the societal view. R-109 uses 40 years "
              "(shortened to the analysis period above)."},
    "period_horizon": {"nb": "Som analyseperioden", "en": "As the analysis period"},
    "period_R-109": {"nb": "R-109 (40 år)", "en": "R-109 (40 years)"},
    "period_years": {"nb": "Eget antall år", "en": "Own number of years"},
    "societal_years": {"nb": "Antall år", "en": "Number of years"},
    "residual_value": {"nb": "Restverdi", "en": "Residual value"},
    "residual_value_help": {
        "nb": "Skal virkninger etter analyseperioden (fram til horisonten) tas med som én "
              "restverdi i periodens siste år?",
        "en": "Should effects after the analysis period (up to the horizon) count as one "
              "residual value in the period's last year?"},
    "residual_choice_none": {"nb": "Ingen restverdi", "en": "No residual value"},
    "residual_choice_remaining": {"nb": "Ta med virkningene etter perioden",
                                  "en": "Include effects after the period"},
    "wellbeing_rule": {"nb": "Kroneverdi per WELLBY", "en": "Money value per WELLBY"},
    "wellbeing_rule_help": {
        "nb": "Regelen som gjør livskvalitet om til kroner. Ingen av dem er en norsk offisiell "
              "WELLBY-verdi; velg den du kan forsvare, og se hvor mye valget betyr.",
        "en": "The rule that turns wellbeing into kroner. None is an official Norwegian WELLBY "
              "value; pick the one you can defend and see how much the choice matters."},
    "own_value": {"nb": "Egen verdi per WELLBY (kr)", "en": "Own value per WELLBY (NOK)"},
    "own_value_help": {"nb": "Kroner per WELLBY i valgt kroneår. Verdien er din forutsetning.",
                       "en": "NOK per WELLBY in the chosen price year. The value is your "
                             "assumption."},
}
