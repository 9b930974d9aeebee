"""YAML reading that refuses duplicate keys (plain safe_load silently keeps the last)."""

from __future__ import annotations

from typing import Any, ClassVar

import yaml

from costbenefit.errors import InputError

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictLoader(_Base):  # type: ignore[misc, valid-type]
    """Safe loader that raises on a repeated mapping key and keeps dates as strings
    (so that the models, not the YAML library, judge them and name the bad one)."""

    yaml_implicit_resolvers: ClassVar[dict] = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _Base.yaml_implicit_resolvers.items()
    }


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            continue
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"nøkkelen '{key}' står to ganger (første gang på linje {seen[key] + 1})",
                key_node.start_mark,
            )
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml_text(text: str, source: str) -> Any:
    """Parse YAML text; any error becomes an InputError naming the source and line."""
    try:
        return yaml.load(text, Loader=StrictLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"linje {mark.line + 1}" if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        fix = ("fjern den dupliserte nøkkelen" if "to ganger" in problem
               else "sjekk innrykk, kolon og anførselstegn rundt linjen")
        raise InputError(f"ugyldig YAML: {problem}. Rett opp filen: {fix}", source=source,
                         field=line) from None
