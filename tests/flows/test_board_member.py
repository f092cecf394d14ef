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
