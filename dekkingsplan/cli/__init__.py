"""The command line: ``dekkingsplan`` with no arguments opens the window; subcommands serve scripts.

Bad input exits 2 with one clear line on stderr naming the file and the place; never a traceback.

Each command lives in the module of its family (``COMMANDS``), imported only when one of its commands runs: the
one seam of the command line, so that a projection of a plan JSON loads the projection and nothing of the
exports, the bank statements or the plan files.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path

from dekkingsplan import __version__

EXIT_OK, EXIT_BAD_INPUT = 0, 2

# every command, in the order of the help, with the module of its family (dekkingsplan.cli.<family>), which
# adds the command's arguments (``add_parser``) and runs it
COMMANDS = {
    "projection": "plans", "deadlines": "plans",
    "sheet": "exports", "overview": "exports", "realisation": "exports",
    "actuals": "bank",
    "summary": "exports",
    "import": "files", "export": "files",
    "portfolio": "portfolio",
    "backups": "files", "restore": "files",
}


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, measuring the terminal only when it writes help or usage. argparse makes one for
    every argument added, to check its metavar, and the terminal's width comes from shutil, which loads the
    compression modules (~2 ms): a command that runs shows no help."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None,
                 **kwargs) -> None:
        super().__init__(prog, indent_increment, max_help_position, width=80 if width is None else width, **kwargs)
        self._measured, self._asked_position = width is not None, max_help_position

    def format_help(self) -> str:
        if not self._measured:  # what HelpFormatter.__init__ does with width=None, now that it is needed
            import shutil

            self._width = shutil.get_terminal_size().columns - 2
            self._max_help_position = min(self._asked_position, max(self._width - 20, self._indent_increment * 2))
            self._measured = True
        return super().format_help()


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # argparse's own exit code is 2 too, but keep it one line
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only`` just that command's arguments are built, and only its family's
    module is imported (the others are known by name, in ``COMMANDS``): building every command is a good part of
    a short command's time, and a script may run many."""
    parser = _Parser(prog="dekkingsplan", description="Begroting en dekkingsplan over meerdere jaren.")
    parser.add_argument("--version", action="version", version=f"dekkingsplan {__version__}")
    # prog given: argparse would work it out by writing the usage, measuring the terminal (see _Formatter)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, prog="dekkingsplan")
    for name, family in COMMANDS.items():
        if only is None or name == only:
            import_module(f"dekkingsplan.cli.{family}").add_parser(sub, name)
    return parser


def _gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = _Parser(prog="dekkingsplan", description="Opent het venster van Dekkingsplan.")
    parser.add_argument("--version", action="version", version=f"dekkingsplan {__version__}")
    parser.add_argument("--demo", action="store_true", help="open een verse kopie van het demoplan")
    parser.add_argument("file", nargs="?", help="het planbestand om te openen")
    return parser.parse_args(argv)


def _mistyped_command(word: str) -> bool:
    """A bare word that is no command, no option and no existing file: a typo in a script, not a plan to open in
    the window (which would hang a script, or crash without a display)."""
    return (word not in COMMANDS and not word.startswith("-") and not Path(word).suffix
            and not Path(word).exists())


def _window(argv: Sequence[str]) -> int:
    args = _gui_args(argv)
    from dekkingsplan.ui.app import run

    return run(args.file, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help")):
        return _window(argv)  # nothing, --demo or --version: the window's, without building every command's parser
    if _mistyped_command(argv[0]):
        from dekkingsplan.core.errors import shown

        print(f"dekkingsplan: '{shown(argv[0])}' is not a command and not a plan file "
              f"(commands: {', '.join(sorted(COMMANDS))})", file=sys.stderr)
        return EXIT_BAD_INPUT
    if argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
        return _window(argv)
    parser = build_parser(only=argv[0] if argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_OK
    from dekkingsplan.cli.common import BadInput
    from dekkingsplan.core.errors import DekkingsplanError, one_line

    try:
        return args.func(args)
    except (BadInput, DekkingsplanError) as exc:  # one line, whatever a file name or a bad value holds
        print(f"dekkingsplan: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
