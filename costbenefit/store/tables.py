"""The library's tables (SQLAlchemy 2 declarative models). The migrations in
``migrations/versions`` create the same schema; a test checks that they agree.

A scenario is a name with versions; a version keeps the YAML text as written and the
summary of its result (with the parameter set's version and sha256 and the engine version)
so an old number can be reproduced or shown to differ. Nothing is updated in place except
a programme's project list and a scenario's tags, which only grow.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class ScenarioRow(Base):
    __tablename__ = "scenarios"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    created_by: Mapped[str] = mapped_column(String(200))
    versions: Mapped[list[VersionRow]] = relationship(
        back_populates="scenario", order_by="VersionRow.version")
    tags: Mapped[list[TagRow]] = relationship(order_by="TagRow.tag")


class TagRow(Base):
    __tablename__ = "scenario_tags"
    scenario_id: Mapped[int] = mapped_column(ForeignKey("scenarios.id"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)


class VersionRow(Base):
    __tablename__ = "scenario_versions"
    __table_args__ = (UniqueConstraint("scenario_id", "version", name="uq_scenario_version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scenario_id: Mapped[int] = mapped_column(ForeignKey("scenarios.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    yaml_text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    base_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    parameter_set_version: Mapped[str] = mapped_column(String(50))
    parameter_set_sha256: Mapped[str] = mapped_column(String(64))
    engine_version: Mapped[str] = mapped_column(String(50))
    summary: Mapped[dict] = mapped_column(JSON)
    scenario: Mapped[ScenarioRow] = relationship(back_populates="versions")


class ProgrammeRow(Base):
    __tablename__ = "programmes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    start_year: Mapped[int] = mapped_column(Integer)
    discounting: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    created_by: Mapped[str] = mapped_column(String(200))
    projects: Mapped[list[ProjectRow]] = relationship(order_by="ProjectRow.position")


class ProjectRow(Base):
    __tablename__ = "programme_projects"
    __table_args__ = (UniqueConstraint("programme_id", "scenario_id", name="uq_programme_project"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    scenario_id: Mapped[int] = mapped_column(ForeignKey("scenarios.id"))
    start_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    scenario: Mapped[ScenarioRow] = relationship()


class SubmissionRow(Base):
    __tablename__ = "submissions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    submitted_by: Mapped[str] = mapped_column(String(200))
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=now)
    status: Mapped[str] = mapped_column(String(20))  # "godtatt" or "avvist"
    errors: Mapped[str] = mapped_column(Text, default="")
    scenario_yaml: Mapped[str | None] = mapped_column(Text, nullable=True)
    version_id: Mapped[int | None] = mapped_column(ForeignKey("scenario_versions.id"),
                                                   nullable=True)
