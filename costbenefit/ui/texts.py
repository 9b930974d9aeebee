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
    "upload": {"nb": "Last opp et scenario (YAML) eller en utfylt budsjettmal (xlsx)",
               "en": "Upload a scenario (YAML) or a filled budget template (xlsx)"},
    "upload_help": {"nb": "Filen leses bare som data (YAML eller Excel-celler), aldri som kode "
                          "eller makroer. Høyst 5 MB.",
                    "en": "The file is read as data only (YAML or Excel cells), never as code "
                          "or macros. At most 5 MB."},
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
    "markov_info": {
        "nb": "Dette scenariet er i Markov-modus: effekten ligger i overgangssannsynlighetene i "
              "scenariofilen (markov.transition_effects). Suksessratene, etterslepet og den "
              "avtakende effekten her brukes ikke.",
        "en": "This scenario is in Markov mode: the effect lies in the transition probabilities "
              "in the scenario file (markov.transition_effects). The success rates, lag and "
              "decay here are not used."},
    "effect_multiplier_value": {
        "nb": "Markov-modus: {x} × den antatte effekten gir balanse",
        "en": "Markov mode: {x} × the assumed effect breaks even"},
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
    # the three views
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
    "col_pv": {"nb": "Nåverdi", "en": "Present value"},
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
    "col_value": {"nb": "Verdi", "en": "Value"},
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
    # uncertainty
    "uncertainty_head": {"nb": "Usikkerhet", "en": "Uncertainty"},
    "outcome": {"nb": "Resultatmål", "en": "Outcome"},
    "ranges_head": {"nb": "Usikre størrelser (lav – høy)", "en": "Uncertain inputs (low – high)"},
    "ranges_help": {
        "nb": "Kryss av for en størrelse du er usikker på, og oppgi lav og høy verdi. Verdien i "
              "sidepanelet er den mest sannsynlige (PERT-fordeling). Tornado bruker P10/P90 av "
              "fordelingen, ellers verdien ±20 %; Monte Carlo trekker fra fordelingene.",
        "en": "Tick an input you are unsure of and give a low and a high value. The value in "
              "the sidebar is the most likely one (PERT distribution). The tornado uses P10/P90 "
              "of the distribution, else the value ±20 %; Monte Carlo draws from them."},
    "range_on": {"nb": "Usikker", "en": "Uncertain"},
    "range_low": {"nb": "Lav", "en": "Low"},
    "range_high": {"nb": "Høy", "en": "High"},
    "other_declared": {"nb": "Også usikre fra scenarioet: {items}",
                       "en": "Also uncertain from the scenario: {items}"},
    "from_parameter_set": {"nb": "Også usikre fra parametersettet (fordeling i parameterfilen): "
                                 "{items}",
                           "en": "Also uncertain from the parameter set (distribution in the "
                                 "parameter file): {items}"},
    "tornado_head": {"nb": "Hva betyr mest? (tornado)", "en": "What matters most? (tornado)"},
    "tornado_caption": {
        "nb": "Hver størrelse ved lav og høy verdi, alt annet ved basisverdien "
              "({base}). Sortert etter utslag.",
        "en": "Each input at its low and high value, all else at base ({base}). Sorted by "
              "swing."},
    "end_low": {"nb": "lav verdi", "en": "low value"},
    "end_high": {"nb": "høy verdi", "en": "high value"},
    "axis_input": {"nb": "Størrelse", "en": "Input"},
    "axis_npv": {"nb": "Nåverdi (mill. kr)", "en": "Present value (NOK million)"},
    "axis_end": {"nb": "Ende", "en": "End"},
    "axis_value": {"nb": "Verdi", "en": "Value"},
    "axis_swing": {"nb": "Utslag", "en": "Swing"},
    "axis_draws": {"nb": "Antall trekk", "en": "Number of draws"},
    "switching_head": {"nb": "Bryteverdi", "en": "Switching value"},
    "switching_input": {"nb": "Størrelse", "en": "Input"},
    "switching_help": {"nb": "Verdien av størrelsen der nåverdien for valgt resultatmål blir "
                             "null, når alt annet er som i sidepanelet.",
                       "en": "The input's value at which the chosen outcome's NPV is zero, "
                             "all else as in the sidebar."},
    "switching_value": {"nb": "{label}: nåverdien blir null ved {value} (nå {base}).",
                        "en": "{label}: the NPV is zero at {value} (now {base})."},
    "switching_roots": {"nb": "Nærmest dagens verdi; {n} nullpunkter mellom {lo} og {hi}.",
                        "en": "Nearest today's value; {n} zero points between {lo} and {hi}."},
    "switching_none": {"nb": "Ingen bryteverdi: nåverdien er {sign} for alle verdier fra {lo} "
                             "til {hi}.",
                       "en": "No switching value: the NPV is {sign} for every value from {lo} "
                             "to {hi}."},
    "positive": {"nb": "positiv", "en": "positive"},
    "negative": {"nb": "negativ", "en": "negative"},
    "montecarlo_head": {"nb": "Usikkerhet (Monte Carlo)", "en": "Uncertainty (Monte Carlo)"},
    "mc_draws": {"nb": "Antall trekk", "en": "Draws"},
    "mc_draws_help": {"nb": "Flere trekk gir sikrere anslag, men tar lengre tid (høyst "
                            "{max}).",
                      "en": "More draws give steadier estimates but take longer (at most "
                            "{max})."},
    "mc_seed": {"nb": "Frø (seed)", "en": "Seed"},
    "mc_seed_help": {"nb": "Samme frø, antall trekk og forutsetninger gir alltid samme "
                           "resultat – også i kommandolinjen (costbenefit montecarlo).",
                     "en": "The same seed, draws and assumptions always give the same result "
                           "– also on the command line (costbenefit montecarlo)."},
    "mc_run": {"nb": "Kjør Monte Carlo", "en": "Run Monte Carlo"},
    "mc_auto": {"nb": "Kjør på nytt når forutsetningene endres",
                "en": "Run again when the assumptions change"},
    "mc_none": {"nb": "Kryss av for minst én usikker størrelse over for å kjøre Monte Carlo.",
                "en": "Tick at least one uncertain input above to run Monte Carlo."},
    "mc_stale": {"nb": "Forutsetningene er endret siden forrige kjøring. Trykk «Kjør Monte "
                       "Carlo» for å oppdatere.",
                 "en": "The assumptions changed since the last run. Press “Run Monte Carlo” "
                       "to update."},
    "mc_progress": {"nb": "Trekker {done} av {total} simuleringer …",
                    "en": "Drawing {done} of {total} simulations …"},
    "prob_positive": {"nb": "Sannsynlighet for nåverdi > 0", "en": "Probability NPV > 0"},
    "prob_positive_help": {"nb": "Andelen av {draws} trekk (frø {seed}) der nåverdien er "
                                 "positiv.",
                           "en": "Share of {draws} draws (seed {seed}) with a positive NPV."},
    "mc_percentile_help": {"nb": "Persentiler av nåverdien: 5 %, 50 % (median) og 95 % av "
                                 "trekkene ligger under.",
                           "en": "Percentiles of the NPV: 5 %, 50 % (median) and 95 % of the "
                                 "draws lie below."},
    "mc_caption": {"nb": "{draws} trekk, frø {seed}. Stiplet linje: null.",
                   "en": "{draws} draws, seed {seed}. Dashed line: zero."},
    # Excel
    "excel_head": {"nb": "Excel", "en": "Excel"},
    "download_xlsx": {"nb": "Last ned Excel-arbeidsbok", "en": "Download Excel workbook"},
    "download_xlsx_help": {"nb": "Hele beregningen med levende formler, kilder og "
                                 "sporbarhet.",
                           "en": "The whole calculation with live formulas, sources and "
                                 "provenance."},
    "download_template": {"nb": "Last ned tom budsjettmal", "en": "Download blank budget template"},
    "download_template_help": {
        "nb": "Prosjekteiere fyller ut malen og laster den opp igjen i sidepanelet (eller "
              "kjører costbenefit evaluate MAL.xlsx).",
        "en": "Project owners fill in the template and upload it again in the sidebar (or run "
              "costbenefit evaluate TEMPLATE.xlsx)."},
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
    "link": {"nb": "lenke", "en": "link"},
    "col_sources": {"nb": "Alle kilder", "en": "All sources"},
    "col_overridden": {"nb": "Overstyrt", "en": "Overridden"},
    "yes": {"nb": "ja", "en": "yes"},
    "overrides": {"nb": "Overstyrte parametere (forutsetninger i scenarioet): {items}",
                  "en": "Overridden parameters (assumptions in the scenario): {items}"},
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
