"""Texts of the comparison: adding a scenario to it from the calculator, and the compare
page that shows the collected scenarios side by side.

The heading of the metric column also heads the tables under the calculator's views.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # on the calculator page
    "add_compare": {"nb": "Legg til i sammenligning", "en": "Add to comparison"},
    "added": {"nb": "Lagt til i sammenligningen ({n} av {max}).",
              "en": "Added to the comparison ({n} of {max})."},
    "compare_duplicate": {"nb": "Dette scenarioet er allerede med i sammenligningen.",
                          "en": "This scenario is already in the comparison."},
    "compare_full": {"nb": "Du kan sammenligne høyst {max} scenarioer. Fjern ett først.",
                     "en": "You can compare at most {max} scenarios. Remove one first."},
    # the compare page
    "budget_head": {"nb": "Budsjettvirkning – bare offentlige budsjetter, ikke "
                          "samfunnsøkonomisk lønnsomhet",
                    "en": "Budget effect – public budgets only, not social profitability"},
    "compare_empty": {"nb": "Ingen scenarioer ennå. Legg til fra kalkulatoren med «Legg til i "
                            "sammenligning».",
                      "en": "No scenarios yet. Add them from the calculator with “Add to "
                            "comparison”."},
    "compare_metric": {"nb": "Nøkkeltall", "en": "Metric"},
    "remove": {"nb": "Fjern «{name}»", "en": "Remove “{name}”"},
    "clear": {"nb": "Tøm sammenligningen", "en": "Clear the comparison"},
    "compare_intro": {
        "nb": "De tre visningene står i hver sin tabell og legges aldri sammen. Positive tall "
              "er netto gevinst, negative tall netto kostnad.",
        "en": "The three views stand in separate tables and are never added together. "
              "Positive numbers are a net gain, negative numbers a net cost."},
    "compare_duplicates": {
        "nb": "Samme scenario var lagt til flere ganger; det vises bare én gang.",
        "en": "The same scenario had been added more than once; it is shown only once."},
    "compare_settings_head": {"nb": "Forutsetninger for sammenligningen",
                              "en": "Basis of the comparison"},
    "cmp_period": {"nb": "Analyseperiode", "en": "Analysis period"},
    "cmp_period_value": {"nb": "{n} år ({first}–{last})", "en": "{n} years ({first}–{last})"},
    "cmp_societal_period": {"nb": "Analyseperiode, samfunnsøkonomi og livskvalitet",
                            "en": "Analysis period, societal and wellbeing views"},
    "cmp_start_year": {"nb": "Startår (år 0)", "en": "Base year (year 0)"},
    "cmp_price_year": {"nb": "Kroneår", "en": "Price year"},
    "cmp_discounting": {"nb": "Diskontering", "en": "Discounting"},
    "cmp_flat": {"nb": "fast {rate}", "en": "flat {rate}"},
    "cmp_step": {"nb": "{rate} år {first}–{last}", "en": "{rate} years {first}–{last}"},
    "cmp_step_last": {"nb": "{rate} fra år {first}", "en": "{rate} from year {first}"},
    "cmp_differs": {
        "nb": "Scenarioene har ulik {what}. Nåverdiene {effects}, og kan ikke sammenlignes "
              "direkte: forskjellen skyldes ikke bare tiltakene. Sett like forutsetninger i "
              "kalkulatoren for en rettferdig sammenligning.",
        "en": "The scenarios differ in {what}. Their present values {effects}, and cannot be "
              "compared directly: the difference is not due to the measures alone. Use the "
              "same basis in the calculator for a fair comparison."},
    "cmp_effect_period": {"nb": "dekker ulike år", "en": "cover different years"},
    "cmp_effect_societal_period": {"nb": "dekker ulike år", "en": "cover different years"},
    "cmp_effect_start_year": {"nb": "er diskontert til ulike år",
                              "en": "are discounted to different years"},
    "cmp_effect_price_year": {"nb": "er i kroner fra ulike år",
                              "en": "are in kroner of different years"},
    "cmp_effect_discounting": {"nb": "er diskontert med ulik rente",
                               "en": "are discounted at different rates"},
    "cmp_basis": {"nb": "Forutsetning", "en": "Basis"},
    "cmp_and": {"nb": "og", "en": "and"},
    "cmp_what_period": {"nb": "analyseperiode", "en": "analysis period"},
    "cmp_what_societal_period": {"nb": "analyseperiode for samfunnsøkonomi og livskvalitet",
                                 "en": "analysis period of the societal and wellbeing views"},
    "cmp_what_start_year": {"nb": "startår", "en": "base year"},
    "cmp_what_price_year": {"nb": "kroneår", "en": "price year"},
    "cmp_what_discounting": {"nb": "diskontering", "en": "discounting"},
    "baseline": {"nb": "Sammenlign mot (basis)", "en": "Compare against (baseline)"},
    "baseline_help": {"nb": "Differansekolonnene viser hvert scenario minus dette.",
                      "en": "The difference columns show each scenario minus this one."},
    "diff_col": {"nb": "{name} − {base}", "en": "{name} − {base}"},
    "cmp_npv": {"nb": "Netto nåverdi, {payer}", "en": "Net present value, {payer}"},
    "cmp_effect_multiplier": {"nb": "Markov: effektmultiplikator som gir balanse",
                              "en": "Markov: effect multiplier that breaks even"},
    "pp": {"nb": "prosentpoeng", "en": "percentage points"},
    "years_unit": {"nb": "år", "en": "years"},
    "compare_societal_head": {"nb": "Samfunnsøkonomisk lønnsomhet (R-109) – egen visning",
                              "en": "Social cost-benefit (R-109) – a separate view"},
    "compare_wellbeing_head": {"nb": "Livskvalitet (WELLBY) – egen visning",
                               "en": "Wellbeing (WELLBY) – a separate view"},
    "compare_chart_head": {"nb": "Nåverdier i diagram", "en": "Present values in a chart"},
    "compare_chart_note": {
        "nb": "Millioner kroner. Hver rute er én størrelse; visningene legges ikke sammen.",
        "en": "NOK million. Each panel is one figure; the views are not added together."},
    "axis_scenario": {"nb": "Scenario", "en": "Scenario"},
    "axis_measure": {"nb": "Størrelse", "en": "Figure"},
    "axis_npv_mill": {"nb": "Nåverdi (mill. kr)", "en": "Present value (NOK million)"},
    "download_compare_xlsx": {"nb": "Last ned sammenligningen (Excel)",
                              "en": "Download the comparison (Excel)"},
    "download_compare_help": {
        "nb": "Ett ark per scenario med levende formler og et sammenligningsark.",
        "en": "One sheet per scenario with live formulas, and a comparison sheet."},
}
