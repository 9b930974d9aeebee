"""Texts of the calculator's downloads and its provenance table: the Excel workbook and the
blank budget template, the scenario as YAML, and where every parameter comes from.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # downloads
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
    "save_yaml": {"nb": "Lagre scenarioet (YAML)", "en": "Save the scenario (YAML)"},
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
}
