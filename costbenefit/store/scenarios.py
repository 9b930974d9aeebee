"""Scenarios in the library: save (a new version every time, optimistic versioning), list,
show, history, and looking up ``ID[@VERSION]``.

A save parses and evaluates the text first, then writes the scenario, its tags and the
version in one transaction. Version numbers come from a unique constraint on (scenario,
version): when two savers race, the loser's transaction fails as a whole and is retried
with the next number, so both get a version and nothing is half-written. A saver that
names the version it started from (its base) is told when a newer one was there already.
"""

from __future__ import annotations

import datetime as dt
import getpass
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from costbenefit.errors import InputError
from costbenefit.store.database import Library, translated
from costbenefit.store.projects import add_project
from costbenefit.store.tables import ScenarioRow, TagRow, VersionRow, now

if TYPE_CHECKING:  # the engine loads only when a save evaluates: `list` and `show` start fast
    from costbenefit.parameters.schema import ParameterSet

SAVE_ATTEMPTS = 20
MAX_TAG = 100
MAX_NAME = 300
# the first line `library show` prints; a save of that text knows its base version
BASE_LINE = re.compile(r"^# bibliotek: (?P<name>.+)@(?P<version>\d+)[ \t]*\r?\n")


@dataclass(frozen=True)
class Saved:
    """What a save did: the scenario, its new version, and whether a newer one existed."""

    scenario_id: int
    name: str
    version: int
    base_version: int | None
    newer_existed: bool
    latest_before: int | None
    summary: dict[str, Any] = field(default_factory=dict)

    def message(self) -> str:
        line = f"Lagret «{self.name}» (ID {self.scenario_id}) som versjon {self.version}."
        if self.newer_existed:
            line += (f" Merk: du tok utgangspunkt i versjon {self.base_version}, men "
                     f"versjon {self.latest_before} fantes allerede (lagret av en annen). "
                     "Begge er tatt vare på; se forskjellen med costbenefit library diff "
                     f"{self.scenario_id} {self.latest_before} {self.version}")
        return line


def current_user() -> str:
    try:
        return getpass.getuser() or "ukjent"
    except (OSError, KeyError):
        return "ukjent"


def strip_base_line(text: str) -> tuple[str, tuple[str, int] | None]:
    """The text without the `# bibliotek: NAME@V` line `show` adds, and that base."""
    match = BASE_LINE.match(text)
    if match is None:
        return text, None
    return text[match.end():], (match["name"], int(match["version"]))


def clean_tags(tags: list[str] | tuple[str, ...]) -> list[str]:
    out = []
    for tag in tags:
        for part in str(tag).split(","):
            part = part.strip()
            if not part:
                continue
            if len(part) > MAX_TAG:
                raise InputError(f"merkelappen '{part[:30]}…' er for lang (over {MAX_TAG} "
                                 "tegn); bruk en kortere", field="--tag")
            if part not in out:
                out.append(part)
    return out


def save_scenario(lib: Library, text: str, pset: ParameterSet, *, source: str,
                  name: str | None = None, tags: list[str] | tuple[str, ...] = (),
                  author: str | None = None, base_version: int | None = None,
                  note: str = "", programme: str | None = None) -> Saved:
    """Save `text` as a new version of the scenario `name` (default: its own `name:`), and
    put it into `programme` at its start year when one is named."""
    from costbenefit.store.summaries import evaluated, summary

    text, base = strip_base_line(text)
    scenario, result = evaluated(text, source, pset)
    key = (name or scenario.name).strip()
    if not key or len(key) > MAX_NAME:
        raise InputError(f"navnet må ha 1–{MAX_NAME} tegn", source=source, field="--name")
    if base_version is None and base is not None and base[0] == key:
        base_version = base[1]
    if base_version is not None and base_version < 1:
        raise InputError(f"grunnversjonen må være 1 eller større (fikk {base_version})",
                         field="--base")
    stored = summary(result)
    tags = clean_tags(tags)
    who = (author or current_user()).strip()[:200] or "ukjent"
    for _attempt in range(SAVE_ATTEMPTS):
        try:
            with translated(lib.engine.url), lib.sessions.begin() as session:
                saved = insert_version(session, key, text, tags, who, base_version, note, stored)
                if programme:
                    add_project(session, programme.strip(), saved.scenario_id,
                                scenario.start_year, who)
                return saved
        except IntegrityError:
            continue  # another saver took the number (or created the name): try again
    raise InputError(f"fikk ikke lagret «{key}» etter {SAVE_ATTEMPTS} forsøk fordi andre "
                     "lagret samtidig; prøv igjen")


def insert_version(session: Session, key: str, text: str, tags: list[str], who: str,
            base_version: int | None, note: str, stored: dict[str, Any]) -> Saved:
    row = session.scalar(select(ScenarioRow).where(ScenarioRow.name == key))
    if row is None:
        row = ScenarioRow(name=key, created_by=who, created_at=now())
        session.add(row)
        session.flush()
    latest = session.scalar(select(func.max(VersionRow.version))
                            .where(VersionRow.scenario_id == row.id))
    if base_version is not None and latest is not None and base_version > latest:
        raise InputError(f"«{key}» har ingen versjon {base_version} (nyeste er {latest}); "
                         "rett --base", field="--base")
    version = (latest or 0) + 1
    have = set(session.scalars(select(TagRow.tag).where(TagRow.scenario_id == row.id)))
    session.add_all(TagRow(scenario_id=row.id, tag=t) for t in tags if t not in have)
    pset = stored["parameter_set"]
    session.add(VersionRow(
        scenario_id=row.id, version=version, yaml_text=text, author=who, created_at=now(),
        base_version=base_version, note=note, parameter_set_version=pset["version"],
        parameter_set_sha256=pset["sha256"], engine_version=stored["engine_version"],
        summary=stored))
    session.flush()  # the unique constraint speaks here, inside the transaction
    newer = base_version is not None and latest is not None and latest > base_version
    return Saved(row.id, key, version, base_version, newer, latest, stored)


def parse_ref(ref: str) -> tuple[str, int | None]:
    """`'3@2'` -> ('3', 2); `'IPS Ung'` -> ('IPS Ung', None)."""
    head, at, tail = ref.strip().rpartition("@")
    if at and tail.isdigit():
        return head.strip(), int(tail)
    if at and not tail.strip():
        raise InputError(f"'{ref}' mangler versjonsnummer etter @; skriv f.eks. {head}@1",
                         field="ID")
    return ref.strip(), None


def find_scenario(session: Session, key: str) -> ScenarioRow:
    """A scenario by its ID (a number) or its name; InputError naming what exists."""
    row = None
    if key.isdigit():
        row = session.get(ScenarioRow, int(key))
    if row is None:
        row = session.scalar(select(ScenarioRow).where(ScenarioRow.name == key))
    if row is None:
        raise InputError(f"finner ikke scenarioet '{key}' i biblioteket; se costbenefit "
                         "library list for ID-er og navn", field="ID")
    return row


def find_version(session: Session, ref: str) -> VersionRow:
    """`ID[@VERSION]`: that version, or the newest when none is given."""
    key, number = parse_ref(ref)
    row = find_scenario(session, key)
    query = select(VersionRow).where(VersionRow.scenario_id == row.id)
    if number is None:
        version = session.scalar(query.order_by(VersionRow.version.desc()).limit(1))
    else:
        version = session.scalar(query.where(VersionRow.version == number))
    if version is None:
        have = [v.version for v in row.versions]
        raise InputError(f"«{row.name}» (ID {row.id}) har ingen versjon {number}; den har "
                         f"versjon {_span(have)}", field="ID")
    return version


def _span(numbers: list[int]) -> str:
    return f"{min(numbers)}–{max(numbers)}" if len(numbers) > 1 else str(numbers[0])


def show_text(lib: Library, ref: str) -> str:
    """The YAML as written, after a `# bibliotek: NAME@V` line that a later save reads."""
    with lib.transaction() as session:
        v = find_version(session, ref)
        return f"# bibliotek: {v.scenario.name}@{v.version}\n{v.yaml_text}"


def version_record(v: VersionRow) -> dict[str, Any]:
    return {"id": v.scenario_id, "name": v.scenario.name, "version": v.version,
            "author": v.author, "created_at": iso(v.created_at),
            "base_version": v.base_version, "note": v.note,
            "parameter_set": {"version": v.parameter_set_version,
                              "sha256": v.parameter_set_sha256},
            "engine_version": v.engine_version, "summary": v.summary}


def get_version(lib: Library, ref: str) -> tuple[dict[str, Any], str]:
    """A version's record and its YAML text."""
    with lib.transaction() as session:
        v = find_version(session, ref)
        return version_record(v), v.yaml_text


def history(lib: Library, ref: str) -> list[dict[str, Any]]:
    """Every version of a scenario, oldest first."""
    key, _ = parse_ref(ref)
    with lib.transaction() as session:
        row = find_scenario(session, key)
        return [version_record(v) for v in row.versions]


def list_scenarios(lib: Library, *, tags: list[str] | tuple[str, ...] = (),
                   programme: str | None = None) -> list[dict[str, Any]]:
    """Every scenario with its newest version, filtered by tags (all must match) or by
    programme; ordered by ID."""
    from costbenefit.store.tables import ProgrammeRow, ProjectRow

    with lib.transaction() as session:
        query = select(ScenarioRow).order_by(ScenarioRow.id)
        for tag in clean_tags(tags):
            query = query.where(ScenarioRow.id.in_(
                select(TagRow.scenario_id).where(TagRow.tag == tag)))
        if programme is not None:
            prog = session.scalar(select(ProgrammeRow).where(ProgrammeRow.name == programme))
            if prog is None:
                raise InputError(f"finner ikke programmet '{programme}'; se costbenefit "
                                 "library programmes", field="--programme")
            query = query.where(ScenarioRow.id.in_(
                select(ProjectRow.scenario_id).where(ProjectRow.programme_id == prog.id)))
        rows = list(session.scalars(query))
        latest = _latest_versions(session, [r.id for r in rows])
        return [{"id": r.id, "name": r.name, "tags": [t.tag for t in r.tags],
                 "versions": latest[r.id].version, **_latest_fields(latest[r.id])}
                for r in rows if r.id in latest]


def _latest_versions(session: Session, ids: list[int]) -> dict[int, VersionRow]:
    if not ids:
        return {}
    newest = (select(VersionRow.scenario_id, func.max(VersionRow.version).label("v"))
              .where(VersionRow.scenario_id.in_(ids)).group_by(VersionRow.scenario_id)
              .subquery())
    query = select(VersionRow).join(newest, (VersionRow.scenario_id == newest.c.scenario_id)
                                    & (VersionRow.version == newest.c.v))
    return {v.scenario_id: v for v in session.scalars(query)}


def _latest_fields(v: VersionRow) -> dict[str, Any]:
    return {"author": v.author, "created_at": iso(v.created_at),
            "parameter_set": v.parameter_set_version,
            "npv_public_total": v.summary.get("headlines", {}).get("npv_public_total")}


def iso(when: dt.datetime) -> str:
    if when.tzinfo is None:  # SQLite returns naive datetimes; they were stored in UTC
        when = when.replace(tzinfo=dt.UTC)
    return when.isoformat(timespec="seconds")
