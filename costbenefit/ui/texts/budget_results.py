"""Texts of the calculator's budget results: the net present value per public payer,
the cost, the net present value per krone of cost and the payback year, how many must succeed
to break even, and the chart of the net effect year by year.

The Norwegian label and help of the ratio `roi` and «ikke oppnåelig» are the presenters' own
(:mod:`costbenefit.report.texts_nb`), so the app, the table and the workbook say the same.

The payer names are also the outcomes the uncertainty section lets the user choose.
"""

from __future__ import annotations

from costbenefit.report.texts_nb import NOT_REACHABLE, ROI_HELP, ROI_LABEL

TEXTS: dict[str, dict[str, str]] = {
    # budget view
    "results": {"nb": "Resultater", "en": "Results"},
    "npv_help": {"nb": "Netto nåverdi for denne betaleren: sparte utgifter og økte "
                       "skatteinntekter minus tiltakets kostnad, diskontert til første år.",
                 "en": "Net present value for this payer: savings and extra tax minus the "
                       "measure's cost, discounted to the first year."},
    "public_total": {"nb": "Offentlig sum", "en": "Public total"},
    "kommune": {"nb": "Kommune", "en": "Municipality"},
    "fylkeskommune": {"nb": "Fylkeskommune", "en": "County"},
    "stat": {"nb": "Stat", "en": "State"},
    "pv_cost": {"nb": "Tiltakets kostnad (nåverdi)", "en": "Cost of the measure (PV)"},
    "roi": {"nb": ROI_LABEL, "en": "Net present value per krone of the measure's cost"},
    "roi_help": {"nb": ROI_HELP,
                 "en": "Public net present value divided by the present value of the "
                       "measure's cost. 0 means the measure just pays for itself; 1 means each "
                       "krone brings one krone back on top. Not an annual return."},
    "payback": {"nb": "Nedbetalingsår", "en": "Payback year"},
    "payback_help": {"nb": "Første år der den diskonterte, akkumulerte offentlige "
                           "nettoeffekten blir og forblir positiv.",
                     "en": "First year from which the discounted cumulative public net "
                           "effect stays positive."},
    "never": {"nb": "ikke i perioden", "en": "not in period"},
    # break-even
    "needed": {"nb": "Hvor mange må lykkes", "en": "Successes needed"},
    "needed_help": {"nb": "Antall ekstra suksesser (utover dem som ville lyktes uansett) som "
                          "må til for at offentlige budsjetter går i null.",
                    "en": "Extra successes (beyond those who would succeed anyway) for public "
                          "budgets to break even."},
    "needed_value": {"nb": "{needed} av {n}", "en": "{needed} of {n}"},
    "break_even_rate": {"nb": "Suksessrate som gir balanse", "en": "Break-even success rate"},
    "not_feasible": {"nb": NOT_REACHABLE, "en": "not achievable"},
    "not_feasible_reason": {
        "nb": "Ikke oppnåelig: selv om alle deltakerne lykkes, dekker gevinsten ikke kostnaden "
              "(suksessraten som gir balanse måtte ha vært over 100 %).",
        "en": "Not achievable: even if every participant succeeds, the gain does not cover "
              "the cost (the break-even success rate would have to be above 100 %)."},
    "break_even_rate_help": {
        "nb": "Suksessraten med tiltaket som gir offentlig netto nåverdi 0. Måtte den ha vært "
              "over 100 %, vises «ikke oppnåelig».",
        "en": "The success rate with the measure at which public net present value is 0. "
              "Were it above 100 %, «not achievable» is shown."},
    "effect_multiplier_value": {
        "nb": "Markov-modus: {x} × den antatte effekten gir balanse",
        "en": "Markov mode: {x} × the assumed effect breaks even"},
    "no_gain": {"nb": "en suksess gir ingen offentlig gevinst",
                "en": "a success gives no public gain"},
    # net effect chart
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
}
