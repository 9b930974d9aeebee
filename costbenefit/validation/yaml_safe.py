"""YAML reading that refuses duplicate keys (plain safe_load silently keeps the last) and
documents that expand to far more than they weigh (an alias bomb, "billion laughs").

The parser composes the document into a graph of nodes in which an alias is the anchored
node itself, so composing costs only the text's size. Before any Python object is built,
the graph is walked once with each node's expanded size memoised: a document whose
expansion (every alias counted as a full copy) exceeds :data:`MAX_NODES`, nests deeper
than :data:`MAX_DEPTH` or refers to itself is refused. The walk visits each distinct node
once, so a 1 kB bomb that would expand to billions of nodes is refused in microseconds.
"""

from __future__ import annotations

from typing import Any, ClassVar

import yaml

from costbenefit.errors import InputError

# far above the largest shipped file (a parameter table of a few thousand numbers)
MAX_NODES = 200_000
MAX_DEPTH = 60

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


class _TooBig(yaml.YAMLError):
    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


def expanded_size(root: yaml.Node) -> int:
    """Nodes in the document with every alias expanded; raises _TooBig past the limits."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(node: yaml.Node, depth: int) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if depth > MAX_DEPTH:
            raise _TooBig(f"dokumentet er nøstet dypere enn {MAX_DEPTH} nivåer",
                          node.start_mark)
        if key in active:
            raise _TooBig("et alias (*navn) viser til seg selv", node.start_mark)
        total = 1
        if isinstance(node, yaml.SequenceNode | yaml.MappingNode):
            active.add(key)
            children = (node.value if isinstance(node, yaml.SequenceNode)
                        else [n for pair in node.value for n in pair])
            for child in children:
                total += size(child, depth + 1)
                if total > MAX_NODES:
                    raise _TooBig(
                        f"dokumentet utvides til over {MAX_NODES:_} verdier (mulig "
                        "alias-bombe: ankere & og alias * som gjentar hverandre)".replace(
                            "_", " "), node.start_mark)
            active.discard(key)
        sizes[key] = total
        return total

    return size(root, 0)


def _get_single_data(self: Any) -> Any:
    node = self.get_single_node()
    if node is None:
        return None
    expanded_size(node)
    return self.construct_document(node)


StrictLoader.get_single_data = _get_single_data
StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml_text(text: str, source: str) -> Any:
    """Parse YAML text; any error becomes an InputError naming the source and line."""
    try:
        return yaml.load(text, Loader=StrictLoader)
    except RecursionError:
        raise InputError(f"ugyldig YAML: dokumentet er nøstet for dypt. Rett opp filen: hold "
                         f"den under {MAX_DEPTH} nivåer", source=source) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"linje {mark.line + 1}" if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        if "nesting depth" in problem:
            problem = "dokumentet er nøstet for dypt"
            fix = f"hold filen under {MAX_DEPTH} nivåer"
        elif isinstance(exc, _TooBig):
            fix = "skriv verdiene ut uten ankere (&) og alias (*), og hold filen flat"
        elif "to ganger" in problem:
            fix = "fjern den dupliserte nøkkelen"
        else:
            fix = "sjekk innrykk, kolon og anførselstegn rundt linjen"
        raise InputError(f"ugyldig YAML: {problem}. Rett opp filen: {fix}", source=source,
                         field=line) from None
