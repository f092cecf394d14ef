"""Bankafschrift inlezen: a transaction's date is written as everywhere else in the app (1 dec 2026)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

STATEMENTS = Path(__file__).parents[1] / "core" / "bank" / "statements"


def test_the_dates_of_a_statement_are_dutch(qtbot, make_window, demo_file, monkeypatch) -> None:
    from dekkingsplan.ui.screens.realisation import RealisationScreen

    window = make_window()
    assert window.open_path(demo_file)
    screen = window.show_screen(RealisationScreen)
    statement = STATEMENTS / "ing.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(statement), ""))
    # the sample is of another account than the demo organisation's: read it anyway
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(screen.bank_button, Qt.MouseButton.LeftButton)
    dialog = screen.bank_dialog
    model = dialog.model
    dates = {model.data(model.cell(r, "date")) for r in range(model.rowCount())}
    assert "1 dec 2026" in dates and "31 dec 2026" in dates  # ing.csv: 1 and 31 December 2026
