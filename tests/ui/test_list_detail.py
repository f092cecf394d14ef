"""The list-plus-detail layout of Projecten and Scenario's (ui/widgets/list_detail.py) on its own."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from dekkingsplan.ui.widgets.list_detail import ListDetail


def _frame(qtbot, **kw) -> tuple[ListDetail, QPushButton]:
    button = QPushButton("&Nieuw…")
    frame = ListDetail(QLabel("Projecten"), "Een paar woorden.", [button], QTableView(), "Nog niets. Begin hier.",
                       **kw)
    frame.detail_layout.addWidget(QLabel("Het gekozene"), 1)
    qtbot.addWidget(frame)
    frame.resize(1180, 660)
    frame.show()
    qtbot.waitExposed(frame)
    return frame, button


def _below(frame: ListDetail, upper, lower) -> int:
    return lower.mapTo(frame, lower.rect().topLeft()).y() - upper.mapTo(frame, upper.rect().bottomLeft()).y()


def test_an_empty_list_keeps_its_sentence_right_under_the_buttons(qtbot):
    frame, button = _frame(qtbot, sizes=(170, 490))
    frame.show_list(False)
    frame.detail.hide()  # nothing chosen
    assert frame.empty.isVisible() and not frame.table.isVisible()
    assert 0 <= _below(frame, button, frame.empty) < 30
    frame.show_list(True)
    frame.detail.show()
    assert frame.table.isVisible() and not frame.empty.isVisible()
    assert 0 <= _below(frame, button, frame.table) < 30
    assert _below(frame, frame.table, frame.detail) >= 0  # the detail under the list


def _grown(qtbot, frame: ListDetail) -> tuple[int, int]:
    """How much the list and the detail grow when the window is 300 pixels taller."""
    frame.show_list(True)
    before = frame.splitter.sizes()
    frame.resize(1180, 960)
    qtbot.waitUntil(lambda: frame.splitter.sizes() != before)
    after = frame.splitter.sizes()
    return after[0] - before[0], after[1] - before[1]


def test_a_taller_window_goes_to_the_detail_when_it_has_the_stretch(qtbot):
    frame, _button = _frame(qtbot, sizes=(170, 490), detail_stretch=3)  # Projecten: the chart takes it
    assert _grown(qtbot, frame) == (0, 300)


def test_without_a_stretch_list_and_detail_grow_together(qtbot):
    frame, _button = _frame(qtbot, sizes=(170, 490))  # Scenario's
    list_grown, detail_grown = _grown(qtbot, frame)
    assert list_grown > 0 and detail_grown > list_grown and list_grown + detail_grown == 300
