"""Texts of the kommune's own accounts: inntektsutjevning, the cross-sector view
(tverrgående budsjett), gevinstdeling and the økonomiplan table."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "sec_kommune": {"nb": "Kommunens regnskap", "en": "The municipality's accounts"},
    "kostra_function": {"nb": "Tiltakets KOSTRA-funksjon", "en": "KOSTRA function of the measure"},
    "kostra_function_help": {
        "nb": "Funksjonen kommunens del av tiltakets kostnad føres på. Den bestemmer hvilket "
              "tjenesteområde som betaler i det tverrgående budsjettet.",
        "en": "The function the municipality's share of the cost is booked on; it decides "
              "which service area pays in the cross-sector view."},
    "kostra_none": {"nb": "ikke oppgitt", "en": "not given"},
    "equalisation": {"nb": "Med inntektsutjevning", "en": "With income equalisation"},
    "equalisation_help": {
        "nb": "Inntektssystemet tar tilbake en del av kommunens ekstra skatteinntekt (60 % over "
              "terskelen, 95 % under) og gir den til resten av kommunesektoren. Slå av for en "
              "nasjonal visning.",
        "en": "The income system takes back part of the municipality's extra tax (60 % above "
              "the threshold, 95 % below) and gives it to the rest of the local-government "
              "sector. Turn off for a national view."},
    "tax_level": {"nb": "Kommunens skattenivå (andel av landssnittet)",
                  "en": "The municipality's tax level (share of the national average)"},
    "tax_level_help": {
        "nb": "Skatt per innbygger delt på landsgjennomsnittet, 0,5–2,0. 0 bruker "
              "parametersettets verdi for Trondheim. Under terskelen for "
              "tilleggskompensasjon beholder kommunen bare 5 % av en ekstra skattekrone.",
        "en": "Tax per inhabitant divided by the national average, 0.5–2.0. 0 uses the "
              "parameter set's value for Trondheim. Below the compensation threshold the "
              "municipality keeps only 5 % of an extra krone of tax."},
    "andre_kommuner": {"nb": "Resten av kommunesektoren",
                       "en": "Rest of the local-government sector"},
    "kommune_head": {"nb": "Kommunens regnskap: hvilken sektor betaler, og hvilken sparer",
                     "en": "The municipality's accounts: which sector pays, which saves"},
    "kommune_details": {"nb": "Sektorer, gevinstdeling og økonomiplan",
                        "en": "Sectors, gain sharing and the four-year plan"},
    "equalisation_text": {
        "nb": "Inntektsutjevningen tar {moved} (nåverdi) av kommunens ekstra skatteinntekt på "
              "{tax}: kommunen beholder {keeps}. Resten av kommunesektoren får {other} "
              "(inkludert fylkeskommunens utjevning); offentlig sum er uendret.",
        "en": "Income equalisation takes {moved} (present value) of the municipality's extra "
              "tax revenue of {tax}: the municipality keeps {keeps}. The rest of the "
              "local-government sector gets {other} (including the county's equalisation); "
              "the public total is unchanged."},
    "equalisation_off": {"nb": "Inntektsutjevningen er slått av (nasjonal visning).",
                         "en": "Income equalisation is off (national view)."},
    "equalisation_none": {"nb": "Tiltaket endrer ikke kommunens skatteinntekter.",
                          "en": "The measure does not change the municipality's tax."},
    "sectors_head": {"nb": "Tverrgående budsjett per tjenesteområde (nåverdi)",
                     "en": "Cross-sector budget by service area (present value)"},
    "col_sector": {"nb": "Tjenesteområde", "en": "Service area"},
    "col_kostra": {"nb": "KOSTRA-funksjoner", "en": "KOSTRA functions"},
    "col_npv": {"nb": "Nåverdi", "en": "Present value"},
    "col_line": {"nb": "Betaler / sektor", "en": "Payer / sector"},
    "kommune_total": {"nb": "Kommunen i alt", "en": "Municipality in total"},
    "sharing_text": {
        "nb": "Gevinstdeling: flyttes {share} av gevinsten i {gaining} til {paying}, går "
              "{paying} i balanse.",
        "en": "Gain sharing: moving {share} of the gains in {gaining} to {paying} makes "
              "{paying} break even."},
    "sharing_short": {
        "nb": "Gevinstdeling: selv hele gevinsten i {gaining} dekker ikke kostnaden i "
              "{paying} ({share} ville trengs); kommunen samlet går ikke i balanse.",
        "en": "Gain sharing: even all the gains in {gaining} do not cover the cost in "
              "{paying} ({share} would be needed); the municipality as a whole does not "
              "break even."},
    "sharing_none": {"nb": "Ingen sektor taper og en annen tjener, så gevinstdeling er ikke "
                           "aktuelt.",
                     "en": "No sector loses while another gains, so gain sharing does not "
                           "apply."},
    "plan_head": {"nb": "Økonomiplan: de fire første årene (udiskontert, kroner i kroneåret)",
                  "en": "Financial plan: the first four years (undiscounted, price-year "
                        "kroner)"},
    "plan_note": {"nb": "Positive tall er inntekt eller innsparing, negative er utgift. Klar "
                        "til å lime inn i handlings- og økonomiplanen.",
                  "en": "Positive numbers are income or savings, negative are spending."},
}
