"""The app's speed as a user feels it, in a real browser (issue #16, item 11).

Starts `streamlit run`, drives Debian's headless chromium with Playwright and prints three
figures beside their targets:

- first numbers: from opening the page until the public budget total shows (a new session
  on a running server; the very first session after start-up is printed too);
- an input change: typing a new number of participants and pressing Enter, until the total
  shows the new value, and until the script has finished drawing the page (median of
  ROUNDS each);
- a target-group switch: choosing another target group, the same two ways.

The same first-numbers and input-change figures for a minimal Streamlit app (one number
input, one metric) served the same way in the same run show what Streamlit and the browser
take on this machine before the app adds anything: the ratios travel, absolute times do not.

Run from the project root: `python bench/bench_app_browser.py` (needs /usr/bin/chromium and
the playwright package, as the browser tests do). The machine is noisy: run it quiet.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.lifecourse import group_label, target_groups
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.ui.texts import t
from tests.browser import ROOT, chromium, metric_value, served_app, wait_for_run

ROUNDS = 15
TARGETS_MS = {"first": 3000.0, "input": 300.0, "group": 600.0}


def first_numbers(browser: Any, url: str) -> float:
    """Milliseconds from opening the app in a new page until the public total shows."""
    page = browser.new_page(viewport={"width": 1400, "height": 2000})
    start = time.perf_counter()
    page.goto(url)
    metric_value(page, t("public_total")).filter(has_text="kr").wait_for()
    elapsed = (time.perf_counter() - start) * 1000
    wait_for_run(page)
    page.close()
    return elapsed


def until_changed(page: Any, before: str, start: float) -> tuple[float, float]:
    """Milliseconds since `start` until the total differs from `before`, and until the run
    has ended."""
    total = metric_value(page, t("public_total"))
    deadline = time.monotonic() + 60
    while total.inner_text() == before:
        if time.monotonic() > deadline:
            raise TimeoutError("the public total never changed")
        page.wait_for_timeout(5)
    changed = (time.perf_counter() - start) * 1000
    wait_for_run(page)
    return changed, (time.perf_counter() - start) * 1000


def input_changes(page: Any) -> list[tuple[float, float]]:
    field = page.get_by_role("spinbutton", name=t("participants"), exact=True)
    times = []
    for i in range(ROUNDS):
        before = metric_value(page, t("public_total")).inner_text()
        field.fill(str(120 + (i % 2) * 40))
        start = time.perf_counter()
        field.press("Enter")
        times.append(until_changed(page, before, start))
    return times


def group_switches(page: Any, labels: list[str]) -> list[tuple[float, float]]:
    box = page.get_by_test_id("stSelectbox").filter(has_text=t("target_group"))
    times = []
    for i in range(ROUNDS):
        before = metric_value(page, t("public_total")).inner_text()
        box.click()
        option = page.get_by_role("option", name=labels[i % 2], exact=True)
        start = time.perf_counter()
        option.click()
        times.append(until_changed(page, before, start))
    return times


def line(what: str, times: list[float], target: float) -> str:
    median = statistics.median(times)
    verdict = "ok" if median <= target else "MISSED"
    return (f"{what:<34} median {median:6.0f} ms  min {min(times):6.0f}  max {max(times):6.0f}"
            f"  ({len(times)} runs; target ≤ {target:.0f} ms: {verdict})")


MINIMAL_APP = f"""import streamlit as st
n = st.number_input({t("participants")!r}, value=100, step=1)
st.metric({t("public_total")!r}, f"{{n * 3}} kr")
"""


def minimal_app(browser: Any, folder: Path) -> tuple[list[float], list[tuple[float, float]]]:
    """First numbers (five new sessions) and input changes of the minimal app."""
    script = folder / "minimal_app.py"
    script.write_text(MINIMAL_APP, encoding="utf-8")
    with served_app(script) as url:
        first = [first_numbers(browser, url) for _ in range(5)]
        page = browser.new_page(viewport={"width": 1400, "height": 2000})
        page.goto(url)
        wait_for_run(page)
        return first, input_changes(page)


def main() -> None:
    pset = load_parameter_set()
    opening = load_scenario(sorted((ROOT / "examples").glob("*.yaml"))[0]).target_group
    labels = [group_label(pset, g) for g in target_groups(pset) if g != opening][:2]
    with sync_playwright() as pw, chromium(pw) as browser:
        with served_app() as url:
            cold = first_numbers(browser, url)
            warm = [first_numbers(browser, url) for _ in range(5)]
            page = browser.new_page(viewport={"width": 1400, "height": 2000})
            page.goto(url)
            wait_for_run(page)
            inputs = input_changes(page)
            groups = group_switches(page, labels)
        with tempfile.TemporaryDirectory() as folder:
            minimal_first, minimal_inputs = minimal_app(browser, Path(folder))
    print(f"{'first numbers, first session':<34} {cold:6.0f} ms (the server's first run)")
    print(line("first numbers, new session", warm, TARGETS_MS["first"]))
    for what, runs, target in (("input change", inputs, TARGETS_MS["input"]),
                               ("target-group switch", groups, TARGETS_MS["group"])):
        print(line(f"{what}: numbers", [c for c, _ in runs], target))
        print(line(f"{what}: page drawn", [d for _, d in runs], target))
    ours = (statistics.median(warm), statistics.median(d for _, d in inputs))
    base = (statistics.median(minimal_first), statistics.median(d for _, d in minimal_inputs))
    print(f"minimal Streamlit app, same run: first numbers {base[0]:.0f} ms, input change "
          f"{base[1]:.0f} ms; this app ÷ minimal: first numbers {ours[0] / base[0]:.1f}, "
          f"input change {ours[1] / base[1]:.1f}")


if __name__ == "__main__":
    main()
