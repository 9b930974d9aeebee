"""The app's section on the kommune's own accounts (#15): the inntektsutjevning sentence,
the cross-sector table, the gevinstdeling sentence and the økonomiplan, all as the engine
computes them; the inputs turn equalisation off and set the measure's KOSTRA function."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.report import i18n
from costbenefit.report.kommune import sector_npvs
from costbenefit.ui.texts import t
from tests.ui.lazy_sections import opened

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"


@pytest.fixture
def at() -> AppTest:
    app = opened(AppTest.from_file(APP, default_timeout=30), "kommune")
    assert not app.exception
    return app


def sector_table(at: AppTest):
    return next(tb.value for tb in at.table if t("col_sector") in tb.value.columns)


def test_the_section_shows_the_engines_sectors(at: AppTest, pset) -> None:
    result = evaluate(load_scenario(EXAMPLE), pset)
    assert t("kommune_head") in [h.value for h in at.subheader]
    table = sector_table(at).set_index(t("col_sector"))
    npv = sector_npvs(result)
    for s in result.kommune.sectors:
        assert table.loc[s.label, t("col_npv")] == i18n.kr(npv[s.id])
    assert table.loc[t("kommune_total"), t("col_npv")] == i18n.kr(result.budget.npv["kommune"])
    texts = [m.value for m in at.markdown]
    assert any("kommunen beholder 40 %" in x for x in texts)
    assert any(x.startswith("Gevinstdeling") for x in texts)
    plan = next(d.value for d in at.dataframe if t("col_line") in d.value.columns)
    assert list(plan.columns)[1:] == ["2026", "2027", "2028", "2029"]


def test_equalisation_off_and_another_function(at: AppTest) -> None:
    at.checkbox(key="in_equalisation").set_value(False).run()
    assert not at.exception and not at.error
    assert any(t("equalisation_off") in m.value for m in at.markdown)
    at.selectbox(key="in_kostra_function").set_value("202").run()
    table = sector_table(at).set_index(t("col_sector"))
    assert "202" in table.loc["Oppvekst og utdanning", t("col_kostra")]
