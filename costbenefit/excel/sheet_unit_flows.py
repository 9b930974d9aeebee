"""The unit-flows sheet of the live model: the engine's flows for one extra success
(``Result.per_success``), the only model numbers written as values rather than formulas."""

from __future__ import annotations

import numpy as np

from costbenefit.excel.cells import BOLD, INTEGER, KR, ref, write_text, write_value
from costbenefit.excel.layout import SOCIETY_PAYER, header
from costbenefit.model.engine import Result
from costbenefit.model.structure import (
    CATEGORIES,
    CATEGORY_LABELS_NB,
    PAYER_INDEX,
    PAYER_LABELS_NB,
    PAYERS,
    PUBLIC_PAYERS,
)


def flow_columns(per_success: np.ndarray, cash: bool = False) -> list[tuple[str, str]]:
    """(payer, category) pairs with a flow: non-zero per-success flows and public costs, and
    the person's receipt of the measure's cash when it pays any."""
    pairs = [
        (p, c)
        for p in PAYERS
        for c in CATEGORIES
        if c != "measure" and p != SOCIETY_PAYER
        and np.any(per_success[:, PAYER_INDEX[p], CATEGORIES.index(c)])
    ]
    pairs += [(p, "measure") for p in PUBLIC_PAYERS]
    if cash:
        pairs.append(("person", "measure"))
    return sorted(pairs, key=lambda pc: (PAYER_INDEX[pc[0]], CATEGORIES.index(pc[1])))


def write_unit_flows(ws, row: int, col: int, result: Result,
                     pairs: list[tuple[str, str]]) -> tuple[dict[tuple[str, str], int], int, int]:
    """Result.per_success as values (one extra success); returns columns, first data row,
    and the column of the public sum per success."""
    ps = result.per_success
    horizon = ps.shape[0]
    write_text(ws, row, col, "Gevinst av én ekstra suksess (udiskontert, fra motoren; "
               "etterslep og avtakende effekt er med)", BOLD)
    head = row + 1
    header(ws, head, col, "År etter start")
    columns: dict[tuple[str, str], int] = {}
    c = col + 1
    for payer, cat in pairs:
        if cat == "measure":
            continue
        header(ws, head, c, f"{PAYER_LABELS_NB[payer]}: {CATEGORY_LABELS_NB[cat]}")
        columns[(payer, cat)] = c
        c += 1
    public_col = c
    header(ws, head, public_col, "Offentlig sum")
    first = head + 1
    public_cols = [columns[k] for k in columns if k[0] in PUBLIC_PAYERS]
    for k in range(horizon):
        r = first + k
        write_value(ws, r, col, k, INTEGER)
        for (payer, cat), cc in columns.items():
            write_value(ws, r, cc, float(ps[k, PAYER_INDEX[payer], CATEGORIES.index(cat)]), KR)
        terms = ",".join(ref(ws, r, cc, sheet=False, absolute=False) for cc in public_cols)
        write_value(ws, r, public_col, f"=SUM({terms})" if terms else 0, KR)
    return columns, first, public_col
