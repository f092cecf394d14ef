"""The commands that read a plan and print what it says: ``projection`` (a table, or JSON) and ``deadlines``.

A projection of a plan JSON is the command scripts run most: this module and what it imports are all it loads
(``tests/cli/test_light_imports.py``; ``tests/benchmarks/bench_cli.py`` times it against a naive script).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dekkingsplan.cli.common import EXIT_OK, BadInput, load_plan, no_scenario


def add_parser(sub, name: str) -> None:
    """The arguments of the command ``name`` (see ``dekkingsplan.cli.COMMANDS``)."""
    if name == "projection":
        p = sub.add_parser("projection", help="de meerjarenprojectie: een tabel, of JSON")
        p.add_argument("plan", help="een .dekkingsplan-bestand of plan-JSON")
        p.add_argument("--scenario", default="expected")
        p.add_argument("--project")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=cmd_projection)
    elif name == "deadlines":
        p = sub.add_parser("deadlines", help="de agenda van deadlines, of een iCalendar-bestand")
        p.add_argument("plan")
        p.add_argument("--ics", metavar="OUT.ics")
        p.set_defaults(func=cmd_deadlines)


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
        raise no_scenario(args.plan, args.scenario, plan)
    if args.project is not None and plan.project(args.project) is None:
        known = ", ".join(p.id for p in plan.projects) or "none"
        raise BadInput(f"{args.plan}: --project: no project '{args.project}' (projects: {known})")
    projection = project_plan(plan, args.scenario, args.project)
    if args.json:
        import json

        print(json.dumps(projection_json(projection, plan.reserve_target), ensure_ascii=False, indent=2))
    else:
        print(projection_table(plan, projection))
    return EXIT_OK


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
