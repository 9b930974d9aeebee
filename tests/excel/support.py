"""Helpers for the Excel tests: evaluate a workbook's formulas with `formulas` or LibreOffice
and read the values of its defined names."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import formulas
import openpyxl
import pytest

from costbenefit.excel.sheet_summary import NOT_DEFINED, NOT_WITHIN
from costbenefit.model.engine import Result
from costbenefit.model.evidence_effect import with_evidence
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.schema import ParameterSet
from costbenefit.report.as_json import reform_dict
from costbenefit.report.kommune import sector_npvs
from costbenefit.report.table import break_even_beyond_reach
from costbenefit.report.texts_nb import NOT_REACHABLE

SOFFICE = shutil.which("soffice")
REL = 1e-9


def assert_outputs(values: dict[str, object], expected: dict[str, object]) -> None:
    """Each named output equals what the engine gives: a number to `REL`, a text exactly,
    and «not defined» where the engine has none."""
    for name, want in expected.items():
        got = values[name]
        if want is None:
            assert got in (NOT_DEFINED, NOT_WITHIN), name
        elif isinstance(want, str):
            assert got == want, name
        else:
            assert got == pytest.approx(want, rel=REL, abs=1e-6), name


def name_cells(path: Path) -> dict[str, tuple[str, str]]:
    """Defined name -> (sheet, coordinate without $)."""
    wb = openpyxl.load_workbook(path)
    out = {}
    for name, dn in wb.defined_names.items():
        sheet, coord = next(dn.destinations)
        out[name] = (sheet, coord.replace("$", ""))
    return out


class FormulaModel:
    """A workbook compiled by `formulas`, recalculated with optional changed input cells."""

    def __init__(self, path: Path):
        self.path = path
        self.names = name_cells(path)
        self.model = formulas.ExcelModel().loads(str(path)).finish()

    def key(self, sheet: str, coord: str) -> str:
        return f"'[{self.path.name}]{sheet.upper()}'!{coord}"

    def named_key(self, name: str) -> str:
        return self.key(*self.names[name])

    def calculate(self, **changes: float) -> dict[str, object]:
        """Values of every defined name, after setting the named input cells in `changes`."""
        inputs = {self.named_key(k): v for k, v in changes.items()}
        sol = self.model.calculate(inputs=inputs)
        return {name: _scalar(sol[self.named_key(name)]) for name in self.names}

    def cell(self, sol: dict, sheet: str, coord: str) -> object:
        return _scalar(sol[self.key(sheet, coord)])


def _scalar(value: object) -> object:
    v = value.value[0, 0] if hasattr(value, "value") else value
    return v.item() if hasattr(v, "item") else v


def engine_outputs(result: Result) -> dict[str, object]:
    """The engine's figures under the workbook's defined names (a break-even beyond reach is
    the text «ikke oppnåelig», as the workbook's formula shows it)."""
    b, be = result.budget, result.break_even
    out = {f"npv_{p}": v for p, v in b.npv.items()}
    beyond = break_even_beyond_reach(result)
    out.update(pv_cost=b.pv_cost, roi=b.roi, payback_year=b.payback_year,
               pv_gain_per_success=be.pv_gain_per_success,
               successes_needed=NOT_REACHABLE if beyond else be.successes_needed,
               break_even_rate=NOT_REACHABLE if beyond else be.success_rate)
    out["npv_societal"] = result.societal.npv
    out.update({f"sector_npv_{k}": v for k, v in sector_npvs(result).items()})
    out["gain_sharing_share"] = result.gain_sharing.share
    return out


def reform_outputs(result: Result) -> dict[str, object]:
    """The engine's figures under the workbook's defined names, with a reform's NPV and
    break-even per payer (a break-even the engine cannot give is «–», as in the workbook)."""
    out = engine_outputs(result)
    data = reform_dict(result)
    assert data is not None and result.break_even.by_payer is not None
    out.update({f"reform_npv_{p}": v for p, v in data["npv"].items()})
    out.update({f"reform_needed_{p}": NOT_DEFINED if v is None else v
                for p, v in result.break_even.by_payer.items()})
    return out


# A rule change alone (no behavioural effect): Et enklere NAV's kind of reform, 2 G from the
# state in place of sosialhjelp, dagpenger and some kvalifiseringsstønad.
PURE_REFORM: dict = {
    "name": "Regelendring alene",
    "target_group": "long_term_social_assistance_18_29",
    "start_age": 22, "start_year": 2026, "price_year": 2024, "horizon_years": 8,
    "intervention": {"cohorts": [{"year": 2026, "participants": 2000}],
                     "success_outcome": "employed", "success_rate_with": 0.0,
                     "success_rate_without": 0.0},
    "reform": {"name": "Et enklere NAV", "ages": "18-29",
               "eligible_states": ["social_assistance", "unemployed", "neet"],
               "take_up": 1.0, "benefit": {"amount_g": 2.0, "payer": "stat", "taxable": True},
               "replaces": [{"benefit": "sosialhjelp"}, {"benefit": "dagpenger"},
                            {"benefit": "kvalifiseringsstonad", "state": "neet",
                             "share": 0.1}]},
}
# A reform beside a behavioural effect: a kommune benefit in kroner, not taxable, that
# replaces AAP and sosialhjelp for most of the IPS example's participants (added to it).
MIXED_REFORM: dict = {
    "name": "Kommunal ytelse", "ages": "20-27", "take_up": 0.8,
    "eligible_states": ["aap", "social_assistance", "neet"],
    "benefit": {"amount": 150_000, "payer": "kommune", "taxable": False,
                "kostra_function": "281"},
    "replaces": [{"benefit": "aap"}, {"benefit": "sosialhjelp", "share": 0.5}],
}


def libreoffice_values(path: Path, outdir: Path) -> openpyxl.Workbook:
    """Recalculate in LibreOffice headless (round trip to xlsx) and load the cached values."""
    assert SOFFICE is not None
    profile = outdir / "lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--convert-to", "xlsx", "--outdir", str(outdir / "lo"), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    return openpyxl.load_workbook(outdir / "lo" / path.name, data_only=True)


def typed(scenario: Scenario, pset: ParameterSet) -> dict:
    """`scenario` as a mapping with its study's outcome, rates and persistence typed in (no
    `effect`), so that a test can change a rate the way an evaluator changes the workbook's
    input cells; a scenario without a study is only dumped."""
    return with_evidence(scenario, pset).model_dump(mode="python", by_alias=True,
                                                    exclude_unset=True)
