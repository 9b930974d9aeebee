"""Which optional parts of the product are installed, detected by what exists.

The societal and wellbeing views, the uncertainty tools and the Excel export land in
their own modules. The app asks here instead of keeping flags, so a part shows up in the
app as soon as its module (or its field on the Result) is there, and a clearly labelled
placeholder is shown until then.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Feature:
    """A part provided by `module`, used through its callable `attribute`."""

    module: str
    attribute: str


EXCEL = Feature("costbenefit.excel", "workbook_bytes")
RESULT_VIEWS = ("societal", "wellbeing")


def module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def provider(feature: Feature) -> Callable[..., Any] | None:
    """The feature's callable, or None when its module or attribute is not there yet."""
    if not module_exists(feature.module):
        return None
    found = getattr(importlib.import_module(feature.module), feature.attribute, None)
    return found if callable(found) else None


def result_view(result: object, name: str) -> object | None:
    """A view the engine puts on the Result (e.g. `societal`), when it does."""
    return getattr(result, name, None)
