"""A throwaway PostgreSQL server for the tests: initdb and pg_ctl in a temporary folder,
on a free port on 127.0.0.1, stopped and removed at the end of the session.

PostgreSQL refuses to run as root, so under root (CI) the server runs as the ``postgres``
user that Debian's package creates. Without PostgreSQL the tests skip with how to install
it, except under CI (``CI`` or ``COSTBENEFIT_REQUIRE_POSTGRES`` set), where they fail.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

INSTALL_HINT = ("PostgreSQL er ikke installert; installer med «apt-get install -y postgresql» "
                "(Debian/Ubuntu) eller «brew install postgresql», så kjøres disse testene")
PASSWORD_USER, PASSWORD = "passord_bruker", "riktig-passord"
ADMIN = "costbenefit"


def required() -> bool:
    """CI must run the PostgreSQL tests: a missing server is a failure, not a skip."""
    return any(os.environ.get(v, "").strip() not in ("", "0", "false")
               for v in ("CI", "COSTBENEFIT_REQUIRE_POSTGRES"))


def find_bin() -> Path | None:
    """The folder with initdb and pg_ctl (Debian keeps them out of PATH)."""
    if os.environ.get("PG_BIN"):
        return Path(os.environ["PG_BIN"])
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    folder: Path
    port: int
    bin: Path
    prefix: list[str]

    def url(self, database: str = "postgres", user: str = ADMIN, password: str | None = None,
            driver: str = "postgresql") -> str:
        auth = f"{user}:{password}" if password is not None else user
        return f"{driver}://{auth}@127.0.0.1:{self.port}/{database}"

    def run(self, *args: str) -> None:
        subprocess.run([*self.prefix, *args], check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        try:
            self.run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                     "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """initdb, pg_hba (trust on 127.0.0.1, a password for one user), pg_ctl start."""
    pg_bin = find_bin()
    if pg_bin is None or not (pg_bin / "pg_ctl").exists():
        raise FileNotFoundError(INSTALL_HINT)
    folder = Path(tempfile.mkdtemp(prefix="costbenefit-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise FileNotFoundError("kjører som root, men brukeren «postgres» mangler; "
                                    "installer pakken postgresql") from None
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    folder.chmod(0o755)
    server = Server(folder, _free_port(), pg_bin, prefix)
    data = folder / "data"
    server.run(str(pg_bin / "initdb"), "-D", str(data), "-U", ADMIN, "--auth=trust",
               "-E", "UTF8", "--locale=C.UTF-8")
    hba = (f"local all all trust\nhost all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n"
           "host all all 127.0.0.1/32 trust\n")
    server.run("sh", "-c", f"printf '{hba}' > {data / 'pg_hba.conf'}")
    options = (f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off")
    try:
        server.run(str(pg_bin / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                   str(folder / "log"), "-w", "-t", "60", "start")
    except subprocess.CalledProcessError:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL startet ikke:\n{log}") from None
    admin(server, f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'")
    return server


def admin(server: Server, *statements: str) -> None:
    """Run statements as the superuser, outside a transaction (CREATE/DROP DATABASE)."""
    import psycopg

    with psycopg.connect(host="127.0.0.1", port=server.port, user=ADMIN, dbname="postgres",
                         autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)
