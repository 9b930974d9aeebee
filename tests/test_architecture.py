"""The house layout holds: subpackages in layers, no import cycles, small modules, a cheap
command-line start. See docs/architecture.md for the picture these tests keep true."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "costbenefit"
MAX_LINES = 400
MAX_LOOSE_MODULES = 3

# Lowest first. A module may import its own subpackage and any subpackage of a lower rank;
# `ui` and `cli` share the top rank and never import each other.
RANKS = {
    "": 0,  # costbenefit/__init__.py (the version) and errors.py
    "errors": 0,
    "validation": 1,
    "parameters": 2,
    "model": 3,
    "uncertainty": 4,
    "programme": 5,
    "report": 6,
    "excel": 7,
    "pdf": 7,  # the case report: an adapter like excel, never importing it
    "files": 8,
    "store": 9,  # the library: reads scenario text through `files`, evaluates with the engine
    "ui": 10,
    "cli": 10,
    "__main__": 11,
}
# Libraries that belong to one adapter: nothing else may import them ("tests": no package
# may; Babel only checks the Norwegian number formats).
CONFINED = {"openpyxl": "excel", "fpdf": "pdf", "streamlit": "ui", "altair": "ui",
            "babel": "tests", "sqlalchemy": "store", "alembic": "store", "psycopg": "store"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def known_modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports_of(path: Path, modules: Iterable[str]) -> set[str]:
    """Every costbenefit module `path` imports, at the top or inside a function."""
    known = set(modules)
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.split(".")[0] == "costbenefit"}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "costbenefit":
                continue
            for a in node.names:  # `from costbenefit.report import i18n` names a module
                sub = f"{node.module}.{a.name}"
                out.add(sub if sub in known else node.module)
    return out


def library_roots(path: Path) -> set[str]:
    """Top-level names of the libraries `path` imports (at the top or in a function)."""
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def import_graph() -> dict[str, set[str]]:
    modules = known_modules()
    return {name: imports_of(path, modules) for name, path in modules.items()}


def subpackage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def layer_violations(graph: Mapping[str, set[str]]) -> list[str]:
    out = []
    for module, targets in graph.items():
        own = subpackage(module)
        for target in targets:
            other = subpackage(target)
            if other != own and RANKS[other] >= RANKS[own]:
                out.append(f"{module} -> {target}")
    return sorted(out)


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), or a self-import."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph.get(v, ()):
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_every_subpackage_has_a_rank() -> None:
    assert {subpackage(m) for m in known_modules()} <= set(RANKS)


def test_lower_packages_never_import_higher_ones() -> None:
    assert layer_violations(import_graph()) == []


def test_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


def test_adapter_libraries_stay_in_their_package() -> None:
    stray = sorted(f"{name} imports {lib}" for name, path in known_modules().items()
                   for lib in library_roots(path) & CONFINED.keys()
                   if subpackage(name) != CONFINED[lib])
    assert stray == []


def test_the_checks_catch_what_they_guard_against() -> None:
    assert layer_violations({"costbenefit.model.engine": {"costbenefit.report.table"}}) == [
        "costbenefit.model.engine -> costbenefit.report.table"]
    assert layer_violations({"costbenefit.ui.views": {"costbenefit.cli.main"}}) != []
    assert layer_violations({"costbenefit.report.table": {"costbenefit.model.engine"}}) == []
    ring = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(ring) == [["a", "b", "c"]]
    assert cycles({"a": {"a"}}) == [["a"]]


def test_no_module_over_400_lines() -> None:
    files = [*PACKAGE.rglob("*.py"), *(ROOT / "tests").rglob("*.py"), *ROOT.glob("*.py"),
             *(ROOT / "pages").glob("*.py"), *(ROOT / "bench").glob("*.py"),
             *(ROOT / "scripts").glob("*.py")]
    long = {str(f.relative_to(ROOT)): n for f in files
            if (n := len(f.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_at_most_three_loose_modules() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(loose) <= MAX_LOOSE_MODULES, loose


@pytest.mark.parametrize("init", sorted(PACKAGE.glob("*/__init__.py")), ids=lambda p: p.parent.name)
def test_every_subpackage_says_what_it_holds_and_may_import(init: Path) -> None:
    doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
    assert "May import" in doc and "Must not import" in doc, init


def _imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    return set(proc.stdout.split())


def test_building_the_parser_imports_no_model() -> None:
    loaded = _imported_after("from costbenefit.cli.main import build_parser\nbuild_parser()")
    ours = {m for m in loaded if m.startswith("costbenefit")}
    assert ours <= {"costbenefit", "costbenefit.cli", "costbenefit.errors"} | {
        m for m in ours if m.startswith("costbenefit.cli.")}
    assert not loaded & {"numpy", "pydantic", "yaml", "pandas", "openpyxl", "streamlit",
                         "sqlalchemy", "alembic"}


def test_evaluate_json_imports_no_adapter_it_does_not_use() -> None:
    example = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
    loaded = _imported_after(
        "import contextlib, io\nfrom costbenefit.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['evaluate', {str(example)!r}, '--format', 'json']) == 0")
    assert not loaded & {"streamlit", "openpyxl", "pandas", "scipy.stats", "costbenefit.ui",
                         "costbenefit.excel", "costbenefit.uncertainty", "sqlalchemy",
                         "costbenefit.store"}
