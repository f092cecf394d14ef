"""A board member who makes mistakes (USERS.md): each time a clear Dutch sentence, the old value kept, undo that
works, nothing lost — and nothing on screen moves under the mouse."""

from __future__ import annotations

from flow_user import Key, Mod


def _cell(screen, line_id: str, key: str) -> tuple[int, int]:
    index = screen.proxy.mapFromSource(screen.model.cell(screen.model.row_of(line_id), key))
    return index.row(), index.column()


def test_a_refused_amount_keeps_the_value_and_moves_nothing(app_window, demo_file, user):
    window = app_window(demo_file)
    screen = user.go_to(window, "Begroting")
    table = screen.table
    row, column = _cell(screen, "huur", "amount")
    start_row, start_column = _cell(screen, "huur", "start")
    before = table.viewport().mapToGlobal(user.cell_point(table, start_row, start_column))

    user.click_cell(table, row, column, double=True)
    user.type("12,5,0")
    user.press(Key.Key_Return)
    assert window.document.plan.cost("huur").amount == 1395_00  # the old value stays
    assert "12,5,0" in screen.message.text() and "vorige waarde is bewaard" in screen.message.text()
    assert screen.message.isVisible()

    # the cell the board member aims at next is exactly where it was: a double click there edits that line
    assert table.viewport().mapToGlobal(user.cell_point(table, start_row, start_column)) == before
    user.click_cell(table, start_row, start_column, double=True)
    user.type("2026-02")
    user.press(Key.Key_Return)
    assert str(window.document.plan.cost("huur").start) == "2026-02"
    assert not screen.message.isVisible()  # a good edit closes the message
    user.press(Key.Key_Z, Mod.ControlModifier)
    assert str(window.document.plan.cost("huur").start) == "2026-01"


def test_a_wrong_kvk_number_stays_typed_until_corrected_and_closing_says_so(app_window, demo_file, user):
    window = app_window(demo_file)
    screen = user.go_to(window, "Organisatie")
    kvk, city = screen.fields["kvk"], screen.fields["city"]
    user.click(kvk.edit)
    user.press(Key.Key_A, Mod.ControlModifier)
    user.type("1234")
    user.press(Key.Key_Tab)
    user.click(city.edit)
    user.press(Key.Key_A, Mod.ControlModifier)
    user.type("Rijswijk")
    user.press(Key.Key_Tab)  # the city is saved ...
    assert window.document.plan.organisation.city == "Rijswijk"
    # ... and the wrong KvK number is still there, marked, not replaced by the saved one
    assert kvk.edit.text() == "1234" and kvk.error.isVisible()
    assert window.document.plan.organisation.kvk == "41287365"

    questions: list[str] = []

    def read_and_go_back(box):
        questions.append(box.text())
        user.press(Key.Key_Escape)  # No: back to correct it

    user.when_dialog(read_and_go_back)
    user.menu("B", "A")  # Bestand › Afsluiten
    assert window.isVisible() and window.document is not None
    assert "KvK-nummer ‘1234’" in questions[0] and "8 cijfers" in questions[0]
    assert window.pages.currentWidget() is screen

    user.click(kvk.edit)
    user.press(Key.Key_End)
    user.type("5678")
    user.press(Key.Key_Tab)
    assert window.document.plan.organisation.kvk == "12345678"
    user.menu("B", "A")  # nothing left unsaved: closes without a question
    assert not window.isVisible()


def test_mistakes_each_get_a_sentence_and_nothing_is_lost(app_window, demo_file, user, tmp_path):
    window = app_window(demo_file)
    plan = lambda: window.document.plan  # noqa: E731
    costs = user.go_to(window, "Begroting")

    # an end before the start: refused in one sentence, the old value kept
    user.click_cell(costs.table, *_cell(costs, "huur", "end"), double=True)
    user.type("2025-06")
    user.press(Key.Key_Return)
    assert plan().cost("huur").end is None
    assert costs.message.isVisible() and costs.message.text().endswith("de vorige waarde is bewaard.")

    # the wrong line deleted with the Delete key, and put back with Ctrl+Z, in its place
    before = [c.id for c in plan().costs]
    user.click_cell(costs.table, *_cell(costs, "energie", "name"))
    user.press(Key.Key_Delete)
    assert "energie" not in [c.id for c in plan().costs]
    user.press(Key.Key_Z, Mod.ControlModifier)
    assert [c.id for c in plan().costs] == before

    # a Word document renamed to .dekkingsplan: a clear sentence, the open plan stays
    fake = tmp_path / "Begroting 2026.dekkingsplan"
    fake.write_bytes(b"PK\x03\x04 word/document.xml" + bytes(200))
    shown: list[str] = []

    def open_fake(_dialog):
        user.type(str(fake))
        user.press(Key.Key_Return)

    def read_and_close(box):
        shown.append(box.text())
        user.press(Key.Key_Return)

    user.when_dialog(open_fake)
    user.when_dialog(read_and_close)
    user.menu("B", "O")
    assert shown and "Begroting 2026.dekkingsplan kan niet worden geopend" in shown[0]
    assert window.document.path.samefile(demo_file)
    assert fake.read_bytes().startswith(b"PK\x03\x04 word/document.xml")  # the refused file is untouched

    # the lid closes in the middle of typing a name: what was typed is kept
    user.click_cell(costs.table, *_cell(costs, "energie", "name"), double=True)
    user.press(Key.Key_A, Mod.ControlModifier)
    user.type("Energie en water")
    window.close()
    from dekkingsplan.store.reader import read_plan

    assert read_plan(demo_file).cost("energie").name == "Energie en water"


def test_the_same_plan_opened_twice_asks_and_opens_it_read_only(app_window, demo_file, user):
    first = app_window(demo_file)
    second = app_window()
    second.activateWindow()
    user.qtbot.waitUntil(second.isActiveWindow)
    asked: list[str] = []

    def open_again(_dialog):
        user.type(str(demo_file))
        user.press(Key.Key_Return)

    def say_yes(box):
        asked.append(box.text())
        user.press(Key.Key_J if "&Ja" in [b.text() for b in box.buttons()] else Key.Key_Y, Mod.AltModifier)

    user.when_dialog(open_again)
    user.when_dialog(say_yes)
    user.menu("B", "O")
    assert asked and "alleen-lezen" in asked[0]
    assert second.document is not None and second.document.read_only
    assert not first.document.read_only
    # the title says so beside the file and still ends with the program's name, so that the window system does
    # not add it a second time ("… (alleen-lezen) — Dekkingsplan" after "– Dekkingsplan")
    assert second.windowTitle() == ("Stichting Buurtkamer De Wissel – De Wissel.dekkingsplan (alleen-lezen) "
                                    "– Dekkingsplan")


def test_a_plan_given_to_the_program_while_open_elsewhere_opens_read_only_and_says_so(app_window, demo_file, user,
                                                                                       qtbot, tmp_path):
    """As a double click on the file does: the program is given the file, shows it at its first paint and opens it
    right after; the file is open in another window, so the board member is asked and says Ja."""
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from dekkingsplan.ui.main_window import MainWindow

    first = app_window(demo_file)
    second = MainWindow(QSettings(str(tmp_path / "second.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    second.resize(1366, 740)
    asked: list[str] = []

    def say_yes(box):
        asked.append(box.text())
        # Enter: Ja is the question's default; sent to the question itself, as offscreen no window manager gives
        # it the keyboard while the first window is the active one
        QTest.keyClick(box, Key.Key_Return)

    user.when_dialog(say_yes)
    second.open_path_soon(demo_file)
    second.show()
    qtbot.waitUntil(lambda: bool(asked) and second.document is not None and second.document.read_only)
    assert not first.document.read_only
    # the bar over every screen says why nothing can be changed, and nothing offers a change
    assert second.stack.read_only_bar.isVisible()
    costs = user.go_to(second, "Begroting")
    assert not costs.add_button.isEnabled()
    assert second.windowTitle().endswith("(alleen-lezen) – Dekkingsplan")
