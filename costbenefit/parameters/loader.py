"""Read a parameter set from a folder of YAML files (an adapter at the edge of the core).

Layout: ``<root>/index.yaml`` names the set and its version (and lists what was looked for
and not found); every other ``*.yaml`` file is
one parameter whose dotted name is its path below the root (``macro/g.yaml`` is
``macro.g``). ``index.yaml`` files document a folder and are not parameters.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from costbenefit import __version__
from costbenefit.errors import InputError
from costbenefit.parameters.evidence import check_studies
from costbenefit.parameters.kostra import check_kostra
from costbenefit.parameters.schema import Parameter, ParameterSet
from costbenefit.validation.messages import input_error_from
from costbenefit.validation.yaml_safe import load_yaml_text

SET_FILE = "index.yaml"
DOC_FILES = frozenset({SET_FILE})


def shipped_root() -> Path:
    """The parameter folder that ships with the project (or $COSTBENEFIT_PARAMS)."""
    env = os.environ.get("COSTBENEFIT_PARAMS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "parameters" / "no"


class NotFound(BaseModel):
    """A value the library looked for and found no source for (shown in the catalogue)."""

    model_config = ConfigDict(extra="forbid")
    topic: str
    note: str


class SetHeader(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    version: str
    description: str = ""
    not_found: list[NotFound] = []


def read_set_header(root: Path) -> SetHeader:
    """The set's name, version, description and gaps, from ``<root>/index.yaml``."""
    header_path = root / SET_FILE
    if not header_path.is_file():
        raise InputError(
            f"fant ikke {SET_FILE}; angi en mappe med et parametersett (--params MAPPE)",
            source=str(root),
        )
    try:
        return SetHeader.model_validate(
            load_yaml_text(header_path.read_text(encoding="utf-8"), str(header_path))
        )
    except ValidationError as exc:
        raise input_error_from(exc, str(header_path)) from None


def _parameter_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.yaml") if p.name not in DOC_FILES)


def content_hash(root: Path) -> str:
    """sha256 over every YAML file's relative path and bytes, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def load_parameter(path: Path, root: Path) -> Parameter:
    rel = path.relative_to(root).with_suffix("")
    name = ".".join(rel.parts)
    raw = load_yaml_text(path.read_text(encoding="utf-8"), str(path))
    if not isinstance(raw, dict):
        raise InputError("en parameterfil må være en YAML-mapping med nøkler", source=str(path))
    if "name" in raw:
        raise InputError(
            "feltet 'name' er ikke tillatt: navnet er filens sti. Fjern det", source=str(path)
        )
    try:
        return Parameter.model_validate({"name": name, **raw})
    except ValidationError as exc:
        raise input_error_from(exc, str(path)) from None


def load_parameter_set(root: Path | str | None = None) -> ParameterSet:
    """Load and validate every file below `root`; the first bad file stops the load.

    A set that loaded once is kept in the user's cache (:func:`cache_path`) under its
    content hash and the engine version, so the next start reads one file instead of
    parsing and validating every parameter; the cache is used only when both match."""
    root = Path(root) if root is not None else shipped_root()
    digest = content_hash(root)
    cached = _from_cache(digest)
    if cached is not None:
        return cached
    header = read_set_header(root)
    params = {p.name: p for p in (load_parameter(f, root) for f in _parameter_files(root))}
    pset = ParameterSet(
        name=header.name,
        version=header.version,
        description=header.description,
        sha256=digest,
        parameters=params,
    )
    check_studies(pset)
    check_kostra(pset)
    _to_cache(pset)
    return pset


def cache_path(digest: str) -> Path | None:
    """Where a set with content hash `digest` is cached: ``$COSTBENEFIT_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/costbenefit`` or ``~/.cache/costbenefit``; None when
    ``COSTBENEFIT_CACHE_DIR`` is set to an empty string (no cache)."""
    folder = os.environ.get("COSTBENEFIT_CACHE_DIR")
    if folder == "":
        return None
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = str(Path(base) / "costbenefit")
    return Path(folder) / f"parametersett-{digest}-{_code_key()}.pickle"


def _code_key() -> str:
    """The engine version and a hash of the code that reads and checks a set, so a cache
    written by other code (a changed rule, a new field) is never used."""
    digest = hashlib.sha256(__version__.encode())
    here = Path(__file__).resolve().parent
    for name in ("schema.py", "loader.py", "evidence.py", "kostra.py", "distributions.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def _from_cache(digest: str) -> ParameterSet | None:
    """The cached set, or None when there is none, it cannot be read, or its key differs
    (a stale or foreign file is never trusted: its hash is checked after loading)."""
    path = cache_path(digest)
    if path is None or not path.is_file():
        return None
    st = path.stat()
    if st.st_uid != os.getuid() or st.st_mode & 0o022:  # only a file no one else can write
        return None
    try:
        with path.open("rb") as f:
            pset = pickle.load(f)  # the user's own file (checked above), keyed and checked
    except Exception:  # a truncated or old-format file: rebuild it
        return None
    return pset if isinstance(pset, ParameterSet) and pset.sha256 == digest else None


def _to_cache(pset: ParameterSet) -> None:
    """Write the set to the cache, atomically; a read-only home only costs speed."""
    path = cache_path(pset.sha256)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(pset, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        return


def resolve_parameter_set(spec: str | None) -> ParameterSet:
    """`--params VERSION_OR_PATH`: a folder path, or the version of the shipped set."""
    if spec is None:
        return load_parameter_set(shipped_root())
    path = Path(spec)
    if path.is_dir():
        return load_parameter_set(path)
    shipped = load_parameter_set(shipped_root())
    if spec == shipped.version:
        return shipped
    raise InputError(
        f"ukjent parametersett '{spec}'. Oppgi en mappe, eller versjonen {shipped.version}",
        field="--params",
    )
