"""The commands on plan files: ``import`` a plan JSON into a plan file (or onto a server), ``export`` a plan as
JSON, and list (``backups``) or ``restore`` the automatic backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dekkingsplan.cli.common import EXIT_OK, BadInput, load_plan
from dekkingsplan.core.errors import DekkingsplanError


def add_parser(sub, name: str) -> None:
    """The arguments of the command ``name`` (see ``dekkingsplan.cli.COMMANDS``)."""
    if name == "import":
        p = sub.add_parser("import", help="maak een planbestand van plan-JSON")
        p.add_argument("source", metavar="PLAN.json", help="plan-JSON (of een ander planbestand)")
        p.add_argument("file", metavar="FILE.dekkingsplan", help="het nieuwe planbestand")
        p.add_argument("--force", action="store_true",
                       help="overschrijf een bestaand bestand (eerst een reservekopie)")
        p.set_defaults(func=cmd_import)
    elif name == "export":
        p = sub.add_parser("export", help="schrijf een plan als plan-JSON")
        p.add_argument("plan", metavar="FILE", help="een .dekkingsplan-bestand of plan-JSON")
        p.add_argument("--json", metavar="OUT.json", required=True, help="het JSON-bestand; - voor de uitvoer")
        p.set_defaults(func=cmd_export)
    elif name == "backups":
        p = sub.add_parser("backups", help="de reservekopieën van een planbestand, met datum en grootte")
        p.add_argument("plan", metavar="FILE")
        p.set_defaults(func=cmd_backups)
    elif name == "restore":
        p = sub.add_parser("restore", help="zet een reservekopie terug (het huidige bestand wordt eerst bewaard)")
        p.add_argument("backup", metavar="BACKUP")
        p.add_argument("file", metavar="FILE")
        p.set_defaults(func=cmd_restore)


def cmd_import(args: argparse.Namespace) -> int:
    from dekkingsplan.store.paths import is_server_address
    from dekkingsplan.store.planfile import PlanFile
    from dekkingsplan.store.server import create_server_plan

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
    from dekkingsplan.store.paths import is_server_address

    if is_server_address(name):
        raise BadInput(f"{name}: backups are kept of plan files; a server keeps its own (ask its administrator)")


def cmd_backups(args: argparse.Namespace) -> int:
    from dekkingsplan.store.backups import list_backups

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
    from dekkingsplan.store.backups import plan_backup_dir, restore_backup

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
