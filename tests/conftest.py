"""Shared fixtures, and collection of the hand-computed golden cases in tests/*/cases/*.yaml."""

from __future__ import annotations

import ast
import functools
import operator
from pathlib import Path
from typing import Any

import pytest

from costbenefit.files.scenarios import scenario_from_mapping
from costbenefit.model.engine import evaluate
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.parameters.schema import ParameterSet
from costbenefit.report.as_json import to_json_dict
from costbenefit.validation.yaml_safe import load_yaml_text

# the library's fixtures (a throwaway PostgreSQL, SQLite in tmp_path) and, for every test,
# COSTBENEFIT_HOME in a temporary folder so nothing writes to the user's own library
pytest_plugins = ["tests.store.fixtures"]

ROOT = Path(__file__).resolve().parent.parent
CASE_KEYS = {"name", "description", "overrides", "scenario", "expect", "tolerance"}


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory):
    """The parameter-set cache in a temporary folder, never the user's ~/.cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COSTBENEFIT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@functools.cache
def shipped_set() -> ParameterSet:
    """The shipped set, loaded once (hypothesis tests call this instead of a fixture)."""
    return load_parameter_set()


@pytest.fixture(scope="session")
def pset() -> ParameterSet:
    return shipped_set()


_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
        ast.Div: operator.truediv, ast.Pow: operator.pow, ast.USub: operator.neg}


def arithmetic(expr: str | float) -> float:
    """Evaluate a hand-written arithmetic expression such as '100000 + 300000 / 1.04'."""
    if isinstance(expr, int | float):
        return float(expr)

    def ev(node: ast.AST) -> float:
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](ev(node.operand))
        raise ValueError(f"not plain arithmetic: {ast.dump(node)}")

    return ev(ast.parse(str(expr), mode="eval").body)


def lookup(data: Any, dotted: str) -> Any:
    """`budget.kommune.npv`, or `states.8.with` (a list index) in a JSON result."""
    for part in dotted.split("."):
        data = data[int(part)] if isinstance(data, list) else data[part]
    return data


class GoldenCase(pytest.Item):
    def __init__(self, *, spec: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.spec = spec

    def runtest(self) -> None:
        unknown = set(self.spec) - CASE_KEYS
        assert not unknown, f"unknown keys in case: {unknown}"
        base = load_parameter_set()
        pset = base.with_overrides(self.spec.get("overrides") or {}, origin="testcase")
        scenario = scenario_from_mapping(self.spec["scenario"], self.name)
        out = to_json_dict(evaluate(scenario, pset), pset)
        tol = float(self.spec.get("tolerance", 1e-6))
        for key, expected in self.spec["expect"].items():
            got = lookup(out, key)
            want = arithmetic(expected)
            assert got == pytest.approx(want, abs=tol), f"{key}: got {got}, want {want}"

    def reportinfo(self):
        return self.path, 0, f"golden case: {self.name}"


class GoldenFile(pytest.File):
    def collect(self):
        cases = load_yaml_text(self.path.read_text(encoding="utf-8"), str(self.path))
        for spec in cases:
            yield GoldenCase.from_parent(self, name=spec["name"], spec=spec)


def pytest_collect_file(parent: pytest.Collector, file_path: Path):
    if file_path.suffix == ".yaml" and file_path.parent.name == "cases":
        return GoldenFile.from_parent(parent, path=file_path)
    return None
