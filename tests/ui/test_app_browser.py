"""End to end in a real browser: `streamlit run` + Debian's headless chromium via Playwright.

Skipped, with the reason, when /usr/bin/chromium or the playwright package is absent
(`.ci/run` installs both). Helpers are in tests/browser.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from costbenefit.excel.workbook import SHEETS
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

FIRST_EXAMPLE = sorted((ROOT / "examples").glob("*.yaml"))[0]
PERCENT = re.compile(r"^\d{1,3},\d\s%$")  # e.g. "80,7 %" (Babel's narrow space before %)

pytestmark = browser_marks()
sync_api = playwright_api()


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    with served_app() as url:
        yield url


@pytest.fixture(scope="module")
def page(app_url: str):
    with sync_api.sync_playwright() as pw, chromium(pw) as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 4400},
                                accept_downloads=True)
        page.set_default_timeout(UI_TIMEOUT_MS)
        page.goto(app_url)
        yield page


def engine_public_total(path: Path) -> str:
    """What the CLI prints for the example the app opens on."""
    from costbenefit.files.scenarios import load_scenario
    from costbenefit.model.engine import evaluate
    from costbenefit.parameters.loader import load_parameter_set
    from costbenefit.report import i18n

    result = evaluate(load_scenario(path), load_parameter_set())
    return i18n.kr(result.budget.npv["public_total"])


def download_workbook(page, tmp_path: Path) -> Path:
    """Click the workbook download and save what the browser received."""
    button = page.get_by_test_id("stDownloadButton").filter(has_text=t("download_xlsx"))
    with page.expect_download(timeout=UI_TIMEOUT_MS) as download:
        button.get_by_role("button").click()
    target = tmp_path / "utenforregnskap.xlsx"
    download.value.save_as(target)
    return target


def test_changing_participants_changes_the_public_total(page, tmp_path: Path) -> None:
    wait_for_run(page)
    total = metric_value(page, t("public_total"))
    sync_api.expect(total).to_have_text(engine_public_total(FIRST_EXAMPLE))
    before = total.inner_text()

    field = page.get_by_role("spinbutton", name=t("participants"), exact=True)
    field.fill("200")
    field.press("Enter")
    wait_for_run(page)
    sync_api.expect(total).not_to_have_text(before)
    assert total.inner_text().endswith("kr")

    page.get_by_test_id("stCheckbox").filter(has_text=t("success_with")).locator("label").click()
    wait_for_run(page)
    page.get_by_role("button", name=t("mc_run")).click()
    wait_for_run(page)
    sync_api.expect(metric_value(page, t("prob_positive"))).to_have_text(PERCENT)

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "app_kalkulator.png"), full_page=True)

    import openpyxl

    workbook = openpyxl.load_workbook(download_workbook(page, tmp_path))
    assert workbook.sheetnames[0] == SHEETS["summary"]
    summary = " ".join(str(c.value) for row in workbook[SHEETS["summary"]].iter_rows()
                       for c in row if c.value is not None)
    assert "IPS Ung" in summary


def test_switching_language_keeps_every_choice(page) -> None:
    """A selectbox sends its choice back as the label it showed: after switching to English
    the choices must still be the study and «i arbeid», not labels matching no option."""
    from costbenefit.ui.texts.names import STUDY_NAMES

    wait_for_run(page)
    total = metric_value(page, t("public_total")).inner_text()
    language = page.get_by_test_id("stSelectbox").filter(has_text=t("language"))
    language.click()
    page.get_by_role("option", name="English").click()
    wait_for_run(page)
    study = STUDY_NAMES["en"]["evidence.ips.reme_2019"]
    for label, shown in ((t("effect_source", "en"), study),
                         (t("success_outcome", "en"), t("outcome_label_employed", "en"))):
        sync_api.expect(page.get_by_role("combobox", name=label, exact=True)).to_have_value(
            shown)
    sync_api.expect(metric_value(page, t("public_total", "en"))).to_have_text(total)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "app_kalkulator_en.png"), full_page=True)
