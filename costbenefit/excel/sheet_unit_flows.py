"""The unit-flows sheet of the live model: the engine's flows for one extra success
(``Result.per_success``) and, for a reform, the rule change per participant
(``Result.reform_per_participant``, from the occupancy without the measure): the only model
numbers written as values rather than formulas."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from costbenefit.excel.cells import BOLD, INTEGER, KR, ref, write_text, write_value
from costbenefit.excel.layout import SOCIETY_PAYER, header
from costbenefit.model.engine import Result
from costbenefit.model.structure import (
    CATEGORIES,
    CATEGORY_LABELS_NB,
    FUNDING_PAYERS,
    PAYER_INDEX,
    PAYER_LABELS_NB,
    PAYERS,
    PUBLIC_PAYERS,
)

REFORM_LABEL = "Regelendring per deltaker"
REFORM_PAYERS = (*PUBLIC_PAYERS, "person")  # who pays and who gains, shown per payer
REFORM_TITLE = (f"{REFORM_LABEL} (udiskontert, fra motoren): ny ytelse minus ytelsene den "
                "erstatter, og skatten på den, for én deltaker med målgruppens forløp uten "
                "tiltaket; år etter deltakerens start")


@dataclass
class UnitColumns:
    """Where the unit flows are: first data row, the per-success column of each (payer,
    category) and their public sum; with a reform, the per-success sum of each public payer,
    the rule change per participant per (payer, category) and its sum per payer."""

    first: int
    columns: dict[tuple[str, str], int]
    public: int
    payer_sums: dict[str, int] = field(default_factory=dict)
    reform: dict[tuple[str, str], int] = field(default_factory=dict)
    reform_sums: dict[str, int] = field(default_factory=dict)


def _nonzero(flows: np.ndarray | None, payer: str, cat: str) -> bool:
    return flows is not None and bool(np.any(flows[:, PAYER_INDEX[payer],
                                                   CATEGORIES.index(cat)]))


def flow_columns(per_success: np.ndarray, cash: bool = False,
                 reform: np.ndarray | None = None) -> list[tuple[str, str]]:
    """(payer, category) pairs with a flow: non-zero per-success or reform flows and public
    costs, and the person's receipt of the measure's cash when it pays any."""
    pairs = [
        (p, c)
        for p in PAYERS
        for c in CATEGORIES
        if c != "measure" and p != SOCIETY_PAYER
        and (_nonzero(per_success, p, c) or _nonzero(reform, p, c))
    ]
    pairs += [(p, "measure") for p in FUNDING_PAYERS]
    if cash:
        pairs.append(("person", "measure"))
    return sorted(pairs, key=lambda pc: (PAYER_INDEX[pc[0]], CATEGORIES.index(pc[1])))


def write_unit_flows(ws, row: int, col: int, result: Result,
                     pairs: list[tuple[str, str]]) -> UnitColumns:
    """Result.per_success as values (one extra success), and a reform's flows per
    participant beside them; returns where the columns are."""
    ps = result.per_success
    reform = result.reform_per_participant
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
    out = UnitColumns(head + 1, columns, c)
    header(ws, head, out.public, "Offentlig sum")
    c += 1
    if reform is not None:
        for payer in PUBLIC_PAYERS:
            out.payer_sums[payer] = c
            header(ws, head, c, f"Sum {PAYER_LABELS_NB[payer].lower()}")
            c += 1
        write_text(ws, row, c, REFORM_TITLE, BOLD)
        for payer, cat in columns:
            if _nonzero(reform, payer, cat):
                out.reform[(payer, cat)] = c
                header(ws, head, c, f"{REFORM_LABEL} – {PAYER_LABELS_NB[payer]}: "
                                    f"{CATEGORY_LABELS_NB[cat]}")
                c += 1
        for payer in REFORM_PAYERS:
            out.reform_sums[payer] = c
            header(ws, head, c, f"{REFORM_LABEL} – sum {PAYER_LABELS_NB[payer].lower()}")
            c += 1
    for k in range(horizon):
        r = out.first + k

        def total(cols: list[int], r: int = r) -> str | int:
            terms = ",".join(ref(ws, r, cc, sheet=False, absolute=False) for cc in cols)
            return f"=SUM({terms})" if terms else 0

        write_value(ws, r, col, k, INTEGER)
        for (payer, cat), cc in columns.items():
            write_value(ws, r, cc, float(ps[k, PAYER_INDEX[payer], CATEGORIES.index(cat)]), KR)
        write_value(ws, r, out.public, total([cc for pc, cc in columns.items()
                                              if pc[0] in PUBLIC_PAYERS]), KR)
        for payer, cc in out.payer_sums.items():
            write_value(ws, r, cc, total([c for pc, c in columns.items() if pc[0] == payer]),
                        KR)
        if reform is None:
            continue
        for (payer, cat), cc in out.reform.items():
            value = float(reform[k, PAYER_INDEX[payer], CATEGORIES.index(cat)])
            write_value(ws, r, cc, value, KR)
        for payer, cc in out.reform_sums.items():
            write_value(ws, r, cc, total([c for pc, c in out.reform.items() if pc[0] == payer]),
                        KR)
    return out
