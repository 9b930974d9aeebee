"""Guards for workbooks we read from users, and atomic writes for those we produce.

An upload is refused before openpyxl sees it when it is too large, is not a zip with an
xlsx content type, or unpacks to far more than it weighs (zip bomb). openpyxl parses XML
with defusedxml when it is installed (it is a dependency), which stops entity expansion.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

from costbenefit.errors import InputError

MAX_XLSX_BYTES = 5_000_000
MAX_UNPACKED_BYTES = 50_000_000
MAX_RATIO = 100  # unpacked / packed, per entry and in total
MAX_ENTRIES = 500
RATIO_FLOOR = 64_000  # entries smaller than this unpacked are never a bomb
ZIP_MAGIC = b"PK\x03\x04"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


def check_xlsx_bytes(data: bytes, source: str) -> None:
    """Raise InputError unless `data` looks like a modest, honest xlsx file."""
    if len(data) > MAX_XLSX_BYTES:
        raise InputError(f"filen er for stor ({len(data) / 1e6:.1f} MB; grensen er "
                         f"{MAX_XLSX_BYTES / 1e6:.0f} MB)", source=source)
    if not data.startswith(ZIP_MAGIC):
        raise InputError("filen er ikke en Excel-fil (.xlsx). Lagre malen som "
                         "«Excel-arbeidsbok (.xlsx)» og prøv igjen", source=source)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            _check_sizes(infos, len(data), source)
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names:
                raise InputError("filen er en zip-fil, men ikke en Excel-arbeidsbok (.xlsx)",
                                 source=source)
            types = zf.read("[Content_Types].xml")
    except zipfile.BadZipFile:
        raise InputError("filen er skadet eller ikke en Excel-fil (.xlsx)", source=source) from None
    if XLSX_CONTENT_TYPE.encode() not in types:
        raise InputError("filen er ikke en Excel-arbeidsbok (.xlsx); makroarbeidsbøker (.xlsm) "
                         "og andre formater tas ikke imot", source=source)


def _check_sizes(infos: list[zipfile.ZipInfo], packed: int, source: str) -> None:
    if len(infos) > MAX_ENTRIES:
        raise InputError(f"filen har for mange deler ({len(infos)})", source=source)
    total = sum(i.file_size for i in infos)
    bomb = total > MAX_UNPACKED_BYTES or total > MAX_RATIO * max(packed, RATIO_FLOOR) or any(
        i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1)
        for i in infos
    )
    if bomb:
        raise InputError(f"filen pakker seg ut til {total / 1e6:.0f} MB, langt mer enn den "
                         "veier; den tas ikke imot (mulig zip-bombe)", source=source)


def read_upload(path: Path) -> bytes:
    """Read a user's xlsx file with the size check done before the bytes are read."""
    if not path.is_file():
        raise InputError("filen finnes ikke", source=str(path))
    if path.stat().st_size > MAX_XLSX_BYTES:
        raise InputError(f"filen er for stor (grensen er {MAX_XLSX_BYTES / 1e6:.0f} MB)",
                         source=str(path))
    data = path.read_bytes()
    check_xlsx_bytes(data, str(path))
    return data


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path | str, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file.

    The file gets the permissions of a new file under the user's umask (0644 by default),
    not the 0600 of the temporary file."""
    path = Path(path)
    if path.is_dir():
        raise InputError("dette er en mappe; oppgi et filnavn, f.eks. resultat.xlsx",
                         source=str(path))
    if not path.parent.is_dir():
        raise InputError("mappen finnes ikke", source=str(path.parent))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
