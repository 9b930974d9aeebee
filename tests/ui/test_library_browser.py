"""End to end in a real browser: on the library page, save the calculator's scenario and
open it again (streamlit run + Debian's chromium, as tests/ui/test_app_browser.py; the
library is an SQLite file in a temporary folder)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from costbenefit.ui.texts import t
from tests.browser import (
    ARTIFACTS,
    UI_TIMEOUT_MS,
    browser_marks,
    chromium,
    playwright_api,
    served_app,
    wait_for_run,
)

pytestmark = browser_marks()
sync_api = playwright_api()


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    with served_app(COSTBENEFIT_DATABASE_URL=f"sqlite:///{tmp_path / 'nettleser.sqlite'}") as url:
        yield url


def test_save_and_reopen_on_the_library_page(app_url: str) -> None:
    with sync_api.sync_playwright() as pw, chromium(pw) as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 3000})
        page.set_default_timeout(UI_TIMEOUT_MS)
        page.goto(app_url)
        wait_for_run(page)
        page.get_by_role("link", name=t("nav_library")).click()
        wait_for_run(page)

        page.get_by_label(t("lib_name")).fill("Nettleserens scenario")
        page.get_by_label(t("lib_tags")).fill("e2e")
        page.get_by_role("button", name=t("lib_save")).click()
        wait_for_run(page)
        saved = t("lib_saved", name="Nettleserens scenario", version=1)
        sync_api.expect(page.get_by_text(saved)).to_be_visible()
        sync_api.expect(page.get_by_test_id("stDataFrame").first).to_be_visible()

        page.get_by_role("button", name=t("lib_open")).click()
        wait_for_run(page)
        opened = t("lib_opened", name="Nettleserens scenario", version=1)
        sync_api.expect(page.get_by_text(opened)).to_be_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "app_bibliotek.png"), full_page=True)
