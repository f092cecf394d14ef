"""``actuals``: a bank statement read into the plan's actual figures, by the plan's bank rules."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dekkingsplan.cli.common import EXIT_OK, BadInput, load_plan
from dekkingsplan.core.errors import DekkingsplanError


def add_parser(sub, name: str) -> None:
    """The arguments of the command ``name`` (see ``dekkingsplan.cli.COMMANDS``)."""
    p = sub.add_parser("actuals", help="lees een bankafschrift (CAMT.053, MT940, CSV) in de werkelijke bedragen")
    p.add_argument("plan", help="een .dekkingsplan-bestand of plan-JSON")
    p.add_argument("statement", metavar="STATEMENT", help="het bankafschrift")
    p.add_argument("--dry-run", action="store_true", help="laat zien wat er zou gebeuren, wijzig niets")
    p.add_argument("--json", action="store_true")
    p.add_argument("--account-mismatch-ok", action="store_true",
                   help="lees ook een afschrift van een andere rekening dan het IBAN van de organisatie")
    p.set_defaults(func=cmd_actuals)


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
    from dekkingsplan.store.paths import is_server_address

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
        from dekkingsplan.store.planfile import PlanFile
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
        import json

        print(json.dumps(actuals_json(imp), ensure_ascii=False, indent=2))
        if imp.statement.balanced is False:
            print(f"dekkingsplan: {args.statement}: {imp.statement.balance_text('en')}", file=sys.stderr)
    else:
        print(actuals_text(plan, imp, args.statement))
        print("Niets gewijzigd (--dry-run)." if args.dry_run else f"Opgeslagen in {args.plan}.")
    return EXIT_OK
