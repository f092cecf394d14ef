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


def _overview_row(window, label: str) -> list[str]:
    model = window.pages.currentWidget().model
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == label)
    return [model.data(model.index(row, c)) for c in range(1, model.columnCount() - 1)]


def test_a_new_plan_for_2026_2030_shows_at_once_that_2027_is_not_covered(app_window, tmp_path, user):
    window = app_window()
    path = tmp_path / "Vadercentrum.dekkingsplan"

    def fill_in_plan_page(_wizard):
        user.type("Vadercentrum De Brug")
        user.press(Key.Key_E, Mod.AltModifier)  # &Eerste jaar
        user.press(Key.Key_A, Mod.ControlModifier)
        user.type("2026")
        user.press(Key.Key_L, Mod.AltModifier)  # &Laatste jaar
        user.press(Key.Key_A, Mod.ControlModifier)
        user.type("2030")
        user.press(Key.Key_Return)  # Volgende
        user.press(Key.Key_A, Mod.ControlModifier)  # the file: typed over the suggestion
        user.type(str(path))
        user.press(Key.Key_Return)  # Plan maken

    user.when_dialog(fill_in_plan_page)
    user.menu("B", "N")  # Bestand › Nieuw plan…
    assert path.exists() and window.document.plan.first_year == 2026 and window.document.plan.last_year == 2030

    costs = user.go_to(window, "Begroting")
    for name, amount, basis, indexation in (("Coordinator", "43.150", None, None),
                                            ("Huur", "1.395", "per m", "2,1")):
        user.press(Key.Key_T, Mod.AltModifier)  # &Toevoegen: the new line's name is open for typing
        user.type(name)
        user.press(Key.Key_Return)
        line_id = window.document.plan.costs[-1].id
        for key, text in (("amount", amount), ("basis", basis), ("indexation", indexation)):
            if text is None:
                continue
            user.click_cell(costs.table, *_cell(costs, line_id, key))
            user.type(text)
            user.press(Key.Key_Return)
    sources = user.go_to(window, "Dekking")
    user.press(Key.Key_T, Mod.AltModifier)
    user.type("Subsidie inclusie 2026")
    user.press(Key.Key_Return)
    subsidy = window.document.plan.sources[-1].id
    for key, text in (("amount", "61.500"), ("end", "2026-12"), ("status", "toe")):
        user.click_cell(sources.table, *_cell(sources, subsidy, key))
        user.type(text)
        user.press(Key.Key_Return)

    user.go_to(window, "Overzicht")
    # 2026: 43.150 + 12 × 1.395 = 59.890 costs against 61.500 committed: covered. 2027: no subsidy; the rent
    # is 12 × 1.395 × 1,021 = 17.091,54, so the gap is 43.150 + 17.091,54 = 60.241,54
    gap = _overview_row(window, "Tekort")
    assert gap[0] == "–" and gap[1] == "60.241,54"
    user.press(Key.Key_Z, Mod.ControlModifier)  # the last step (the status) undone: 2026 is not covered either
    assert window.document.plan.source(subsidy).status.value == "planned"
