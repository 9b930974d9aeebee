"""Every text the app shows, in Norwegian bokmål (the source) and English.

One table keeps the two languages side by side, so a missing translation is a failing
test rather than a blank label. Error messages from the core stay Norwegian in both.
"""

from __future__ import annotations

LANGUAGES = {"nb": "Norsk (bokmål)", "en": "English"}
DEFAULT_LANGUAGE = "nb"

TEXTS: dict[str, dict[str, str]] = {
    # navigation and frame
    "app_title": {"nb": "Utenforregnskap – hva gir tidlig innsats tilbake?",
                  "en": "Outsider accounts – what does early intervention return?"},
    "language": {"nb": "Språk", "en": "Language"},
    "nav_calc": {"nb": "Kalkulator", "en": "Calculator"},
    "nav_compare": {"nb": "Sammenlign scenarioer", "en": "Compare scenarios"},
    "nav_guide": {"nb": "Brukerveiledning", "en": "User guide"},
    "param_set": {"nb": "Parametersett {version} · sha256 {sha}…",
                  "en": "Parameter set {version} · sha256 {sha}…"},
    # start
    "start_from": {"nb": "Start fra", "en": "Start from"},
    "start_help": {"nb": "Velg et ferdig eksempel eller et tomt scenario. Alle feltene under "
                         "kan endres etterpå.",
                   "en": "Pick a ready-made example or a blank scenario. Every field below can "
                         "be changed afterwards."},
    "blank": {"nb": "Tomt scenario", "en": "Blank scenario"},
    "upload": {"nb": "Last opp et lagret scenario (YAML)", "en": "Upload a saved scenario (YAML)"},
    "upload_help": {"nb": "Filen leses bare som data (YAML), aldri som kode. Største størrelse "
                          "er satt i .streamlit/config.toml.",
                    "en": "The file is read as data (YAML) only, never as code. The size limit "
                          "is set in .streamlit/config.toml."},
    "upload_error": {"nb": "Kunne ikke lese scenarioet", "en": "Could not read the scenario"},
    "upload_ok": {"nb": "Lastet inn «{name}».", "en": "Loaded “{name}”."},
    # inputs
    "inputs": {"nb": "Forutsetninger", "en": "Assumptions"},
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
    "input_error": {"nb": "Forutsetningene kan ikke beregnes", "en": "Cannot compute"},
    # results
    "results": {"nb": "Resultater", "en": "Results"},
    "budget_head": {"nb": "Budsjettvirkning – bare offentlige budsjetter, ikke "
                          "samfunnsøkonomisk lønnsomhet",
                    "en": "Budget effect – public budgets only, not social profitability"},
    "npv_help": {"nb": "Netto nåverdi for denne betaleren: sparte utgifter og økte "
                       "skatteinntekter minus tiltakets kostnad, diskontert til første år.",
                 "en": "Net present value for this payer: savings and extra tax minus the "
                       "measure's cost, discounted to the first year."},
    "public_total": {"nb": "Offentlig sum", "en": "Public total"},
    "kommune": {"nb": "Kommune", "en": "Municipality"},
    "fylkeskommune": {"nb": "Fylkeskommune", "en": "County"},
    "stat": {"nb": "Stat", "en": "State"},
    "pv_cost": {"nb": "Tiltakets kostnad (nåverdi)", "en": "Cost of the measure (PV)"},
    "roi": {"nb": "Avkastning per kostnadskrone", "en": "Return per krone spent"},
    "roi_help": {"nb": "Offentlig netto nåverdi delt på tiltakets kostnad (nåverdi).",
                 "en": "Public NPV divided by the measure's cost (PV)."},
    "payback": {"nb": "Nedbetalingsår", "en": "Payback year"},
    "payback_help": {"nb": "Første år der den diskonterte, akkumulerte offentlige "
                           "nettoeffekten blir og forblir positiv.",
                     "en": "First year from which the discounted cumulative public net "
                           "effect stays positive."},
    "never": {"nb": "ikke i perioden", "en": "not in period"},
    "needed": {"nb": "Hvor mange må lykkes", "en": "Successes needed"},
    "needed_help": {"nb": "Antall ekstra suksesser (utover dem som ville lyktes uansett) som "
                          "må til for at offentlige budsjetter går i null.",
                    "en": "Extra successes (beyond those who would succeed anyway) for public "
                          "budgets to break even."},
    "needed_value": {"nb": "{needed} av {n}", "en": "{needed} of {n}"},
    "break_even_rate": {"nb": "Suksessrate som gir balanse", "en": "Break-even success rate"},
    "not_feasible": {"nb": "over 100 % – ikke oppnåelig", "en": "above 100 % – not achievable"},
    "no_gain": {"nb": "en suksess gir ingen offentlig gevinst",
                "en": "a success gives no public gain"},
    "chart_head": {"nb": "Nettoeffekt per år og akkumulert, per betaler",
                   "en": "Net effect per year and cumulative, by payer"},
    "discounted": {"nb": "Diskontert (nåverdi)", "en": "Discounted (present value)"},
    "undiscounted": {"nb": "Udiskontert (kroneår)", "en": "Undiscounted (price year)"},
    "axis_year": {"nb": "År", "en": "Year"},
    "axis_yearly": {"nb": "Per år (mill. kr)", "en": "Per year (NOK million)"},
    "axis_cumulative": {"nb": "Akkumulert (mill. kr)", "en": "Cumulative (NOK million)"},
    "axis_payer": {"nb": "Betaler", "en": "Payer"},
    "discounting_used": {"nb": "Diskontering: {name}; år 0 udiskontert",
                         "en": "Discounting: {name}; year 0 undiscounted"},
    "warning": {"nb": "Merk", "en": "Note"},
    # optional views
    "societal_head": {"nb": "Samfunnsøkonomisk lønnsomhet (R-109)",
                      "en": "Social cost-benefit (R-109)"},
    "wellbeing_head": {"nb": "Livskvalitet (WELLBY)", "en": "Wellbeing (WELLBY)"},
    "tornado_head": {"nb": "Hva betyr mest? (tornado)", "en": "What matters most? (tornado)"},
    "montecarlo_head": {"nb": "Usikkerhet (Monte Carlo)", "en": "Uncertainty (Monte Carlo)"},
    "excel_head": {"nb": "Excel-arbeidsbok", "en": "Excel workbook"},
    "coming": {"nb": "Kommer: denne delen er under arbeid og vises her når den er ferdig.",
               "en": "Coming: this part is being built and will show here when ready."},
    "mc_progress": {"nb": "Trekker {done} av {total} simuleringer …",
                    "en": "Drawing {done} of {total} simulations …"},
    "download_xlsx": {"nb": "Last ned Excel-arbeidsbok", "en": "Download Excel workbook"},
    # provenance
    "provenance_head": {"nb": "Hvor kommer tallene fra?", "en": "Where do the numbers come from?"},
    "provenance_intro": {
        "nb": "Alle parametere beregningen brukte, med enhet, kroneår, kilde og hvor sikre vi "
              "er. Overstyrte verdier er merket.",
        "en": "Every parameter the calculation used, with unit, price year, source and how "
              "sure we are. Overridden values are marked."},
    "col_name": {"nb": "Parameter", "en": "Parameter"},
    "col_label": {"nb": "Beskrivelse", "en": "Description"},
    "col_unit": {"nb": "Enhet", "en": "Unit"},
    "col_price_year": {"nb": "Kroneår", "en": "Price year"},
    "col_confidence": {"nb": "Sikkerhet", "en": "Confidence"},
    "col_source": {"nb": "Kilde", "en": "Source"},
    "col_sources": {"nb": "Alle kilder", "en": "All sources"},
    "col_overridden": {"nb": "Overstyrt", "en": "Overridden"},
    "yes": {"nb": "ja", "en": "yes"},
    # save, compare
    "save_yaml": {"nb": "Lagre scenarioet (YAML)", "en": "Save the scenario (YAML)"},
    "add_compare": {"nb": "Legg til i sammenligning", "en": "Add to comparison"},
    "added": {"nb": "Lagt til i sammenligningen ({n} av {max}).",
              "en": "Added to the comparison ({n} of {max})."},
    "compare_full": {"nb": "Du kan sammenligne høyst {max} scenarioer. Fjern ett først.",
                     "en": "You can compare at most {max} scenarios. Remove one first."},
    "compare_empty": {"nb": "Ingen scenarioer ennå. Legg til fra kalkulatoren med «Legg til i "
                            "sammenligning».",
                      "en": "No scenarios yet. Add them from the calculator with “Add to "
                            "comparison”."},
    "compare_metric": {"nb": "Nøkkeltall", "en": "Metric"},
    "remove": {"nb": "Fjern «{name}»", "en": "Remove “{name}”"},
    "clear": {"nb": "Tøm sammenligningen", "en": "Clear the comparison"},
}


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The text for `key` in `lang` (Norwegian when the language is unknown)."""
    entry = TEXTS[key]
    text = entry.get(lang, entry[DEFAULT_LANGUAGE])
    return text.format(**values) if values else text
