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
}
