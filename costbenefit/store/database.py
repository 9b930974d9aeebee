"""Opening the library: the engine for a URL, the schema brought up to date by the shipped
Alembic migrations, and every database failure told as the user's problem to fix.

SQLite gets WAL mode, a busy timeout and ``BEGIN IMMEDIATE`` for every transaction, so two
savers queue instead of failing halfway; PostgreSQL migrations hold an advisory lock, so
two first uses at once do not both create the tables.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from costbenefit.errors import InputError
from costbenefit.store.urls import ENV_URL, FIELD, resolve_url, shown

HEAD = "0001"  # the newest revision in migrations/versions (a test checks)
REVISIONS = ("0001",)  # every revision this program knows, oldest first
MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_S = 30
CONNECT_TIMEOUT_S = 5
_LOCK_ID = 7_017_017  # pg_advisory_xact_lock key for migrations


@dataclass
class Library:
    """An open library: its engine and a session factory. Close it when done."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def where(self) -> str:
        return shown(self.engine.url)

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with translated(self.engine.url), self.sessions.begin() as session:
            yield session


def open_library(database_url: str | None = None) -> Library:
    """The library at `database_url` (else the environment, else the per-user file),
    created or upgraded to this program's schema."""
    url = resolve_url(database_url)
    engine = _engine(url)
    try:
        with translated(url):
            _ensure_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return Library(engine, sessionmaker(engine, expire_on_commit=False))


def _engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if url.database and not path.parent.is_dir():
            raise InputError(f"mappen '{path.parent}' for biblioteksfilen finnes ikke; "
                             "opprett den eller velg en annen sti", field=FIELD)
        if path.is_dir():
            raise InputError(f"'{path}' er en mappe; oppgi en fil, f.eks. "
                             f"{path / 'bibliotek.sqlite'}", field=FIELD)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT_S})


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see below)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def current_revision(connection: Connection) -> str | None:
    """The schema revision stored in the database; None for an empty database."""
    if not connection.dialect.has_table(connection, "alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _ensure_schema(engine: Engine) -> None:
    with engine.connect() as connection:
        revision = current_revision(connection)
        connection.rollback()
    if revision == HEAD:
        return
    if revision is not None and revision not in REVISIONS:
        raise InputError(
            f"databasen {shown(engine.url)} har skjemaversjon {revision}, som er nyere enn "
            f"dette programmet kjenner ({HEAD}); oppgrader costbenefit (pip install -U "
            "utenforregnskap) eller bruk en annen database", field=FIELD)
    upgrade(engine)


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the shipped migrations up to `target`, in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_ID})
        config.attributes["connection"] = connection
        command.upgrade(config, target)


@contextlib.contextmanager
def translated(url: URL) -> Iterator[None]:
    """Database failures as InputError: what went wrong, where, and the fix."""
    try:
        yield
    except IntegrityError:
        raise  # a lost race for a version number: the caller retries
    except DBAPIError as exc:
        raise database_error(url, exc.orig or exc) from None
    except sqlite3.DatabaseError as exc:  # raised by the connect hook, before SQLAlchemy wraps
        raise database_error(url, exc) from None


def database_error(url: URL, exc: BaseException) -> InputError:
    where = shown(url)
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = str(exc).lower()
    if url.get_backend_name() == "sqlite":
        if "not a database" in low or "malformed" in low or "corrupt" in low:
            text_ = (f"'{where}' er ikke en SQLite-database eller er skadet; flytt filen "
                     f"bort og prøv igjen (en ny tom database lages), eller pek {ENV_URL} "
                     "på en annen fil")
        elif "unable to open" in low or "readonly" in low or "read-only" in low:
            text_ = (f"kan ikke åpne eller skrive biblioteksfilen '{where}' ({message}); "
                     "sjekk at du har skrivetilgang, eller velg en annen fil")
        elif "locked" in low or "busy" in low:
            text_ = (f"biblioteksfilen '{where}' er låst av et annet program i over "
                     f"{BUSY_TIMEOUT_S} s; prøv igjen om litt")
        else:
            text_ = f"databasefeil i '{where}': {message}; sjekk filen eller velg en annen"
        return InputError(text_, field=FIELD)
    if "password authentication failed" in low or "no password supplied" in low:
        text_ = (f"feil brukernavn eller passord for {where}; sjekk brukeren og passordet i "
                 f"{ENV_URL} (eller ~/.pgpass)")
    elif "does not exist" in low and "database" in low:
        text_ = (f"databasen i {where} finnes ikke; opprett den (createdb) eller rett navnet "
                 "i adressen")
    elif "permission denied" in low:
        text_ = (f"brukeren i {where} mangler rettigheter i databasen ({message}); gi den "
                 "rettigheter (GRANT) eller bruk databasens eier")
    elif "role" in low and "does not exist" in low:
        text_ = f"brukeren i {where} finnes ikke på tjeneren; rett brukernavnet i adressen"
    elif isinstance(exc, OperationalError | ProgrammingError) or any(
            w in low for w in ("connection refused", "could not", "timeout", "timed out",
                               "connection failed", "name or service", "no route")):
        text_ = (f"får ikke kontakt med databasen {where} ({message}); sjekk vert, port og "
                 "at tjeneren kjører, eller bruk standardfilen ved å fjerne "
                 f"{ENV_URL}")
    else:
        text_ = f"databasefeil i {where}: {message}; sjekk adressen og tjeneren"
    return InputError(text_, field=FIELD)
