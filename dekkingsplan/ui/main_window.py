"""The main window: the start screen, or an open plan with its screens (from the registry), menus and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from dekkingsplan import __version__
from dekkingsplan.core.model import Plan
from dekkingsplan.ui import ask, i18n
from dekkingsplan.ui.actions import make_action
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.export_menu import ExportActions
from dekkingsplan.ui.file_actions import FileActions
from dekkingsplan.ui.opening import PlanOpener
from dekkingsplan.ui.screens.base import Screen
from dekkingsplan.ui.widgets.screen_stack import ScreenStack
from dekkingsplan.ui.widgets.text_style import set_text_style

if TYPE_CHECKING:  # pragma: no cover
    from dekkingsplan.ui.screens.start import StartScreen

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

        self.opener = PlanOpener(self, self.settings)
        self.opener.recent_changed.connect(lambda _recent: self._fill_recent_menu())
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
        self.update_title()

    def _fit_screen(self) -> None:
        """The whole window, status bar included, on the screen's free area (a 1366×768 laptop has 768 pixels
        less a task bar, and a title bar the window system adds above the window)."""
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
            self.show_start()  # no plan open, none being opened: never an empty workspace
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
            self.show_start()
        else:
            row = self.nav.currentRow()
            self._build_screens()
            self.nav.setCurrentRow(max(0, row))
            self.close_action.setEnabled(True)
            self.update_title()

    # --- menus -------------------------------------------------------------------------------------------

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Bestand"))
        self.new_action = make_action(self, self.tr("&Nieuw plan…"), self.new_plan, QKeySequence.StandardKey.New,
                                      self.tr("Een nieuw plan maken"))
        self.open_action = make_action(self, self.tr("&Openen…"), self.open_dialog, QKeySequence.StandardKey.Open,
                                       self.tr("Een planbestand openen"))
        self.recent_menu = self.file_menu.addMenu(self.tr("&Recente bestanden"))
        self.demo_action = make_action(self, self.tr("&Demoplan openen"), self.open_demo, None,
                                       self.tr("Een verse kopie van het voorbeeldplan openen"))
        self.close_action = make_action(self, self.tr("Plan &sluiten"), self.close_plan, QKeySequence.StandardKey.Close,
                                        self.tr("Terug naar het startscherm; alles is al bewaard"))
        self.quit_action = make_action(self, self.tr("&Afsluiten"), self.close, QKeySequence.StandardKey.Quit)
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
        self.compare_action = make_action(self, self.tr("Plannen &vergelijken…"), self.opener.compare_plans, None,
                                          self.tr("Meerdere plannen naast elkaar: afhankelijkheid, reserve, "
                                                   "nog te werven"))
        self.file_menu.addAction(self.compare_action)
        self.server_action = make_action(self, self.tr("Op&enen van server…"), self.open_server_dialog, None,
                                         self.tr("Een plan openen dat op een gedeelde PostgreSQL-server staat"))
        self.file_menu.insertAction(self.recent_menu.menuAction(), self.server_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("Be&werken"))
        self.undo_action = make_action(self, self.tr("&Ongedaan maken"), self.undo_group.undo)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = make_action(self, self.tr("O&pnieuw"), self.undo_group.redo)
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
        self.settings_action = make_action(self, self.tr("&Instellingen…"), lambda: i18n.open_settings(self),
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
        self.manual_action = make_action(
            self, self.tr("&Handleiding"), self.show_manual, QKeySequence.StandardKey.HelpContents,
            self.tr("Een korte handleiding en de woorden van een dekkingsplan uitgelegd"))
        self.help_menu.addAction(self.manual_action)
        self.help_menu.addAction(make_action(self, self.tr("&Over Dekkingsplan"), self._about))
        self._fill_recent_menu()

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Ongedaan maken: {what}").format(what=text) if text
                                 else self.tr("&Ongedaan maken"))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("O&pnieuw: {what}").format(what=text) if text else self.tr("O&pnieuw"))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.opener.recent_files()
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

    # --- opening plans (``opening.PlanOpener``) ----------------------------------------------------------

    def recent_files(self) -> list[str]:
        return self.opener.recent_files()

    def last_file(self) -> str | None:
        return self.opener.last_file()

    def open_dialog(self) -> bool:
        return self.opener.open_dialog()

    def open_path(self, path: str | Path, *, read_only: bool = False) -> bool:
        return self.opener.open_path(path, read_only=read_only)

    def open_path_soon(self, path: str | Path) -> None:
        self.opener.open_path_soon(path)

    def create_plan(self, path: str | Path, plan: Plan, *, remember: bool = True) -> bool:
        return self.opener.create_plan(path, plan, remember=remember)

    def new_plan(self) -> bool:
        return self.opener.new_plan()

    def open_demo(self) -> bool:
        return self.opener.open_demo()

    def open_server_dialog(self) -> bool:
        return self.opener.open_server_dialog()

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
        self.set_document(None)
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
        lines = "\n".join(f"• {text}" for _screen, text in unsaved)
        if ask.yes_or_no(self, self.tr("Niet alles is bewaard"),
                         self.tr("Dit klopt niet en is daarom niet bewaard:\n\n{lines}\n\nToch sluiten? Kies Nee om "
                                 "het te verbeteren.").format(lines=lines), default_no=True):
            return True
        screen = unsaved[0][0]
        self.nav.setCurrentRow(self.stack.screens.index(screen))
        return False

    def warn(self, title: str, text: str) -> None:
        """A warning in a dialog over the window."""
        ask.warn(self, title, text)

    def set_document(self, document: PlanDocument | None) -> None:
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
            self.show_start()
            return
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.failed.connect(self._failed)
        document.changed.connect(self._saved)
        self.close_action.setEnabled(True)
        self.central.setCurrentWidget(self.workspace)
        self.nav.setCurrentRow(0)
        self.update_title()
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

    def show_start(self) -> None:
        self.central.setCurrentWidget(self.start)
        self.close_action.setEnabled(False)
        self.view_menu.clear()
        self.update_title()
        QTimer.singleShot(0, self.start.focus_first)

    def update_title(self) -> None:
        doc = self.document
        if doc is None:
            self.setWindowTitle(self.tr("Dekkingsplan"))
            return
        name = doc.path.name if doc.path else ""
        if doc.shared:
            name = self.tr("{plan} op {host}").format(plan=doc.file.name, host=doc.file.address.host)
        if doc.read_only:
            name += " " + self.tr("(alleen-lezen)")
        # the program's name last: a title not ending in it gets it added again by Qt (" — Dekkingsplan")
        self.setWindowTitle(f"{doc.plan.organisation.name} – {name} – Dekkingsplan")

    def _failed(self, message: str) -> None:
        self.statusBar().showMessage(i18n.sentence(message), 10000)

    def _saved(self, _change: object) -> None:
        self.update_title()
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
        ask.about(self, self.tr("Over Dekkingsplan"),
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
                self.opener.make_file(self.document)  # a demo closed within a blink still gets its file
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.set_document(None)
        self.settings.sync()
        super().closeEvent(event)
