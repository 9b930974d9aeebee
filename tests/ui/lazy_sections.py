"""Open the calculator's lazily drawn sections in an AppTest (costbenefit/ui/lazy.py):
an expander's open state is its session key, which AppTest may set before a run."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from costbenefit.ui.lazy import OPEN_PREFIX


def opened(at: AppTest, *sections: str) -> AppTest:
    """`at` rerun with `sections` (their keys without the prefix) open."""
    for name in sections:
        at.session_state[f"{OPEN_PREFIX}{name}"] = True
    return at.run()
