"""A user at the keyboard and mouse: the only way the flow tests touch the window.

Keys go to the widget that has the focus, as they would on a real keyboard; menus open by their mnemonics; cells
are clicked at their place on screen; a modal dialog is answered from inside its own event loop, by keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QWidget

Key = Qt.Key
Mod = Qt.KeyboardModifier
# keys QTest.keyClicks cannot type as themselves (it sends their text with no key code)
_KEYS = {" ": Key.Key_Space, "\n": Key.Key_Return, "\t": Key.Key_Tab}


class User:
    """Types, clicks and answers dialogs; waits for the window to settle after each step."""

    KEY = Key

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self._pending: list[Callable[[QWidget], None]] = []
        self._seen: list[QWidget] = []  # kept, so that no new dialog can take an old one's place
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._answer_dialog)

    # --- the keyboard ------------------------------------------------------------------------------------

    def focus(self) -> QWidget:
        widget = QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow()
        if widget is None:  # a dialog closed: the window system gives the keyboard back to the main window
            main = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()),
                        None)
            assert main is not None, "no window has the keyboard focus"
            main.activateWindow()
            self.qtbot.waitUntil(main.isActiveWindow)
            widget = QApplication.focusWidget() or main
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Mod.NoModifier) -> None:
        QTest.keyClick(self.focus(), key, modifiers)
        # a button's letter (Alt+T) "animates" the click: pressed now, clicked some 100 ms later
        self.settle(160 if modifiers & Mod.AltModifier else 10)

    def type(self, text: str) -> None:
        """Type text into whatever has the focus, a key at a time (also ö and €, as a keyboard layout sends)."""
        for ch in text:
            target = self.focus()
            if ch in _KEYS:
                QTest.keyClick(target, _KEYS[ch])
            elif ch.isascii():
                QTest.keyClicks(target, ch)
            else:
                for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, 0, Mod.NoModifier, ch))
        self.settle()

    def menu(self, *letters: str) -> None:
        """Alt+first letter opens a menu of the menu bar; each next letter picks by its mnemonic."""
        first, *rest = letters
        QTest.keyClick(self.focus(), getattr(Key, f"Key_{first.upper()}"), Mod.AltModifier)
        self.settle()
        for letter in rest:
            popup = QApplication.activePopupWidget()
            assert popup is not None, f"no menu open to choose '{letter}' in"
            QTest.keyClick(popup, getattr(Key, f"Key_{letter.upper()}"))
            self.settle()

    # --- the mouse ---------------------------------------------------------------------------------------

    def click(self, widget: QWidget, at: QPoint | None = None, *, double: bool = False) -> None:
        where = at if at is not None else widget.rect().center()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Mod.NoModifier, where)
        if double:
            QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, Mod.NoModifier, where)
        self.settle()

    def cell_point(self, table: QAbstractItemView, row: int, column: int) -> QPoint:
        """Where a cell is on screen (in the viewport); it must be in view, as a user sees it."""
        rect = table.visualRect(table.model().index(row, column))
        assert rect.isValid() and table.viewport().rect().contains(rect.center()), (
            f"cell ({row}, {column}) is not in view")
        return rect.center()

    def click_cell(self, table: QAbstractItemView, row: int, column: int, *, double: bool = False) -> None:
        self.click(table.viewport(), self.cell_point(table, row, column), double=double)

    def go_to(self, window, title: str) -> QWidget:
        """Click a screen's name in the navigation list; the screen shown is returned."""
        nav = window.nav
        item = next((nav.item(i) for i in range(nav.count()) if nav.item(i).text() == title), None)
        assert item is not None, f"no screen '{title}' in the navigation"
        self.click(nav.viewport(), nav.visualItemRect(item).center())
        return window.pages.currentWidget()

    # --- dialogs -----------------------------------------------------------------------------------------

    def when_dialog(self, answer: Callable[[QWidget], None]) -> None:
        """The next modal dialog that opens gets ``answer(dialog)``, run inside the dialog's own loop."""
        self._pending.append(answer)
        self._timer.start()

    def _answer_dialog(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or any(dialog is d for d in self._seen) or not dialog.isVisible() or not self._pending:
            return
        self._seen.append(dialog)
        answer = self._pending.pop(0)
        if not self._pending:
            self._timer.stop()
        dialog.activateWindow()
        self.settle()
        answer(dialog)

    def dialogs_answered(self) -> bool:
        return not self._pending

    # --- waiting -----------------------------------------------------------------------------------------

    def settle(self, ms: int = 10) -> None:
        QTest.qWait(ms)
