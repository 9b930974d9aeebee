"""The programme page as plain data (no Streamlit here): which portfolio files there are, a
portfolio made of uploaded budget templates, and the frames the page shows (budget need by
year and payer, who gains, each project's line, the combined uncertainty). All read the
one PortfolioResult, so the page cannot disagree with ``costbenefit portfolio``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from costbenefit.errors import InputError
from costbenefit.excel.template_read import scenario_from_template_bytes
from costbenefit.files.examples import PROGRAMMES
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import PUBLIC_PAYERS
from costbenefit.parameters.schema import ParameterSet
from costbenefit.programme.portfolio import (
    PortfolioMonteCarlo,
    PortfolioResult,
    PortfolioSpec,
    ProjectSpec,
)
from costbenefit.report import i18n
from costbenefit.report.who_pays import who_pays_sentence
from costbenefit.ui.texts import t
from costbenefit.ui.views import Metric, histogram_frame, montecarlo_metrics
from costbenefit.uncertainty.inputs import declared

MAX_PROJECTS = 12  # PortfolioSpec's limit
MC_OUTCOME = "public_total"
MONEY, SHARE, TEXT = "money", "share", "text"


def programme_files(folder: Path = PROGRAMMES) -> dict[str, Path]:
    """The portfolio files shipped in examples/programmes/, by file name."""
    return {p.name: p for p in sorted(folder.glob("*.yaml"))}


@dataclass(frozen=True)
class Uploaded:
    """A portfolio built from uploaded templates, and the files that were refused."""

    spec: PortfolioSpec | None
    scenarios: list[Scenario]
    errors: list[str]
    dropped: int  # files beyond MAX_PROJECTS


def from_templates(files: Iterable[tuple[str, bytes]], lang: str) -> Uploaded:
    """Each filled template becomes a project starting in its own start year; the
    programme starts with the earliest. A file that cannot be read is named with its error."""
    files = list(files)
    scenarios: list[Scenario] = []
    errors: list[str] = []
    for name, data in files[:MAX_PROJECTS]:
        try:
            scenarios.append(scenario_from_template_bytes(data, name))
        except InputError as exc:
            errors.append(t("prog_upload_error", lang, file=name, error=str(exc)))
    if not scenarios:
        return Uploaded(None, [], errors, max(len(files) - MAX_PROJECTS, 0))
    spec = PortfolioSpec(
        name=t("prog_upload_name", lang),
        start_year=min(sc.start_year for sc in scenarios),
        projects=[ProjectSpec(scenario=sc.name, start_year=sc.start_year) for sc in scenarios],
    )
    return Uploaded(spec, scenarios, errors, max(len(files) - MAX_PROJECTS, 0))


def payer_label(payer: str, lang: str) -> str:
    return t(payer, lang)


def need_payers(res: PortfolioResult) -> list[int]:
    """Indices (into PUBLIC_PAYERS) of the payers with any budget need; all if none has."""
    used = [i for i in range(len(PUBLIC_PAYERS)) if res.budget_need[:, i].any()]
    return used or list(range(len(PUBLIC_PAYERS)))


def need_frame(res: PortfolioResult, lang: str) -> pd.DataFrame:
    """Budget need (the measures' cost, undiscounted kroner) per year with cost and payer,
    a total column and an all-years row: the CLI's *budsjettbehov per år*."""
    cols = need_payers(res)
    rows = [(str(int(y)), row) for y, row in zip(res.ledger.years, res.budget_need, strict=True)
            if row.any()]
    rows.append((t("prog_row_total", lang), res.budget_need.sum(axis=0)))
    frame = pd.DataFrame(
        [[float(row[i]) for i in cols] + [float(row.sum())] for _, row in rows],
        index=pd.Index([label for label, _ in rows], name=t("prog_col_year", lang)),
        columns=[payer_label(PUBLIC_PAYERS[i], lang) for i in cols] + [t("prog_col_sum", lang)],
    )
    return frame


def need_chart_frame(res: PortfolioResult, lang: str) -> pd.DataFrame:
    """The budget need in long form for a stacked bar chart (NOK million)."""
    rows = [{"year": str(int(y)), "payer": payer_label(PUBLIC_PAYERS[i], lang),
             "need": float(row[i]) / 1e6, "need_text": i18n.kr(float(row[i]))}
            for y, row in zip(res.ledger.years, res.budget_need, strict=True)
            for i in need_payers(res) if row[i]]
    return pd.DataFrame(rows, columns=["year", "payer", "need", "need_text"])


def gains_sentence(res: PortfolioResult, lang: str) -> str:
    """Who pays and who saves over the whole programme, in one sentence."""
    return who_pays_sentence(res.budget.npv, lang)


def gains_frame(res: PortfolioResult, lang: str) -> pd.DataFrame:
    """Per public payer: net present value, what it pays and gains back, and the shares."""
    s = res.sharing
    nan = float("nan")
    data = {
        t("prog_col_npv", lang): [res.budget.npv[p] for p in PUBLIC_PAYERS],
        t("prog_col_pays", lang): [s.pv_cost[p] for p in PUBLIC_PAYERS],
        t("prog_col_pays_share", lang): [nan if s.cost_share[p] is None else s.cost_share[p]
                                         for p in PUBLIC_PAYERS],
        t("prog_col_gains", lang): [s.pv_gain[p] for p in PUBLIC_PAYERS],
        t("prog_col_gains_share", lang): [nan if s.gain_share[p] is None else s.gain_share[p]
                                          for p in PUBLIC_PAYERS],
    }
    frame = pd.DataFrame(data, index=pd.Index([payer_label(p, lang) for p in PUBLIC_PAYERS],
                                              name=t("prog_payer", lang)))
    total = {t("prog_col_npv", lang): res.budget.npv["public_total"],
             t("prog_col_pays", lang): sum(s.pv_cost.values()),
             t("prog_col_pays_share", lang): nan,
             t("prog_col_gains", lang): sum(s.pv_gain.values()),
             t("prog_col_gains_share", lang): nan}
    frame.loc[t("public_total", lang)] = pd.Series(total)
    return frame


def gains_kinds(lang: str) -> dict[str, str]:
    return {t("prog_col_npv", lang): MONEY, t("prog_col_pays", lang): MONEY,
            t("prog_col_pays_share", lang): SHARE, t("prog_col_gains", lang): MONEY,
            t("prog_col_gains_share", lang): SHARE}


def gains_chart_frame(res: PortfolioResult, lang: str) -> pd.DataFrame:
    """Net present value per public payer (NOK million) for a bar chart."""
    return pd.DataFrame([{"payer": payer_label(p, lang), "npv": res.budget.npv[p] / 1e6,
                          "npv_text": i18n.kr(res.budget.npv[p])} for p in PUBLIC_PAYERS])


def projects_frame(res: PortfolioResult, lang: str) -> pd.DataFrame:
    """One line per project: name, start year, public NPV (total and per payer, each
    discounted to the project's own start) and the present value of its cost."""
    rows = []
    for r in res.projects:
        npv = r.budget.npv
        rows.append({t("prog_col_project", lang): r.scenario.name,
                     t("prog_col_start", lang): str(r.scenario.start_year),
                     t("public_total", lang): npv["public_total"],
                     **{payer_label(p, lang): npv[p] for p in PUBLIC_PAYERS},
                     t("prog_col_cost", lang): r.budget.pv_cost})
    return pd.DataFrame(rows)


def projects_kinds(lang: str) -> dict[str, str]:
    money = [t("public_total", lang), *(payer_label(p, lang) for p in PUBLIC_PAYERS),
             t("prog_col_cost", lang)]
    return {t("prog_col_project", lang): TEXT, t("prog_col_start", lang): TEXT,
            **dict.fromkeys(money, MONEY)}


def _formatter(kind: str) -> Callable[[Any], str]:
    if kind == MONEY:
        return lambda v: i18n.kr(float(v))
    if kind == SHARE:
        return lambda v: "" if v is None or np.isnan(v) else i18n.percent(float(v))
    return str


def styled(frame: pd.DataFrame, kinds: dict[str, str] | None = None,
           hide_index: bool = False) -> Any:
    """A pandas Styler for ``st.table``: the numbers underneath, Norwegian text shown
    (kroner unless `kinds` says share or text), figures right-aligned."""
    kinds = kinds or {}
    styler = frame.style.format({col: _formatter(kinds.get(col, MONEY)) for col in frame})
    styler = styler.set_properties(
        subset=[c for c in frame if kinds.get(c, MONEY) != TEXT], **{"text-align": "right"})
    if hide_index:
        styler = styler.hide(axis="index")
    return styler.set_table_styles([{"selector": "th.col_heading", "props": "text-align: right;"}])


def basis_text(res: PortfolioResult, lang: str) -> str:
    return t("prog_basis", lang, year=int(res.ledger.years[0]), schedule=res.schedule.name,
             price_year=res.projects[0].price_year)


def headline_metrics(res: PortfolioResult, lang: str) -> list[Metric]:
    """The programme's public NPV, the present value of its cost and its project count."""
    return [
        Metric("prog_public_npv", t("prog_public_npv", lang),
               i18n.kr(res.budget.npv["public_total"]), basis_text(res, lang)),
        Metric("prog_pv_cost", t("prog_pv_cost", lang), i18n.kr(res.budget.pv_cost), ""),
        Metric("prog_projects_count", t("prog_projects_count", lang),
               str(len(res.projects)), ""),
    ]


def has_uncertainty(res: PortfolioResult, pset: ParameterSet) -> bool:
    """Whether any project (as moved to its start year) has inputs Monte Carlo can draw."""
    return any(declared(r.scenario, pset) for r in res.projects)


def uncertain_names(mc: PortfolioMonteCarlo, res: PortfolioResult) -> str:
    return ", ".join(res.projects[i].scenario.name for i in mc.uncertain_projects)


def mc_metrics(mc: PortfolioMonteCarlo, lang: str, outcome: str = MC_OUTCOME) -> list[Metric]:
    """P(NPV > 0) and P5 / P50 / P95 of the programme's public total, as the calculator
    shows a scenario's (the two Monte Carlo results share their summaries' shape)."""
    return montecarlo_metrics(mc, outcome, lang)  # type: ignore[arg-type]


def mc_histogram_frame(mc: PortfolioMonteCarlo, outcome: str = MC_OUTCOME) -> pd.DataFrame:
    """The draws of the programme's public total in NOK million (the histogram bins them)."""
    return histogram_frame(mc, outcome)  # type: ignore[arg-type]
