"""The calculator's who-pays section (#16): the sentence the report gives, the chart's
present values summing to each payer's NPV, and the yearly table whose discounted sum over
the whole period is the NPV, downloadable."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.structure import PUBLIC_PAYERS
from costbenefit.report.who_pays import who_pays_sentence
from costbenefit.ui import who_pays
from costbenefit.ui.texts import t

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"


@pytest.fixture(scope="module")
def result(pset):
    return evaluate(load_scenario(EXAMPLE), pset)


def test_frames_add_up_to_the_npvs(result) -> None:
    chart = who_pays.category_frame(result, "nb")
    for p in PUBLIC_PAYERS:
        assert chart[chart["payer"] == t(p)]["npv"].sum() * 1e6 == pytest.approx(
            result.budget.npv[p], abs=1.0)
    whole = who_pays.years_frame(result, "nb", discounted=True, plan_only=False)
    sums = whole.iloc[-1]
    assert sums[t("col_year")] == t("col_sum")
    for p in (*PUBLIC_PAYERS, "public_total"):
        assert sums[t(p)] == pytest.approx(result.budget.npv[p], rel=1e-9)
    plan = who_pays.years_frame(result, "nb", discounted=False, plan_only=True)
    assert list(plan[t("col_year")]) == ["2026", "2027", "2028", "2029", t("col_sum")]
    assert who_pays.shown(plan).iloc[0, 1].endswith("kr")


def test_the_app_shows_the_sentence_and_offers_the_table(result) -> None:
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=30).run()
    assert not at.exception
    assert t("who_pays_head") in [h.value for h in at.subheader]
    assert any(who_pays_sentence(result.budget.npv) in m.value for m in at.markdown)
    assert any(t("sign_convention") in c.value for c in at.caption)
