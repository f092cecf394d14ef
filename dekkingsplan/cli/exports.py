"""The commands that write a document for a funder, the board or the council: the workbook (``sheet``), the
one-page application ``summary``, the funding ``overview`` and the verantwoording of a year (``realisation``).
Each brings its library (openpyxl, matplotlib, Qt's PDF writer) only when it runs."""

from __future__ import annotations

import argparse
from pathlib import Path

from dekkingsplan.cli.common import EXIT_OK, BadInput, load_plan, no_scenario

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing on the way to a command's output
if TYPE_CHECKING:  # pragma: no cover
    from decimal import Decimal

    from dekkingsplan.core.model import Plan


def _year(text: str) -> int:
    if not text.strip().isdigit() or len(text.strip()) != 4:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year like 2026")
    return int(text)


def add_parser(sub, name: str) -> None:
    """The arguments of the command ``name`` (see ``dekkingsplan.cli.COMMANDS``)."""
    if name == "sheet":
        p = sub.add_parser("sheet", help="het werkboek voor fondsen: begroting en dekkingsplan (.xlsx)")
        _application_arguments(p, "OUT.xlsx", funder="de aanvraagversie: wat deze financier wordt gevraagd",
                               contingency="onvoorzien: een percentage van 0 tot 15 op de kosten")
        p.set_defaults(func=cmd_sheet)
    elif name == "overview":
        p = sub.add_parser("overview", help="het financieel overzicht voor bestuur of gemeente (A4-pdf)")
        p.add_argument("plan", help="een .dekkingsplan-bestand of plan-JSON")
        p.add_argument("--out", required=True, metavar="OUT.pdf")
        p.add_argument("--scenario", default="expected")
        p.add_argument("--lang", choices=("nl", "en"), default="nl")
        p.set_defaults(func=cmd_overview)
    elif name == "realisation":
        p = sub.add_parser("realisation",
                           help="de verantwoording van een jaar: begroot tegen werkelijk (.xlsx, .pdf)")
        p.add_argument("plan", help="een .dekkingsplan-bestand of plan-JSON")
        p.add_argument("--year", required=True, type=_year, metavar="Y", help="het jaar, bijvoorbeeld 2026")
        p.add_argument("--out", metavar="OUT.xlsx|OUT.pdf", help="het werkboek of de pdf")
        p.add_argument("--json", action="store_true", help="de verantwoording als JSON op de uitvoer")
        p.add_argument("--project", help="alleen de regels van dit project")
        p.add_argument("--funder", metavar="NAME", help="alleen de bronnen van deze financier; de kosten blijven")
        p.set_defaults(func=cmd_realisation)
    elif name == "summary":
        p = sub.add_parser("summary", help="de aanvraagsamenvatting: één A4-pagina bovenop een aanvraag (pdf)")
        _application_arguments(p, "OUT.pdf", funder="de financier bij wie wordt aangevraagd",
                               contingency="onvoorzien op de kosten, zoals in het werkboek (0 tot 15)")
        p.set_defaults(func=cmd_summary)


def _application_arguments(p: argparse.ArgumentParser, out: str, *, funder: str, contingency: str) -> None:
    """The arguments of the two documents for an application (``sheet``, ``summary``), in this order."""
    p.add_argument("plan", help="een .dekkingsplan-bestand of plan-JSON")
    p.add_argument("--out", required=True, metavar=out)
    p.add_argument("--project", help="alleen de regels van dit project")
    p.add_argument("--years", metavar="A-B", help="alleen deze jaren, bijvoorbeeld 2026-2028")
    p.add_argument("--funder", metavar="NAME", help=funder)
    p.add_argument("--contingency", metavar="PCT", help=contingency)
    p.add_argument("--lang", choices=("nl", "en"), default="nl")


def _application_scope(args: argparse.Namespace, plan: Plan) -> tuple[range | None, str | None, Decimal | None]:
    """The years, the funder and the contingency of ``sheet`` or ``summary``, each checked in the order of the
    options; BadInput naming the first wrong one."""
    from dekkingsplan.export.files import ExportError
    from dekkingsplan.export.scope import check_application, check_project, parse_year_range

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
    return found["--years"], found["--funder"][0], found["--contingency"][1]


def cmd_sheet(args: argparse.Namespace) -> int:
    from dekkingsplan.export.workbook import write_workbook

    plan = load_plan(args.plan)
    years, funder, contingency = _application_scope(args, plan)
    path = write_workbook(plan, args.out, project=args.project, years=years, lang=args.lang, funder=funder,
                          contingency=contingency)
    print(f"Werkboek geschreven naar {path}")
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from dekkingsplan.export.summary import write_summary_pdf

    plan = load_plan(args.plan)
    years, funder, contingency = _application_scope(args, plan)
    path = write_summary_pdf(plan, args.out, project=args.project, years=years, funder=funder,
                             contingency=contingency, lang=args.lang)
    print(f"Aanvraagsamenvatting geschreven naar {path}")
    return EXIT_OK


def cmd_overview(args: argparse.Namespace) -> int:
    from dekkingsplan.export.overview import write_overview_pdf

    plan = load_plan(args.plan)
    if args.scenario not in plan.scenario_ids():
        raise no_scenario(args.plan, args.scenario, plan)
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
        import json

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
