"""Bestand › Plannen vergelijken…: an advisor chooses a folder, sorts by what must still be raised and opens the
plan that needs it most with a double click."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from dekkingsplan.core import planjson
from dekkingsplan.core.model import Status
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.ui.widgets.portfolio_dialog import PortfolioDialog
from tests.core.test_portfolio import short_of_money
from tests.plans.builders import cost, plan


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    plans = tmp_path / "initiatieven"
    plans.mkdir()
    zwolle = short_of_money()
    PlanFile.create(plans / "zwolle.dekkingsplan",
                    replace(zwolle, organisation=replace(zwolle.organisation, name="Buurtkamer Zwolle"))).close()
    calm = plan(2026, 2027, reserve=5_000_00, costs=[cost("huur", 1_000_00)])
    PlanFile.create(plans / "rustig.dekkingsplan",
                    replace(calm, organisation=replace(calm.organisation, name="Huiswerkklas Rustig"))).close()
    (plans / "kapot.json").write_text("{", encoding="utf-8")
    return plans


def click_header(qtbot, dialog: PortfolioDialog, key: str) -> None:
    header = dialog.table.horizontalHeader()
    column = dialog.model.column_index(key)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_choose_a_folder_sort_and_open_the_plan_that_needs_most(qtbot, make_window, folder, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    window = make_window()
    seen: dict[str, object] = {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PortfolioDialog):  # not shown yet: look again in a moment
            QTimer.singleShot(20, in_dialog)
            return
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
        seen["organisations"] = [dialog.model.rows[i].organisation for i in range(dialog.model.rowCount())]
        seen["problems"] = dialog.problems.text()
        seen["summary"] = dialog.summary.text()
        click_header(qtbot, dialog, "to_raise")  # ascending: the calm plan (nothing to raise) first
        click_header(qtbot, dialog, "to_raise")  # descending: the plan that needs most first
        first = dialog.proxy.index(0, 0)
        seen["first"] = dialog.proxy.data(first)
        rect = dialog.table.visualRect(first)
        # a real double click: press and release, then the second press that Qt reports as a double click
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        if dialog.isVisible():  # the double click did not close it: close it, so the test fails, not hangs
            seen["still open"] = True
            dialog.reject()

    QTimer.singleShot(0, in_dialog)
    window.compare_action.trigger()
    assert seen["organisations"] == ["Huiswerkklas Rustig", "Buurtkamer Zwolle"]  # by file name: rustig, zwolle
    assert "kapot.json" in seen["problems"]
    assert "2 plannen" in seen["summary"] and "3.500,00" in seen["summary"]
    assert seen["first"] == "Buurtkamer Zwolle"
    assert "still open" not in seen
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.document.path.name == "zwolle.dekkingsplan"
    assert "Buurtkamer Zwolle" in window.windowTitle()


def test_the_scenario_changes_the_figures(qtbot, folder: Path) -> None:
    dialog = PortfolioDialog()
    qtbot.addWidget(dialog)
    applied = replace(short_of_money(), sources=[
        replace(s, status=Status.APPLIED) if s.id == "gemeente" else s for s in short_of_money().sources])
    path = folder / "aangevraagd.json"
    path.write_text(planjson.dumps(applied), encoding="utf-8")
    dialog.show_paths([path])
    expected = dialog.model.rows[0].to_raise_total
    dialog.scenario.setCurrentIndex(dialog.scenario.findData("secured"))
    assert dialog.model.rows[0].to_raise_total > expected  # without the applied subsidy more must come in
    assert dialog.model.rows[0].to_raise_total == 15_500_00


def test_a_plan_json_that_breaks_before_it_is_opened_is_refused_in_dutch(qtbot, make_window, dialogs, folder,
                                                                          monkeypatch, tmp_path):
    """The advisor double-clicks a plan JSON in the comparison; meanwhile a colleague broke it in the shared
    folder: the plan is not made and the sentence why is Dutch, as the rest of the window."""
    path = folder / "gedeeld.json"
    path.write_text(planjson.dumps(short_of_money()), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "gedeeld.dekkingsplan"), ""))
    window = make_window()

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PortfolioDialog):
            QTimer.singleShot(20, in_dialog)
            return
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
        row = next(r for r in range(dialog.proxy.rowCount()) if "gedeeld.json" in str(dialog.model.rows[
            dialog.proxy.mapToSource(dialog.proxy.index(r, 0)).row()].file))
        path.write_text(path.read_text(encoding="utf-8").replace('"format"', '"formaat"', 1), encoding="utf-8")
        rect = dialog.table.visualRect(dialog.proxy.index(row, 0))
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, in_dialog)
    window.compare_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("warning", "Plan niet geopend")
    assert "gedeeld.json kan niet worden geopend" in text
    assert "unknown key" not in text and "onbekende sleutel" in text, text
    assert not (tmp_path / "gedeeld.dekkingsplan").exists()
