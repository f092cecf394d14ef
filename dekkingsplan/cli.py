"""The command line: ``dekkingsplan`` with no arguments opens the window; subcommands serve scripts.

Bad input exits 2 with one clear line on stderr naming the file and the place; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from dekkingsplan import __version__
from dekkingsplan.core.errors import DekkingsplanError, one_line, shown

EXIT_OK, EXIT_BAD_INPUT = 0, 2


class BadInput(Exception):
    """One clear line for stderr; the command exits 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own exit code is 2 too, but keep it one line
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def load_plan(path_text: str):
    """A plan from a ``.dekkingsplan`` file, a plan JSON or a server (``postgresql://…?plan=NAME``); BadInput
    naming the file or address otherwise."""
    from dekkingsplan.store import load_any
    from dekkingsplan.store.server import is_server_address

    if is_server_address(path_text):
        from dekkingsplan.store.server import read_server_plan

        try:
            return read_server_plan(path_text)
        except DekkingsplanError as exc:
            raise BadInput(str(exc)) from None
    path = Path(path_text)
    if not path.exists() and not path.is_symlink():  # a symbolic link that reaches nothing: load_any says why
        raise BadInput(f"{path}: no such file")
    if path.is_dir():
        raise BadInput(f"{path}: is a folder, not a plan")
    try:
        return load_any(path)
    except DekkingsplanError as exc:
        message = str(exc)
        raise BadInput(message if message.startswith(str(path)) else f"{path}: {message}") from None
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not a plan (neither plan JSON nor a plan file)") from None
    except OSError as exc:
        raise BadInput(f"{path}: {exc.strerror or exc}") from None


# --- projection ------------------------------------------------------------------------------------------


def projection_json(projection, reserve_target: int = 0) -> dict:
    """The JSON of DESIGN.md's ``projection --json``: amounts with two decimals, ratios with four; a whole-plan
    projection also says what is still to raise to keep the reserve at ``reserve_target``."""
    from dekkingsplan.core.goal_seek import still_to_raise
    from dekkingsplan.core.money import cents_to_str, ratio_str

    with_reserve = projection.project is None
    to_raise = still_to_raise(projection, reserve_target) if with_reserve else None

    def by(mapping) -> dict:
        return {key.value: cents_to_str(value) for key, value in mapping.items()}

    years = []
    for y in projection.years:
        row = {"year": y.year, "costs": cents_to_str(y.costs), "costs_by_category": by(y.costs_by_category),
               "income": cents_to_str(y.income), "income_by_type": by(y.income_by_type),
               "result": cents_to_str(y.result)}
        if with_reserve:
            row["reserve_end"] = cents_to_str(y.reserve_end)
        row["gap"] = cents_to_str(y.gap)
        row["coverage"] = ratio_str(y.coverage)
        if to_raise is not None:
            row["to_raise"] = cents_to_str(to_raise.by_year[y.year])
        years.append(row)
    t = projection.totals
    ind = projection.indicators
    largest = None
    if ind.largest_funder is not None:
        largest = {"name": ind.largest_funder.name, "share": ratio_str(ind.largest_funder.share)}
    totals = {"costs": cents_to_str(t.costs), "costs_by_category": by(t.costs_by_category),
              "income": cents_to_str(t.income), "income_by_type": by(t.income_by_type),
              "result": cents_to_str(t.result)}
    if to_raise is not None:
        totals["to_raise"] = cents_to_str(to_raise.total)
    return {
        "scenario": projection.scenario,
        "years": years,
        "totals": totals,
        "indicators": {"largest_funder": largest, "short_term_share": ratio_str(ind.short_term_share),
                       "depleted_year": ind.depleted_year},
    }


def projection_table(plan, projection) -> str:
    """A readable Dutch table: a column per year, a row per figure."""
    from dekkingsplan.core.model import Category, SourceType
    from dekkingsplan.core.money import format_amount, format_ratio
    from dekkingsplan.core.names import labels, scenario_name

    def money(cents: int) -> str:
        return format_amount(cents, "nl", symbol=False)

    rows: list[tuple[str, list[str]]] = []
    rows.append(("Kosten", [money(y.costs) for y in projection.years]))
    for category, label in labels(Category).items():
        values = [y.costs_by_category[category] for y in projection.years]
        if any(values):
            rows.append((f"  {label}", [money(v) for v in values]))
    rows.append(("Inkomsten", [money(y.income) for y in projection.years]))
    for source_type, label in labels(SourceType).items():
        values = [y.income_by_type[source_type] for y in projection.years]
        if any(values):
            rows.append((f"  {label}", [money(v) for v in values]))
    rows.append(("Resultaat", [money(y.result) for y in projection.years]))
    if projection.project is None:
        rows.append(("Reserve eind jaar", [money(y.reserve_end) for y in projection.years]))
    rows.append(("Tekort", [money(y.gap) for y in projection.years]))
    rows.append(("Dekking", [format_ratio(y.coverage) for y in projection.years]))
    to_raise = None
    if projection.project is None:
        from dekkingsplan.core.goal_seek import still_to_raise, to_raise_sentence

        to_raise = still_to_raise(projection, plan.reserve_target)
        rows.append(("Nog te werven", [money(to_raise.by_year[y.year]) for y in projection.years]))

    header = [str(y.year) for y in projection.years]
    label_width = max(len(r[0]) for r in rows)
    col = max([len(h) for h in header] + [len(v) for _, vals in rows for v in vals])
    scenario = scenario_name(plan, projection.scenario)
    title = f"{plan.organisation.name} — scenario {scenario}"
    if projection.project is not None:
        title += f" — project {plan.project(projection.project).name}"
    lines = [title, "", " " * label_width + "  " + "  ".join(h.rjust(col) for h in header)]
    for label, values in rows:
        lines.append(label.ljust(label_width) + "  " + "  ".join(v.rjust(col) for v in values))
    ind = projection.indicators
    lines.append("")
    if ind.largest_funder is not None:
        lines.append(f"Grootste financier: {ind.largest_funder.name} ({format_ratio(ind.largest_funder.share)} "
                     "van de inkomsten)")
    if ind.short_term_share is not None:
        lines.append(f"Kortlopende inkomsten (hoogstens 12 maanden): {format_ratio(ind.short_term_share)}")
    if projection.project is None:
        lines.append(f"De reserve is op in {ind.depleted_year}" if ind.depleted_year
                     else "De reserve blijft positief in alle planjaren")
    if to_raise is not None:
        lines.append(to_raise_sentence(to_raise))
    return "\n".join(lines)


def cmd_projection(args: argparse.Namespace) -> int:
    from dekkingsplan.core.projection import project_plan

    plan = load_plan(args.plan)
    if args.scenario not in plan.scenario_ids():
        raise BadInput(f"{args.plan}: --scenario: no scenario '{args.scenario}' "
                       f"(choose from {', '.join(plan.scenario_ids())})")
    if args.project is not None and plan.project(args.project) is None:
        known = ", ".join(p.id for p in plan.projects) or "none"
        raise BadInput(f"{args.plan}: --project: no project '{args.project}' (projects: {known})")
    projection = project_plan(plan, args.scenario, args.project)
    if args.json:
        print(json.dumps(projection_json(projection, plan.reserve_target), ensure_ascii=False, indent=2))
    else:
        print(projection_table(plan, projection))
    return EXIT_OK


# --- deadlines -------------------------------------------------------------------------------------------


def cmd_deadlines(args: argparse.Namespace) -> int:
    from dekkingsplan.core.deadlines import deadlines
    from dekkingsplan.core.names import label

    plan = load_plan(args.plan)
    items = deadlines(plan)
    if getattr(args, "ics", None):
        from dekkingsplan.export.ics import no_dates_error, write_ics

        if not items:
            raise BadInput(f"{args.plan}: {no_dates_error().text('en')}")
        write_ics(plan, Path(args.ics))
        print(f"{len(items)} deadlines geschreven naar {args.ics}")
        return EXIT_OK
    if not items:
        print("Geen deadlines in dit plan.")
    for d in items:
        funder = f" ({d.funder})" if d.funder else ""
        kind = f"{label(d.kind)} (voorgesteld)" if d.suggested else label(d.kind)
        print(f"{d.date.isoformat()}  {kind:<25}  {d.source_name}{funder}")
    return EXIT_OK


# --- plan files: import, export, backups, restore ------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from dekkingsplan.store import PlanFile
    from dekkingsplan.store.server import create_server_plan, is_server_address

    plan = load_plan(args.source)
    if is_server_address(args.file):
        try:
            create_server_plan(args.file, plan, overwrite=args.force).close()
        except DekkingsplanError as exc:
            raise BadInput(str(exc)) from None
        print(f"Plan opgeslagen op {args.file}")
        return EXIT_OK
    target = Path(args.file)
    try:
        PlanFile.create(target, plan, overwrite=args.force).close()
    except DekkingsplanError as exc:  # StoreError: the sentence names the file
        raise BadInput(str(exc)) from None
    except OSError as exc:
        raise BadInput(f"{target}: {exc.strerror or exc}") from None
    print(f"Plan opgeslagen in {target}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    import os

    from dekkingsplan.core.planjson import dumps

    text = dumps(load_plan(args.plan))
    if args.json == "-":
        sys.stdout.write(text)
        return EXIT_OK
    out = Path(args.json)
    temp = out.with_name(f".{out.name}.tmp")
    try:  # written aside and renamed, so an existing OUT.json is never left half written
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, out)
    except OSError as exc:
        if temp.parent.is_dir():
            temp.unlink(missing_ok=True)
        raise BadInput(f"{out}: {exc.strerror or exc}") from None
    print(f"Plan geschreven naar {out}")
    return EXIT_OK


BACKUP_REASON_NL = {"open": "bij openen", "daily": "dagelijks", "migration": "vóór bijwerken",
                    "restore": "vóór terugzetten", "overwrite": "vóór overschrijven"}


def _no_server(name: str) -> None:
    from dekkingsplan.store.server import is_server_address

    if is_server_address(name):
        raise BadInput(f"{name}: backups are kept of plan files; a server keeps its own (ask its administrator)")


def cmd_backups(args: argparse.Namespace) -> int:
    from dekkingsplan.store import list_backups

    _no_server(args.plan)
    backups = list_backups(args.plan)
    if not backups:
        print(f"Geen reservekopieën van {args.plan}.")
        return EXIT_OK
    for b in backups:
        when = b.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        size = f"{b.size:,} bytes".replace(",", ".")
        print(f"{when}  {size:>15}  {BACKUP_REASON_NL.get(b.reason, b.reason):<18}  {b.path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from dekkingsplan.store import restore_backup
    from dekkingsplan.store.backups import plan_backup_dir

    _no_server(args.file)
    backup, target = Path(args.backup), Path(args.file)
    if not backup.exists() and backup.parent == Path("."):  # a name as `backups` lists it, without its folder
        in_folder = plan_backup_dir(target) / backup.name
        backup = in_folder if in_folder.exists() else backup
    try:
        restore_backup(backup, target)
    except DekkingsplanError as exc:
        raise BadInput(str(exc)) from None
    except OSError as exc:
        raise BadInput(f"{target}: {exc.strerror or exc}") from None
    print(f"{backup.name} teruggezet als {target}; de vorige versie staat bij de reservekopieën")
    return EXIT_OK


# --- sheet and overview (the exports) ----------------------------------------------------------------------


def cmd_sheet(args: argparse.Namespace) -> int:
    from dekkingsplan.export.files import ExportError
    from dekkingsplan.export.workbook import (
        check_application,
        check_project,
        parse_year_range,
        write_workbook,
    )

    plan = load_plan(args.plan)
    try:
        check_project(plan, args.project)
    except ExportError as exc:
        raise BadInput(f"{args.plan}: --project: {exc}") from None
    years = None
    if args.years is not None:
        try:
            years = parse_year_range(args.years, plan)
        except ExportError as exc:
            raise BadInput(f"{args.plan}: --years: {exc}") from None
    try:
        funder, contingency = check_application(plan, args.funder, args.contingency)
    except ExportError as exc:
        option = "--funder" if args.funder is not None and str(exc).startswith("there is no funder") else (
            "--contingency")
        raise BadInput(f"{args.plan}: {option}: {exc}") from None
    path = write_workbook(plan, args.out, project=args.project, years=years, lang=args.lang, funder=funder,
                          contingency=contingency)
    print(f"Werkboek geschreven naar {path}")
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from dekkingsplan.export.files import ExportError
    from dekkingsplan.export.summary import write_summary_pdf
    from dekkingsplan.export.workbook import check_application, check_project, parse_year_range

    plan = load_plan(args.plan)
    checks = [("--project", lambda: check_project(plan, args.project)),
              ("--years", lambda: parse_year_range(args.years, plan) if args.years is not None else None),
              ("--funder", lambda: check_application(plan, args.funder, None)),
              ("--contingency", lambda: check_application(plan, None, args.contingency))]
    found = {}
    for option, check in checks:
        try:
            found[option] = check()
        except ExportError as exc:
            raise BadInput(f"{args.plan}: {option}: {exc}") from None
    path = write_summary_pdf(plan, args.out, project=args.project, years=found["--years"],
                             funder=found["--funder"][0], contingency=found["--contingency"][1], lang=args.lang)
    print(f"Aanvraagsamenvatting geschreven naar {path}")
    return EXIT_OK


def cmd_overview(args: argparse.Namespace) -> int:
    from dekkingsplan.export.overview import write_overview_pdf

    plan = load_plan(args.plan)
    if args.scenario not in plan.scenario_ids():
        raise BadInput(f"{args.plan}: --scenario: no scenario '{args.scenario}' "
                       f"(choose from {', '.join(plan.scenario_ids())})")
    path = write_overview_pdf(plan, args.out, scenario=args.scenario, lang=args.lang)
    print(f"Overzicht geschreven naar {path}")
    return EXIT_OK


def cmd_realisation(args: argparse.Namespace) -> int:
    from dekkingsplan.core.realisation import RealisationError, realisation_json, realisation_report

    plan = load_plan(args.plan)
    if (args.out is None) == (not args.json):
        raise BadInput(f"{args.plan}: choose either --out OUT.xlsx, --out OUT.pdf or --json")
    suffix = Path(args.out).suffix.lower() if args.out else ""
    if args.out and suffix not in (".xlsx", ".pdf"):
        raise BadInput(f"{args.out}: --out: write a workbook (.xlsx) or a PDF (.pdf), not '{suffix or args.out}'")
    try:
        report = realisation_report(plan, args.year, project=args.project, funder=args.funder)
    except RealisationError as exc:
        raise BadInput(f"{args.plan}: --{exc.choice}: {exc}") from None
    if args.json:
        print(json.dumps(realisation_json(report), ensure_ascii=False, indent=2))
        return EXIT_OK
    if suffix == ".xlsx":
        from dekkingsplan.export.realisation_workbook import write_realisation_workbook

        path = write_realisation_workbook(plan, report, args.out)
        print(f"Verantwoording geschreven naar {path}")
    else:
        from dekkingsplan.export.realisation_pdf import write_realisation_pdf

        path = write_realisation_pdf(plan, report, args.out)
        print(f"Verantwoording geschreven naar {path}")
    return EXIT_OK


# --- actuals from a bank statement ------------------------------------------------------------------------

STATUS_NL = {"unassigned": "(niet toegewezen)", "known": "(al eerder ingelezen)",
             "outside": "(buiten de planjaren)", "negative": "(werkelijk bedrag zou negatief worden)"}


def _read_statement_for(plan, args: argparse.Namespace):
    """The statement, refused when it is another account's than the organisation's IBAN."""
    from dekkingsplan.core.bank.read import read_statement
    from dekkingsplan.core.bank.records import same_account

    statement = read_statement(args.statement)
    iban = plan.organisation.iban
    others = [a for a in statement.accounts if iban and not same_account(iban, a)]
    if others and not args.account_mismatch_ok:
        raise BadInput(f"{args.statement}: the statement is of account {', '.join(others)}, not of the "
                       f"organisation's IBAN {iban}; nothing changed (--account-mismatch-ok reads it all the same)")
    return statement


def actuals_json(imp) -> dict:
    from dekkingsplan.core.money import cents_to_str

    return {"transactions": [
        {"date": r.transaction.date.isoformat(), "amount": cents_to_str(r.transaction.amount),
         "counterparty": r.transaction.counterparty, "iban": r.transaction.iban,
         "description": r.transaction.description, "line": r.line, "known": r.known}
        for r in imp.rows]}


def actuals_text(plan, imp, name: str) -> str:
    from dekkingsplan.core.bank.assign import RowStatus
    from dekkingsplan.core.money import format_amount

    def money(cents: int) -> str:
        return format_amount(cents, "nl", symbol=False)

    names = {line.id: line.name for line in (*plan.costs, *plan.sources)}
    statement = imp.statement
    accounts = ", ".join(statement.accounts) or "onbekend"
    out = [f"Bankafschrift {name} ({statement.format}, rekening {accounts}): {len(imp.rows)} transacties",
           ("Saldo klopt NIET: " if statement.balanced is False else "Saldo: ") + statement.balance_text("nl"), ""]
    width = max([len(money(r.transaction.amount)) for r in imp.rows] + [1])
    for r in imp.rows:
        tx = r.transaction
        where = names.get(r.line, r.line) if r.line and r.status == RowStatus.ASSIGNED else None
        if where is None:
            where = STATUS_NL.get(r.status.value, "")
            if r.status == RowStatus.UNASSIGNED and r.known:
                where = "(niet toegewezen, eerder ingelezen)"
            if r.status == RowStatus.KNOWN and r.line:
                where = f"(al eerder ingelezen: {names.get(r.line, r.line)})"
        who = " — ".join(part for part in (tx.counterparty, tx.description) if part)
        out.append(f"{tx.date.isoformat()}  {money(tx.amount).rjust(width)}  {where:<28}  {who}")
    out.append("")
    if imp.totals:
        out.append("Per regel:")
        for t in imp.totals:
            before = "nog niets" if t.before is None else money(t.before)
            sign = "+" if t.change >= 0 else "−"
            out.append(f"  {t.line.name} {t.year}: {before} → {money(t.after)} ({sign}{money(abs(t.change))}, "
                       f"{t.count} transactie{'s' if t.count != 1 else ''})")
    else:
        out.append("Geen werkelijke bedragen te wijzigen.")
    out.append(f"{imp.count(RowStatus.ASSIGNED)} toegewezen, {imp.count(RowStatus.UNASSIGNED)} niet toegewezen, "
               f"{imp.count(RowStatus.KNOWN)} al eerder ingelezen"
               + (f", {imp.count(RowStatus.OUTSIDE)} buiten de planjaren" if imp.count(RowStatus.OUTSIDE) else "")
               + (f", {imp.count(RowStatus.NEGATIVE)} niet verwerkt (negatief)" if imp.count(RowStatus.NEGATIVE)
                  else ""))
    return "\n".join(out)


def _save_json_plan(path: Path, plan) -> None:
    import os

    from dekkingsplan.core.planjson import dumps

    temp = path.with_name(f".{path.name}.tmp")
    try:  # written aside and renamed: the plan JSON is never left half written
        temp.write_text(dumps(plan), encoding="utf-8")
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise BadInput(f"{path}: {exc.strerror or exc}") from None


def cmd_actuals(args: argparse.Namespace) -> int:
    from dekkingsplan.core.bank.assign import prepare
    from dekkingsplan.store.server import is_server_address

    plan_path = Path(args.plan)
    plan = load_plan(args.plan)
    statement = _read_statement_for(plan, args)  # a refused statement: the plan is not even opened for writing
    on_server = is_server_address(args.plan)
    if args.dry_run or (plan_path.suffix.lower() == ".json" and not on_server):
        imp = prepare(plan, statement)
        if not args.dry_run and (edit := imp.edit(plan)) is not None:
            edit.apply(plan)
            _save_json_plan(plan_path, plan)
    else:
        from dekkingsplan.store import PlanFile
        from dekkingsplan.store.server import ServerPlan

        try:
            pf = ServerPlan.open(args.plan) if on_server else PlanFile.open(plan_path)
        except DekkingsplanError as exc:
            raise BadInput(str(exc)) from None
        with pf:
            plan = pf.plan
            imp = prepare(plan, statement)
            if (edit := imp.edit(plan)) is not None:
                try:
                    pf.apply(edit)
                except DekkingsplanError as exc:
                    raise BadInput(str(exc)) from None
    if args.json:
        print(json.dumps(actuals_json(imp), ensure_ascii=False, indent=2))
        if imp.statement.balanced is False:
            print(f"dekkingsplan: {args.statement}: {imp.statement.balance_text('en')}", file=sys.stderr)
    else:
        print(actuals_text(plan, imp, args.statement))
        print("Niets gewijzigd (--dry-run)." if args.dry_run else f"Opgeslagen in {args.plan}.")
    return EXIT_OK


# --- portfolio (many plans side by side) ------------------------------------------------------------------


def plan_paths(names: Sequence[str]) -> list[str]:
    """The plans named on the command line; a folder stands for its plan files and plan JSONs, by name."""
    from dekkingsplan.core.portfolio import plans_in_folder

    found: list[str] = []
    for name in names:
        path = Path(name)
        if "://" not in name and path.is_dir():
            inside = plans_in_folder(path)
            if not inside:
                raise BadInput(f"{path}: no plans in this folder (.dekkingsplan or .json)")
            found += [str(p) for p in inside]
        else:
            found.append(name)
    return found


def portfolio_json(rows) -> list[dict]:
    """DESIGN.md's ``portfolio --json``: one object per plan, in the order given."""
    from dekkingsplan.core.money import cents_to_str, ratio_str

    out = []
    for row in rows:
        largest = row.indicators.largest_funder
        out.append({
            "file": row.file,
            "organisation": row.organisation,
            "first_year": row.first_year,
            "last_year": row.last_year,
            "indicators": {
                "largest_funder": None if largest is None else {"name": largest.name,
                                                                "share": ratio_str(largest.share)},
                "short_term_share": ratio_str(row.indicators.short_term_share),
                "depleted_year": row.indicators.depleted_year,
            },
            "subsidy_share": ratio_str(row.subsidy_share),
            "gap_years": list(row.gap_years),
            "to_raise_total": cents_to_str(row.to_raise_total),
        })
    return out


def cmd_portfolio(args: argparse.Namespace) -> int:
    from dekkingsplan.core.model import Base
    from dekkingsplan.core.names import label
    from dekkingsplan.core.portfolio import portfolio_row

    if not args.json and args.out is None:
        raise BadInput("portfolio: give --json or --out OUT.xlsx")
    rows = []
    for name in plan_paths(args.plans):
        plan = load_plan(name)
        try:
            rows.append(portfolio_row(plan, name, args.scenario))
        except KeyError:
            raise BadInput(f"{name}: --scenario: no scenario '{args.scenario}' "
                           f"(choose from {', '.join(plan.scenario_ids())})") from None
    if args.json:
        json.dump(portfolio_json(rows), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if args.out is not None:
        from dekkingsplan.export.portfolio_sheet import write_portfolio

        name = label(Base(args.scenario)) if args.scenario in Base.__members__.values() else args.scenario
        path = write_portfolio(rows, args.out, scenario_name=name)
        if not args.json:
            print(f"Werkboek met {len(rows)} plannen geschreven naar {path}")
    return EXIT_OK


# --- the parser ------------------------------------------------------------------------------------------

def _year(text: str) -> int:
    if not text.strip().isdigit() or len(text.strip()) != 4:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year like 2026")
    return int(text)


class _NotBuilt:
    """Stands in for the parser of a command that is not being run: takes its arguments and keeps nothing."""

    def __getattr__(self, _name: str):
        return lambda *_args, **_kwargs: self


class _OnlyCommand:
    """``add_subparsers`` that builds the parser of one command only (``only``) and notes the others' names:
    building all of them is a good part of a short command's time, and a script may run many."""

    def __init__(self, sub, only: str | None) -> None:
        self._sub, self._only = sub, only
        self.names: list[str] = []

    def add_parser(self, name: str, **kwargs):
        self.names.append(name)
        if self._only is None or name == self._only:
            return self._sub.add_parser(name, **kwargs)
        return _NotBuilt()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only`` just that command's arguments are built (the others are known by
    name, in ``parser.command_names``)."""
    parser = _Parser(prog="dekkingsplan", description="Begroting en dekkingsplan over meerdere jaren.")
    parser.add_argument("--version", action="version", version=f"dekkingsplan {__version__}")
    sub = _OnlyCommand(parser.add_subparsers(dest="command", parser_class=_Parser), only)
    parser.command_names = sub.names  # type: ignore[attr-defined]

    p = sub.add_parser("projection", help="de meerjarenprojectie: een tabel, of JSON")
    p.add_argument("plan", help="een .dekkingsplan-bestand of plan-JSON")
    p.add_argument("--scenario", default="expected")
    p.add_argument("--project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_projection)

    p = sub.add_parser("deadlines", help="de agenda van deadlines, of een iCalendar-bestand")
    p.add_argument("plan")
    p.add_argument("--ics", metavar="OUT.ics")
    p.set_defaults(func=cmd_deadlines)

    p = sub.add_parser("sheet", help="het werkboek voor fondsen: begroting en dekkingsplan (.xlsx)")
    p.add_argument("plan", help="een .dekkingsplan-bestand of plan-JSON")
    p.add_argument("--out", required=True, metavar="OUT.xlsx")
    p.add_argument("--project", help="alleen de regels van dit project")
    p.add_argument("--years", metavar="A-B", help="alleen deze jaren, bijvoorbeeld 2026-2028")
    p.add_argument("--funder", metavar="NAME", help="de aanvraagversie: wat deze financier wordt gevraagd")
    p.add_argument("--contingency", metavar="PCT", help="onvoorzien: een percentage van 0 tot 15 op de kosten")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.set_defaults(func=cmd_sheet)

    p = sub.add_parser("overview", help="het financieel overzicht voor bestuur of gemeente (A4-pdf)")
    p.add_argument("plan", help="een .dekkingsplan-bestand of plan-JSON")
    p.add_argument("--out", required=True, metavar="OUT.pdf")
    p.add_argument("--scenario", default="expected")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.set_defaults(func=cmd_overview)

    p = sub.add_parser("realisation", help="de verantwoording van een jaar: begroot tegen werkelijk (.xlsx, .pdf)")
    p.add_argument("plan", help="een .dekkingsplan-bestand of plan-JSON")
    p.add_argument("--year", required=True, type=_year, metavar="Y", help="het jaar, bijvoorbeeld 2026")
    p.add_argument("--out", metavar="OUT.xlsx|OUT.pdf", help="het werkboek of de pdf")
    p.add_argument("--json", action="store_true", help="de verantwoording als JSON op de uitvoer")
    p.add_argument("--project", help="alleen de regels van dit project")
    p.add_argument("--funder", metavar="NAME", help="alleen de bronnen van deze financier; de kosten blijven")
    p.set_defaults(func=cmd_realisation)

    p = sub.add_parser("actuals", help="lees een bankafschrift (CAMT.053, MT940, CSV) in de werkelijke bedragen")
    p.add_argument("plan", help="een .dekkingsplan-bestand of plan-JSON")
    p.add_argument("statement", metavar="STATEMENT", help="het bankafschrift")
    p.add_argument("--dry-run", action="store_true", help="laat zien wat er zou gebeuren, wijzig niets")
    p.add_argument("--json", action="store_true")
    p.add_argument("--account-mismatch-ok", action="store_true",
                   help="lees ook een afschrift van een andere rekening dan het IBAN van de organisatie")
    p.set_defaults(func=cmd_actuals)

    p = sub.add_parser("summary", help="de aanvraagsamenvatting: één A4-pagina bovenop een aanvraag (pdf)")
    p.add_argument("plan", help="een .dekkingsplan-bestand of plan-JSON")
    p.add_argument("--out", required=True, metavar="OUT.pdf")
    p.add_argument("--project", help="alleen de regels van dit project")
    p.add_argument("--years", metavar="A-B", help="alleen deze jaren, bijvoorbeeld 2026-2028")
    p.add_argument("--funder", metavar="NAME", help="de financier bij wie wordt aangevraagd")
    p.add_argument("--contingency", metavar="PCT", help="onvoorzien op de kosten, zoals in het werkboek (0 tot 15)")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser("import", help="maak een planbestand van plan-JSON")
    p.add_argument("source", metavar="PLAN.json", help="plan-JSON (of een ander planbestand)")
    p.add_argument("file", metavar="FILE.dekkingsplan", help="het nieuwe planbestand")
    p.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand (eerst een reservekopie)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="schrijf een plan als plan-JSON")
    p.add_argument("plan", metavar="FILE", help="een .dekkingsplan-bestand of plan-JSON")
    p.add_argument("--json", metavar="OUT.json", required=True, help="het JSON-bestand; - voor de uitvoer")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("portfolio", help="plannen naast elkaar: JSON of een werkboek (.xlsx)")
    p.add_argument("plans", nargs="+", metavar="PLAN", help="planbestanden, plan-JSON of een map met plannen")
    p.add_argument("--scenario", default="expected")
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", help="het werkboek (.xlsx)")
    p.set_defaults(func=cmd_portfolio)

    p = sub.add_parser("backups", help="de reservekopieën van een planbestand, met datum en grootte")
    p.add_argument("plan", metavar="FILE")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help="zet een reservekopie terug (het huidige bestand wordt eerst bewaard)")
    p.add_argument("backup", metavar="BACKUP")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)

    return parser


def _gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = _Parser(prog="dekkingsplan", description="Opent het venster van Dekkingsplan.")
    parser.add_argument("--version", action="version", version=f"dekkingsplan {__version__}")
    parser.add_argument("--demo", action="store_true", help="open een verse kopie van het demoplan")
    parser.add_argument("file", nargs="?", help="het planbestand om te openen")
    return parser.parse_args(argv)


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    return set(parser.command_names)  # type: ignore[attr-defined]


def _mistyped_command(word: str, commands: set[str]) -> bool:
    """A bare word that is no command, no option and no existing file: a typo in a script, not a plan to open in
    the window (which would hang a script, or crash without a display)."""
    return (word not in commands and not word.startswith("-") and not Path(word).suffix
            and not Path(word).exists())


def _window(argv: Sequence[str]) -> int:
    args = _gui_args(argv)
    from dekkingsplan.ui.app import run

    return run(args.file, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help")):
        return _window(argv)  # nothing, --demo or --version: the window's, without building every command's parser
    parser = build_parser(only=argv[0] if argv[0] not in ("-h", "--help") else None)
    commands = _commands(parser)
    if _mistyped_command(argv[0], commands):
        print(f"dekkingsplan: '{shown(argv[0])}' is not a command and not a plan file "
              f"(commands: {', '.join(sorted(commands))})", file=sys.stderr)
        return EXIT_BAD_INPUT
    if argv[0] not in commands and argv[0] not in ("-h", "--help"):
        return _window(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_OK
    try:
        return args.func(args)
    except (BadInput, DekkingsplanError) as exc:  # one line, whatever a file name or a bad value holds
        print(f"dekkingsplan: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
