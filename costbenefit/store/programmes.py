"""Programmes in the library: a named set of stored scenarios with their start years (the
portfolio of DESIGN's programme), made by ``save --programme NAME`` or by saving a
portfolio file; read back as a ``PortfolioSpec`` with the newest version of each project.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from costbenefit.errors import InputError
from costbenefit.files.portfolios import load_portfolio
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.schema import ParameterSet
from costbenefit.programme.portfolio import PortfolioSpec
from costbenefit.store.database import Library, translated
from costbenefit.store.projects import put_project
from costbenefit.store.scenarios import (
    SAVE_ATTEMPTS,
    Saved,
    clean_tags,
    current_user,
    find_version,
    insert_version,
)
from costbenefit.store.summaries import evaluated, parse, summary
from costbenefit.store.tables import ProgrammeRow, now


def save_programme_file(lib: Library, path: Path, pset: ParameterSet, *,
                        tags: list[str] | tuple[str, ...] = (),
                        author: str | None = None) -> list[Saved]:
    """Save a portfolio file: every project as a new scenario version and the programme
    with its start years, all in one transaction."""
    spec, _ = load_portfolio(path)
    who = author or current_user()
    prepared = []
    for project in spec.projects:
        target = path.parent / project.scenario
        text = target.read_text(encoding="utf-8")
        scenario, result = evaluated(text, str(target), pset)
        prepared.append((scenario.name, text, project.start_year, summary(result)))
    tags = clean_tags(tags)
    for _attempt in range(SAVE_ATTEMPTS):
        try:
            with translated(lib.engine.url), lib.sessions.begin() as session:
                saved = [insert_version(session, name, text, tags, who, None, "", stored)
                         for name, text, _, stored in prepared]
                prog = session.scalar(select(ProgrammeRow).where(ProgrammeRow.name == spec.name))
                if prog is None:
                    prog = ProgrammeRow(name=spec.name, created_by=who, created_at=now(),
                                        start_year=spec.start_year, description="",
                                        discounting={})
                    session.add(prog)
                    session.flush()
                prog.description = spec.description
                prog.start_year = spec.start_year
                prog.discounting = spec.discounting.model_dump(mode="json", exclude_none=True)
                for s, (_, _, start, _) in zip(saved, prepared, strict=True):
                    put_project(session, prog, s.scenario_id, start)
                return saved
        except IntegrityError:
            continue
    raise InputError(f"fikk ikke lagret programmet «{spec.name}» fordi andre lagret samtidig; "
                     "prøv igjen")


def _find(session: Session, name: str) -> ProgrammeRow:
    prog = None
    if name.isdigit():
        prog = session.get(ProgrammeRow, int(name))
    if prog is None:
        prog = session.scalar(select(ProgrammeRow).where(ProgrammeRow.name == name))
    if prog is None:
        known = list(session.scalars(select(ProgrammeRow.name).order_by(ProgrammeRow.name)))
        hint = f"; programmene er: {', '.join(known)}" if known else (
            "; biblioteket har ingen programmer ennå (lagre med costbenefit library save "
            "FIL --programme NAVN)")
        raise InputError(f"finner ikke programmet '{name}' i biblioteket{hint}",
                         field="--from-library")
    return prog


def list_programmes(lib: Library) -> list[dict[str, Any]]:
    with lib.transaction() as session:
        progs = session.scalars(select(ProgrammeRow).order_by(ProgrammeRow.id))
        return [programme_record(p) for p in progs]


def programme_record(prog: ProgrammeRow) -> dict[str, Any]:
    return {"id": prog.id, "name": prog.name, "description": prog.description,
            "start_year": prog.start_year, "discounting": prog.discounting,
            "created_by": prog.created_by,
            "projects": [{"scenario_id": p.scenario_id, "scenario": p.scenario.name,
                          "start_year": p.start_year} for p in prog.projects]}


def load_programme(lib: Library, name: str) -> tuple[PortfolioSpec, list[Scenario]]:
    """The programme as a portfolio: each project's newest version, with its start year."""
    with lib.transaction() as session:
        prog = _find(session, name)
        if not prog.projects:
            raise InputError(f"programmet «{prog.name}» har ingen prosjekter; legg til med "
                             "costbenefit library save FIL --programme NAVN",
                             field="--from-library")
        texts = [(p.scenario.name, p.start_year,
                  find_version(session, str(p.scenario_id)).yaml_text) for p in prog.projects]
        raw = {"name": prog.name, "description": prog.description,
               "start_year": prog.start_year, "discounting": prog.discounting,
               "projects": [{"scenario": n, "start_year": y} for n, y, _ in texts]}
    spec = PortfolioSpec.model_validate(raw)
    return spec, [parse(text, f"bibliotek: {n}") for n, _, text in texts]
