"""The case report as an A4 PDF (fpdf2, DejaVu Sans for Norwegian letters and the typographic
minus): heading facts, the three views side by side, who pays and who saves, *hvor mange må
lykkes*, uncertainty, the key assumptions with source and confidence, the study's evidence
grade and the non-priced effects. One to three pages; the user's own text is printed as
text (no markup is read from it)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import XPos, YPos

from costbenefit import __version__
from costbenefit.model.engine import Result
from costbenefit.model.lifecourse import group_label
from costbenefit.parameters.schema import ParameterSet
from costbenefit.pdf.assumptions import Assumption, parameter_rows, scenario_rows
from costbenefit.pdf.content import CaseReport, case_report
from costbenefit.report.non_priced import METHOD_NOTE, NONE_GIVEN
from costbenefit.report.texts_nb import BUDGET_NOTE
from costbenefit.uncertainty.montecarlo import MonteCarloResult

FONT = "DejaVu"
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/local/share/fonts/dejavu"))
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
MARGIN = 14
GREY = (90, 90, 90)
HEAD_FILL = (232, 238, 245)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def font_dir() -> Path:
    """The folder with DejaVu Sans (Debian's fonts-dejavu-core), or an error saying so."""
    for folder in FONT_DIRS:
        if all((folder / name).is_file() for name in FONT_FILES.values()):
            return folder
    raise RuntimeError("skrifttypen DejaVu Sans mangler (installer Debian-pakken "
                       "fonts-dejavu-core); PDF-rapporten trenger den for æ, ø, å og −")


def clean(text: str) -> str:
    """Text without control characters (a tab becomes a space)."""
    return _CONTROL.sub(" ", text.replace("\t", " "))


class _Report(FPDF):
    footer_text = ""

    def footer(self) -> None:
        self.set_y(-10)
        self.set_font(FONT, "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"{self.footer_text} · side {self.page_no()} av {{nb}}",
                  align="C")
        self.set_text_color(0, 0, 0)


def _new_pdf(title: str) -> _Report:
    pdf = _Report(orientation="P", unit="mm", format="A4")
    folder = font_dir()
    for style, name in FONT_FILES.items():
        pdf.add_font(FONT, style, str(folder / name))
    pdf.set_margins(MARGIN, 12, MARGIN)
    pdf.set_auto_page_break(True, margin=14)
    pdf.set_title(clean(title))
    pdf.set_lang("nb")
    pdf.set_creator(f"utenforregnskap {__version__}")
    pdf.add_page()
    return pdf


def _heading(pdf: FPDF, text: str, size: float = 10.5) -> None:
    if pdf.get_y() > pdf.h - 40:  # keep a heading with what follows it
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font(FONT, "B", size)
    pdf.multi_cell(0, 5.5, clean(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 8.5)


def _text(pdf: FPDF, text: str, size: float = 8.5, grey: bool = False) -> None:
    pdf.set_font(FONT, "", size)
    if grey:
        pdf.set_text_color(*GREY)
    pdf.multi_cell(0, size * 0.48, clean(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


def _table(pdf: FPDF, rows: Sequence[Sequence[str]], widths: Sequence[float],
           size: float = 7.5, align: str | tuple[str, ...] = "LEFT",
           heading: bool = True) -> None:
    pdf.set_font(FONT, "", size)
    with pdf.table(col_widths=tuple(widths), width=pdf.epw, text_align=align,
                   first_row_as_headings=heading, line_height=size * 0.5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=HEAD_FILL),
                   padding=0.8, borders_layout="HORIZONTAL_LINES") as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(clean(value))
    pdf.ln(1)


def _facts(pdf: FPDF, report: CaseReport) -> None:
    pdf.set_font(FONT, "", 8)
    for label, value in report.facts:
        pdf.set_font(FONT, "B", 8)
        pdf.cell(32, 4, clean(label), new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_font(FONT, "", 8)
        pdf.multi_cell(0, 4, clean(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if report.description:
        pdf.ln(1)
        _text(pdf, report.description, 8)


def _views(pdf: FPDF, report: CaseReport) -> None:
    """The three views in three column pairs (label, value), one row per line."""
    views = (("Budsjettvirkning (offentlige budsjetter)", report.budget),
             ("Samfunnsøkonomisk (R-109)", report.societal),
             ("Velferd (WELLBY)", report.wellbeing))
    size = 7.2
    pdf.set_font(FONT, "", size)
    depth = max(len(pairs) for _, pairs in views)
    with pdf.table(col_widths=(37, 24, 34, 22, 33, 25), width=pdf.epw,
                   first_row_as_headings=True, line_height=size * 0.5, padding=0.8,
                   headings_style=FontFace(emphasis="BOLD", fill_color=HEAD_FILL),
                   borders_layout="SINGLE_TOP_LINE") as table:
        head = table.row()
        for title, _ in views:
            head.cell(title, colspan=2)
        for k in range(depth):
            row = table.row()
            for _, pairs in views:
                label, value = pairs[k] if k < len(pairs) else ("", "")
                row.cell(clean(label))
                row.cell(clean(value), align="RIGHT")
    _text(pdf, "De tre visningene står side om side og legges aldri sammen til ett tall. "
          + BUDGET_NOTE, 7, grey=True)


def _assumptions(pdf: FPDF, result: Result, pset: ParameterSet) -> None:
    _heading(pdf, "Forutsetninger, kilder og sikkerhet")
    params, left_out = parameter_rows(result, pset)
    rows: list[Assumption] = [*scenario_rows(result), *params]
    table = [["Forutsetning", "Verdi", "Kilde", "Sikkerhet"]]
    table += [[a.label, a.value, a.source, a.confidence] for a in rows]
    _table(pdf, table, (52, 38, 60, 32), size=7)
    note = ("Parametere fra offisielle og publiserte kilder er ikke listet; alle "
            f"{len(result.parameters_used)} parametere med kilde og lenke står i "
            "Excel-arbeidsboken (arket Parametere).")
    if left_out:
        note += f" {left_out} svakere underbygde parametere til står der."
    _text(pdf, note, 7, grey=True)


def _non_priced(pdf: FPDF, report: CaseReport) -> None:
    _heading(pdf, "Ikke-prissatte virkninger (DFØs pluss–minus-metode)")
    if not report.non_priced:
        _text(pdf, NONE_GIVEN, 8)
        return
    rows = [["Konsekvens", "Virkning", "Vurdering", "Beskrivelse"], *report.non_priced]
    _table(pdf, rows, (18, 42, 42, 80), size=7)
    _text(pdf, METHOD_NOTE, 7, grey=True)


def render(report: CaseReport, result: Result, pset: ParameterSet,
           created: dt.date | None = None) -> bytes:
    """The PDF's bytes for `report` (made from `result` with `pset`)."""
    pdf = _new_pdf(report.title)
    ps = result.parameter_set
    pdf.footer_text = (f"utenforregnskap {__version__} · parametersett {ps['version']} · "
                       f"laget {(created or dt.date.today()).isoformat()}")
    pdf.set_font(FONT, "", 8)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, "Vedlegg til saksframlegg – samfunnsøkonomisk vurdering",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(FONT, "B", 14)
    pdf.multi_cell(0, 6.5, clean(report.title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    _facts(pdf, report)
    _heading(pdf, "Resultat: tre visninger side om side")
    _views(pdf, report)
    _heading(pdf, "Hvem betaler og hvem sparer")
    _text(pdf, report.who_pays, 8.5)
    _heading(pdf, "Hvor mange må lykkes")
    for line in report.break_even:
        _text(pdf, line, 8.5)
    _heading(pdf, "Usikkerhet")
    if report.uncertainty:
        _table(pdf, report.uncertainty, (52, 26, 26, 26, 26, 26), size=7,
               align=("LEFT", *["RIGHT"] * 5))
    _text(pdf, report.uncertainty_note, 7.5, grey=bool(report.uncertainty))
    _heading(pdf, "Evidens")
    _table(pdf, [list(pair) for pair in report.evidence], (30, 152), size=7.5, heading=False)
    _assumptions(pdf, result, pset)
    _non_priced(pdf, report)
    if report.warnings:
        _heading(pdf, "Merknader")
        for warning in report.warnings:
            _text(pdf, f"Merk: {warning}", 7.5)
    return bytes(pdf.output())


def build_case_report(result: Result, pset: ParameterSet,
                      mc: MonteCarloResult | None = None,
                      created: dt.date | None = None) -> bytes:
    """The case report for `result` as PDF bytes, with the Monte Carlo result `mc` when
    there is one (see :func:`costbenefit.pdf.content.report_montecarlo`)."""
    report = case_report(result, group_label(pset, result.scenario.target_group), mc)
    return render(report, result, pset, created)
