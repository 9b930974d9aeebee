"""Putting a stored scenario into a programme (made when missing), shared by a scenario
save with ``--programme`` and by saving a whole portfolio file."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from costbenefit.errors import InputError
from costbenefit.store.tables import ProgrammeRow, ProjectRow, now

MAX_PROJECTS = 12  # as PortfolioSpec allows


def add_project(session: Session, programme: str, scenario_id: int, start_year: int,
                who: str) -> None:
    """Put a scenario into `programme` (made when missing) at `start_year`."""
    prog = session.scalar(select(ProgrammeRow).where(ProgrammeRow.name == programme))
    if prog is None:
        prog = ProgrammeRow(name=programme, description="", start_year=start_year,
                            discounting={"schedule": "R-109"}, created_by=who,
                            created_at=now())
        session.add(prog)
        session.flush()
    put_project(session, prog, scenario_id, start_year)


def put_project(session: Session, prog: ProgrammeRow, scenario_id: int,
                start_year: int | None) -> None:
    """Add the project, or move it to `start_year` when it is there already."""
    have = session.scalar(select(ProjectRow).where(ProjectRow.programme_id == prog.id,
                                                   ProjectRow.scenario_id == scenario_id))
    if have is not None:
        have.start_year = start_year
        return
    count = session.scalar(select(func.count()).select_from(ProjectRow)
                           .where(ProjectRow.programme_id == prog.id)) or 0
    if count >= MAX_PROJECTS:
        raise InputError(f"programmet «{prog.name}» har allerede {MAX_PROJECTS} prosjekter, "
                         "som er det meste et program kan ha; lag et nytt program",
                         field="--programme")
    session.add(ProjectRow(programme_id=prog.id, position=count, scenario_id=scenario_id,
                           start_year=start_year))
    if start_year is not None and start_year < prog.start_year:
        prog.start_year = start_year
