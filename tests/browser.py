"""A served app and Debian's headless chromium, shared by the browser tests and the browser
benchmark (bench/bench_app_browser.py).

Never `playwright install`: everything drives the system binary /usr/bin/chromium.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
START_TIMEOUT_S = 60
UI_TIMEOUT_MS = 30_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit stopped with exit code {proc.returncode}")
        with contextlib.suppress(OSError), urllib.request.urlopen(
                f"{url}/_stcore/health", timeout=2) as resp:
            if resp.read().decode().strip() == "ok":
                return
        time.sleep(0.25)
    raise TimeoutError(f"streamlit answered no health check within {timeout_s} s")


@contextlib.contextmanager
def served_app(script: Path = ROOT / "streamlit_app.py", **env: str) -> Iterator[str]:
    """`streamlit run script` on a free port (with `env` added to the environment), its
    URL once it answers the health check; stopped afterwards."""
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(script),
           "--server.headless", "true", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none", "--global.developmentMode", "false"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONWARNINGS": "ignore", **env})
    try:
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, proc, START_TIMEOUT_S)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@contextlib.contextmanager
def chromium(playwright: Any) -> Iterator[Any]:
    """Debian's chromium, headless, closed afterwards."""
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS,
                                         timeout=UI_TIMEOUT_MS)
    try:
        yield browser
    finally:
        browser.close()


def wait_for_run(page: Any) -> None:
    """Until the page is connected and its script has finished running."""
    page.locator("[data-testid='stApp'][data-test-connection-state='CONNECTED']").wait_for()
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for()


def metric_value(page: Any, label: str) -> Any:
    """The value of the metric card labelled `label`."""
    metric = page.get_by_test_id("stMetric").filter(has_text=label)
    return metric.get_by_test_id("stMetricValue")


def browser_marks() -> list[pytest.MarkDecorator]:
    """A browser test's marks: `e2e`, and skipped with the reason when chromium is absent."""
    return [pytest.mark.e2e,
            pytest.mark.skipif(not CHROMIUM.exists(),
                               reason="/usr/bin/chromium mangler: apt-get install -y chromium")]


def playwright_api() -> Any:
    """`playwright.sync_api`, or the test skipped with the reason; `expect` waits as long
    as the page does (its own default is 5 s, too short on a loaded CI machine)."""
    api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    api.expect.set_options(timeout=UI_TIMEOUT_MS)
    return api
