"""Texts of the section on who pays and who saves: the sentence's heading, the chart by
payer and category, the yearly table per payer and its download."""

from __future__ import annotations

from costbenefit.report.who_pays import SIGN_CONVENTION

TEXTS: dict[str, dict[str, str]] = {
    "who_pays_head": {"nb": "Hvem betaler, og hvem sparer", "en": "Who pays and who saves"},
    "sign_convention": dict(SIGN_CONVENTION),
    "who_pays_chart_head": {"nb": "Nåverdi per betaler og kategori",
                            "en": "Present value by payer and category"},
    "col_category": {"nb": "Kategori", "en": "Category"},
    "col_sum": {"nb": "Sum", "en": "Total"},
    "bcat_taxes": {"nb": "skatter og avgifter", "en": "taxes"},
    "bcat_income_equalisation": {"nb": "inntektsutjevning", "en": "income equalisation"},
    "bcat_transfers": {"nb": "stønader", "en": "benefits"},
    "bcat_services": {"nb": "tjenester", "en": "services"},
    "bcat_production": {"nb": "produksjon", "en": "production"},
    "bcat_measure": {"nb": "tiltakets kostnad", "en": "the measure's cost"},
    "bcat_tax_financing": {"nb": "skattefinansieringskostnad", "en": "cost of public funds"},
    "bcat_residual_value": {"nb": "restverdi", "en": "residual value"},
    "years_head": {"nb": "Per år og betaler (kroner i kroneåret)",
                   "en": "By year and payer (price-year kroner)"},
    "years_plan": {"nb": "De fire årene i økonomiplanen", "en": "The four plan years"},
    "years_all": {"nb": "Hele analyseperioden", "en": "The whole period"},
    "years_download": {"nb": "Last ned tabellen (CSV)", "en": "Download the table (CSV)"},
}
