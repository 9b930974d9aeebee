"""The four speed targets of issue #19, measured in one run (not a test).

Run: ``python bench/bench_targets.py``. Each figure is the median of five whole runs on
this machine, printed beside its target and, when LibreOffice (``soffice``) is installed,
beside LibreOffice's headless load–recalculate–save of the workbook that
``evaluate --xlsx`` exports for the same scenario: the ratio is what travels between
machines, the absolute time does not. Issue #19 asks ``evaluate`` / LibreOffice ≤ 0.15.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_markov import propagation_case  # beside this script
from bench_portfolio import DRAWS as PORTFOLIO_DRAWS
from bench_portfolio import programme

from costbenefit.files.portfolios import load_portfolio
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.programme.portfolio import portfolio_montecarlo

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
UNCERTAIN = ROOT / "examples" / "ips_ung_usikkerhet.yaml"
RUNS = 5


def median_of(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def process(*args: str) -> Callable[[], object]:
    command = [sys.executable, "-m", "costbenefit", *args]
    return lambda: subprocess.run(command, check=True, capture_output=True, cwd=ROOT)


def libreoffice(folder: Path) -> float | None:
    """LibreOffice recalculating the exported workbook, whole process, or None."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    book = folder / "ips.xlsx"
    process("evaluate", str(EXAMPLE), "--xlsx", str(book))()
    profile = folder / "lo-profile"
    command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
               "--norestore", "--convert-to", "xlsx", "--outdir", str(folder / "lo"),
               str(book)]
    subprocess.run(command, check=True, capture_output=True)  # first start makes the profile
    return median_of(lambda: subprocess.run(command, check=True, capture_output=True))


# What `evaluate` cannot go below while it validates with pydantic and computes with numpy:
# the interpreter, the libraries it imports and one one-field pydantic model (pydantic's
# first model brings its schema machinery and plugin loader), ended as the CLI ends
FLOOR = ("import os, numpy, yaml\nfrom pydantic import BaseModel\n"
         "class One(BaseModel):\n    x: int\nOne(x=1)\nos._exit(0)")


def compile_bytecode() -> None:
    """Compile the package once, as ``pip install`` does for an installed package and
    Python does on a first run. With ``PYTHONDONTWRITEBYTECODE=1`` (set in some sandboxes
    and containers) an editable checkout would otherwise compile every module on every
    run, about 0.1 s that a user's installation does not pay."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "costbenefit")],
                   check=True, capture_output=True)


def main() -> None:
    os.environ.setdefault("COSTBENEFIT_CACHE_DIR", tempfile.mkdtemp(prefix="cb-cache-"))
    compile_bytecode()
    process("evaluate", str(EXAMPLE), "--format", "json")()  # fill the parameter cache
    floor = [sys.executable, "-c", FLOOR]
    rows = [
        ("costbenefit evaluate … --format json", 0.30,
         median_of(process("evaluate", str(EXAMPLE), "--format", "json"))),
        ("  its floor: Python, numpy, PyYAML, one pydantic model", 0.30,
         median_of(lambda: subprocess.run(floor, check=True, capture_output=True))),
        ("costbenefit montecarlo … --draws 100000", 1.0,
         median_of(process("montecarlo", str(UNCERTAIN), "--draws", "100000"))),
    ]
    pset = load_parameter_set()
    with tempfile.TemporaryDirectory() as tmp:
        spec, scenarios = load_portfolio(programme(Path(tmp)))
        rows.append((f"portfolio 12 projects × {PORTFOLIO_DRAWS:,} draws (in process)", 3.0,
                     median_of(lambda: portfolio_montecarlo(spec, scenarios, pset,
                                                            PORTFOLIO_DRAWS, seed=1))))
        rows.append(("Markov 10 000 draws × 60 years × 8 states (in process)", 0.5,
                     median_of(propagation_case())))
        office = libreoffice(Path(tmp))
    print(f"{'run':<58}{'median':>9}{'target':>9}{'÷ target':>10}{'÷ LibreOffice':>15}")
    for label, target, seconds in rows:
        ratio = f"{seconds / office:.2f}" if office else "–"
        print(f"{label:<58}{seconds:>8.2f}s{target:>8.2f}s{seconds / target:>10.2f}"
              f"{ratio:>15}")
    if office:
        print(f"{'LibreOffice: load, recalculate and save the exported workbook':<58}"
              f"{office:>8.2f}s")


if __name__ == "__main__":
    main()
