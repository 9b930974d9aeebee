"""The parameter-set cache: a set that loaded once is read from one file under its content
hash and the code's key; a changed, corrupt, foreign or writable-by-others file is never
used, and an empty COSTBENEFIT_CACHE_DIR turns the cache off."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from costbenefit.parameters import loader
from costbenefit.parameters.loader import cache_path, content_hash, load_parameter_set


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COSTBENEFIT_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "set"
    shutil.copytree(loader.shipped_root(), root)
    return root


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(loader, "load_parameter", refuse)


def test_second_load_reads_the_cache(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_parameter_set(tree)
    path = cache_path(first.sha256)
    assert path is not None and path.is_file() and path.stat().st_mode & 0o077 == 0
    _no_parsing(monkeypatch)
    assert load_parameter_set(tree) == first


def test_a_changed_file_is_parsed_again(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_parameter_set(tree)
    kpi = tree / "macro" / "kpi.yaml"
    kpi.write_text(kpi.read_text(encoding="utf-8").replace("89.9", "90.0"), encoding="utf-8")
    second = load_parameter_set(tree)
    assert second.sha256 != first.sha256 and second.sha256 == content_hash(tree)


@pytest.mark.parametrize("content", [b"not a pickle", pickle.dumps({"sha256": "x"})])
def test_a_corrupt_or_foreign_cache_file_is_ignored(tree: Path, content: bytes) -> None:
    path = cache_path(content_hash(tree))
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    os.chmod(path, 0o600)
    assert load_parameter_set(tree).sha256 == content_hash(tree)
    assert pickle.loads(path.read_bytes()).sha256 == content_hash(tree)  # rebuilt


def test_a_set_under_another_hash_is_not_trusted(tree: Path, tmp_path: Path) -> None:
    other = load_parameter_set(loader.shipped_root())  # cached under the shipped hash
    path = cache_path(content_hash(tree))
    assert path is not None
    kpi = tree / "macro" / "kpi.yaml"
    kpi.write_text(kpi.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    path = cache_path(content_hash(tree))
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(other))  # the right name, the wrong set
    os.chmod(path, 0o600)
    assert load_parameter_set(tree).sha256 == content_hash(tree) != other.sha256


def test_a_file_others_can_write_is_not_used(tree: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    first = load_parameter_set(tree)
    path = cache_path(first.sha256)
    assert path is not None
    os.chmod(path, 0o666)
    _no_parsing(monkeypatch)
    with pytest.raises(AssertionError, match="parsed although cached"):
        load_parameter_set(tree)


def test_an_empty_cache_dir_turns_the_cache_off(tree: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COSTBENEFIT_CACHE_DIR", "")
    assert cache_path("abc") is None
    load_parameter_set(tree)
    assert not (tmp_path / "cache").exists()
