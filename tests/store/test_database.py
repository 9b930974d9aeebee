"""Opening the library: URLs as users write them, the per-user default file, the migrations
agree with the models, and a corrupt file, a newer schema, an unreachable server or wrong
credentials are InputErrors naming what and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from costbenefit.errors import InputError
from costbenefit.store import database
from costbenefit.store.database import Library, open_library
from costbenefit.store.tables import Base
from costbenefit.store.urls import default_path, resolve_url
from tests.store import postgres


def test_the_migrations_agree_with_the_models(lib: Library) -> None:
    script = ScriptDirectory.from_config(_config())
    assert script.get_current_head() == database.HEAD
    assert [s.revision for s in script.walk_revisions()][::-1] == list(database.REVISIONS)
    with lib.engine.connect() as conn:
        assert database.current_revision(conn) == database.HEAD
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(database.MIGRATIONS))
    return config


def test_sqlite_is_created_on_first_use_in_wal_mode(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("COSTBENEFIT_HOME", str(tmp_path / "ny" / "mappe"))
    assert default_path() == tmp_path / "ny" / "mappe" / "bibliotek.sqlite"
    lib = open_library()
    try:
        assert lib.where == str(tmp_path / "ny" / "mappe" / "bibliotek.sqlite")
        with lib.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        lib.close()


def test_default_path_without_home(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("COSTBENEFIT_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "costbenefit" / "bibliotek.sqlite"


def test_urls_as_users_write_them(monkeypatch) -> None:
    assert resolve_url("postgresql://kari@db.kommune.no:5432/bibliotek").drivername == \
        "postgresql+psycopg"
    assert resolve_url("postgres://kari@vert/db").drivername == "postgresql+psycopg"
    assert resolve_url("/tmp/x.sqlite").database == "/tmp/x.sqlite"
    monkeypatch.setenv("COSTBENEFIT_DATABASE_URL", "sqlite:////tmp/fra_miljo.sqlite")
    assert resolve_url().database == "/tmp/fra_miljo.sqlite"
    with pytest.raises(InputError, match="'mysql' støttes ikke"):
        resolve_url("mysql://x@y/z")


def test_a_corrupt_sqlite_file(tmp_path: Path) -> None:
    bad = tmp_path / "skadet.sqlite"
    bad.write_bytes(b"dette er ingen database" * 500)
    with pytest.raises(InputError, match="ikke en SQLite-database eller er skadet") as err:
        open_library(str(bad))
    assert str(bad) in str(err.value) and "flytt filen" in str(err.value)


def test_a_missing_folder_and_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="finnes ikke"):
        open_library(str(tmp_path / "mangler" / "b.sqlite"))
    with pytest.raises(InputError, match="er en mappe"):
        open_library(str(tmp_path))


def test_a_schema_newer_than_the_program(database_url: str) -> None:
    lib = open_library(database_url)
    with lib.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    lib.close()
    with pytest.raises(InputError, match="skjemaversjon 9999, som er nyere") as err:
        open_library(database_url)
    assert "oppgrader costbenefit" in str(err.value)


def test_opening_twice_does_not_migrate_again(database_url: str) -> None:
    for _ in range(2):
        open_library(database_url).close()


def test_an_unreachable_server() -> None:
    with pytest.raises(InputError, match="får ikke kontakt med databasen") as err:
        open_library("postgresql://kari@127.0.0.1:1/bibliotek")
    assert "sjekk vert, port" in str(err.value)


def test_wrong_credentials_and_unknown_database(pg_server: postgres.Server) -> None:
    wrong = pg_server.url("postgres", user=postgres.PASSWORD_USER, password="feil")
    with pytest.raises(InputError, match="feil brukernavn eller passord") as err:
        open_library(wrong)
    assert "feil@" not in str(err.value)  # the password is never shown
    with pytest.raises(InputError, match="finnes ikke"):
        open_library(pg_server.url("finnes_ikke"))


def test_a_plain_postgresql_url_with_a_password(pg_server: postgres.Server) -> None:
    postgres.admin(pg_server, "CREATE DATABASE med_passord OWNER "
                              f"{postgres.PASSWORD_USER}")
    try:
        url = pg_server.url("med_passord", user=postgres.PASSWORD_USER,
                            password=postgres.PASSWORD)
        lib = open_library(url)
        assert postgres.PASSWORD not in lib.where
        lib.close()
    finally:
        postgres.admin(pg_server, "DROP DATABASE med_passord WITH (FORCE)")
