"""Headline numbers of a result, and the README table of the shipped examples' headlines.

Every example's headlines are stored in tests/regression/headlines.yaml; a test fails when
a change in parameters or engine moves one, so every such move is seen and deliberate.
`python scripts/update_headlines.py` regenerates the fixture and the README table. Pure:
the example files are read by :mod:`costbenefit.files.examples`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from costbenefit.model.engine import Result
from costbenefit.programme.portfolio import PortfolioResult
from costbenefit.report import i18n
from costbenefit.report.kommune import equalisation_dict, sector_npvs
from costbenefit.report.texts_nb import NOT_REACHABLE, ROI_LABEL, beyond_reach

TABLE_START, TABLE_END = "<!-- examples-table:start -->", "<!-- examples-table:end -->"


def headlines(res: Result | PortfolioResult) -> dict[str, Any]:
    """The numbers a finance officer quotes; None where a number is undefined. Present values
    are discounted to `start_year` (the analysis' first year; for a programme, its own start)
    in `price_year` kroner."""
    b = res.budget
    out: dict[str, Any] = {f"npv_{p}": b.npv[p] for p in b.npv}
    out["start_year"] = int(res.ledger.years[0])
    out["price_year"] = (res.price_year if isinstance(res, Result)
                         else res.projects[0].price_year)
    out["pv_cost"] = b.pv_cost
    out["roi"] = b.roi
    out["payback_year"] = b.payback_year
    if isinstance(res, Result):
        out["successes_needed"] = res.break_even.successes_needed
        out["break_even_success_rate"] = res.break_even.success_rate
        out["npv_societal"] = res.societal.npv
        out["bcr_societal"] = res.societal.bcr
        out["wellbys"] = res.wellbeing.wellbys
        out["cost_per_wellby"] = res.wellbeing.cost_per_wellby
        eq = equalisation_dict(res)
        out["kommune_income_equalisation"] = eq["kommune_equalisation"]
        npv = sector_npvs(res)
        out["kommune_sectors"] = {s.label: npv[s.id] for s in res.kommune.sectors}
        out["gain_sharing_share"] = res.gain_sharing.share
    else:
        out["npv_societal"] = res.ledger.npv(("society",))
    return out


README_TABLE_NOTE = (
    "Nåverdier er diskontert til hvert eksempels første år (kolonnen «Diskontert til»), i "
    "kroneåret i kolonnen «Kroneår». {roi} er offentlig netto nåverdi delt på nåverdien av "
    "tiltakets kostnad, et forholdstall og ikke en årlig avkastning. «{not_reachable}» betyr at "
    "suksessraten som gir balanse måtte ha vært over 100 %: selv om alle deltakerne lykkes, "
    "dekker gevinsten ikke kostnaden."
)


def _needed_text(h: Mapping[str, Any]) -> str:
    needed = h.get("successes_needed")
    if needed is None:
        return "–"
    if beyond_reach(h.get("break_even_success_rate")):
        return NOT_REACHABLE
    return i18n.number(needed)


def readme_table(numbers: dict[str, dict[str, Any]], titles: Mapping[str, str]) -> str:
    """Markdown table of the examples' headline results (Norwegian formats), with the year
    each is discounted to and its price year, and a note under it; `numbers` and `titles`
    are keyed by the example's path under examples/."""
    rows = [
        f"| Eksempel | Diskontert til | Kroneår | Offentlig nåverdi | Kommune | Stat | {ROI_LABEL} "
        "| Hvor mange må lykkes | Samfunnsøkonomisk nåverdi | WELLBY (udiskontert) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, h in numbers.items():
        rows.append(
            f"| [{titles[name]}](examples/{name}) | {h.get('start_year', '–')} "
            f"| {h.get('price_year', '–')} | {i18n.kr(h['npv_public_total'])} "
            f"| {i18n.kr(h['npv_kommune'])} | {i18n.kr(h['npv_stat'])} "
            f"| {i18n.ratio(h['roi'])} | {_needed_text(h)} "
            f"| {i18n.kr(h.get('npv_societal'))} | {i18n.number(h.get('wellbys'))} |"
        )
    note = README_TABLE_NOTE.format(roi=ROI_LABEL, not_reachable=NOT_REACHABLE)
    return "\n".join([*rows, "", note, "", *_kommune_table(numbers, titles)])


KOMMUNE_TABLE_NOTE = (
    "Kommunens linje fordelt på Trondheims tjenesteområder (nåverdi). Inntektsutjevningen er "
    "den delen av kommunens ekstra skatteinntekt som går videre til resten av "
    "kommunesektoren; gevinstdelingen er andelen av gevinstsektorenes gevinst som må flyttes "
    "for at sektoren som betaler skal gå i balanse (over 100 %: kommunen samlet går ikke i "
    "balanse)."
)


def _sectors_text(h: Mapping[str, Any], sign: int) -> str:
    """The sectors that lose (sign −1) or gain (+1), with their NPV."""
    return ", ".join(f"{label} {i18n.kr(v)}" for label, v in h["kommune_sectors"].items()
                     if v * sign > 1e-9) or "–"


def _kommune_table(numbers: dict[str, dict[str, Any]], titles: Mapping[str, str]
                   ) -> list[str]:
    """Per example: the kommune's NPV, how much of it is inntektsutjevning, which sector
    pays and which saves, and the gevinstdeling share."""
    rows = ["| Eksempel | Kommune | Herav inntektsutjevning | Sektor som betaler "
            "| Sektor som sparer | Gevinstdeling |", "|---|---:|---:|---|---|---:|"]
    for name, h in numbers.items():
        if "kommune_sectors" not in h:
            continue
        rows.append(
            f"| [{titles[name]}](examples/{name}) | {i18n.kr(h['npv_kommune'])} "
            f"| {i18n.kr(h['kommune_income_equalisation'])} | {_sectors_text(h, -1)} "
            f"| {_sectors_text(h, 1)} "
            f"| {i18n.percent(h['gain_sharing_share'], 0)} |")
    return [*rows, "", KOMMUNE_TABLE_NOTE]


def readme_with_table(readme: str, table: str, start_mark: str = TABLE_START,
                      end_mark: str = TABLE_END) -> str:
    """`readme` with the text between the two markers replaced by `table` (the markers are
    appended at the end when the file has none yet)."""
    if start_mark not in readme:
        readme = readme.rstrip("\n") + f"\n\n{start_mark}\n{end_mark}\n"
    start, end = readme.index(start_mark), readme.index(end_mark)
    return readme[: start + len(start_mark)] + "\n" + table + "\n" + readme[end:]


NOTE_START, NOTE_END = "<!-- kommune-accounts:start -->", "<!-- kommune-accounts:end -->"


def kommune_note(numbers: Mapping[str, Mapping[str, Any]], titles: Mapping[str, str],
                 version: str) -> str:
    """The generated section of an example's note: for each of its scenarios, how much of
    the kommune's result is inntektsutjevning, which sector pays and which saves."""
    lines = [f"## Kommunens regnskap (parametersett {version}, generert)", "",
             "Generert av `python scripts/update_headlines.py` fra modellen; tall andre steder "
             "i notatet kan være fra et eldre parametersett.", ""]
    for name, h in numbers.items():
        eq, kommune = h["kommune_income_equalisation"], h["npv_kommune"]
        share = h["gain_sharing_share"]
        if share is None:
            sharing = "Gevinstdeling er ikke aktuelt (ingen sektor taper mens en annen tjener)."
        elif share <= 1:
            sharing = (f"Gevinstdeling: {i18n.percent(share, 1)} av gevinsten flyttet til "
                       "sektoren som betaler gir den balanse.")
        else:
            sharing = (f"Gevinstdeling: selv hele gevinsten dekker ikke kostnaden "
                       f"({i18n.percent(share, 0)} ville trengs); kommunen samlet går ikke i "
                       "balanse.")
        lines += [
            f"**{titles[name]}** (`{name}`): kommunens nåverdi er {i18n.kr(kommune)}, "
            f"herav inntektsutjevning {i18n.kr(eq)} (det kommunen gir fra seg av sin ekstra "
            f"skatteinntekt til resten av kommunesektoren). Sektor som betaler: "
            f"{_sectors_text(h, -1)}. Sektor som sparer: {_sectors_text(h, 1)}. {sharing}", ""]
    return "\n".join(lines).rstrip()
