"""Export the whole library to one zip (scenario YAML as written, each version's result
summary as JSON, programmes, submitted templates) and import such a zip, so a kommune can
move its library or hand it to an evaluator.

Import is one transaction and adds, never replaces: a version whose text a scenario of the
same name already has is skipped, others become new versions (keeping author, time and the
result summary as exported). The zip is read with limits, so a zip bomb or a stray path
is refused before anything is written.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from costbenefit import __version__
from costbenefit.errors import InputError
from costbenefit.files.outputs import check_output_path, write_output
from costbenefit.store.database import HEAD, Library
from costbenefit.store.projects import put_project
from costbenefit.store.scenarios import iso, version_record
from costbenefit.store.submissions import submission_record
from costbenefit.store.summaries import parse
from costbenefit.store.tables import (
    ProgrammeRow,
    ScenarioRow,
    SubmissionRow,
    TagRow,
    VersionRow,
)

FORMAT = "costbenefit-bibliotek"
FORMAT_VERSION = 1
MAX_ZIP_BYTES = 500_000_000
MAX_UNPACKED = 2_000_000_000
MAX_ENTRIES = 200_000
MAX_RATIO = 200
_NAME = re.compile(r"^(manifest\.json|scenarios/\d+/(meta\.json|v\d+\.(yaml|json))|"
                   r"programmes/\d+\.json|submissions/\d+\.(json|xlsx))$")


def export_zip(lib: Library, out: str) -> dict[str, int]:
    """Write every scenario, version, programme and submission to `out` (.zip)."""
    path = check_output_path(out, suffix=".zip", field="UT.zip")
    buffer = io.BytesIO()
    counts = {"scenarios": 0, "versions": 0, "programmes": 0, "submissions": 0}
    with lib.transaction() as session, zipfile.ZipFile(buffer, "w",
                                                       zipfile.ZIP_DEFLATED) as zf:
        for row in session.scalars(select(ScenarioRow).order_by(ScenarioRow.id)):
            folder = f"scenarios/{row.id}"
            _json(zf, f"{folder}/meta.json", {
                "name": row.name, "created_by": row.created_by,
                "created_at": iso(row.created_at), "tags": [t.tag for t in row.tags]})
            for v in row.versions:
                zf.writestr(f"{folder}/v{v.version}.yaml", v.yaml_text)
                _json(zf, f"{folder}/v{v.version}.json", version_record(v))
                counts["versions"] += 1
            counts["scenarios"] += 1
        for prog in session.scalars(select(ProgrammeRow).order_by(ProgrammeRow.id)):
            _json(zf, f"programmes/{prog.id}.json", {
                "name": prog.name, "description": prog.description,
                "start_year": prog.start_year, "discounting": prog.discounting,
                "created_by": prog.created_by, "created_at": iso(prog.created_at),
                "projects": [{"scenario": p.scenario.name, "start_year": p.start_year}
                             for p in prog.projects]})
            counts["programmes"] += 1
        for sub in session.scalars(select(SubmissionRow).order_by(SubmissionRow.id)):
            record = submission_record(sub)
            record["scenario_yaml"] = sub.scenario_yaml
            record["version"] = _version_ref(session, sub.version_id)
            _json(zf, f"submissions/{sub.id}.json", record)
            zf.writestr(f"submissions/{sub.id}.xlsx", sub.content)
            counts["submissions"] += 1
        _json(zf, "manifest.json", {"format": FORMAT, "format_version": FORMAT_VERSION,
                                    "schema": HEAD, "program_version": __version__,
                                    "exported_at": iso(dt.datetime.now(dt.UTC)), **counts})
    write_output(path, buffer.getvalue(), "UT.zip")
    return counts


def _json(zf: zipfile.ZipFile, name: str, data: Any) -> None:
    zf.writestr(name, json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _version_ref(session: Session, version_id: int | None) -> dict[str, Any] | None:
    if version_id is None:
        return None
    v = session.get(VersionRow, version_id)
    return None if v is None else {"scenario": v.scenario.name, "version": v.version}


def _open(source: str) -> zipfile.ZipFile:
    path = Path(source)
    if not path.is_file():
        raise InputError("filen finnes ikke; oppgi en zip-fil laget med costbenefit library "
                         "export", source=source)
    if path.stat().st_size > MAX_ZIP_BYTES:
        raise InputError(f"filen er for stor (over {MAX_ZIP_BYTES // 1_000_000} MB)",
                         source=source)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise InputError("filen er ikke en zip-fil eller er skadet; lag den på nytt med "
                         "costbenefit library export --all", source=source) from None
    infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    packed = max(path.stat().st_size, 1)
    if len(infos) > MAX_ENTRIES or total > MAX_UNPACKED or total > MAX_RATIO * max(packed,
                                                                                   64_000):
        zf.close()
        raise InputError(f"zip-filen pakker seg ut til {total / 1e6:.0f} MB i {len(infos)} "
                         "deler, langt mer enn et bibliotek; den tas ikke imot", source=source)
    stray = [i.filename for i in infos if not _NAME.match(i.filename)]
    if stray:
        zf.close()
        raise InputError(f"zip-filen har deler som ikke hører til et bibliotek "
                         f"({', '.join(stray[:3])}); bruk en fil fra costbenefit library "
                         "export", source=source)
    return zf


def _read_json(zf: zipfile.ZipFile, name: str, source: str) -> Any:
    try:
        return json.loads(zf.read(name).decode("utf-8"))
    except (KeyError, UnicodeDecodeError, json.JSONDecodeError, zipfile.BadZipFile):
        raise InputError(f"delen {name} mangler eller er ikke gyldig JSON", source=source,
                         field=name) from None


def _read_text(zf: zipfile.ZipFile, name: str, source: str) -> str:
    try:
        return zf.read(name).decode("utf-8")
    except (KeyError, UnicodeDecodeError, zipfile.BadZipFile):
        raise InputError(f"delen {name} mangler eller er ikke tekst i UTF-8", source=source,
                         field=name) from None


def _when(text: Any) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(str(text))
    except ValueError:
        return dt.datetime.now(dt.UTC)


def import_zip(lib: Library, source: str) -> dict[str, int]:
    """Add the contents of an export to the library, in one transaction."""
    with _open(source) as zf:
        manifest = _read_json(zf, "manifest.json", source)
        if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
            raise InputError("filen er ikke en eksport fra costbenefit library export (eller "
                             "fra en nyere versjon); oppgrader costbenefit", source=source,
                             field="manifest.json")
        names = zf.namelist()
        counts = {"versions": 0, "skipped": 0, "programmes": 0, "submissions": 0}
        with lib.transaction() as session:
            refs = _import_scenarios(session, zf, names, source, counts)
            for name in sorted(n for n in names if n.startswith("programmes/")):
                counts["programmes"] += _import_programme(session, _read_json(zf, name, source))
            for name in sorted(n for n in names if n.startswith("submissions/")
                               and n.endswith(".json")):
                record = _read_json(zf, name, source)
                try:
                    data = zf.read(name.removesuffix(".json") + ".xlsx")
                except KeyError:
                    raise InputError("innsendingens xlsx-fil mangler i zip-filen",
                                     source=source, field=name) from None
                counts["submissions"] += _import_submission(session, record, data, refs)
    return counts


def _import_scenarios(session: Session, zf: zipfile.ZipFile, names: list[str], source: str,
                      counts: dict[str, int]) -> dict[tuple[str, int], int]:
    refs: dict[tuple[str, int], int] = {}
    folders = sorted({n.split("/")[1] for n in names if n.startswith("scenarios/")}, key=int)
    for folder in folders:
        meta = _read_json(zf, f"scenarios/{folder}/meta.json", source)
        name = str(meta.get("name", "")).strip()
        if not name:
            raise InputError("et scenario i eksporten mangler navn", source=source,
                             field=f"scenarios/{folder}/meta.json")
        row = session.scalar(select(ScenarioRow).where(ScenarioRow.name == name))
        if row is None:
            row = ScenarioRow(name=name, created_by=str(meta.get("created_by", "ukjent")),
                              created_at=_when(meta.get("created_at")))
            session.add(row)
            session.flush()
        have_tags = {t.tag for t in row.tags}
        session.add_all(TagRow(scenario_id=row.id, tag=str(t)[:100])
                        for t in meta.get("tags", []) if str(t) not in have_tags)
        # a version already there is the same text by the same author at the same time
        have = {(v.yaml_text, v.author, iso(v.created_at)): v.id for v in session.scalars(
            select(VersionRow).where(VersionRow.scenario_id == row.id))}
        numbers = sorted(int(n.rsplit("/v", 1)[1].split(".")[0]) for n in names
                         if n.startswith(f"scenarios/{folder}/v") and n.endswith(".yaml"))
        for number in numbers:
            stem = f"scenarios/{folder}/v{number}"
            text = _read_text(zf, f"{stem}.yaml", source)
            record = _read_json(zf, f"{stem}.json", source)
            key = (text, str(record.get("author", "ukjent"))[:200],
                   iso(_when(record.get("created_at"))))
            if key in have:
                refs[(name, number)] = have[key]
                counts["skipped"] += 1
                continue
            parse(text, f"{source}:{stem}.yaml")  # an edited archive must still be valid
            latest = session.scalar(select(func.max(VersionRow.version))
                                    .where(VersionRow.scenario_id == row.id)) or 0
            pset = record.get("parameter_set") or {}
            v = VersionRow(scenario_id=row.id, version=latest + 1, yaml_text=text,
                           author=key[1],
                           created_at=_when(record.get("created_at")), base_version=None,
                           note=f"importert fra {Path(source).name} (versjon {number} der)",
                           parameter_set_version=str(pset.get("version", "")),
                           parameter_set_sha256=str(pset.get("sha256", "")),
                           engine_version=str(record.get("engine_version", "")),
                           summary=record.get("summary") or {})
            session.add(v)
            session.flush()
            have[key] = refs[(name, number)] = v.id
            counts["versions"] += 1
    return refs


def _import_programme(session: Session, record: dict[str, Any]) -> int:
    name = str(record.get("name", "")).strip()
    if not name or session.scalar(select(ProgrammeRow).where(ProgrammeRow.name == name)):
        return 0
    prog = ProgrammeRow(name=name, description=str(record.get("description", "")),
                        start_year=int(record.get("start_year", 2026)),
                        discounting=record.get("discounting") or {},
                        created_by=str(record.get("created_by", "ukjent")),
                        created_at=_when(record.get("created_at")))
    session.add(prog)
    session.flush()
    for project in record.get("projects", []):
        row = session.scalar(select(ScenarioRow).where(
            ScenarioRow.name == str(project.get("scenario"))))
        if row is not None:
            put_project(session, prog, row.id, project.get("start_year"))
    return 1


def _import_submission(session: Session, record: dict[str, Any], data: bytes,
                       refs: dict[tuple[str, int], int]) -> int:
    when = _when(record.get("submitted_at"))
    same = session.scalar(select(SubmissionRow).where(
        SubmissionRow.sha256 == record.get("sha256"),
        SubmissionRow.file_name == record.get("file_name")))
    if same is not None:
        return 0
    ref = record.get("version") or {}
    session.add(SubmissionRow(
        file_name=str(record.get("file_name", "uten navn"))[:300], content=data,
        sha256=str(record.get("sha256", "")), submitted_by=str(record.get("submitted_by",
                                                                          "ukjent")),
        submitted_at=when, status=str(record.get("status", "avvist")),
        errors=str(record.get("errors", "")), scenario_yaml=record.get("scenario_yaml"),
        version_id=refs.get((ref.get("scenario"), ref.get("version")))))
    return 1
