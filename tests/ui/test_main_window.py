"""The main window over real plan files, as a treasurer uses it: a new plan, a cost and a subsidy, the gap in the
overview, undo and redo, closing and opening again; files the store refuses; the demo; what is remembered."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from dekkingsplan.core.model import Status
from dekkingsplan.resources import demo_plan_path
from dekkingsplan.ui.screens.costs import CostsScreen
from dekkingsplan.ui.screens.overview import OverviewScreen
from dekkingsplan.ui.screens.sources import SourcesScreen
from dekkingsplan.ui.widgets.new_plan import NewPlanWizard


def _wizard_answers(monkeypatch, *, name: str, first: int, last: int, reserve: str, path: Path) -> None:
    """The treasurer fills in the new-plan wizard; each page checks its answers as it would on Next."""

    def exec_(wizard: NewPlanWizard) -> int:
        page = wizard.plan_page
        page.name.setText(name)
        page.first_year.setValue(first)
        page.last_year.setValue(last)
        page.reserve.setText(reserve)
        assert page.validatePage(), page.error.text()
        wizard.save_page.path.setText(str(path))
        assert wizard.save_page.validatePage(), wizard.save_page.error.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewPlanWizard, "exec", exec_)


def _type(qtbot, editor, text: str) -> None:
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest only types ASCII; an input method puts in "ö" and "€" like this
        editor.insert(text)


def _type_into(qtbot, screen, line_id: str, key: str, text: str) -> None:
    """Open a cell as a double click does, type, and press Enter."""
    screen.select_line(line_id, key, edit=True)
    editor = screen.table.indexWidget(screen.table.currentIndex())
    _type(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.table.indexWidget(screen.table.currentIndex()) is None)


def _gap_row(window) -> list[str]:
    overview = window.show_screen(OverviewScreen)
    model = overview.model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "Tekort")
    return [model.data(model.index(row, c)) for c in range(1, model.columnCount() - 1)]


def _press(qtbot, window, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, key, modifiers)


def test_new_plan_cost_and_subsidy_then_undo_close_and_reopen(qtbot, make_window, monkeypatch, tmp_path):
    path = tmp_path / "De Brug.dekkingsplan"
    _wizard_answers(monkeypatch, name="Vadercentrum De Brug", first=2026, last=2030, reserve="2.500", path=path)
    window = make_window()
    window.new_action.trigger()
    assert path.exists()
    assert window.windowTitle() == "Vadercentrum De Brug – De Brug.dekkingsplan – Dekkingsplan"
    assert _gap_row(window) == ["–"] * 5

    costs = window.show_screen(CostsScreen)
    qtbot.mouseClick(costs.add_button, Qt.MouseButton.LeftButton)
    editor = costs.table.indexWidget(costs.table.currentIndex())  # the new line's name, open for typing
    _type(qtbot, editor, "Coördinator")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.plan.costs[0].name == "Coördinator")
    line_id = window.document.plan.costs[0].id
    _type_into(qtbot, costs, line_id, "amount", "43.150")
    assert _gap_row(window) == ["43.150,00"] * 5

    sources = window.show_screen(SourcesScreen)
    qtbot.mouseClick(sources.add_button, Qt.MouseButton.LeftButton)
    source_id = window.document.plan.sources[0].id
    sources.commit_pending()
    _type_into(qtbot, sources, source_id, "name", "Subsidie inclusie")
    _type_into(qtbot, sources, source_id, "amount", "€ 30.000")
    assert _gap_row(window) == ["35.650,00"] * 5  # nog aan te vragen: 25% of 30.000 is expected
    model = sources.model
    assert model.setData(model.cell(model.row_of(source_id), "status"), Status.COMMITTED)
    assert _gap_row(window) == ["13.150,00"] * 5

    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.plan.sources[0].status == Status.PLANNED
    assert _gap_row(window) == ["35.650,00"] * 5
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _gap_row(window) == ["13.150,00"] * 5
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.document.plan.sources[0].status == Status.COMMITTED

    window.close()
    again = make_window()
    assert again.start.recent.count() == 1
    again.start.recent.itemActivated.emit(again.start.recent.item(0))
    assert again.windowTitle() == "Vadercentrum De Brug – De Brug.dekkingsplan – Dekkingsplan"
    plan = again.document.plan
    assert [(c.name, c.amount) for c in plan.costs] == [("Coördinator", 4315000)]
    assert [(s.name, s.amount, s.status) for s in plan.sources] == [("Subsidie inclusie", 3000000, Status.COMMITTED)]
    assert plan.opening_reserve == 250000
    assert _gap_row(again) == ["13.150,00"] * 5


def test_a_bad_amount_is_refused_at_the_field_and_the_file_keeps_the_old_one(qtbot, make_window, demo_file):
    window = make_window()
    assert window.open_path(demo_file)
    costs = window.show_screen(CostsScreen)
    _type_into(qtbot, costs, "coord", "amount", "12,5,0")
    assert costs.message.text() == ("Bedrag: '12,5,0' is geen bedrag: de komma's staan op de verkeerde plaats — "
                                    "de vorige waarde is bewaard.")
    assert costs.model.data(costs.model.cell(costs.model.row_of("coord"), "amount")) == "43.150,00"
    window.close()
    again = make_window()
    assert again.open_path(demo_file)
    assert again.document.plan.cost("coord").amount == 4315000


def test_an_open_cell_editor_is_saved_when_the_window_closes(qtbot, make_window, demo_file):
    window = make_window()
    window.open_path(demo_file)
    costs = window.show_screen(CostsScreen)
    costs.select_line("huur", "amount", edit=True)
    editor = costs.table.indexWidget(costs.table.currentIndex())
    editor.selectAll()
    qtbot.keyClicks(editor, "1.450")
    window.close()  # without Enter: closing the window loses nothing
    again = make_window()
    again.open_path(demo_file)
    assert again.document.plan.cost("huur").amount == 145000


def test_a_file_the_store_refuses_gives_its_message_and_the_app_stays_usable(qtbot, make_window, dialogs, tmp_path,
                                                                          demo_file):
    word = tmp_path / "Notulen.dekkingsplan"
    word.write_bytes(b"PK\x03\x04" + b"word/document.xml" * 40)
    window = make_window()
    assert not window.open_path(word)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("warning", "Plan niet geopend")
    assert text.startswith("Notulen.dekkingsplan kan niet worden geopend.")
    assert text.endswith(f"{word} is geen planbestand van Dekkingsplan maar een ander soort bestand.")  # a sentence
    assert window.document is None and window.central.currentWidget() is window.start
    assert word.read_bytes().startswith(b"PK\x03\x04")
    assert window.open_path(demo_file)  # still usable


def test_a_plan_open_in_another_window_can_be_opened_read_only(qtbot, make_window, dialogs, demo_file):
    first = make_window()
    assert first.open_path(demo_file)
    second = make_window()
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert second.open_path(demo_file)
    assert dialogs.shown[-1][0] == "question"
    assert second.windowTitle().endswith(" (alleen-lezen) – Dekkingsplan")
    # a bar above every screen says why nothing can be changed; the writable window has none
    assert second.stack.read_only_bar.isVisible() and "Alleen-lezen" in second.stack.read_only_bar.text()
    assert not first.stack.read_only_bar.isVisible()
    costs = second.show_screen(CostsScreen)
    assert not costs.add_button.isEnabled()
    model = costs.model
    assert not model.flags(model.cell(0, "amount")) & Qt.ItemFlag.ItemIsEditable
    dialogs.answer = QMessageBox.StandardButton.No
    third = make_window()
    assert not third.open_path(demo_file)
    assert third.document is None


def test_the_demo_opens_as_a_fresh_copy_and_the_shipped_demo_is_untouched(qtbot, make_window):
    before = hashlib.sha256(demo_plan_path().read_bytes()).hexdigest()
    window = make_window()
    assert window.open_demo()
    assert window.windowTitle() == "Stichting Buurtkamer De Wissel – Demoplan.dekkingsplan – Dekkingsplan"
    qtbot.waitUntil(lambda: window.document.has_file)  # made right after the window's first paint
    assert window.document.path.exists()
    costs = window.show_screen(CostsScreen)
    model = costs.model
    assert model.setData(model.cell(model.row_of("huur"), "amount"), "1.500")
    assert window.document.path.suffix == ".dekkingsplan"
    assert window.document.path.parent != demo_plan_path().parent
    assert hashlib.sha256(demo_plan_path().read_bytes()).hexdigest() == before


def test_an_edit_to_the_demo_before_the_first_paint_makes_its_file_first(qtbot):
    from PySide6.QtCore import QSettings

    from dekkingsplan.ui.main_window import MainWindow

    window = MainWindow(QSettings())
    qtbot.addWidget(window)  # never shown, so never painted
    window.open_demo()
    assert not window.document.has_file and not window.document.path.exists()
    costs = window.screen(CostsScreen)
    model = costs.model
    assert model.setData(model.cell(model.row_of("huur"), "amount"), "1.500")
    assert window.document.has_file and window.document.path.exists()
    assert window.document.file.plan.cost("huur").amount == 150000


def test_window_size_and_recent_files_are_remembered(qtbot, make_window, demo_file):
    window = make_window()
    window.resize(1000, 640)
    window.open_path(demo_file)
    window.close()
    again = make_window()
    assert again.recent_files() == [str(demo_file.resolve())]
    assert again.last_file() == str(demo_file.resolve())
    assert again.start.recent.item(0).text().startswith("De Wissel")
    assert [a.text() for a in again.recent_menu.actions()] == ["De Wissel.dekkingsplan"]


def test_the_screens_are_reached_from_the_list_and_with_ctrl_and_a_number(qtbot, make_window, demo_file):
    window = make_window()
    window.open_path(demo_file)
    assert [window.nav.item(i).text() for i in range(3)] == ["Overzicht", "Begroting", "Dekking"]
    rect = window.nav.visualItemRect(window.nav.item(2))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(window.pages.currentWidget(), SourcesScreen)
    _press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.pages.currentWidget(), CostsScreen)


def test_run_opens_the_file_or_the_demo_as_the_command_line_asks(qtbot, monkeypatch, demo_file):
    from PySide6.QtWidgets import QApplication

    from dekkingsplan.ui import app
    from dekkingsplan.ui.main_window import MainWindow

    monkeypatch.setattr(QApplication, "exec", lambda *_args: 0)
    before = set(QApplication.topLevelWidgets())
    assert app.run(str(demo_file)) == 0
    assert app.run(None, demo=True) == 0
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in before]
    for w in windows:
        qtbot.addWidget(w)
    # both windows appear at once; the file is opened, and the demo's copy made, right after the first paint
    qtbot.waitUntil(lambda: all(w.document is not None and w.document.has_file for w in windows))
    titles = sorted(w.windowTitle() for w in windows)
    assert titles == ["Stichting Buurtkamer De Wissel – De Wissel.dekkingsplan – Dekkingsplan",
                      "Stichting Buurtkamer De Wissel – Demoplan.dekkingsplan – Dekkingsplan"]


@pytest.mark.parametrize(("reserve", "message"), [
    ("12,5,0", "Beginreserve: '12,5,0' is geen bedrag: de komma's staan op de verkeerde plaats."),
    ("", "Beginreserve: '' is geen bedrag: het is leeg."),
])
def test_the_wizard_explains_a_wrong_answer_on_its_page(qtbot, reserve, message):
    wizard = NewPlanWizard()
    qtbot.addWidget(wizard)
    page = wizard.plan_page
    page.name.setText("Vadercentrum De Brug")
    page.reserve.setText(reserve)
    assert not page.validatePage()
    assert page.error.text() == message
    page.reserve.setText("0")
    page.last_year.setValue(page.first_year.value() - 1)
    assert not page.validatePage()
    assert page.error.text() == "Jaren: ligt vóór het eerste jaar."
    page.last_year.setValue(page.first_year.value() + 4)
    assert page.validatePage()


def test_the_wizard_will_not_overwrite_an_existing_file(qtbot, tmp_path):
    existing = tmp_path / "Plan.dekkingsplan"
    existing.write_bytes(b"old")
    wizard = NewPlanWizard()
    qtbot.addWidget(wizard)
    wizard.save_page.path.setText(str(tmp_path / "Plan"))
    assert wizard.save_page.chosen_path() == existing
    assert not wizard.save_page.validatePage()
    assert wizard.save_page.error.text() == "Er staat al een bestand Plan.dekkingsplan in die map; kies een andere naam."



def test_every_registry_entry_names_its_screen():
    from dekkingsplan.ui.screens.base import Screen
    from dekkingsplan.ui.screens.registry import SCREEN_ENTRIES

    for entry in SCREEN_ENTRIES:
        screen_class = entry.load()
        assert issubclass(screen_class, Screen) and entry.is_for(screen_class)


def test_opening_the_plan_that_is_already_open_keeps_it_as_it_is(qtbot, make_window, dialogs, demo_file):
    window = make_window()
    assert window.open_path(demo_file)
    document = window.document
    assert window.open_path(demo_file)
    assert window.document is document and not dialogs.shown
