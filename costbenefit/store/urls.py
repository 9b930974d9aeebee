"""Which database: a URL from ``--database-url`` or ``COSTBENEFIT_DATABASE_URL``, or the
per-user SQLite file (``$COSTBENEFIT_HOME/bibliotek.sqlite``, else under XDG's data folder).

A URL is written as users write it: ``postgresql://user@host:port/db`` is mapped to the
psycopg 3 driver, and a plain path means an SQLite file. Messages show a URL without its
password.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from costbenefit.errors import InputError

ENV_URL = "COSTBENEFIT_DATABASE_URL"
ENV_HOME = "COSTBENEFIT_HOME"
FILE_NAME = "bibliotek.sqlite"
FIELD = "--database-url"
_POSTGRES = {"postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2"}
_EXAMPLES = "sqlite:///sti/til/bibliotek.sqlite eller postgresql://bruker@vert:5432/database"


def default_path() -> Path:
    """The per-user SQLite file (the folder is made on first use)."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser() / FILE_NAME
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data).expanduser() / "costbenefit" / FILE_NAME


def resolve_url(given: str | None = None) -> URL:
    """The SQLAlchemy URL for `given`, the environment or the default file."""
    text = given if given is not None else os.environ.get(ENV_URL)
    if text is None or not text.strip():
        path = default_path()
        _make_folder(path.parent)
        return URL.create("sqlite", database=str(path))
    text = text.strip()
    if "://" not in text:  # a path: an SQLite file
        return URL.create("sqlite", database=str(Path(text).expanduser()))
    try:
        url = make_url(text)
    except ArgumentError:
        raise InputError(f"databaseadressen '{_hidden(text)}' kan ikke leses; skriv den som "
                         f"{_EXAMPLES}", field=FIELD) from None
    if url.drivername in _POSTGRES:
        return url.set(drivername="postgresql+psycopg")
    if url.drivername in ("sqlite", "sqlite+pysqlite"):
        return url.set(drivername="sqlite")
    raise InputError(f"databasetypen '{url.drivername}' støttes ikke; bruk {_EXAMPLES}",
                     field=FIELD)


def shown(url: URL) -> str:
    """The URL as a message may show it (no password)."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True).replace("+psycopg", "")


def _hidden(text: str) -> str:
    head, at, tail = text.rpartition("@")
    if not at or ":" not in head.split("//", 1)[-1]:
        return text
    scheme, _, user = head.partition("//")
    return f"{scheme}//{user.split(':', 1)[0]}:***@{tail}"


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"kan ikke opprette mappen '{folder}' for biblioteket "
                         f"({exc.strerror}); sett {ENV_HOME} eller {ENV_URL} til et sted du "
                         "kan skrive", field=FIELD) from None
