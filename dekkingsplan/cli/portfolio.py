"""``portfolio``: many plans side by side (an umbrella organisation's initiatives), as JSON or a workbook."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from dekkingsplan.cli.common import EXIT_OK, BadInput, load_plan, no_scenario


def add_parser(sub, name: str) -> None:
    """The arguments of the command ``name`` (see ``dekkingsplan.cli.COMMANDS``)."""
    p = sub.add_parser("portfolio", help="plannen naast elkaar: JSON of een werkboek (.xlsx)")
    p.add_argument("plans", nargs="+", metavar="PLAN", help="planbestanden, plan-JSON of een map met plannen")
    p.add_argument("--scenario", default="expected")
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", help="het werkboek (.xlsx)")
    p.set_defaults(func=cmd_portfolio)


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
            raise no_scenario(name, args.scenario, plan) from None
    if args.json:
        import json

        json.dump(portfolio_json(rows), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if args.out is not None:
        from dekkingsplan.export.portfolio_sheet import write_portfolio

        name = label(Base(args.scenario)) if args.scenario in Base.__members__.values() else args.scenario
        path = write_portfolio(rows, args.out, scenario_name=name)
        if not args.json:
            print(f"Werkboek met {len(rows)} plannen geschreven naar {path}")
    return EXIT_OK
