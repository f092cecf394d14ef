"""Starting the desktop app: the QApplication, its translations, the main window and what to open first.

``dekkingsplan [FILE]`` and ``dekkingsplan --demo`` arrive here through ``run``. The window is shown before
anything heavy happens: the plan-file layer (SQLAlchemy) loads right after the first paint, matplotlib when the
chart is first drawn, openpyxl when a workbook is first exported.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from dekkingsplan.resources import resource_path
from dekkingsplan.ui import i18n


def make_app(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with its names and the saved language (Qt's own Yes/No and Cancel too)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Dekkingsplan")
    app.setApplicationName("Dekkingsplan")
    app.setApplicationDisplayName("Dekkingsplan")
    app.setDesktopFileName("nl.dekkingsplan.Dekkingsplan")
    icon = resource_path("icons", "dekkingsplan.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if not app.property("dekkingsplan_language"):
        app.setProperty("dekkingsplan_language", i18n.install_language())
    return app


def run(path: str | None = None, demo: bool = False) -> int:
    """Open the window on ``path``, on a fresh copy of the demo plan, or else on the last plan (or the start
    screen), and run until it is closed. Returns the exit code."""
    app = make_app()
    from dekkingsplan.ui.main_window import MainWindow

    window = MainWindow()
    if sys.platform == "darwin":  # only macOS sends double-clicked plans as events (the others pass an argument)
        # a filter on the application sees every event of every widget (some 1,500 before the first paint, ~30 ms
        # in Python), so the other systems go without it
        from dekkingsplan.ui.file_open import FileOpenFilter

        app.installEventFilter(FileOpenFilter(window.open_path, window))
    if demo:
        window.open_demo()
    elif path or window.last_file():
        window.open_path_soon(path or window.last_file() or "")
    window.show()
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dekkingsplan", description="Begroting en dekkingsplan")
    parser.add_argument("file", nargs="?", help="het planbestand (.dekkingsplan)")
    parser.add_argument("--demo", action="store_true", help="een verse kopie van het demoplan openen")
    args = parser.parse_args(argv)
    return run(args.file, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
