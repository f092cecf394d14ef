"""After an export: the message says where the file is, and Alt+M opens that folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox


def test_alt_m_opens_the_folder_of_the_saved_file(qtbot, make_window, demo_file, monkeypatch, tmp_path) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = make_window()
    assert window.open_path(demo_file)
    target = tmp_path / "Deadlines.ics"
    # the system's save dialog (native, so it cannot be typed into here) answers with the target
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        box.activateWindow()
        qtbot.waitUntil(box.isActiveWindow)
        qtbot.keyClick(box, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
        QTimer.singleShot(200, lambda: box.isVisible() and box.reject())  # Alt+M did nothing: no hanging test

    QTimer.singleShot(0, answer)
    window.exports.ics_action.trigger()  # Exporteren › Agenda (iCalendar)
    assert target.exists()
    assert seen == [f"Deadlines.ics is opgeslagen in {tmp_path}."]
    assert [Path(p) for p in opened] == [tmp_path]
