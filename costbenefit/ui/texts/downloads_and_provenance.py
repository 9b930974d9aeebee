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
        "nb": "Prosjekteiere fyller ut malen og sender den tilbake; den lastes opp i "
              "sidepanelet.",
        "en": "Project owners fill in the template and send it back; it is uploaded in the "
              "sidebar."},
    "download_pdf": {"nb": "Last ned saksrapport (PDF)", "en": "Download case report (PDF)"},
    "download_pdf_help": {
        "nb": "Vedlegg til saksframlegg på én til tre A4-sider: forutsetninger med kilde, de "
              "tre visningene side om side, hvem som betaler, hvor mange som må lykkes, "
              "usikkerhet og ikke-prissatte virkninger.",
        "en": "A case report in Norwegian, one to three A4 pages: assumptions with sources, the "
              "three views side by side, who pays, how many must succeed, uncertainty and "
              "non-priced effects."},
    "save_yaml": {"nb": "Lagre scenarioet (YAML)", "en": "Save the scenario (YAML)"},
    # provenance
    "provenance_head": {"nb": "Hvor kommer tallene fra?", "en": "Where do the numbers come from?"},
    "provenance_intro": {
        "nb": "Alle parametere beregningen brukte, med verdien som ble brukt, enhet, kroneår, "
              "kilde og hvor sikre vi er. Overstyrte verdier er merket med parametersettets "
              "verdi.",
        "en": "Every parameter the calculation used, with the value used, unit, price year, "
              "source and how sure we are. Overridden values are marked with the parameter "
              "set's value."},
    "col_name": {"nb": "Parameter", "en": "Parameter"},
    "col_label": {"nb": "Beskrivelse", "en": "Description"},
    "col_unit": {"nb": "Enhet", "en": "Unit"},
    "col_price_year": {"nb": "Kroneår", "en": "Price year"},
    "col_confidence": {"nb": "Sikkerhet", "en": "Confidence"},
    "col_source": {"nb": "Kilde", "en": "Source"},
    "col_sources": {"nb": "Alle kilder", "en": "All sources"},
    "col_overridden": {"nb": "Overstyrt", "en": "Overridden"},
    "yes": {"nb": "ja", "en": "yes"},
    "overrides": {"nb": "Overstyrte parametere (forutsetninger i scenarioet): {items}",
                  "en": "Overridden parameters (assumptions in the scenario): {items}"},
    "col_value_used": {"nb": "Verdi brukt", "en": "Value used"},
    "value_table": {"nb": "tabell ({n} verdier)", "en": "table ({n} values)"},
    "value_list": {"nb": "liste ({n} verdier)", "en": "list ({n} values)"},
    "value_true": {"nb": "ja", "en": "yes"},
    "value_false": {"nb": "nei", "en": "no"},
    "overridden_from": {"nb": "ja (parametersettet: {value})",
                        "en": "yes (parameter set: {value})"},
    "override_item": {"nb": "{name} = {value} (parametersettet: {default})",
                      "en": "{name} = {value} (parameter set: {default})"},
    "provenance_values_note": {
        "nb": "Verdien er den som gjaldt på regeldatoen {date}, i parameterens eget kroneår; "
              "beregningen prisjusterer den til scenarioets kroneår {year}.",
        "en": "The value is the one in force on the rules date {date}, in the parameter's own "
              "price year; the calculation adjusts it to the scenario's price year {year}."},
    **{f"confidence_{c}": {"nb": nb, "en": en} for c, nb, en in (
        ("official", "offisiell kilde", "official source"),
        ("published", "publisert kilde", "published source"),
        ("derived", "avledet (utregning vist)", "derived (working shown)"),
        ("estimate", "anslag", "estimate"),
        ("assumption", "forutsetning (ikke evidens)", "assumption (not evidence)"),
        ("unverified", "ikke verifisert", "not verified"))},
}

# English names of the parameter units; the Norwegian ones are in costbenefit.report.i18n
# (UNIT_LABELS_NB, also read by the workbook). A money unit not listed reads «NOK per hour».
UNIT_LABELS_EN = {
    "share": "share", "share/year": "share per year", "ratio": "ratio",
    "ratio_to_national_average": "ratio to the national average", "code": "code",
    "G": "basic amount (G)", "index": "index", "persons": "persons",
    "services/year": "services per year", "years": "years", "year": "calendar year",
    "LS points (0-10)": "life-satisfaction points (0–10)",
    "LS points/year": "life-satisfaction points per year",
    "LS points/QALY": "life-satisfaction points per QALY",
    "NOK/GBP": "NOK per pound", "NOK/DKK": "NOK per Danish krone",
}
UNIT_SUFFIX_EN = {
    "share/year": "per year", "G": "G", "persons": "persons", "services/year": "per year",
    "years": "years", "LS points (0-10)": "points", "LS points/year": "points per year",
    "LS points/QALY": "points per QALY", "NOK/GBP": "NOK/£", "NOK/DKK": "NOK/DKK",
}
