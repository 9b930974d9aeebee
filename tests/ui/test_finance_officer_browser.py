"""A finance officer's path through the app in a real browser (issue #16): type a success
rate with a decimal comma, edit a fixed cost in the table, read who pays and who saves,
download the case report and find the public NPV in it, then compare two scenarios with
different analysis periods and see the warning. Screenshots go to tests/artifacts/.

`streamlit run` + Debian's headless chromium via Playwright (tests/browser.py); skipped,
with the reason, when chromium or playwright is absent (`.ci/run` installs both).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import FixedCost
from costbenefit.report import i18n
from costbenefit.ui.texts import t
from tests.browser import (
    ARTIFACTS,
    ROOT,
    UI_TIMEOUT_MS,
    browser_marks,
    chromium,
    metric_value,
    playwright_api,
    served_app,
    wait_for_run,
)

EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
HEADER_PX, ROW_PX = 35, 35  # the data editor's header and row heights
EDIT_ATTEMPTS, EDIT_WAIT_MS = 5, 5_000
KOMMUNE_PAYS = re.compile(r"^Kommunen betaler (\d+,\d) mill\. kr mer enn den sparer")

pytestmark = browser_marks()
sync_api = playwright_api()


def kroner(text: str) -> int:
    """`-4 762 549 kr` (with Babel's spaces and minus) as an integer."""
    digits = re.sub(r"[^\d−-]", "", text).replace("−", "-")
    return int(digits)


def fixed_cost_effect(pset, amount: float) -> int:
    """What raising the example's fixed cost in 2026 to `amount` does to the public NPV,
    by the engine (the change is the same whatever the success rate)."""
    sc = load_scenario(EXAMPLE)
    raised = sc.model_copy(update={"intervention": sc.intervention.model_copy(update={
        "fixed_costs": [FixedCost(year=2026, payer="kommune", amount=amount)]})})
    before = evaluate(sc, pset).budget.npv["public_total"]
    return round(evaluate(raised, pset).budget.npv["public_total"] - before)


def who_pays_sentence(page) -> str:
    return page.get_by_test_id("stMain").get_by_text(KOMMUNE_PAYS).inner_text()


def public_total_changed(page, before: str) -> str:
    total = metric_value(page, t("public_total"))
    sync_api.expect(total).not_to_have_text(before)
    wait_for_run(page)
    return total.inner_text()


def edit_first_fixed_cost(page, amount: str) -> None:
    """Open the fixed-cost table, double-click the first row's amount and type `amount`."""
    main = page.get_by_test_id("stMain")
    main.get_by_text(t("fixed_costs_head", total=i18n.kr(500_000))).click()
    wait_for_run(page)
    grid = main.get_by_test_id("stDataFrame").first
    editor = page.locator("#portal textarea, #portal input").first
    for _ in range(EDIT_ATTEMPTS):  # the grid may still be laying out on a loaded machine
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.dblclick(box["x"] + box["width"] * 0.8, box["y"] + HEADER_PX + ROW_PX / 2)
        try:
            editor.wait_for(timeout=EDIT_WAIT_MS)
            break
        except sync_api.TimeoutError:
            page.keyboard.press("Escape")
    editor.fill(amount)
    editor.press("Enter")


def read_pdf(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(p.extract_text() for p in PdfReader(path).pages)


def test_a_finance_officers_path(tmp_path: Path, pset) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with served_app() as url, sync_api.sync_playwright() as pw, chromium(pw) as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 3000},
                                accept_downloads=True)
        page.set_default_timeout(UI_TIMEOUT_MS)
        page.goto(url)
        wait_for_run(page)
        total = metric_value(page, t("public_total"))
        start = total.inner_text()

        # a decimal comma is read as one, shown back as typed, and moves the result
        rate = page.get_by_role("textbox", name=t("success_with"), exact=True)
        rate.fill("40,5")
        rate.press("Enter")
        typed = public_total_changed(page, start)
        sync_api.expect(rate).to_have_value("40,5")
        assert page.get_by_test_id("stMain").get_by_test_id("stAlertContentError").count() == 0
        pays_before = float(KOMMUNE_PAYS.match(who_pays_sentence(page))[1].replace(",", "."))

        # a fixed cost edited in the table costs the public purse exactly that much more
        edit_first_fixed_cost(page, "1 500 000")
        edited = public_total_changed(page, typed)
        assert kroner(edited) - kroner(typed) == fixed_cost_effect(pset, 1_500_000)
        sync_api.expect(page.get_by_text(t("fixed_costs_head", total=i18n.kr(1_500_000)))
                        ).to_be_visible()

        # who pays: the kommune pays 1 million kroner more (to the sentence's rounding)
        pays_after = float(KOMMUNE_PAYS.match(who_pays_sentence(page))[1].replace(",", "."))
        assert pays_after - pays_before == pytest.approx(1.0, abs=0.11)
        sync_api.expect(page.get_by_text(t("sign_convention")).first).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "saksbehandler_kalkulator.png"), full_page=True)

        # the case report carries the same public NPV the app shows
        button = page.get_by_test_id("stDownloadButton").filter(has_text=t("download_pdf"))
        with page.expect_download(timeout=UI_TIMEOUT_MS) as download:
            button.get_by_role("button").click()
        pdf = tmp_path / "saksrapport.pdf"
        download.value.save_as(pdf)
        assert pdf.read_bytes().startswith(b"%PDF")
        assert re.sub(r"\s", " ", edited) in re.sub(r"\s", " ", read_pdf(pdf))

        # two scenarios with different analysis periods: the comparison warns
        add = page.get_by_role("button", name=t("add_compare"))
        add.click()
        wait_for_run(page)
        sync_api.expect(page.get_by_text(t("added", n=1, max=4))).to_be_visible()
        horizon = page.get_by_role("spinbutton", name=t("horizon"), exact=True)
        horizon.fill("30")
        horizon.press("Enter")
        # the budget view may not move (the effect is over within 30 years); the societal
        # view counts 50 years from the start at most, so its analysis period does
        sync_api.expect(page.get_by_text(t("added", n=1, max=4))).to_be_hidden()
        wait_for_run(page)
        add.click()
        wait_for_run(page)
        sync_api.expect(page.get_by_text(t("added", n=2, max=4))).to_be_visible()
        page.get_by_role("link", name=t("nav_compare")).click()
        wait_for_run(page)
        warning = page.get_by_test_id("stAlertContentWarning").filter(
            has_text=t("cmp_what_period"))
        sync_api.expect(warning).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "saksbehandler_sammenligning.png"),
                        full_page=True)
