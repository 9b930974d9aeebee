"""Budget templates sent in by project owners, kept as submitted: the original .xlsx bytes,
who and when, the scenario read from it, or the errors that refused it. A refused template
is stored too, so nothing sent in is lost and the owner can be told what to fix.
"""

from __future__ import annotations

import hashlib
from typing import Any

import yaml
from sqlalchemy import select

from costbenefit.errors import InputError
from costbenefit.model.scenario import Scenario
from costbenefit.store.database import Library
from costbenefit.store.scenarios import current_user, iso
from costbenefit.store.tables import SubmissionRow, VersionRow, now

ACCEPTED, REFUSED = "godtatt", "avvist"
MAX_SUBMISSION_BYTES = 20_000_000  # four times the app's upload limit


def scenario_yaml(sc: Scenario) -> str:
    """A scenario as YAML text (what it sets itself), for one read from a template."""
    raw = sc.model_dump(mode="json", exclude_unset=True, by_alias=True)
    return yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)


def keep_submission(lib: Library, data: bytes, file_name: str, *,
                    scenario: Scenario | None = None, error: str | None = None,
                    author: str | None = None, version_id: int | None = None) -> int:
    """Store a template as sent (one transaction); returns the submission's ID."""
    if len(data) > MAX_SUBMISSION_BYTES:
        raise InputError(f"filen er for stor til å tas vare på ({len(data) / 1e6:.0f} MB; "
                         f"grensen er {MAX_SUBMISSION_BYTES / 1e6:.0f} MB); send en mindre "
                         "fil", source=file_name)
    row = SubmissionRow(
        file_name=(file_name or "uten navn")[:300], content=data,
        sha256=hashlib.sha256(data).hexdigest(),
        submitted_by=((author or current_user()).strip() or "ukjent")[:200],
        submitted_at=now(), status=REFUSED if error else ACCEPTED, errors=error or "",
        scenario_yaml=scenario_yaml(scenario) if scenario is not None else None,
        version_id=version_id)
    with lib.transaction() as session:
        session.add(row)
        session.flush()
        return row.id


def link_version(lib: Library, submission_id: int, scenario_id: int, version: int) -> None:
    """Note which library version a submission was saved as."""
    with lib.transaction() as session:
        row = session.get(SubmissionRow, submission_id)
        v = session.scalar(select(VersionRow).where(VersionRow.scenario_id == scenario_id,
                                                    VersionRow.version == version))
        if row is not None and v is not None:
            row.version_id = v.id


def submission_record(row: SubmissionRow) -> dict[str, Any]:
    return {"id": row.id, "file_name": row.file_name, "bytes": len(row.content),
            "sha256": row.sha256, "submitted_by": row.submitted_by,
            "submitted_at": iso(row.submitted_at),
            "status": row.status, "errors": row.errors, "version_id": row.version_id}


def list_submissions(lib: Library, status: str | None = None) -> list[dict[str, Any]]:
    with lib.transaction() as session:
        query = select(SubmissionRow).order_by(SubmissionRow.id)
        if status is not None:
            query = query.where(SubmissionRow.status == status)
        return [submission_record(r) for r in session.scalars(query)]


def submission_bytes(lib: Library, submission_id: int) -> tuple[str, bytes]:
    with lib.transaction() as session:
        row = session.get(SubmissionRow, submission_id)
        if row is None:
            raise InputError(f"finner ingen innsending med ID {submission_id}; se "
                             "costbenefit library submissions", field="ID")
        return row.file_name, row.content
