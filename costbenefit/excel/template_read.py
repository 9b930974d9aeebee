"""Read a filled budget template back into a Scenario (``costbenefit evaluate FILLED.xlsx``).

Every cell is checked first and every problem is collected, each naming its sheet and
cell and what is expected; nothing is evaluated from a template with errors.
Numbers must be finite and within bounds a user understands (participants at most
10 million per row, amounts at most 10¹² kr); a cell with ``inf``, ``nan`` or ``1e308`` is
reported by sheet and cell. A table holds at most ``MAX_TABLE_ROWS`` rows; anything written
below them is refused by sheet and row rather than silently left out.
"""

from __future__ import annotations

import io
import math
import re
import warnings
import zipfile
from collections import defaultdict
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pydantic import ValidationError

from costbenefit.errors import InputError
from costbenefit.excel.safety import check_xlsx_bytes, read_upload
from costbenefit.excel.template import (
    COSTS,
    FIELD_ROW,
    FIELDS,
    FUNDING,
    LISTS,
    MARKER,
    PARTICIPANTS,
    PROJECT,
    TABLE_FIRST_ROW,
    TABLES,
    Field,
)
from costbenefit.model.scenario import MAX_MONEY, MAX_PARTICIPANTS, Scenario
from costbenefit.model.structure import FUNDING_PAYERS
from costbenefit.report import i18n
from costbenefit.validation.messages import input_error_from

MAX_TABLE_ROWS = 1000
LAST_TABLE_ROW = TABLE_FIRST_ROW + MAX_TABLE_ROWS - 1
# the highest value a cell of each kind may hold when its field declares none
DEFAULT_HIGH = {"money": MAX_MONEY, "count": float(MAX_PARTICIPANTS)}


class _Problems:
    """Collects cell errors: ``Ark!B7 (Startalder): forventet et helt tall, fant «tjue»``."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, sheet: str, coord: str, label: str, message: str) -> None:
        self.items.append(f"{sheet}!{coord} ({label}): {message}")


class _NotFinite(ValueError):
    """A number that is inf, nan or too large to hold (Excel's own limit is about 1e308)."""


def _number(raw: object) -> float:
    if isinstance(raw, bool):
        raise ValueError
    try:
        if isinstance(raw, int | float):
            value = float(raw)
        elif isinstance(raw, str):
            text = raw.strip().replace("\u00a0", "").replace(" ", "").removesuffix("kr")
            scale = 1.0
            if text.endswith("%"):
                text, scale = text[:-1], 0.01
            value = float(text.replace(",", ".")) * scale
        else:
            raise ValueError
    except OverflowError:
        raise _NotFinite from None
    if not math.isfinite(value):
        raise _NotFinite
    return value


def _bound(x: float) -> str:
    return f"{x:,.0f}".replace(",", " ") if x == int(x) else f"{x:g}"


def _shown(raw: object) -> str:
    return f"«{str(raw)[:40]}»"


def _parse(raw: object, kind: str, low: float | None, high: float | None) -> float | int:
    """Parse one number cell; raise ValueError with a Norwegian description of what is wanted."""
    want = {"int": "et helt tall", "share": "en andel mellom 0 og 1 (f.eks. 40 %)",
            "money": "et beløp i kroner", "year": "et årstall", "count": "et antall"}[kind]
    high = DEFAULT_HIGH.get(kind) if high is None else high
    bounds = ""
    if low is not None and high is not None:
        bounds = f" mellom {_bound(low)} og {_bound(high)}" if kind != "share" else ""
    elif low is not None:
        bounds = f" på minst {_bound(low)}"
    try:
        value = _number(raw)
    except _NotFinite:
        raise ValueError(f"tallet {_shown(raw)} er ikke endelig eller er for stort; forventet "
                         f"{want}{bounds}") from None
    except ValueError:
        raise ValueError(f"forventet {want}{bounds}, fant {_shown(raw)}") from None
    if kind in ("int", "year") and value != int(value):
        raise ValueError(f"forventet {want}{bounds}, fant {_shown(raw)}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueError(f"forventet {want}{bounds}, fant {_shown(raw)}")
    return int(value) if kind in ("int", "year") else value


def _blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _read_fields(ws, groups: dict[str, str], problems: _Problems) -> dict[str, object]:
    values: dict[str, object] = {}
    for field in FIELDS:
        coord = f"B{FIELD_ROW[field.key]}"
        raw = ws[coord].value
        if _blank(raw):
            if field.required:
                problems.add(PROJECT, coord, field.label, "må fylles ut")
            continue
        try:
            values[field.key] = _field_value(field, raw, groups)
        except ValueError as exc:
            problems.add(PROJECT, coord, field.label, str(exc))
    return values


def _field_value(field: Field, raw: object, groups: dict[str, str]) -> object:
    if field.kind == "text":
        return str(raw).strip()
    if field.kind == "group":
        key = str(raw).strip()
        if key not in groups:
            raise ValueError(f"ukjent målgruppe {_shown(raw)}; velg en fra listen")
        return groups[key]
    return _parse(raw, field.kind, field.low, field.high)


def _groups(wb) -> dict[str, str]:
    """Dropdown label or id -> id, from the template's own hidden list sheet."""
    if LISTS not in wb.sheetnames or wb[LISTS]["D1"].value != MARKER:
        raise InputError("dette er ikke en budsjettmal fra «costbenefit template» (arket "
                         f"{LISTS} mangler eller er endret). Lag en ny mal og fyll den ut")
    ws = wb[LISTS]
    out: dict[str, str] = {}
    for label, group_id in ws.iter_rows(min_row=2, max_col=2, values_only=True):
        if group_id:
            out[str(group_id)] = str(group_id)
            if label:
                out[str(label)] = str(group_id)
    return out


def _read_table(ws, name: str, kinds: dict[str, tuple[str, float | None, float | None]],
                problems: _Problems) -> list[tuple[int, dict[str, object]]]:
    """Non-blank rows as (row number, {key: value}); bad cells are reported, row skipped."""
    columns = TABLES[name]
    rows = []
    _below_the_table(ws, name, problems)
    last = min(ws.max_row, LAST_TABLE_ROW)
    for r, cells in enumerate(ws.iter_rows(min_row=TABLE_FIRST_ROW, max_row=last,
                                           max_col=len(columns), values_only=True),
                              start=TABLE_FIRST_ROW):
        if all(_blank(v) for v in cells):
            continue
        row: dict[str, object] = {}
        ok = True
        for c, ((key, label), raw) in enumerate(zip(columns, cells, strict=True)):
            coord = f"{chr(ord('A') + c)}{r}"
            if key not in kinds:
                row[key] = "" if _blank(raw) else str(raw).strip()
                continue
            if _blank(raw):
                problems.add(name, coord, label, "må fylles ut når raden er i bruk")
                ok = False
                continue
            try:
                row[key] = _parse(raw, *kinds[key])
            except ValueError as exc:
                problems.add(name, coord, label, str(exc))
                ok = False
        if ok:
            rows.append((r, row))
    return rows


def _below_the_table(ws, name: str, problems: _Problems) -> None:
    """Refuse anything written below the rows the reader reads (never left out silently)."""
    if ws.max_row <= LAST_TABLE_ROW:
        return
    for r, cells in enumerate(ws.iter_rows(min_row=LAST_TABLE_ROW + 1, values_only=True),
                              start=LAST_TABLE_ROW + 1):
        used = [c for c, v in enumerate(cells, start=1) if not _blank(v)]
        if used:
            problems.add(name, f"{get_column_letter(used[0])}{r}", f"rad {r}, under tabellen",
                         f"malen leser høyst {MAX_TABLE_ROWS} rader (rad {TABLE_FIRST_ROW}–"
                         f"{LAST_TABLE_ROW}); slå sammen rader (f.eks. én rad per år) eller "
                         "fordel prosjektet på flere maler")
            return


def _in_period(rows, sheet: str, values: dict[str, object], problems: _Problems) -> None:
    start, horizon = values.get("start_year"), values.get("horizon_years")
    if not isinstance(start, int) or not isinstance(horizon, int):
        return
    end = start + horizon - 1
    for r, row in rows:
        if not start <= row["year"] <= end:
            problems.add(sheet, f"A{r}" if sheet != FUNDING else f"B{r}", "År",
                         f"året {row['year']} ligger utenfor analyseperioden {start}–{end}")


def _scenario_mapping(values: dict[str, object], cohorts, costs, funding) -> dict[str, object]:
    participants: dict[int, float] = defaultdict(float)
    for _, row in cohorts:
        participants[row["year"]] += row["participants"]
    fixed: dict[tuple[int, str], float] = defaultdict(float)
    for _, row in costs:
        fixed[(row["year"], row["payer"])] += row["amount"]
    notes = [str(values.get("description", ""))]
    if values.get("evidence"):
        notes.append(f"Dokumentasjon for suksessratene: {values['evidence']}")
    if funding:
        notes.append("Finansiering: " + "; ".join(
            f"{row['source'] or 'ukjent kilde'} {row['year']}: {i18n.kr(row['amount'])}"
            for _, row in funding))
    intervention = {
        "name": values["name"],
        "cohorts": [{"year": y, "participants": n} for y, n in sorted(participants.items())],
        "cost_per_participant_year": {p: values.get(f"cost_{p}", 0.0) for p in FUNDING_PAYERS},
        "fixed_costs": [{"year": y, "payer": p, "amount": a}
                        for (y, p), a in sorted(fixed.items())],
    }
    for key in ("success_rate_with", "success_rate_without", "attribution", "lag_years",
                "persistence_years", "decay", "duration_years"):
        if key in values:
            intervention[key] = values[key]
    mapping: dict[str, object] = {
        key: values[key]
        for key in ("name", "target_group", "start_age", "start_year", "price_year",
                    "horizon_years")
    }
    mapping["description"] = "\n".join(n for n in notes if n)
    if "discount_rate" in values:
        mapping["discounting"] = {"schedule": "flat", "rate": values["discount_rate"]}
    mapping["intervention"] = intervention
    return mapping


def scenario_from_template_bytes(data: bytes, source: str) -> Scenario:
    """Check, parse and validate a filled template; all cell errors in one InputError."""
    check_xlsx_bytes(data, source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about data validation extensions
            wb = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:
        cell = _unreadable_number(data)
        if cell:
            raise InputError(f"{cell}: tallet er ikke endelig (inf eller nan) eller ikke et tall; "
                             "skriv et vanlig tall i cellen", source=source) from None
        raise InputError(f"kunne ikke lese arbeidsboken ({type(exc).__name__})",
                         source=source) from None
    missing = [s for s in (PROJECT, PARTICIPANTS, COSTS, FUNDING) if s not in wb.sheetnames]
    if missing:
        raise InputError(f"arket {', '.join(missing)} mangler; bruk malen fra "
                         "«costbenefit template»", source=source)
    try:
        groups = _groups(wb)
    except InputError as exc:
        raise InputError(str(exc), source=source) from None
    problems = _Problems()
    values = _read_fields(wb[PROJECT], groups, problems)
    year = ("year", 1990, 2200)
    cohorts = _read_table(wb[PARTICIPANTS], PARTICIPANTS,
                          {"year": year, "participants": ("count", 0, None)}, problems)
    costs = _read_table(wb[COSTS], COSTS, {"year": year, "amount": ("money", 0, None)}, problems)
    for r, row in costs:
        if row["payer"] not in FUNDING_PAYERS:
            problems.add(COSTS, f"C{r}", "Betaler", "velg kommune, fylkeskommune eller stat")
    funding = _read_table(wb[FUNDING], FUNDING, {"year": year, "amount": ("money", 0, None)},
                          problems)
    if not cohorts and not any(PARTICIPANTS in p for p in problems.items):
        problems.add(PARTICIPANTS, f"A{TABLE_FIRST_ROW}", "År",
                     "før opp minst ett startår med antall nye deltakere")
    _in_period(cohorts, PARTICIPANTS, values, problems)
    _in_period(costs, COSTS, values, problems)
    if problems.items:
        raise InputError(f"malen har {len(problems.items)} feil; ingenting er beregnet:\n  - "
                         + "\n  - ".join(problems.items), source=source)
    try:
        return Scenario.model_validate(_scenario_mapping(values, cohorts, costs, funding))
    except ValidationError as exc:
        err = input_error_from(exc, source)
        where = _cells_of(err.field, cohorts, costs)
        raise InputError(f"malen kunne ikke gjøres om til et scenario: {where}: {err.message}",
                         source=source) from None


_LABEL = {f.key: f.label for f in FIELDS}


def _cells_of(field: str | None, cohorts, costs) -> str:
    """The sheet and cell(s) behind a scenario field, for a message about the template."""
    parts = (field or "").split(".")
    key = parts[0]
    if key == "intervention" and len(parts) > 1:
        key = parts[1]
        if key == "cost_per_participant_year" and len(parts) > 2:
            key = f"cost_{parts[2]}"
        elif key in ("cohorts", "fixed_costs") and len(parts) > 2 and parts[2].isdigit():
            sheet, rows = (PARTICIPANTS, cohorts) if key == "cohorts" else (COSTS, costs)
            groups = sorted({(row["year"], row.get("payer")) for _, row in rows})
            index = int(parts[2])
            if index < len(groups):
                cells = [f"{sheet}!B{r}" if sheet == PARTICIPANTS else f"{sheet}!D{r}"
                         for r, row in rows if (row["year"], row.get("payer")) == groups[index]]
                return f"{', '.join(cells[:5])} (summen for året {groups[index][0]})"
    elif key == "discounting":
        key = "discount_rate"
    if key in FIELD_ROW:
        return f"{PROJECT}!B{FIELD_ROW[key]} ({_LABEL[key]})"
    return f"arket {PROJECT}"


_TAG = re.compile(r"<(?:\w+:)?(sheet|Relationship)\b([^>]*)>")
_ATTR = re.compile(r'([\w:]+)="([^"]*)"')
_NUMBER_CELL = re.compile(r'<(?:\w+:)?c\b[^>]*?\br="([A-Z]+[0-9]+)"(?![^>]*\bt="(?:s|str|'
                          r'inlineStr|b|e)")[^>]*>\s*<(?:\w+:)?v>([^<]*)<')


def _tags(xml: bytes, tag: str) -> list[dict[str, str]]:
    return [dict(_ATTR.findall(attrs)) for name, attrs in
            _TAG.findall(xml.decode("utf-8", "replace")) if name == tag]


def _unreadable_number(data: bytes) -> str | None:
    """``Ark!B5`` of the first number cell openpyxl cannot read (``inf``, ``nan``, text written
    as a number by another program), so the message names the cell; None if there is none.
    The archive has passed check_xlsx_bytes (sizes bounded) before this is called."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            rels = {r.get("Id"): r.get("Target", "")
                    for r in _tags(zf.read("xl/_rels/workbook.xml.rels"), "Relationship")}
            for sheet in _tags(zf.read("xl/workbook.xml"), "sheet"):
                target = rels.get(sheet.get("r:id"), "").lstrip("/").removeprefix("xl/")
                xml = zf.read(f"xl/{target}").decode("utf-8", "replace")
                for coord, value in _NUMBER_CELL.findall(xml):
                    try:
                        number = float(value)
                    except ValueError:
                        return f"{sheet.get('name')}!{coord}"
                    if not math.isfinite(number):
                        return f"{sheet.get('name')}!{coord}"
    except (KeyError, OSError, zipfile.BadZipFile, ValueError):
        return None
    return None


def load_template(path: Path) -> Scenario:
    return scenario_from_template_bytes(read_upload(path), str(path))
