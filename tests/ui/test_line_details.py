"""The chosen line's fields under the table: a long value is read from its start, as a treasurer reads it."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_a_long_value_under_the_table_shows_its_beginning(qtbot, make_window, demo_file) -> None:
    from dekkingsplan.ui.screens.sources import SourcesScreen

    window = make_window()
    assert window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    sources = window.screen(SourcesScreen)
    qtbot.waitUntil(lambda: window.stack.pages.currentWidget() is sources)
    row = sources.proxy.mapFromSource(sources.model.cell(sources.model.row_of("kansfonds"), "name")).row()
    qtbot.mouseClick(sources.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=sources.table.visualRect(sources.proxy.index(row, 0)).center())
    field = sources.details.fields["report_due"]
    assert field.text() == "15 okt 2027, 15 okt 2028, 15 nov 2029"
    assert field.fontMetrics().horizontalAdvance(field.text()) > field.width()  # too long for the field
    assert field.cursorPosition() == 0  # so the first date is in view, not the last
    assert field.toolTip().endswith(field.text())  # and the whole value in the tip
