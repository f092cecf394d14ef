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
