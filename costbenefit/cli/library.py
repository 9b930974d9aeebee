"""`costbenefit library save | list | show | history | diff | evaluate | programmes |
submissions | export | import`: the scenario and programme library (SQLite by default,
PostgreSQL from ``COSTBENEFIT_DATABASE_URL`` or ``--database-url``).

Everything is imported inside the commands, so building the parser loads no database code.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_FORMAT = {"choices": ("table", "json"), "default": "table"}


def register(sub: argparse._SubParsersAction) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database-url", default=None, metavar="URL",
                        help="databasen (standard: COSTBENEFIT_DATABASE_URL, ellers en "
                             "SQLite-fil i ~/.local/share/costbenefit/)")
    p = sub.add_parser("library", help="scenariobiblioteket: lagre, list, vis, historikk, "
                                       "sammenlign versjoner")
    lsub = p.add_subparsers(dest="library_command", required=True)

    save = lsub.add_parser("save", parents=[common], help="lagre et scenario som ny versjon")
    save.add_argument("file", help="scenariofil (YAML), porteføljefil eller utfylt budsjettmal "
                                   "(.xlsx)")
    save.add_argument("--tag", action="append", default=[], help="merkelapp (kan gjentas)")
    save.add_argument("--programme", default=None, metavar="NAVN",
                      help="legg scenarioet i dette programmet (lages om det mangler)")
    save.add_argument("--name", default=None, help="navn i biblioteket (standard: name i filen)")
    save.add_argument("--author", default=None, help="hvem som lagrer (standard: brukernavnet)")
    save.add_argument("--base", type=int, default=None, metavar="VERSJON",
                      help="versjonen du tok utgangspunkt i (du får beskjed om en nyere finnes)")
    save.add_argument("--note", default="", help="kort merknad til versjonen")
    save.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    save.set_defaults(run=run_save)

    lst = lsub.add_parser("list", parents=[common], help="list scenarioene")
    lst.add_argument("--tag", action="append", default=[], help="bare med denne merkelappen")
    lst.add_argument("--programme", default=None, metavar="NAVN", help="bare i dette programmet")
    lst.add_argument("--format", **_FORMAT)
    lst.set_defaults(run=run_list)

    show = lsub.add_parser("show", parents=[common], help="skriv ut YAML for ID[@VERSJON]")
    show.add_argument("ref", metavar="ID[@VERSJON]")
    show.set_defaults(run=run_show)

    hist = lsub.add_parser("history", parents=[common], help="alle versjonene av et scenario")
    hist.add_argument("ref", metavar="ID")
    hist.add_argument("--format", **_FORMAT)
    hist.set_defaults(run=run_history)

    diff = lsub.add_parser("diff", parents=[common],
                           help="hva som er endret i inndata og resultat mellom to versjoner")
    diff.add_argument("ref", metavar="ID")
    diff.add_argument("old", type=int, metavar="V1")
    diff.add_argument("new", type=int, metavar="V2")
    diff.add_argument("--format", **_FORMAT)
    diff.set_defaults(run=run_diff)

    ev = lsub.add_parser("evaluate", parents=[common],
                         help="beregn ID[@VERSJON] på nytt og sammenlign med lagret resultat")
    ev.add_argument("ref", metavar="ID[@VERSJON]")
    ev.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    ev.add_argument("--format", **_FORMAT)
    ev.set_defaults(run=run_evaluate)

    progs = lsub.add_parser("programmes", parents=[common], help="list programmene")
    progs.add_argument("--format", **_FORMAT)
    progs.set_defaults(run=run_programmes)

    subs = lsub.add_parser("submissions", parents=[common],
                           help="innsendte budsjettmaler, også de som ble avvist")
    subs.add_argument("--format", **_FORMAT)
    subs.set_defaults(run=run_submissions)

    exp = lsub.add_parser("export", parents=[common], help="skriv hele biblioteket til en zip")
    exp.add_argument("--all", action="store_true", required=True,
                     help="alt: scenarioer, versjoner, resultater, programmer, innsendinger")
    exp.add_argument("out", metavar="UT.zip")
    exp.set_defaults(run=run_export)

    imp = lsub.add_parser("import", parents=[common], help="les inn en zip fra library export")
    imp.add_argument("file", metavar="FIL.zip")
    imp.set_defaults(run=run_import)


def _open(args: argparse.Namespace):
    from costbenefit.store.database import open_library

    return open_library(args.database_url)


def _with_library(args: argparse.Namespace, fn: Callable[[Any], T]) -> T:
    """`fn` on the library the arguments name, closed afterwards whatever happens."""
    lib = _open(args)
    try:
        return fn(lib)
    finally:
        lib.close()


def _listing(args: argparse.Namespace, fetch: Callable[[Any], list[dict[str, Any]]],
             empty: str, render: Callable[[list[dict[str, Any]]], str]) -> str:
    """Rows from the library as JSON (`--format json`), or as text (`empty` when none)."""
    rows = _with_library(args, fetch)
    if args.format == "json":
        return _dumps(rows)
    return render(rows) if rows else empty


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _when(iso: str) -> str:
    return iso[:16].replace("T", " ")


def run_save(args: argparse.Namespace) -> str:
    from pathlib import Path

    from costbenefit.errors import InputError
    from costbenefit.parameters.loader import resolve_parameter_set

    path = Path(args.file)
    if not path.is_file():
        raise InputError("filen finnes ikke", source=args.file)
    pset = resolve_parameter_set(args.params)
    lib = _open(args)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
            return _save_template(lib, path, pset, args)
        text = _read_text(path)
        if _is_portfolio(text, args.file):
            from costbenefit.store.programmes import save_programme_file

            saved = save_programme_file(lib, path, pset, tags=args.tag, author=args.author)
            lines = [s.message() for s in saved]
            from costbenefit.validation.yaml_safe import load_yaml_text

            name = load_yaml_text(text, args.file)["name"]
            return "\n".join([*lines, f"Programmet «{name}» har {len(saved)} prosjekter."])
        from costbenefit.store.scenarios import save_scenario

        saved = save_scenario(lib, text, pset, source=args.file, name=args.name, tags=args.tag,
                              author=args.author, base_version=args.base, note=args.note,
                              programme=args.programme)
        extra = f" Lagt i programmet «{args.programme}»." if args.programme else ""
        return saved.message() + extra
    finally:
        lib.close()


def _read_text(path) -> str:
    from costbenefit.errors import InputError
    from costbenefit.files.scenarios import MAX_SCENARIO_BYTES

    data = path.read_bytes()
    if len(data) > MAX_SCENARIO_BYTES:
        raise InputError("scenariofilen er for stor (over 1 MB)", source=str(path))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("filen er ikke tekst i UTF-8 (er det en YAML-fil?)",
                         source=str(path)) from None


def _is_portfolio(text: str, source: str) -> bool:
    from costbenefit.validation.yaml_safe import load_yaml_text

    raw = load_yaml_text(text, source)
    return isinstance(raw, dict) and "projects" in raw


def _save_template(lib, path, pset, args: argparse.Namespace) -> str:
    """A filled budget template: kept as a submission whether or not it is valid."""
    from costbenefit.errors import InputError
    from costbenefit.excel.template_read import scenario_from_template_bytes
    from costbenefit.store.scenarios import save_scenario
    from costbenefit.store.submissions import keep_submission, link_version, scenario_yaml

    data = path.read_bytes()
    try:
        scenario = scenario_from_template_bytes(data, str(path))
    except InputError as exc:
        sid = keep_submission(lib, data, path.name, error=str(exc), author=args.author)
        raise InputError(f"{exc.message}. Malen er tatt vare på som innsending {sid} med "
                         "feilene; rett den og send den inn på nytt", source=exc.source,
                         field=exc.field) from None
    sid = keep_submission(lib, data, path.name, scenario=scenario, author=args.author)
    saved = save_scenario(lib, scenario_yaml(scenario), pset, source=str(path), name=args.name,
                          tags=args.tag, author=args.author, base_version=args.base,
                          note=args.note or f"fra budsjettmalen {path.name}",
                          programme=args.programme)
    link_version(lib, sid, saved.scenario_id, saved.version)
    return f"{saved.message()} Malen er lagret som innsending {sid}."


def run_list(args: argparse.Namespace) -> str:
    from costbenefit.report.i18n import kr
    from costbenefit.store.scenarios import list_scenarios

    rows = _with_library(args, lambda lib: list_scenarios(lib, tags=args.tag,
                                                          programme=args.programme))
    if args.format == "json":
        return _dumps(rows)
    if not rows:
        return "Biblioteket har ingen scenarioer ennå (eller ingen som passer filteret)."
    lines = ["ID  Versjoner  Sist lagret        Av            Offentlig nåverdi  Navn "
             "[merkelapper]"]
    for r in rows:
        tags = f" [{', '.join(r['tags'])}]" if r["tags"] else ""
        lines.append(f"{r['id']:<3} {r['versions']:>9}  {_when(r['created_at']):<17}  "
                     f"{r['author'][:12]:<12}  {kr(r['npv_public_total']):>17}  "
                     f"{r['name']}{tags}")
    return "\n".join(lines)


def run_show(args: argparse.Namespace) -> str:
    from costbenefit.store.scenarios import show_text

    return _with_library(args, lambda lib: show_text(lib, args.ref))


def run_history(args: argparse.Namespace) -> str:
    from costbenefit.report.i18n import kr
    from costbenefit.store.scenarios import history

    rows = _with_library(args, lambda lib: history(lib, args.ref))
    if args.format == "json":
        return _dumps(rows)
    lines = [f"«{rows[0]['name']}» (ID {rows[0]['id']}): {len(rows)} versjoner",
             "Versjon  Lagret             Av            Parametersett        Motor  "
             "Offentlig nåverdi  Merknad"]
    for r in rows:
        pset = f"{r['parameter_set']['version']} ({r['parameter_set']['sha256'][:8]})"
        note = r["note"]
        if r["base_version"] is not None and r["base_version"] < r["version"] - 1:
            note = f"bygger på v{r['base_version']}; {note}".rstrip("; ")
        npv = r["summary"].get("headlines", {}).get("npv_public_total")
        lines.append(f"{r['version']:>7}  {_when(r['created_at']):<17}  {r['author'][:12]:<12}"
                     f"  {pset:<19}  {r['engine_version']:<5}  {kr(npv):>17}  {note}")
    return "\n".join(lines)


def run_diff(args: argparse.Namespace) -> str:
    from costbenefit.store.scenarios import get_version
    from costbenefit.store.summaries import input_changes, result_changes

    lib = _open(args)
    try:
        old, old_text = get_version(lib, f"{args.ref}@{args.old}")
        new, new_text = get_version(lib, f"{args.ref}@{args.new}")
    finally:
        lib.close()
    data = {"id": old["id"], "name": old["name"], "old": args.old, "new": args.new,
            "inputs": input_changes(old_text, new_text),
            "results": result_changes(old["summary"], new["summary"])}
    return _dumps(data) if args.format == "json" else _diff_text(data)


def _diff_text(data: dict[str, Any]) -> str:
    from costbenefit.report.i18n import kr, number, ratio

    lines = [f"«{data['name']}» (ID {data['id']}): versjon {data['old']} → {data['new']}",
             "", "Inndata:"]
    lines += [f"  {c['path']}: {c['old']!r} → {c['new']!r}" for c in data["inputs"]] or [
        "  ingen endringer"]
    res = data["results"]
    lines += ["", "Resultat (slik det ble beregnet da hver versjon ble lagret):"]
    for m in res["metrics"]:
        if m["old"] == m["new"]:
            continue
        fmt = kr if m["metric"].startswith(("npv", "pv_")) else (
            ratio if m["metric"] == "roi" else number)
        change = f" (endring {fmt(m['change'])})" if m["change"] is not None else ""
        lines.append(f"  {m['label']}: {fmt(m['old'])} → {fmt(m['new'])}{change}")
    if lines[-1].endswith(":"):
        lines.append("  ingen endringer i nøkkeltallene")
    p = res["parameter_set"]
    if res["same_parameters"] and res["same_engine"]:
        lines.append("Samme parametersett og motorversjon i begge.")
    else:
        lines.append(f"Parametersett: {_pset(p['old'])} → {_pset(p['new'])}; motor "
                     f"{res['engine_version']['old']} → {res['engine_version']['new']}. "
                     "Noe av forskjellen kan komme derfra.")
    return "\n".join(lines)


def _pset(p: dict[str, str] | None) -> str:
    return "ukjent" if not p else f"{p.get('version')} (sha256 {str(p.get('sha256'))[:12]}…)"


def run_evaluate(args: argparse.Namespace) -> str:
    from costbenefit.model.lifecourse import group_label
    from costbenefit.parameters.loader import resolve_parameter_set
    from costbenefit.report.as_json import dumps, to_json_dict
    from costbenefit.report.table import render
    from costbenefit.store.scenarios import get_version
    from costbenefit.store.summaries import evaluated, result_changes, summary

    pset = resolve_parameter_set(args.params)
    lib = _open(args)
    try:
        record, text = get_version(lib, args.ref)
    finally:
        lib.close()
    source = f"bibliotek: {record['name']}@{record['version']}"
    scenario, result = evaluated(text, source, pset)
    changes = result_changes(record["summary"], summary(result))
    moved = [m for m in changes["metrics"] if m["old"] != m["new"]]
    if args.format == "json":
        data = to_json_dict(result, pset)
        data["library"] = {"id": record["id"], "name": record["name"],
                           "version": record["version"], "stored": record["summary"],
                           "same_as_stored": not moved, "changes": changes}
        return dumps(data)
    lines = [render(result, group_label(pset, scenario.target_group)), "",
             f"Bibliotek: «{record['name']}» versjon {record['version']}, lagret "
             f"{_when(record['created_at'])} med parametersett {_pset(record['parameter_set'])}"
             f" og motor {record['engine_version']}."]
    if not moved:
        lines.append("Beregnet på nytt gir det samme nøkkeltall som da den ble lagret.")
    else:
        lines.append("Beregnet på nytt gir det andre tall enn da den ble lagret "
                     f"({', '.join(m['label'] for m in moved)}); se --format json for "
                     "detaljer.")
    return "\n".join(lines)


def run_programmes(args: argparse.Namespace) -> str:
    from costbenefit.store.programmes import list_programmes

    def render(rows: list[dict[str, Any]]) -> str:
        lines = []
        for r in rows:
            lines.append(f"{r['id']}  {r['name']} (fra {r['start_year']}, "
                         f"{len(r['projects'])} prosjekter)")
            lines += [f"     {p['start_year'] or '–'}  {p['scenario']} (ID {p['scenario_id']})"
                      for p in r["projects"]]
        return "\n".join(lines)

    return _listing(args, list_programmes, "Biblioteket har ingen programmer ennå.", render)


def run_submissions(args: argparse.Namespace) -> str:
    from costbenefit.store.submissions import list_submissions

    return _listing(args, list_submissions, "Ingen innsendte budsjettmaler ennå.",
                    lambda rows: "\n".join(
                        f"{r['id']:<3} {_when(r['submitted_at'])}  {r['status']:<8} "
                        f"{r['submitted_by'][:12]:<12} {r['file_name']}"
                        + (f"\n      {r['errors']}" if r["errors"] else "") for r in rows))


def run_export(args: argparse.Namespace) -> str:
    from costbenefit.store.archive import export_zip

    c = _with_library(args, lambda lib: export_zip(lib, args.out))
    return (f"Skrev {args.out}: {c['scenarios']} scenarioer med {c['versions']} versjoner, "
            f"{c['programmes']} programmer og {c['submissions']} innsendinger.")


def run_import(args: argparse.Namespace) -> str:
    from costbenefit.store.archive import import_zip

    c = _with_library(args, lambda lib: import_zip(lib, args.file))
    return (f"Leste inn {args.file}: {c['versions']} nye versjoner ({c['skipped']} fantes "
            f"fra før), {c['programmes']} programmer og {c['submissions']} innsendinger.")
