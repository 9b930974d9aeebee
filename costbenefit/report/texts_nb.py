"""Norwegian sentences that several presenters (table, JSON, Excel, uncertainty) print, kept
in one place so they cannot drift apart."""

from __future__ import annotations

BUDGET_NOTE = ("Budsjettvirkning viser bare offentlige budsjetter (kommune, fylkeskommune, stat), "
               "ikke samfunnsøkonomisk lønnsomhet.")
UNCERTAINTY_NOTE = (
    "Resultatmålene er nåverdier for offentlige budsjetter (budsjettvirkning, ikke "
    "samfunnsøkonomisk lønnsomhet) og samfunnsøkonomisk netto nåverdi (R-109), som er en egen "
    "visning og ikke skal legges til budsjettvirkningen."
)
