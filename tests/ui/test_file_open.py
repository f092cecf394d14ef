"""A plan double-clicked in the Finder reaches the window as a FileOpen event and is opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from dekkingsplan.ui.file_open import FileOpenFilter


def test_a_file_handed_over_by_the_system_opens_in_the_window(make_window, demo_file: Path):
    window = make_window()
    watcher = FileOpenFilter(window.open_path, window)
    app = QApplication.instance()
    app.installEventFilter(watcher)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(demo_file))))
    finally:
        app.removeEventFilter(watcher)
    assert window.document is not None
    assert window.document.plan.organisation.name == "Stichting Buurtkamer De Wissel"
    assert demo_file.name in window.windowTitle()
