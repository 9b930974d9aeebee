"""The case report PDF: one to three A4 pages whose text holds the headline numbers (the
public NPV as the report formats it), the who-pays sentence, *hvor mange må lykkes*,
uncertainty when the scenario declares it, the evidence grade and the non-priced effects."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.pdf.content import report_montecarlo
from costbenefit.pdf.document import build_case_report, clean
from costbenefit.report import i18n
from costbenefit.report.who_pays import who_pays_sentence

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
USIKKERHET = ROOT / "examples" / "ips_ung_usikkerhet.yaml"
A4 = (595.28, 841.89)  # points


def flat(text: str) -> str:
    """Text with every run of whitespace (non-breaking spaces and line breaks too) as one
    space, so a number or a sentence reads the same however the PDF wrapped it."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def pdf_text(data: bytes) -> tuple[int, str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), flat(" ".join(p.extract_text() for p in reader.pages)), reader


def build(path: Path, pset, draws: int | None = None):
    scenario = load_scenario(path)
    result = evaluate(scenario, pset)
    mc = report_montecarlo(scenario, pset, draws)
    return result, mc, build_case_report(result, pset, mc)


@pytest.mark.parametrize("path", [EXAMPLE, USIKKERHET], ids=lambda p: p.stem)
def test_the_report_has_one_to_three_a4_pages_with_the_headline_numbers(path, pset) -> None:
    result, _, data = build(path, pset)
    pages, text, reader = pdf_text(data)
    assert data.startswith(b"%PDF") and 1 <= pages <= 3
    for page in reader.pages:
        assert [round(float(x), 1) for x in page.mediabox[2:]] == [round(x, 1) for x in A4]
    assert flat(i18n.kr(result.budget.npv["public_total"])) in text
    assert flat(i18n.kr(result.societal.npv)) in text
    assert flat(i18n.number(result.wellbeing.wellbys)) in text
    sentence = flat(who_pays_sentence(result.budget.npv))
    assert sentence.startswith("Kommunen betaler") and sentence[:40] in text
    assert "Hvor mange må lykkes" in text
    assert flat(i18n.number(result.break_even.successes_needed)) + " ekstra suksesser" in text
    assert "legges aldri sammen" in text
    assert result.scenario.name in text


def test_the_non_priced_effects_and_the_evidence_grade_are_shown(pset) -> None:
    result, mc, data = build(EXAMPLE, pset)
    _, text, _ = pdf_text(data)
    assert mc is None and "Usikkerhet er ikke beregnet" in text  # no `uncertainty:`
    assert result.scenario.non_priced
    for effect in result.scenario.non_priced:
        assert flat(effect.name) in text
    assert result.evidence is not None
    assert f"Evidensgrad {result.evidence.grade}" in text
    assert "Forutsetninger, kilder og sikkerhet" in text and "forutsetning i scenariet" in text


def test_uncertainty_is_included_when_the_scenario_declares_it(pset) -> None:
    _, mc, data = build(USIKKERHET, pset)
    _, text, _ = pdf_text(data)
    assert mc is not None and (mc.draws, mc.seed) == (2000, 1)
    s = mc.summaries["public_total"]
    assert "P(NNV > 0)" in text and flat(i18n.percent(s.prob_positive, 1)) in text
    assert flat(i18n.kr(s.p5)) in text and flat(i18n.kr(s.p95)) in text
    assert "Ingen oppgitt i scenariet" in text  # its non-priced section is empty


def test_draws_given_run_monte_carlo_for_a_scenario_without_uncertainty(pset) -> None:
    _, mc, data = build(EXAMPLE, pset, draws=200)
    assert mc is not None and mc.draws == 200  # the study's interval is drawn
    assert "200 trekk" in pdf_text(data)[1]


def test_user_text_is_printed_as_text(pset) -> None:
    scenario = load_scenario(EXAMPLE)
    odd = scenario.model_copy(update={"name": "**Ikke fet** <b>x</b> æøå\tÆØÅ\x07",
                                      "description": "# ikke en overskrift\n" + "lang " * 400})
    data = build_case_report(evaluate(odd, pset), pset)
    pages, text, _ = pdf_text(data)
    assert 1 <= pages <= 3
    assert "**Ikke fet** <b>x</b> æøå ÆØÅ" in text and "# ikke en overskrift" in text
    assert clean("a\x00b\tc") == "a b c"
