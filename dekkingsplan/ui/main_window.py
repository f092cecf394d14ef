"""The main window: the start screen, or an open plan with its screens (from the registry), menus and shortcuts."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from dekkingsplan.core.model import Plan
from dekkingsplan.ui import i18n, store_gateway
from dekkingsplan.ui.document import PlanDocument, PlanFileLike
from dekkingsplan.ui.export_menu import ExportActions
from dekkingsplan.ui.file_actions import FileActions
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.widgets.screen_stack import ScreenStack
from dekkingsplan.ui.widgets.text_style import set_text_style

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.ui.screens.start import StartScreen

MAX_RECENT = 8


class MainWindow(QMainWindow):
    """One window, one plan at a time, with a screen of each registry entry (built when first needed)."""

    document_opened = Signal(object)  # PlanDocument

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else i18n.settings()
        self.document: PlanDocument | None = None
        self.undo_group = QUndoGroup(self)
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []

        # the start screen is built when first shown: a window opened on a plan (--demo, a file) never needs it
        self._start: StartScreen | None = None

        self.stack = self.workspace = ScreenStack()
        self.nav, self.pages = self.stack.nav, self.stack.pages

        self.opening = QLabel()
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_text_style(self.opening, point_size=12, colour="#555")
        self.central = QStackedWidget()
        self.central.addWidget(self.stack)
        self.central.addWidget(self.opening)
        self.setCentralWidget(self.central)
        self.statusBar()  # there from the start: its first message ("Bewaard.") must not shrink the screen above

        self._make_menus()
        i18n.notifier().language_changed.connect(self._language_changed)
        self.reminder = None
        self.after_first_paint(self._attach_reminder)
        self.resize(1280, 800)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        self._fit_screen()
        self.close_action.setEnabled(False)
        self._update_title()

    def _fit_screen(self) -> None:
        """The whole window, status bar included, on the screen's free area (a 1366×768 laptop has 768 pixels
        less a task bar, and a title bar the window system adds above the window)."""
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.screenAt(self.geometry().center()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = 40  # the title bar and borders, not known before the window is shown
        width, height = min(self.width(), free.width()), min(self.height(), free.height() - frame)
        self.resize(width, height)
        if not free.contains(self.geometry().topLeft()) or self.geometry().bottom() + frame > free.bottom():
            self.move(free.left(), free.top())

    @property
    def start(self) -> StartScreen:
        """The start screen (built now if it was not yet)."""
        if self._start is None:
            from dekkingsplan.ui.screens.start import StartScreen

            start = StartScreen()
            start.new_requested.connect(self.new_plan)
            start.open_requested.connect(self.open_dialog)
            start.demo_requested.connect(self.open_demo)
            start.recent_chosen.connect(self.open_path)
            start.set_recent(self.recent_files())
            self.central.insertWidget(0, start)
            self._start = start
        return self._start

    def showEvent(self, event: QShowEvent) -> None:
        if self.document is None and self.central.currentWidget() is self.stack:
            self._show_start()  # no plan open, none being opened: never an empty workspace
        super().showEvent(event)

    def _language_changed(self, _lang: str) -> None:
        """Speak the new language at once: menus, the start screen and every screen are built again."""
        self.menuBar().clear()
        self._make_menus()
        if self._start is not None:  # built again in the new language when next shown
            old, self._start = self._start, None
            self.central.removeWidget(old)
            old.deleteLater()
        self._fill_recent_menu()
        if self.document is None:
            self._show_start()
        else:
            row = self.nav.currentRow()
            self._build_screens()
            self.nav.setCurrentRow(max(0, row))
            self.close_action.setEnabled(True)
            self._update_title()

    # --- menus -------------------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Bestand"))
        self.new_action = self._action(self.tr("&Nieuw plan…"), self.new_plan, QKeySequence.StandardKey.New,
                                       self.tr("Een nieuw plan maken"))
        self.open_action = self._action(self.tr("&Openen…"), self.open_dialog, QKeySequence.StandardKey.Open,
                                        self.tr("Een planbestand openen"))
        self.recent_menu = self.file_menu.addMenu(self.tr("&Recente bestanden"))
        self.demo_action = self._action(self.tr("&Demoplan openen"), self.open_demo, None,
                                        self.tr("Een verse kopie van het voorbeeldplan openen"))
        self.close_action = self._action(self.tr("Plan &sluiten"), self.close_plan, QKeySequence.StandardKey.Close,
                                         self.tr("Terug naar het startscherm; alles is al bewaard"))
        self.quit_action = self._action(self.tr("&Afsluiten"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.new_action, self.open_action):
            self.file_menu.insertAction(self.recent_menu.menuAction(), action)
        old_files = getattr(self, "files", None)
        self.files = FileActions(self)
        self.files.set_enabled(getattr(self, "document", None) is not None)
        if old_files is not None:
            old_files.deleteLater()
        self.file_menu.addAction(self.files.save_copy_action)
        self.file_menu.addAction(self.files.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.demo_action)
        self.compare_action = self._action(self.tr("Plannen &vergelijken…"), self.compare_plans, None,
                                           self.tr("Meerdere plannen naast elkaar: afhankelijkheid, reserve, "
                                                   "nog te werven"))
        self.file_menu.addAction(self.compare_action)
        self.server_action = self._action(self.tr("Op&enen van server…"), self.open_server_dialog, None,
                                          self.tr("Een plan openen dat op een gedeelde PostgreSQL-server staat"))
        self.file_menu.insertAction(self.recent_menu.menuAction(), self.server_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("Be&werken"))
        self.undo_action = self._action(self.tr("&Ongedaan maken"), self.undo_group.undo)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self._action(self.tr("O&pnieuw"), self.undo_group.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(self._undo_text)
        self.undo_group.redoTextChanged.connect(self._redo_text)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.settings_action = self._action(self.tr("&Instellingen…"), lambda: i18n.open_settings(self),
                                            QKeySequence.StandardKey.Preferences,
                                            self.tr("De taal van het venster kiezen: Nederlands of English"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.edit_menu.addAction(self.settings_action)

        self.view_menu = bar.addMenu(self.tr("Bee&ld"))
        old_exports = getattr(self, "exports", None)
        self.exports = ExportActions(self)
        self.exports.install(bar)
        self.exports.set_enabled(getattr(self, "document", None) is not None)
        if old_exports is not None:
            old_exports.deleteLater()
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.manual_action = self._action(self.tr("&Handleiding"), self.show_manual, QKeySequence.StandardKey.HelpContents,
                                          self.tr("Een korte handleiding en de woorden van een dekkingsplan uitgelegd"))
        self.help_menu.addAction(self.manual_action)
        self.help_menu.addAction(self._action(self.tr("&Over Dekkingsplan"), self._about))
        self._fill_recent_menu()

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Ongedaan maken: {what}").format(what=text) if text
                                 else self.tr("&Ongedaan maken"))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("O&pnieuw: {what}").format(what=text) if text else self.tr("O&pnieuw"))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))
        if self._start is not None:
            self._start.set_recent(recent)

    def _fill_view_menu(self) -> None:
        self.view_menu.clear()
        for i in range(self.nav.count()):
            action = self.view_menu.addAction(self.nav.item(i).text())
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, n=i: self.nav.setCurrentRow(n))

    # --- settings ----------------------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if Path(p).exists()][:MAX_RECENT]

    def _remember(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [text] + [p for p in self.recent_files() if p != text]
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.settings.setValue("last", text)
        self._fill_recent_menu()

    def last_file(self) -> str | None:
        last = self.settings.value("last")
        return str(last) if last and Path(str(last)).exists() else None

    # --- opening and closing plans -----------------------------------------------------------------------

    def open_dialog(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        folder = str(Path(self.recent_files()[0]).parent) if self.recent_files() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Plan openen"), folder,
                                              self.tr("Dekkingsplan (*.dekkingsplan);;Alle bestanden (*)"))
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path, *, read_only: bool = False) -> bool:
        """Open a plan file; a file store refuses gives its sentence in a dialog and the window stays as it was."""
        path = Path(path)
        if self.document is not None and self.document.path is not None and path.exists() \
                and self.document.path.exists() and path.samefile(self.document.path):
            return True  # already open here
        plan_file = self._open_file(path, read_only=read_only)
        if plan_file is None:
            return False
        self._set_document(PlanDocument(plan_file))
        self._remember(path)
        self._say_if_upgraded(plan_file, path)
        return True

    def _say_if_upgraded(self, plan_file: PlanFileLike, path: Path) -> None:
        if getattr(plan_file, "upgraded", False):  # the next treasurer should know the old file is kept
            self.statusBar().showMessage(self.tr(
                "{name} is bijgewerkt voor deze versie van Dekkingsplan; het bestand zoals het was is bewaard als "
                "reservekopie (Bestand › Reservekopie terugzetten…).").format(name=path.name), 30000)

    def _open_file(self, path: Path, *, read_only: bool = False, shown: Plan | None = None) -> PlanFileLike | None:
        """The plan file opened for editing, or read-only if it is open elsewhere and the treasurer agrees; None
        (the sentence said in a dialog) when it is refused."""
        try:
            return store_gateway.open_file(path, read_only=read_only, shown=shown)
        except store_gateway.StoreError as exc:
            if exc.kind == store_gateway.StoreErrorKind.IN_USE and not read_only:
                from PySide6.QtWidgets import QMessageBox

                answer = QMessageBox.question(
                    self, self.tr("Plan is al geopend"),
                    self.tr("{reason}\n\nWilt u het plan alleen-lezen openen? U kunt dan kijken, niet wijzigen.")
                    .format(reason=exc.text(i18n.current_language())),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
                if answer == QMessageBox.StandardButton.Yes:
                    return self._open_file(path, read_only=True, shown=shown)
                return None
            self._refused(path, exc.text(i18n.current_language()))
        except OSError as exc:
            self._refused(path, exc.strerror or str(exc))
        return None

    def open_path_soon(self, path: str | Path) -> None:
        """Show a plan file at its first paint and open it for editing right after.

        The plan is read and checked for the first paint without the editing layer (``store_gateway.peek``),
        then opened for editing — lock, backup, SQLAlchemy — once the window is painted. A file that must be
        migrated first says meanwhile that it is being opened; a refused file leaves the start screen up, with
        the sentence saying why."""
        path = Path(path)
        try:
            plan = store_gateway.peek(path)
        except (store_gateway.StoreError, OSError) as exc:
            reason = exc.text(i18n.current_language()) if isinstance(exc, store_gateway.StoreError) \
                else (exc.strerror or str(exc))
            self._show_start()
            self.after_first_paint(lambda: self._refused(path, reason))
            return
        if plan is None:  # an older file: backed up and migrated before anything of it is shown
            self.opening.setText(self.tr("{name} wordt geopend…").format(name=path.name))
            self.central.setCurrentWidget(self.opening)

            def open_now() -> None:
                if not self.open_path(path) and self.document is None:
                    self._show_start()

            self.after_first_paint(open_now)
            return
        document = PlanDocument.before_file(plan, path, lambda: store_gateway.open_file(path, shown=plan))
        self._set_document(document)
        self.after_first_paint(lambda: self._open_shown(document, plan))

    def _open_shown(self, document: PlanDocument, shown: Plan) -> None:
        """Open for editing the file of a plan already shown (``open_path_soon``)."""
        if document is not self.document or document.has_file:
            return
        path = document.path
        assert path is not None
        document.forget_file_maker()
        plan_file = self._open_file(path, shown=shown)
        if plan_file is None:
            self._set_document(None)
            return
        if plan_file.plan is not shown:  # the file changed between the first paint and now: show what it holds
            self._set_document(PlanDocument(plan_file))
        else:
            document.file = plan_file
            self._update_title()
        self._remember(path)
        self._say_if_upgraded(plan_file, path)

    def create_plan(self, path: str | Path, plan: Plan, *, remember: bool = True) -> bool:
        path = Path(path)
        try:
            plan_file = store_gateway.create_file(path, plan)
        except (store_gateway.StoreError, OSError) as exc:
            text = exc.text(i18n.current_language()) if isinstance(exc, store_gateway.StoreError) \
                else (exc.strerror or str(exc))
            self._warn(self.tr("Plan niet gemaakt"),
                       self.tr("Het plan kon niet worden bewaard in {path}:\n{reason}").format(path=path, reason=text))
            return False
        self._set_document(PlanDocument(plan_file))
        if remember:
            self._remember(path)
        return True

    def open_server_dialog(self) -> bool:
        """Bestand › Openen van server…: ask the address and the password, then open the plan there."""
        from dekkingsplan.ui.widgets.server_dialog import ServerDialog

        dialog = ServerDialog(self.settings, self)
        while dialog.exec():
            address = dialog.checked_address()
            if address is not None and self.open_server(address, password=dialog.password_text(), dialog=dialog):
                return True
        return False

    def open_server(self, address, *, password: str | None = None, dialog=None) -> bool:
        """Open the plan at ``address`` (a ``ServerAddress`` or its text); its window follows others' edits."""
        from dekkingsplan.store.errors import StoreError
        from dekkingsplan.store.server import ServerPlan

        try:
            server_plan = ServerPlan.open(address, password=password)
        except StoreError as exc:
            text = exc.text(i18n.current_language())
            if dialog is not None:
                dialog.show_message(text)
            else:
                self._warn(self.tr("Plan niet geopend"), text)
            return False
        document = PlanDocument(server_plan)
        self._set_document(document)
        document.reloaded.connect(lambda: (self._update_title(), self.statusBar().showMessage(
            self.tr("Het plan is bijgewerkt met wijzigingen van anderen."), 10000)))
        document.watch()
        return True

    def compare_plans(self) -> None:
        """Bestand › Plannen vergelijken…: a double click on a plan opens it here."""
        from dekkingsplan.ui.widgets.portfolio_dialog import PortfolioDialog

        last = self.last_file()
        dialog = PortfolioDialog(self, start_folder=str(Path(last).parent) if last else "")
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
        from PySide6.QtWidgets import QFileDialog

        from dekkingsplan.store import load_any

        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Planbestand maken van {name}").format(name=path.name),
            str(path.with_suffix(".dekkingsplan")), self.tr("Dekkingsplan (*.dekkingsplan)"))
        if target:
            try:
                plan = load_any(path)
            except Exception as exc:  # noqa: BLE001 - whatever it is, one sentence, the window stays
                self._refused(path, str(exc))
                return
            self.create_plan(target, plan)

    def new_plan(self) -> bool:
        from dekkingsplan.ui.widgets.new_plan import NewPlanWizard

        wizard = NewPlanWizard(self)
        if wizard.exec() != NewPlanWizard.DialogCode.Accepted:
            return False
        return self.create_plan(wizard.path(), wizard.plan())

    def open_demo(self) -> bool:
        """A fresh copy of the demo plan in a temporary folder; the shipped demo is never changed."""
        from dekkingsplan.core.planjson import loads
        from dekkingsplan.resources import demo_plan_path

        source = demo_plan_path()
        # the shipped demo passes every plan check (the tests see to it); leaving them out here keeps
        # python-stdnum out of the way of the window's first paint
        plan = loads(source.read_text(encoding="utf-8"), source=source.name, check=False)
        path = Path(tempfile.mkdtemp(prefix="dekkingsplan-demo-")) / self.tr("Demoplan.dekkingsplan")

        # the plan is shown at once; its file (and the plan-file layer) follows right after the first paint
        document = PlanDocument.before_file(plan, path, lambda: store_gateway.create_file(path, plan))
        self._set_document(document)
        self.after_first_paint(lambda: self._make_file(document))
        return True

    def _make_file(self, document: PlanDocument) -> None:
        if document is not self.document or document.has_file:
            return
        try:
            document.ensure_file()
        except Exception as exc:  # noqa: BLE001 - StoreError or OSError: say it, and go back to the start
            text = exc.text(i18n.current_language()) if hasattr(exc, "text") else str(exc)
            self._warn(self.tr("Plan niet gemaakt"),
                       self.tr("Het plan kon niet worden bewaard in {path}:\n{reason}")
                       .format(path=document.path, reason=text))
            self._set_document(None)

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has been painted (at once if it has been already)."""
        if self._painted:
            QTimer.singleShot(0, callback)
        else:
            self._after_paint.append(callback)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            for callback in self._after_paint:
                QTimer.singleShot(0, callback)
            self._after_paint.clear()

    def close_plan(self) -> bool:
        if not self._may_leave():
            return False
        self._set_document(None)
        return True

    def _may_leave(self) -> bool:
        """Typed details that are wrong (and so not saved) are named before the plan closes; the treasurer may
        go back to correct them. Everything else is saved already."""
        if self.document is None:
            return True
        self.stack.commit_pending()
        unsaved = self.stack.unsaved()
        if not unsaved:
            return True
        from PySide6.QtWidgets import QMessageBox

        lines = "\n".join(f"• {text}" for _screen, text in unsaved)
        answer = QMessageBox.question(
            self, self.tr("Niet alles is bewaard"),
            self.tr("Dit klopt niet en is daarom niet bewaard:\n\n{lines}\n\nToch sluiten? Kies Nee om het "
                    "te verbeteren.").format(lines=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            return True
        screen = unsaved[0][0]
        self.nav.setCurrentRow(self.stack.screens.index(screen))
        return False

    def _refused(self, path: Path, reason: str) -> None:
        self._warn(self.tr("Plan niet geopend"),
                   self.tr("{name} kan niet worden geopend.\n\n{reason}").format(name=path.name,
                                                                         reason=i18n.sentence(reason)))

    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # when one is shown: its class's enums cost start-up time

        QMessageBox.warning(self, title, text)

    def _set_document(self, document: PlanDocument | None) -> None:
        old = self.document
        self.stack.commit_pending()
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.close()
        self.document = document
        self.exports.set_enabled(document is not None)
        self.files.set_enabled(document is not None)
        toolbar = getattr(self, "export_toolbar", None)
        if toolbar is not None:
            toolbar.setVisible(document is not None)  # the start screen stays calm
        self._build_screens()
        if old is not None:
            old.deleteLater()
        if document is None:
            self._show_start()
            return
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.failed.connect(self._failed)
        document.changed.connect(self._saved)
        self.close_action.setEnabled(True)
        self.central.setCurrentWidget(self.workspace)
        self.nav.setCurrentRow(0)
        self._update_title()
        self.document_opened.emit(document)

    def _attach_reminder(self) -> None:
        """The reminder bar of things due soon, after the first paint; a plan already open is announced to it."""
        from dekkingsplan.ui.screens.agenda import AgendaScreen, attach_reminder

        self.reminder = attach_reminder(self, lambda: self.show_screen(AgendaScreen))
        if self.document is not None:
            self.document_opened.emit(self.document)

    def _build_screens(self) -> None:
        """The screens over the open document: listed at once, the first built now, the others right after
        the window's first paint (or when asked for), so that the window appears sooner."""
        self.stack.set_document(self.document)
        if self.stack.waiting:
            self.after_first_paint(self.stack.build_all)
        self._fill_view_menu()

    @property
    def screens(self) -> list[Screen]:
        """Every screen of the open plan (those still waiting are built now)."""
        return self.stack.screens

    def _show_start(self) -> None:
        self.central.setCurrentWidget(self.start)
        self.close_action.setEnabled(False)
        self.view_menu.clear()
        self._update_title()
        QTimer.singleShot(0, self.start.focus_first)

    def _update_title(self) -> None:
        doc = self.document
        if doc is None:
            self.setWindowTitle(self.tr("Dekkingsplan"))
            return
        name = doc.path.name if doc.path else ""
        if doc.shared:
            name = self.tr("{plan} op {host}").format(plan=doc.file.name, host=doc.file.address.host)
        title = f"{doc.plan.organisation.name} – {name} – Dekkingsplan"
        if doc.read_only:
            title += " " + self.tr("(alleen-lezen)")
        self.setWindowTitle(title)

    def _failed(self, message: str) -> None:
        self.statusBar().showMessage(i18n.sentence(message), 10000)

    def _saved(self, _change: object) -> None:
        self._update_title()
        self.statusBar().showMessage(self.tr("Bewaard."), 3000)

    # --- screens -----------------------------------------------------------------------------------------

    def screen(self, screen_class: type[Screen]) -> Screen:
        """The open plan's screen of this class (for tests and for screens that link to each other)."""
        return self.stack.screen(screen_class)

    def show_screen(self, screen_class: type[Screen]) -> Screen:
        return self.stack.show_screen(screen_class)

    # --- the window --------------------------------------------------------------------------------------

    def show_manual(self) -> QWidget:
        """Help › Handleiding: the guide beside the window (one at a time; asked again, it comes to the front)."""
        from dekkingsplan.ui.widgets.manual import ManualDialog

        dialog = getattr(self, "manual", None)
        if dialog is None or not dialog.isVisible():
            dialog = self.manual = ManualDialog(self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from dekkingsplan import __version__

        QMessageBox.about(self, self.tr("Over Dekkingsplan"),
                          self.tr("Dekkingsplan {version}\n\nBegroting en dekkingsplan voor kleine "
                                  "welzijnsorganisaties. Werkt zonder internet; uw plan blijft op deze computer.")
                          .format(version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing is lost: an open cell editor is committed, and every edit is already in the file; what was
        typed wrong (and so not saved) is named first."""
        if not self._may_leave():
            event.ignore()
            return
        if self.document is not None:
            if self.document.path is None or not self.document.path.exists():
                self._make_file(self.document)  # a demo closed within a blink still gets its file
        self.settings.setValue("window/geometry", self.saveGeometry())
        self._set_document(None)
        self.settings.sync()
        super().closeEvent(event)
