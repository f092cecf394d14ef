"""What a treasurer expects of a desktop program, through the real window's menus and keys: Bestand › Kopie opslaan
als…, Bestand › Reservekopie terugzetten…, Help › Handleiding, and the first step after the new-plan wizard."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from dekkingsplan.core.edits import ReplaceRecord
from dekkingsplan.core.model import Category
from dekkingsplan.store.backups import list_backups
from dekkingsplan.store.reader import read_plan
from dekkingsplan.ui.screens.costs import CostsScreen
from dekkingsplan.ui.widgets.backups_dialog import BackupsDialog
from dekkingsplan.ui.widgets.manual import ManualDialog
from dekkingsplan.ui.widgets.new_plan import NewPlanWizard


@pytest.fixture
def window(make_window, demo_file: Path, qtbot):
    window = make_window()
    assert window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _menu(qtbot, window, key: Qt.Key, item: Qt.Key, menu) -> None:
    """A menu by its mnemonic (Alt+key), then an item by its own."""
    qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, item)


def _save_as(monkeypatch, answer: Path | str) -> list[tuple[str, str]]:
    """The system's save dialog (native, so it cannot be typed into here) answers ``answer``."""
    asked: list[tuple[str, str]] = []

    def get_save(_parent, title, suggestion, _filter):
        asked.append((title, suggestion))
        return str(answer), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    return asked


def _rename_coordinator(window, name: str) -> None:
    old = window.document.plan.cost("coord")
    assert window.document.apply(ReplaceRecord(old, replace(old, name=name)))


# --- Kopie opslaan als… ----------------------------------------------------------------------------------------


def test_save_a_copy_keeps_working_in_the_plan_that_is_open(qtbot, window, demo_file, monkeypatch, tmp_path):
    _rename_coordinator(window, "Coördinator 0,8 fte")
    copy = tmp_path / "Voor het fonds"
    asked = _save_as(monkeypatch, copy)
    _menu(qtbot, window, Qt.Key.Key_B, Qt.Key.Key_K, window.file_menu)  # Bestand › Kopie opslaan als…
    qtbot.waitUntil(lambda: Path(f"{copy}.dekkingsplan").exists())
    assert asked == [("Kopie opslaan als", str(tmp_path / "De Wissel (kopie).dekkingsplan"))]
    copied = read_plan(Path(f"{copy}.dekkingsplan"))
    assert copied == window.document.plan
    assert copied.cost("coord").name == "Coördinator 0,8 fte"
    assert window.document.path == demo_file  # the treasurer goes on in the plan that was open
    assert window.statusBar().currentMessage() == ("Kopie bewaard als Voor het fonds.dekkingsplan. "
                                                   "U werkt verder in De Wissel.dekkingsplan.")
    _rename_coordinator(window, "Coördinator")  # an edit after the copy changes the plan, not the copy
    assert read_plan(Path(f"{copy}.dekkingsplan")).cost("coord").name == "Coördinator 0,8 fte"
    assert read_plan(demo_file).cost("coord").name == "Coördinator"


def test_a_copy_over_the_open_plan_itself_is_refused(qtbot, window, demo_file, monkeypatch, dialogs):
    before = demo_file.read_bytes()
    _save_as(monkeypatch, demo_file)
    assert window.files.save_copy() is None
    (kind, title, text), = dialogs.shown
    assert (kind, title) == ("warning", "Geen kopie gemaakt")
    assert text == "De Wissel.dekkingsplan is het plan dat nu open is. Kies een andere naam voor de kopie."
    assert demo_file.read_bytes() == before


def test_a_copy_into_a_missing_folder_says_why_in_a_sentence(qtbot, window, monkeypatch, dialogs, tmp_path):
    _save_as(monkeypatch, tmp_path / "nergens" / "kopie.dekkingsplan")
    assert window.files.save_copy() is None
    (kind, title, text), = dialogs.shown
    assert title == "Geen kopie gemaakt"
    assert text.startswith(f"De kopie kon niet worden bewaard in {tmp_path / 'nergens' / 'kopie.dekkingsplan'}.")
    assert text.endswith(".")
    assert not (tmp_path / "nergens").exists()


def test_file_actions_wait_for_an_open_plan(make_window):
    window = make_window()
    assert not window.files.save_copy_action.isEnabled()
    assert not window.files.restore_action.isEnabled()


# --- Reservekopie terugzetten… --------------------------------------------------------------------------------


def _when_dialog_opens(qtbot, act) -> list:
    """Run ``act(dialog)`` on the modal dialog as soon as it is shown (its exec() holds the test meanwhile)."""
    seen: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, BackupsDialog) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_restore_a_backup_after_a_yes_and_the_current_file_is_kept_as_a_backup(qtbot, window, demo_file,
                                                                              dialogs):
    # opening made a backup of the plan as it was; then the treasurer renames a line by mistake
    _rename_coordinator(window, "Per ongeluk gewijzigd")
    backups_before = list_backups(demo_file)
    assert [b.reason for b in backups_before] == ["open"]
    dialogs.answer = QMessageBox.StandardButton.Yes
    seen = _when_dialog_opens(qtbot, lambda dialog: qtbot.keyClick(dialog.list, Qt.Key.Key_Return))
    _menu(qtbot, window, Qt.Key.Key_B, Qt.Key.Key_T, window.file_menu)  # Bestand › Reservekopie terugzetten…
    qtbot.waitUntil(lambda: window.document is not None
                    and window.document.plan.cost("coord").name == "Coördinator 0,6 fte")
    dialog, = seen
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(1) == "bij het openen"
    (kind, title, text), = dialogs.shown
    assert (kind, title) == ("question", "Reservekopie terugzetten?")
    assert "De huidige versie wordt eerst zelf als reservekopie bewaard" in text
    assert read_plan(demo_file).cost("coord").name == "Coördinator 0,6 fte"
    assert window.document.path == demo_file
    assert not window.document.undo_stack.canUndo()
    # the version with the mistake is kept too: restoring can itself be undone by restoring that backup
    kept = [b for b in list_backups(demo_file) if b.reason == "restore"]
    assert len(kept) == 1
    assert read_plan(kept[0].path).cost("coord").name == "Per ongeluk gewijzigd"
    assert window.statusBar().currentMessage() == ("Reservekopie teruggezet. De vorige versie staat bij de "
                                                   "reservekopieën.")


def test_no_to_the_question_or_escape_changes_nothing(qtbot, window, demo_file, dialogs):
    _rename_coordinator(window, "Blijft zo")
    before = demo_file.read_bytes()
    dialogs.answer = QMessageBox.StandardButton.No
    seen = _when_dialog_opens(qtbot, lambda dialog: (qtbot.mouseClick(dialog.restore_button,
                                                                      Qt.MouseButton.LeftButton),
                                                     qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)))
    assert window.files.restore_backup() is False
    assert len(seen) == 1 and [kind for kind, _t, _x in dialogs.shown] == ["question"]
    assert demo_file.read_bytes() == before
    assert window.document.plan.cost("coord").name == "Blijft zo"
    assert window.document.undo_stack.canUndo()


def test_a_plan_without_backups_says_so_and_cannot_restore(qtbot, make_window, tmp_path, demo_plan, monkeypatch):
    from dekkingsplan.store.planfile import PlanFile

    monkeypatch.setenv("DEKKINGSPLAN_DATA_DIR", str(tmp_path / "elders"))
    path = tmp_path / "Nieuw.dekkingsplan"
    PlanFile.create(path, demo_plan).close()
    for backup in list_backups(path):
        backup.path.unlink()
    dialog = BackupsDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 0
    assert not dialog.empty.isHidden()
    assert not dialog.restore_button.isEnabled()


# --- Help › Handleiding ---------------------------------------------------------------------------------------


def test_f1_opens_the_manual_with_its_glossary(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "manual", None), ManualDialog) and window.manual.isVisible())
    text = window.manual.browser.toPlainText()
    assert "Woordenlijst" in text
    for word in ("Dekkingsplan", "Toegezegd", "In natura", "Reserve", "Verantwoording", "Resultaat"):
        assert f"\n{word}\n" in text, word
    assert window.manual.windowTitle() == "Handleiding – Dekkingsplan"
    again = window.show_manual()  # asked again: the same guide comes to the front, not a second one
    assert again is window.manual


def test_the_manual_by_the_help_menu_and_in_english(qtbot, window):
    from dekkingsplan.ui import i18n

    _menu(qtbot, window, Qt.Key.Key_H, Qt.Key.Key_H, window.help_menu)
    qtbot.waitUntil(lambda: getattr(window, "manual", None) is not None)
    window.manual.close()
    i18n.set_language("en")
    english = window.show_manual()
    assert "Glossary" in english.browser.toPlainText()


# --- after the wizard ----------------------------------------------------------------------------------------


def _wizard(monkeypatch, path: Path) -> None:
    def exec_(wizard: NewPlanWizard) -> int:  # the wizard's own pages are tested with the wizard
        page = wizard.plan_page
        page.name.setText("Vadercentrum De Brug")
        page.first_year.setValue(2026)
        page.last_year.setValue(2030)
        assert page.validatePage()
        wizard.save_page.path.setText(str(path))
        assert wizard.save_page.validatePage()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPlanWizard, "exec", exec_)


def test_after_the_wizard_the_next_step_is_the_first_cost(qtbot, make_window, monkeypatch, tmp_path):
    _wizard(monkeypatch, tmp_path / "De Brug.dekkingsplan")
    window = make_window()
    window.new_action.trigger()
    step = window.stack.next_step
    qtbot.waitUntil(step.isVisible)
    assert step.button.text() == "&Voeg uw eerste kosten toe"
    qtbot.mouseClick(step.button, Qt.MouseButton.LeftButton)
    costs = window.screen(CostsScreen)
    assert window.stack.pages.currentWidget() is costs
    editor = costs.table.indexWidget(costs.table.currentIndex())  # the new line's name, open for typing
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Huur buurthuis")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [c.name for c in window.document.plan.costs] == ["Huur buurthuis"])
    window.nav.setCurrentRow(0)
    assert step.isHidden()  # a plan with costs has an Overzicht to show


def test_no_next_step_over_a_plan_that_has_costs(window):
    assert window.stack.next_step.isHidden()


# --- copy and paste with a spreadsheet --------------------------------------------------------------------------


def _costs(qtbot, window):
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Beeld › Begroting
    costs = window.screen(CostsScreen)
    qtbot.waitUntil(lambda: window.stack.pages.currentWidget() is costs)
    return costs


def _click(qtbot, costs, line_id: str, key: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    index = costs.proxy.mapFromSource(costs.model.cell(costs.model.row_of(line_id), key))
    qtbot.mouseClick(costs.table.viewport(), Qt.MouseButton.LeftButton, modifier,
                     costs.table.visualRect(index).center())


def test_ctrl_c_copies_the_chosen_lines_as_tab_separated_dutch_numbers(qtbot, window):
    costs = _costs(qtbot, window)
    _click(qtbot, costs, "coord", "amount")
    _click(qtbot, costs, "vrijw-vergoeding", "amount", Qt.KeyboardModifier.ShiftModifier)
    QApplication.clipboard().clear()
    qtbot.keyClick(costs.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    rows = [line.split("\t") for line in QApplication.clipboard().text().splitlines()]
    assert [row[:3] for row in rows] == [
        ["Coördinator 0,6 fte", "personeel", "43.150,00"],
        ["Jongerenwerker 8 uur per week", "personeel", "13.520,00"],
        ["Vrijwilligersvergoedingen", "vrijwilligers", "450,00"],
    ]
    # the columns shown (in kind and the note are fields under the table, not columns)
    shown = [c for c in range(costs.model.columnCount()) if not costs.table.isColumnHidden(c)]
    assert {len(row) for row in rows} == {len(shown)}
    indexation = shown.index(costs.model.column_index("indexation"))
    assert [row[indexation] for row in rows] == ["2,5%", "2,5%", ""]


def test_a_block_of_amounts_from_excel_is_one_edit_and_one_undo(qtbot, window, demo_file):
    costs = _costs(qtbot, window)
    before = [window.document.plan.cost(i).amount for i in ("vrijw-vergoeding", "vrijw-scholing", "huur")]
    assert before == [450_00, 1800_00, 1395_00]
    _click(qtbot, costs, "vrijw-vergoeding", "amount")
    QApplication.clipboard().setText("475\r\n€ 1.950,00\r\n1.450,50\r\n")  # as Excel puts three cells there
    qtbot.keyClick(costs.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    plan = window.document.plan
    assert [plan.cost(i).amount for i in ("vrijw-vergoeding", "vrijw-scholing", "huur")] == [475_00, 1950_00,
                                                                                             1450_50]
    assert read_plan(demo_file).cost("huur").amount == 1450_50
    assert window.undo_action.text() == "&Ongedaan maken: 3 cellen plakken"
    window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [plan.cost(i).amount for i in ("vrijw-vergoeding", "vrijw-scholing", "huur")] == before
    assert not window.document.undo_stack.canUndo()


def test_a_block_with_bad_cells_is_refused_whole_in_one_sentence(qtbot, window, demo_file):
    costs = _costs(qtbot, window)
    file_before = demo_file.read_bytes()
    _click(qtbot, costs, "vrijw-vergoeding", "amount")
    QApplication.clipboard().setText("475\nabc\n12,5,0\n")
    qtbot.keyClick(costs.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert costs.message.text() == (
        "Niets geplakt: Bedrag van ‘Training en deskundigheidsbevordering vrijwilligers’: 'abc' is geen bedrag: "
        "gebruik alleen cijfers 0-9, een komma of een punt; Bedrag van ‘Huur buurtkamer Wisselstraat’: '12,5,0' is "
        "geen bedrag: de komma's staan op de verkeerde plaats.")
    assert window.document.plan.cost("vrijw-vergoeding").amount == 450_00  # the good cell is not half pasted
    assert not window.document.undo_stack.canUndo()
    assert demo_file.read_bytes() == file_before


def test_a_block_the_plan_rules_refuse_changes_nothing(qtbot, window):
    # the youth worker's amount follows from 416 hours × 32,50: another amount beside it is refused by the rules
    costs = _costs(qtbot, window)
    _click(qtbot, costs, "coord", "amount")
    QApplication.clipboard().setText("44000\n9999\n")
    qtbot.keyClick(costs.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert costs.message.text() == "Niets geplakt: Bedrag: klopt niet met aantal × tarief."
    assert window.document.plan.cost("coord").amount == 43150_00
    assert not window.document.undo_stack.canUndo()


# --- the Begroting on paper -------------------------------------------------------------------------------------


def test_begroting_afdrukken_shows_the_lines_on_screen_in_a_print_preview(qtbot, window):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    costs = _costs(qtbot, window)
    box = costs.filter_boxes["category"]
    box.setCurrentIndex(box.findData(Category.HOUSING))  # only the housing lines are shown, and printed
    assert costs.proxy.rowCount() == 4  # rent, energy, kitchen and the church hall (in kind)
    shown: list[tuple[int, str, int]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintPreviewDialog):
            QTimer.singleShot(20, look)
            return
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        document = dialog.costs_document
        shown.append((preview.pageCount(), document.toPlainText(), dialog.costs_printer.pageLayout().orientation()))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, look)
    _menu(qtbot, window, Qt.Key.Key_X, Qt.Key.Key_B, window.exports.menu)  # Exporteren › Begroting afdrukken…
    qtbot.waitUntil(lambda: bool(shown))
    (pages, text, orientation), = shown
    assert pages == 1
    assert "Huur buurtkamer Wisselstraat" in text and "Energie en servicekosten" in text
    assert "Coördinator" not in text
    assert "Alleen de getoonde regels: 4 van 18." in text
    assert "Gebruik kerkzaal voor de vadergroep" in text.split("Bijdragen in natura (buiten het totaal)")[1]
    assert orientation.name == "Landscape"  # five plan years
