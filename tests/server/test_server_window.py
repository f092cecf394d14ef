"""The window on a plan on a server: opened through Bestand › Openen van server… by typing, following another
board member's edits, and refusing (then reloading) an edit made on an out-of-date copy."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from dekkingsplan.core.edits import ReplaceRecord, SetOrganisation
from dekkingsplan.store.server import ServerAddress, ServerPlan, create_server_plan
from tests.plans.examples import demo


@pytest.fixture
def window(qtbot, tmp_path: Path):
    from dekkingsplan.ui.main_window import MainWindow

    made = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(made)
    made.resize(1200, 800)
    made.show()
    return made


def test_open_from_the_server_by_typing_then_follow_and_conflict(qtbot, window, database: str) -> None:
    from dekkingsplan.ui.widgets.server_dialog import SETTINGS_KEY, ServerDialog

    address = ServerAddress.parse(f"{database}?plan=wissel")
    create_server_plan(address, demo()).close()

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ServerDialog):
            QTimer.singleShot(20, fill_in)
            return
        for field, text in ((dialog.host, address.host), (dialog.database, address.database),
                            (dialog.user, address.user)):
            field.clear()
            qtbot.keyClicks(field, text)
        dialog.port.selectAll()
        qtbot.keyClicks(dialog.port, str(address.port))
        qtbot.keyClicks(dialog.plan.lineEdit(), address.plan)
        qtbot.keyClicks(dialog.password, "geheim-wachtwoord")  # trust auth: accepted, and never remembered
        button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    assert window.open_server_dialog()
    document = window.document
    assert document is not None and document.shared
    assert "Stichting Buurtkamer De Wissel" in window.windowTitle() and "wissel op 127.0.0.1" in window.windowTitle()
    remembered = window.settings.value(SETTINGS_KEY)
    assert remembered == str(address) and "geheim" not in remembered

    # another board member renames the organisation on the server
    other = ServerPlan.open(address)
    other.apply(SetOrganisation(other.plan.organisation, replace(other.plan.organisation, name="De Wissel")))
    # the window looks for others' edits by itself, every few seconds
    qtbot.waitUntil(lambda: window.windowTitle().startswith("De Wissel –"), timeout=10_000)
    assert document.plan.organisation.name == "De Wissel"

    # ... and changes the first cost; an edit made here on the old copy is refused, then the plan reloads
    cost = other.plan.costs[0]
    other.apply(ReplaceRecord(cost, replace(cost, amount=50_000_00)))
    mine = document.plan.costs[0]
    messages: list[str] = []
    document.failed.connect(messages.append)
    assert not document.apply(ReplaceRecord(mine, replace(mine, amount=1_00)))
    assert "iemand anders heeft dit plan intussen gewijzigd" in messages[0]
    qtbot.waitUntil(lambda: document.plan.costs[0].amount == 50_000_00)
    assert not document.undo_stack.canUndo()  # the history belonged to the old copy
    again = document.plan.costs[0]
    assert document.apply(ReplaceRecord(again, replace(again, amount=1_00)))
    assert ServerPlan.open(address).plan.costs[0].amount == 1_00
    window.close_plan()
