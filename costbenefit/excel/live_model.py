"""The live model: input cells, yearly flows, discounting and decision metrics as formulas.

Only the engine's per-success flows (``Result.per_success``: one extra success, years since
start × payer × category, lag and decay included) and, for a reform, its flows per
participant (``Result.reform_per_participant``: the rule change for one participant with the
group's course without the measure) are written as values. Cohorts, costs, discounting,
NPVs, ROI, payback, *hvor mange må lykkes* and the reform's NPV and break-even per payer are
formulas on the input cells, so changing a success rate, the participants or a discount
rate in Excel recomputes everything the way the engine would.

Formulas use only functions Excel and LibreOffice compute alike (SUM, SUMPRODUCT, SUMIF,
INDEX, MATCH, IF, AND, MAX). Timing: year 0 is the first year and is not discounted;
``DF(t) = DF(t-1) / (1 + r_{t-1})``, that is ``Π_{k<t} 1/(1+r_k)``, with ``r_k`` looked up
in the step table (MATCH type 1: the last step whose first year is ≤ k).

The blocks are placed by (sheet, row, column), so the same code lays the model out over
several sheets (the single-scenario workbook) or on one sheet (the comparison workbook).

The sheets are written by ``sheet_inputs``, ``sheet_unit_flows``, ``sheet_cash_flow`` and
``sheet_summary``; this module ties them together.
"""

from __future__ import annotations

from costbenefit.errors import InputError
from costbenefit.excel.sheet_cash_flow import write_flows
from costbenefit.excel.sheet_inputs import Inputs, pays_cash, write_inputs
from costbenefit.excel.sheet_summary import Outputs, outputs_height, write_outputs
from costbenefit.excel.sheet_unit_flows import flow_columns, write_unit_flows
from costbenefit.model.engine import Result

TIMING_NOTE = (
    "Tidskonvensjon: år 0 er tiltakets første år og diskonteres ikke. "
    "DF(t) = Π_{k<t} 1/(1+r_k): hvert år diskonteres med renten som gjelder året før, "
    "så et trinn i renten bygger på årene før (R-109: 4 % år 0–39, 3 % år 40–74, 2 % fra år 75)."
)


def build_model(result: Result, inputs_ws, unit_ws, flows_ws, out_ws, out_at: tuple[int, int],
                ) -> tuple[Outputs, dict[str, object], Inputs]:
    """Lay the live model out. Blocks that share a sheet are stacked: inputs, flows, then
    the per-success helper; the flows sheet of its own keeps rows 1–3 for a title."""
    if result.scenario.mode == "markov":
        raise InputError("Excel-arbeidsbok med formler finnes foreløpig bare for profilmodus; "
                         "bruk --format json eller tabell for mode: markov",
                         source=result.scenario.name, field="--xlsx")
    pairs = flow_columns(result.per_success, pays_cash(result), result.reform_per_participant)
    inp, next_row = write_inputs(inputs_ws, 1, result)
    flows_row = next_row + 1 if flows_ws is inputs_ws else 4
    if flows_ws is out_ws:  # below the outputs too
        flows_row = max(flows_row, out_at[0] + outputs_height(result) + 1)
    unit_row = flows_row + result.scenario.horizon_years + 2 if unit_ws is flows_ws else 1
    unit = write_unit_flows(unit_ws, unit_row, 1, result, pairs)
    flows = write_flows(flows_ws, flows_row, 1, result, inp, unit_ws, unit, pairs)
    out = write_outputs(out_ws, *out_at, result, inp, flows_ws, flows)
    return out, flows, inp
