"""Text a user typed is stored as text, whatever it starts with (property test)."""

from __future__ import annotations

import io

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from costbenefit.excel.cells import write_text, xml_safe
from costbenefit.excel.safety import write_atomic

CHARS = st.characters(exclude_characters="\r")  # XML turns a lone CR into LF
TEXT = st.one_of(
    st.text(CHARS, max_size=60),
    st.builds(lambda p, s: p + s, st.sampled_from(["=", "+", "-", "@", "=HYPERLINK("]),
              st.text(CHARS, max_size=40)),
)


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_user_text_round_trips_as_text(text: str) -> None:
    """Any text (formula-like, control characters, lone surrogates) is stored as text, minus
    only the characters XML cannot hold."""
    wb = openpyxl.Workbook()
    write_text(wb.active, 1, 1, text)
    buf = io.BytesIO()
    wb.save(buf)
    cell = openpyxl.load_workbook(io.BytesIO(buf.getvalue())).active["A1"]
    expected = xml_safe(text)
    assert cell.data_type == "s" or (expected == "" and cell.value is None)
    assert (cell.value or "") == expected


def test_atomic_write_leaves_old_file_on_error(tmp_path, monkeypatch) -> None:
    path = tmp_path / "ut.xlsx"
    write_atomic(path, b"gammel")
    assert path.read_bytes() == b"gammel"

    def fail(fd: int) -> None:
        raise OSError("disken er full")

    monkeypatch.setattr("costbenefit.excel.safety.os.fsync", fail)
    with pytest.raises(OSError, match="full"):
        write_atomic(path, b"ny")
    assert path.read_bytes() == b"gammel" and [p.name for p in tmp_path.iterdir()] == ["ut.xlsx"]
