"""What changed between two parameter sets: added, removed and changed parameters.

Pure: compares two loaded :class:`ParameterSet` objects. A change is reported per field
(unit, kroneår, payer, confidence, label) and per dated value, so a changelog entry or a
budget note can say exactly which number moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from costbenefit.parameters.schema import Parameter, ParameterSet

META_FIELDS = ("unit", "price_year", "payer", "confidence", "label")


@dataclass(frozen=True)
class ParameterChange:
    name: str
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (old, new)
    # ISO date -> (old, new), each (value, per-value confidence) or None when absent
    values: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class SetDiff:
    old: str
    new: str
    added: list[str]
    removed: list[str]
    changed: list[ParameterChange]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def _meta(p: Parameter, name: str) -> Any:
    value = getattr(p, name)
    return getattr(value, "value", value)


def _dated(p: Parameter) -> dict[str, Any]:
    return {d.isoformat(): (v.value, v.confidence and v.confidence.value)
            for d, v in p.values.items()}


def compare(old: Parameter, new: Parameter) -> ParameterChange | None:
    fields = {f: (_meta(old, f), _meta(new, f)) for f in META_FIELDS
              if _meta(old, f) != _meta(new, f)}
    a, b = _dated(old), _dated(new)
    values = {d: (a.get(d), b.get(d)) for d in sorted(set(a) | set(b)) if a.get(d) != b.get(d)}
    if not fields and not values:
        return None
    return ParameterChange(old.name, fields, values)


def diff_sets(old: ParameterSet, new: ParameterSet) -> SetDiff:
    a, b = set(old.parameters), set(new.parameters)
    changed = [c for n in sorted(a & b)
               if (c := compare(old.parameters[n], new.parameters[n])) is not None]
    return SetDiff(
        old=f"{old.version} ({old.sha256[:12]}…)",
        new=f"{new.version} ({new.sha256[:12]}…)",
        added=sorted(b - a),
        removed=sorted(a - b),
        changed=changed,
    )
