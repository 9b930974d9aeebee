"""Fixtures for the library (a pytest plugin named in tests/conftest.py, so tests/cli and
tests/ui use them too): `database_url` is SQLite (a file in tmp_path) and a real PostgreSQL
server (a fresh database per test on a throwaway server). No test ever touches the user's
own library: COSTBENEFIT_HOME points into a temporary folder for the whole session (the
app's subprocesses inherit it) and into tmp_path for each test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from costbenefit.store.database import Library, open_library
from tests.store import postgres

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
PROGRAMME = ROOT / "examples" / "programmes" / "ungt_loft.yaml"


@pytest.fixture(scope="session", autouse=True)
def _session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COSTBENEFIT_HOME", str(tmp_path_factory.mktemp("costbenefit_home")))
        mp.delenv("COSTBENEFIT_DATABASE_URL", raising=False)
        yield


@pytest.fixture(autouse=True)
def _own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COSTBENEFIT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("COSTBENEFIT_DATABASE_URL", raising=False)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.Server]:
    try:
        server = postgres.start()
    except FileNotFoundError as exc:
        if postgres.required():
            pytest.fail(f"{exc} (CI krever PostgreSQL-testene)")
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: postgres.Server) -> Iterator[str]:
    """A fresh, empty database on the throwaway server (a plain postgresql:// URL)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    postgres.admin(pg_server, f"CREATE DATABASE {name}")
    try:
        yield pg_server.url(name)
    finally:
        postgres.admin(pg_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bibliotek.sqlite'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def lib(database_url: str) -> Iterator[Library]:
    library = open_library(database_url)
    try:
        yield library
    finally:
        library.close()


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
