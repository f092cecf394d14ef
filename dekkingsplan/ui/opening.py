"""Opening plans in the main window: a plan file (at once, or shown at its first paint and opened for editing right
after), a new plan, a fresh copy of the demo, a plan on a server, a plan chosen in Plannen vergelijken; the recent
files that Bestand › Recente bestanden and the start screen list.

Every way ends in the window's ``set_document``; a refused file gives its one sentence in a dialog and the window
stays as it was. The plan file is reached through ``store_gateway`` only, the dialogs' modules when they open.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from dekkingsplan.core.model import Plan
from dekkingsplan.core.planjson import loads
from dekkingsplan.resources import demo_plan_path
from dekkingsplan.ui import ask, i18n, store_gateway
from dekkingsplan.ui.document import PlanDocument, PlanFileLike

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.ui.main_window import MainWindow

MAX_RECENT = 8


class PlanOpener(QObject):
    """The window's ways to open a plan, and its list of recent files."""

    recent_changed = Signal(list)  # the recent files, newest first

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings

    # --- recent files ------------------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if Path(p).exists()][:MAX_RECENT]

    def remember(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text] + [p for p in self.recent_files() if p != text]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.settings.setValue("last", text)
        self.recent_changed.emit(self.recent_files())

    def last_file(self) -> str | None:
        last = self.settings.value("last")
        return str(last) if last and Path(str(last)).exists() else None

    # --- a plan file -------------------------------------------------------------------------------------

    def open_dialog(self) -> bool:
        """Bestand › Openen…"""
        recent = self.recent_files()
        folder = str(Path(recent[0]).parent) if recent else str(Path.home())
        path = ask.file_to_open(self.window, self.tr("Plan openen"), folder,
                                self.tr("Dekkingsplan (*.dekkingsplan);;Alle bestanden (*)"))
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path, *, read_only: bool = False) -> bool:
        """Open a plan file; a file store refuses gives its sentence in a dialog and the window stays as it was."""
        window = self.window
        path = Path(path)
        document = window.document
        if document is not None and document.path is not None and path.exists() \
                and document.path.exists() and path.samefile(document.path):
            return True  # already open here
        plan_file = self._open_file(path, read_only=read_only)
        if plan_file is None:
            return False
        window.set_document(PlanDocument(plan_file))
        self.remember(path)
        self._say_if_upgraded(plan_file, path)
        return True

    def _say_if_upgraded(self, plan_file: PlanFileLike, path: Path) -> None:
        if getattr(plan_file, "upgraded", False):  # the next treasurer should know the old file is kept
            self.window.statusBar().showMessage(self.tr(
                "{name} is bijgewerkt voor deze versie van Dekkingsplan; het bestand zoals het was is bewaard als "
                "reservekopie (Bestand › Reservekopie terugzetten…).").format(name=path.name), 30000)

    def _open_file(self, path: Path, *, read_only: bool = False, shown: Plan | None = None) -> PlanFileLike | None:
        """The plan file opened for editing, or read-only if it is open elsewhere and the treasurer agrees; None
        (the sentence said in a dialog) when it is refused."""
        try:
            return store_gateway.open_file(path, read_only=read_only, shown=shown)
        except store_gateway.StoreError as exc:
            if exc.kind == store_gateway.StoreErrorKind.IN_USE and not read_only:
                if ask.yes_or_no(
                        self.window, self.tr("Plan is al geopend"),
                        self.tr("{reason}\n\nWilt u het plan alleen-lezen openen? U kunt dan kijken, niet wijzigen.")
                        .format(reason=i18n.sentence(exc.text(i18n.current_language())))):
                    return self._open_file(path, read_only=True, shown=shown)
                return None
            self.refused(path, exc.text(i18n.current_language()))
        except OSError as exc:
            self.refused(path, exc.strerror or str(exc))
        return None

    def open_path_soon(self, path: str | Path) -> None:
        """Show a plan file at its first paint and open it for editing right after.

        The plan is read and checked for the first paint without the editing layer (``store_gateway.peek``),
        then opened for editing — lock, backup, SQLAlchemy — once the window is painted. A file that must be
        migrated first says meanwhile that it is being opened; a refused file leaves the start screen up, with
        the sentence saying why."""
        window = self.window
        path = Path(path)
        try:
            plan = store_gateway.peek(path)
        except (store_gateway.StoreError, OSError) as exc:
            reason = i18n.reason(exc)
            window.show_start()
            window.after_first_paint(lambda: self.refused(path, reason))
            return
        if plan is None:  # an older file: backed up and migrated before anything of it is shown
            window.opening.setText(self.tr("{name} wordt geopend…").format(name=path.name))
            window.central.setCurrentWidget(window.opening)

            def open_now() -> None:
                if not self.open_path(path) and window.document is None:
                    window.show_start()

            window.after_first_paint(open_now)
            return
        document = PlanDocument.before_file(plan, path, lambda: store_gateway.open_file(path, shown=plan))
        window.set_document(document)
        window.after_first_paint(lambda: self._open_shown(document, plan))

    def _open_shown(self, document: PlanDocument, shown: Plan) -> None:
        """Open for editing the file of a plan already shown (``open_path_soon``)."""
        window = self.window
        if document is not window.document or document.has_file:
            return
        path = document.path
        assert path is not None
        document.forget_file_maker()
        plan_file = self._open_file(path, shown=shown)
        if plan_file is None:
            window.set_document(None)
            return
        # the file changed between the first paint and now: show what it holds; opened read-only (it is open
        # elsewhere): the screens were built to edit, so they are built again to say so and offer no change
        if plan_file.plan is not shown or getattr(plan_file, "read_only", False):
            window.set_document(PlanDocument(plan_file))
        else:
            document.file = plan_file
            window.update_title()
        self.remember(path)
        self._say_if_upgraded(plan_file, path)

    def create_plan(self, path: str | Path, plan: Plan, *, remember: bool = True) -> bool:
        """A new plan file at ``path`` holding ``plan``, opened."""
        path = Path(path)
        try:
            plan_file = store_gateway.create_file(path, plan)
        except (store_gateway.StoreError, OSError) as exc:
            self._not_made(path, i18n.reason(exc))
            return False
        self.window.set_document(PlanDocument(plan_file))
        if remember:
            self.remember(path)
        return True

    def new_plan(self) -> bool:
        """Bestand › Nieuw plan…: the wizard, then the plan file it names."""
        from dekkingsplan.ui.widgets.new_plan import NewPlanWizard

        wizard = NewPlanWizard(self.window)
        if wizard.exec() != NewPlanWizard.DialogCode.Accepted:
            return False
        return self.create_plan(wizard.path(), wizard.plan())

    def open_demo(self) -> bool:
        """A fresh copy of the demo plan in a temporary folder; the shipped demo is never changed."""
        window = self.window
        source = demo_plan_path()
        # the shipped demo passes every plan check (the tests see to it); leaving them out here keeps
        # python-stdnum out of the way of the window's first paint
        plan = loads(source.read_text(encoding="utf-8"), source=source.name, check=False)
        path = Path(tempfile.mkdtemp(prefix="dekkingsplan-demo-")) / self.tr("Demoplan.dekkingsplan")

        # the plan is shown at once; its file (and the plan-file layer) follows right after the first paint
        document = PlanDocument.before_file(plan, path, lambda: store_gateway.create_file(path, plan))
        window.set_document(document)
        window.after_first_paint(lambda: self.make_file(document))
        return True

    def make_file(self, document: PlanDocument) -> None:
        """The file of a plan shown before it had one (the demo); refused, the window goes back to the start."""
        if document is not self.window.document or document.has_file:
            return
        try:
            document.ensure_file()
        except Exception as exc:  # noqa: BLE001 - StoreError or OSError: say it, and go back to the start
            self._not_made(document.path, i18n.reason(exc))
            self.window.set_document(None)

    # --- a plan elsewhere --------------------------------------------------------------------------------

    def open_server_dialog(self) -> bool:
        """Bestand › Openen van server…: ask the address and the password, then open the plan there."""
        from dekkingsplan.ui.widgets.server_dialog import ServerDialog

        dialog = ServerDialog(self.settings, self.window)
        while dialog.exec():
            address = dialog.checked_address()
            if address is not None and self.open_server(address, password=dialog.password_text(), dialog=dialog):
                return True
        return False

    def open_server(self, address, *, password: str | None = None, dialog=None) -> bool:
        """Open the plan at ``address`` (a ``ServerAddress`` or its text); its window follows others' edits."""
        window = self.window
        try:
            server_plan = store_gateway.open_server(address, password=password)
        except store_gateway.StoreError as exc:
            text = exc.text(i18n.current_language())
            if dialog is not None:
                dialog.show_message(text)
            else:
                window.warn(self.tr("Plan niet geopend"), text)
            return False
        document = PlanDocument(server_plan)
        window.set_document(document)
        document.reloaded.connect(lambda: (window.update_title(), window.statusBar().showMessage(
            self.tr("Het plan is bijgewerkt met wijzigingen van anderen."), 10000)))
        document.watch()
        return True

    def compare_plans(self) -> None:
        """Bestand › Plannen vergelijken…: a double click on a plan opens it here."""
        from dekkingsplan.ui.widgets.portfolio_dialog import PortfolioDialog

        last = self.last_file()
        dialog = PortfolioDialog(self.window, start_folder=str(Path(last).parent) if last else "")
        dialog.open_requested.connect(self._open_compared)
        self._portfolio_dialog = dialog  # kept alive while it is open
        dialog.exec()
        self._portfolio_dialog = None

    def _open_compared(self, path_text: str) -> None:
        """A plan file opens; a plan JSON is first made into a plan file where the treasurer says."""
        path = Path(path_text)
        if path.suffix.lower() != ".json":
            self.open_path_soon(path)
            return
        target = ask.file_to_save(
            self.window, self.tr("Planbestand maken van {name}").format(name=path.name),
            str(path.with_suffix(".dekkingsplan")), self.tr("Dekkingsplan (*.dekkingsplan)"))
        if target:
            try:
                plan = store_gateway.load_any(path)
            except Exception as exc:  # noqa: BLE001 - whatever it is, one sentence, the window stays
                self.refused(path, i18n.reason(exc))
                return
            self.create_plan(target, plan)

    # --- saying no ---------------------------------------------------------------------------------------

    def refused(self, path: Path, reason: str) -> None:
        self.window.warn(self.tr("Plan niet geopend"),
                         self.tr("{name} kan niet worden geopend.\n\n{reason}").format(
                             name=path.name, reason=i18n.sentence(reason)))

    def _not_made(self, path: Path | None, reason: str) -> None:
        self.window.warn(self.tr("Plan niet gemaakt"),
                         self.tr("Het plan kon niet worden bewaard in {path}:\n{reason}").format(path=path,
                                                                                                reason=reason))

