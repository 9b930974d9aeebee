"""The library on both backends: save makes versions, list/show/history/diff read them back,
tags and programmes filter, a stale base is told, bad references and invalid scenarios are
InputErrors, and a failure inside a save leaves nothing behind."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from costbenefit.errors import InputError
from costbenefit.store import programmes, scenarios
from costbenefit.store.database import Library
from costbenefit.store.summaries import input_changes, result_changes
from costbenefit.store.tables import ProgrammeRow, VersionRow
from tests.store.fixtures import PROGRAMME


def _versions(lib: Library) -> int:
    with lib.transaction() as session:
        return session.scalar(select(func.count()).select_from(VersionRow))


def _more(text: str) -> str:
    return text.replace("participants: 100}", "participants: 150}")


def test_save_list_show_history(lib: Library, pset, example_text: str) -> None:
    first = scenarios.save_scenario(lib, example_text, pset, source="a.yaml",
                                    tags=["ips", "trondheim, 2026"], author="kari")
    assert (first.version, first.newer_existed) == (1, False)
    second = scenarios.save_scenario(lib, _more(example_text), pset, source="a.yaml",
                                     author="ola")
    assert second.version == 2 and second.scenario_id == first.scenario_id

    rows = scenarios.list_scenarios(lib)
    assert [(r["name"], r["versions"], r["author"]) for r in rows] == [
        (first.name, 2, "ola")]
    assert rows[0]["tags"] == ["2026", "ips", "trondheim"]
    assert scenarios.list_scenarios(lib, tags=["ips", "2026"])[0]["id"] == first.scenario_id
    assert scenarios.list_scenarios(lib, tags=["nei"]) == []

    shown = scenarios.show_text(lib, f"{first.scenario_id}@1")
    assert shown == f"# bibliotek: {first.name}@1\n{example_text}"  # the text as written
    assert scenarios.show_text(lib, first.name).endswith(_more(example_text))

    hist = scenarios.history(lib, str(first.scenario_id))
    assert [(h["version"], h["author"]) for h in hist] == [(1, "kari"), (2, "ola")]
    for h in hist:
        assert h["parameter_set"] == {"version": pset.version, "sha256": pset.sha256}
        assert h["engine_version"] and h["summary"]["headlines"]["npv_public_total"]


def test_a_stale_base_still_saves_and_is_told(lib: Library, pset, example_text: str) -> None:
    s1 = scenarios.save_scenario(lib, example_text, pset, source="a.yaml")
    base = scenarios.show_text(lib, f"{s1.scenario_id}@1")  # carries `# bibliotek: …@1`
    theirs = scenarios.save_scenario(lib, _more(base), pset, source="b.yaml")
    assert (theirs.version, theirs.base_version, theirs.newer_existed) == (2, 1, False)
    mine = scenarios.save_scenario(lib, base.replace("100}", "120}"), pset, source="c.yaml")
    assert (mine.version, mine.newer_existed, mine.latest_before) == (3, True, 2)
    assert "versjon 2 fantes allerede" in mine.message()
    assert "library diff" in mine.message()
    assert not scenarios.show_text(lib, "1@3").count("# bibliotek:") > 1  # line not stored
    with pytest.raises(InputError, match="ingen versjon 7"):
        scenarios.save_scenario(lib, example_text, pset, source="d.yaml", base_version=7)


def test_diff_names_inputs_and_results(lib: Library, pset, example_text: str) -> None:
    scenarios.save_scenario(lib, example_text, pset, source="a.yaml")
    scenarios.save_scenario(lib, _more(example_text), pset, source="a.yaml")
    old, old_text = scenarios.get_version(lib, "1@1")
    new, new_text = scenarios.get_version(lib, "1@2")
    changed = input_changes(old_text, new_text)
    assert {c["path"] for c in changed} == {f"intervention.cohorts.{i}.participants"
                                            for i in range(3)}
    assert all((c["old"], c["new"]) == (100, 150) for c in changed)
    res = result_changes(old["summary"], new["summary"])
    assert res["same_parameters"] and res["same_engine"]
    cost = next(m for m in res["metrics"] if m["metric"] == "pv_cost")
    assert cost["new"] > cost["old"] and cost["change"] == pytest.approx(cost["new"]
                                                                         - cost["old"])


@pytest.mark.parametrize("ref, match", [("99", "finner ikke scenarioet '99'"),
                                        ("ukjent navn", "finner ikke scenarioet"),
                                        ("1@5", "har ingen versjon 5; den har versjon 1"),
                                        ("1@", "mangler versjonsnummer")])
def test_unknown_id_or_version(lib: Library, pset, example_text: str, ref: str,
                               match: str) -> None:
    scenarios.save_scenario(lib, example_text, pset, source="a.yaml")
    with pytest.raises(InputError, match=match):
        scenarios.show_text(lib, ref)


@pytest.mark.parametrize("text, match", [
    ("name: x\n", "target_group"),
    ("name: [unclosed\n", "ugyldig YAML"),
    ("- a list\n", "YAML-mapping"),
])
def test_an_invalid_scenario_is_refused_and_nothing_is_written(lib: Library, pset, text: str,
                                                               match: str) -> None:
    with pytest.raises(InputError, match=match) as err:
        scenarios.save_scenario(lib, text, pset, source="feil.yaml")
    assert "feil.yaml" in str(err.value)
    assert _versions(lib) == 0 and scenarios.list_scenarios(lib) == []


def test_a_failure_inside_the_transaction_leaves_nothing(lib: Library, pset, monkeypatch,
                                                         example_text: str) -> None:
    def boom(*_args, **_kwargs) -> None:
        raise RuntimeError("disken forsvant midt i lagringen")

    monkeypatch.setattr(scenarios, "add_project", boom)
    with pytest.raises(RuntimeError):
        scenarios.save_scenario(lib, example_text, pset, source="a.yaml", programme="P")
    assert _versions(lib) == 0 and scenarios.list_scenarios(lib) == []

    monkeypatch.setattr(programmes, "put_project", boom)
    with pytest.raises(RuntimeError):
        programmes.save_programme_file(lib, PROGRAMME, pset)
    assert _versions(lib) == 0 and programmes.list_programmes(lib) == []


def test_programmes(lib: Library, pset, example_text: str) -> None:
    saved = programmes.save_programme_file(lib, PROGRAMME, pset, tags=["ungt løft"])
    assert [s.version for s in saved] == [1, 1, 1, 1]
    [prog] = programmes.list_programmes(lib)
    assert [p["start_year"] for p in prog["projects"]] == [2026, 2027, 2028, 2030]
    listed = scenarios.list_scenarios(lib, programme=prog["name"])
    assert [r["id"] for r in listed] == [s.scenario_id for s in saved]

    spec, loaded = programmes.load_programme(lib, prog["name"])
    assert spec.start_year == 2026 and len(loaded) == 4
    assert spec.projects[1].start_year == 2027

    again = scenarios.save_scenario(lib, example_text, pset, source="a.yaml", programme="Nytt")
    spec, loaded = programmes.load_programme(lib, "Nytt")
    assert [s.name for s in loaded] == [again.name] and spec.start_year == loaded[0].start_year
    with pytest.raises(InputError, match="finner ikke programmet 'Nei'"):
        programmes.load_programme(lib, "Nei")
    with pytest.raises(InputError, match="finner ikke programmet"):
        scenarios.list_scenarios(lib, programme="Nei")
    with lib.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ProgrammeRow)) == 2


def test_saving_a_programme_again_adds_versions(lib: Library, pset) -> None:
    programmes.save_programme_file(lib, PROGRAMME, pset)
    again = programmes.save_programme_file(lib, PROGRAMME, pset)
    assert [s.version for s in again] == [2, 2, 2, 2]
    assert len(programmes.list_programmes(lib)[0]["projects"]) == 4
