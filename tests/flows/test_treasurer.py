"""The treasurer of a fathers' centre (USERS.md), at the keyboard and mouse of the real window."""

from __future__ import annotations

from decimal import Decimal

from flow_user import Key, Mod


def test_what_if_the_municipality_cuts_twenty_percent_from_2027(app_window, demo_file, user):
    window = app_window(demo_file)
    screen = user.go_to(window, "Scenario's")
    table = screen.adjustment_table
    columns = screen.adjustments
    # the demo's first scenario is chosen; its one adjustment starts in 2027: make it 2028, then 2027 again
    for year in ("2028", "2027", "2029"):
        user.click_cell(table, 0, columns.column_index("from_year"), double=True)
        user.type(year)
        user.press(Key.Key_Return)
        assert window.document.plan.scenario("ravijn").adjustments[0].from_year == int(year)
        assert columns.data(columns.cell(0, "from_year")) == year
    user.click_cell(table, 0, columns.column_index("to_year"), double=True)
    user.type("2029")
    user.press(Key.Key_Return)
    adjustment = window.document.plan.scenario("ravijn").adjustments[0]
    assert (adjustment.from_year, adjustment.to_year, adjustment.factor) == (2029, 2029, Decimal("0.8"))


def _cell(screen, line_id: str, key: str) -> tuple[int, int]:
    """Where a line's cell is in the table as shown (sorted and filtered as the screen has it)."""
    index = screen.proxy.mapFromSource(screen.model.cell(screen.model.row_of(line_id), key))
    return index.row(), index.column()


def test_list_cells_complete_what_is_typed_and_ignore_a_stray_key(app_window, demo_file, user):
    window = app_window(demo_file)
    screen = user.go_to(window, "Dekking")
    plan = lambda: window.document.plan  # noqa: E731

    def retype(line_id: str, key: str, text: str) -> None:
        user.click_cell(screen.table, *_cell(screen, line_id, key))  # choose the cell, then type over it
        user.type(text)
        user.press(Key.Key_Return)

    retype("vsbfonds", "status", "aa")  # "aa" begins only aangevraagd: not afgewezen, nor the next "a" in the list
    assert plan().source("vsbfonds").status.value == "applied"
    retype("vsbfonds", "basis", "per m")  # the space is a letter here; the list does not open on it
    assert plan().source("vsbfonds").basis.value == "monthly"
    assert screen.model.data(screen.model.cell(screen.model.row_of("vsbfonds"), "basis")) == "per maand"
    retype("vsbfonds", "basis", " ")  # a stray space: nothing fits, nothing changes, and the screen says so
    assert plan().source("vsbfonds").basis.value == "monthly"
    retype("vsbfonds", "status", "a")  # aangevraagd or afgewezen: a question, not a guess
    assert plan().source("vsbfonds").status.value == "applied"
    assert "aangevraagd" in screen.message.text() and "afgewezen" in screen.message.text()
    retype("vsbfonds", "status", "toe")
    assert plan().source("vsbfonds").status.value == "committed"
    user.press(Key.Key_Z, Mod.ControlModifier)  # and every one of them undoes
    assert plan().source("vsbfonds").status.value == "applied"
