"""Output paths the user names (`--xlsx`, `template OUT`): checked before any work is done,
and written so that a failure is the user's to fix, in Norwegian, never an internal error.

Refused: an empty path, a suffix other than the format's, a path that is one of the
inputs (the same file after resolving links), an existing path that is not a regular file
(a folder, a device, a pipe), a folder that does not exist. A write that fails anyway
(read-only or full disk, a name too long) is an InputError naming the path and the cause.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from costbenefit.errors import InputError

_CAUSES = {
    errno.ENOSPC: "disken er full",
    errno.EDQUOT: "diskkvoten er brukt opp",
    errno.EROFS: "filsystemet er skrivebeskyttet",
    errno.EACCES: "du har ikke skrivetilgang",
    errno.EPERM: "du har ikke skrivetilgang",
    errno.ENAMETOOLONG: "filnavnet er for langt",
    errno.ENOENT: "mappen finnes ikke",
    errno.ENOTDIR: "en del av stien er ikke en mappe",
    errno.EISDIR: "stien er en mappe",
}


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def check_output_path(path: str, *, suffix: str, field: str,
                      inputs: Iterable[str | Path] = ()) -> Path:
    """The output path, or InputError naming `field` and the fix."""
    if not path or not path.strip():
        raise InputError(f"filnavnet er tomt; oppgi et filnavn som slutter på {suffix}, "
                         f"f.eks. resultat{suffix}", field=field)
    out = Path(path)
    for given in inputs:
        if _same_file(out, Path(given)):
            raise InputError(f"'{path}' er en av inndatafilene og ville blitt overskrevet; "
                             f"velg et annet filnavn, f.eks. {out.stem}_resultat{suffix}",
                             field=field)
    if out.suffix.lower() != suffix:
        raise InputError(f"filen '{path}' må slutte på {suffix} (den skrives i det formatet); "
                         f"bruk f.eks. {out.with_suffix(suffix).name}", field=field)
    try:
        mode = out.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise write_error(out, exc, field) from None
    if mode is not None and not stat.S_ISREG(mode):
        kind = "en mappe" if stat.S_ISDIR(mode) else "ikke en vanlig fil (en enhet eller lignende)"
        raise InputError(f"kan ikke skrive til '{path}': den er {kind}; oppgi et nytt filnavn, "
                         f"f.eks. resultat{suffix}", field=field)
    parent = out.parent
    if not parent.is_dir():
        raise InputError(f"kan ikke skrive '{path}': mappen '{parent}' finnes ikke; opprett "
                         "den først eller velg en annen mappe", field=field)
    if not os.access(parent, os.W_OK):
        raise InputError(f"kan ikke skrive '{path}': du har ikke skrivetilgang til mappen "
                         f"'{parent}'; velg en annen mappe", field=field)
    return out


def write_error(path: Path | str, exc: OSError, field: str) -> InputError:
    """An OSError from writing `path`, as the user's problem to fix."""
    cause = _CAUSES.get(exc.errno or 0, exc.strerror or str(exc))
    return InputError(f"kan ikke skrive '{path}': {cause}. Velg en annen mappe eller et "
                      "kortere filnavn, eller frigjør plass, og prøv igjen", field=field)


def write_output(path: Path, data: bytes, field: str) -> None:
    """Write `data` atomically to a checked path; an OSError becomes an InputError."""
    from costbenefit.excel.safety import write_atomic

    try:
        write_atomic(path, data)
    except OSError as exc:
        raise write_error(path, exc, field) from None
