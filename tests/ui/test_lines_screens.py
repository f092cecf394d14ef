"""Begroting and Dekking as widgets: the view's values in words and colours through data(index(r, c)), a refusal
said at the field, the editor, add/duplicate/delete with undo, sorting, the filter lists and the totals table.
What typing makes of a line, the filters' and totals' figures are the view's: test_lines_view.py."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.core.model import Category, Status
from dekkingsplan.ui.screens.costs import CostsScreen
from dekkingsplan.ui.screens.sources import STATUS_COLOURS, SourcesScreen
from dekkingsplan.ui.views.paste import CellProblem, DoesNotFit, NoBlock, Pasted, Unreadable
from dekkingsplan.ui.widgets import line_columns as lc
from dekkingsplan.ui.widgets.table_clipboard import paste_refusal


def _screen(qtbot, cls, document):
    screen = cls(document)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    return screen


def _text(model, row: int, key: str) -> str:
    return model.data(model.cell(row, key))


def _row(screen, line_id: str) -> int:
    return screen.model.row_of(line_id)


def _choose(screen, key: str, label: str) -> None:
    box = screen.filter_boxes[key]
    box.setCurrentIndex(box.findText(label))


def _shown_names(screen) -> list[str]:
    return [line.name for line in screen.proxy.visible_rows()]


def _totals(screen) -> list[list[str]]:
    model = screen.totals_model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


# --- showing ----------------------------------------------------------------------------------------------------


def test_cost_lines_show_as_a_treasurer_reads_them(qtbot, demo_document):
    model = _screen(qtbot, CostsScreen, demo_document).model
    assert [_text(model, 0, k) for k in ("name", "category", "amount", "basis", "start", "end", "indexation")] == [
        "Coördinator 0,6 fte", "personeel", "43.150,00", "per jaar", "jan 2026", "doorlopend", "2,5%"]
    assert _text(model, 1, "specification") == "416 uur × 32,50"
    once = model.row_of("keuken")
    assert (_text(model, once, "basis"), _text(model, once, "start"), _text(model, once, "end")) == (
        "eenmalig", "mrt 2027", "")
    maaltijd = model.row_of("maaltijd-kok")
    assert _text(model, maaltijd, "project") == "Aanschuifmaaltijden"
    assert model.data(model.cell(model.row_of("kerkzaal"), "in_kind"), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked)
    assert model.data(model.cell(0, "amount"), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_status_is_shown_in_words_and_in_colour_and_a_rejected_source_is_greyed(qtbot, demo_document):
    model = _screen(qtbot, SourcesScreen, demo_document).model
    received, applied = model.row_of("gemeente-2026"), model.row_of("gemeente-2027")
    assert _text(model, received, "status") == "ontvangen"
    assert _text(model, applied, "status") == "aangevraagd"
    background = model.data(model.cell(applied, "status"), Qt.ItemDataRole.BackgroundRole)
    assert background.color() == STATUS_COLOURS[Status.APPLIED]
    rejected = model.row_of("fonds1818")
    assert _text(model, rejected, "status") == "afgewezen"
    assert model.data(model.cell(rejected, "name"), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.cell(received, "name"), Qt.ItemDataRole.ForegroundRole) is None


def test_probability_shows_the_own_figure_or_the_default_of_the_status_in_italics(qtbot, demo_document):
    model = _screen(qtbot, SourcesScreen, demo_document).model
    own, default = model.row_of("gemeente-2027"), model.row_of("vsbfonds")
    assert _text(model, own, "probability") == "80%"
    assert _text(model, default, "probability") == "25%"  # planned, no own figure
    assert model.data(model.cell(default, "probability"), Qt.ItemDataRole.FontRole).italic()
    assert not model.data(model.cell(own, "probability"), Qt.ItemDataRole.FontRole).italic()
    assert _text(model, model.row_of("oranjefonds"), "report_due") == "1 okt 2027, 1 nov 2028"


def test_a_planned_fund_without_a_date_shows_the_suggested_one_until_a_date_is_typed(qtbot, demo_document):
    model = _screen(qtbot, SourcesScreen, demo_document).model
    row = model.row_of("vsbfonds")
    assert model.setData(model.cell(row, "apply_by"), "")
    # its start, January 2027, less four months: suggested, in italics, and the editor starts empty
    assert _text(model, row, "apply_by") == f"{lc.date_text(date(2026, 9, 1))} (voorgesteld)"
    assert model.data(model.cell(row, "apply_by"), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.cell(row, "apply_by"), Qt.ItemDataRole.EditRole) in ("", None)
    assert "4 maanden voor de start" in model.data(model.cell(row, "apply_by"), Qt.ItemDataRole.ToolTipRole)
    assert model.setData(model.cell(row, "apply_by"), "2026-10-15")
    assert _text(model, row, "apply_by") == lc.date_text(date(2026, 10, 15))
    assert not model.data(model.cell(row, "apply_by"), Qt.ItemDataRole.FontRole).italic()


# --- typing -------------------------------------------------------------------------------------------------------


def test_a_bad_amount_is_refused_with_a_sentence_and_the_old_value_stays(qtbot, demo_document):
    screen = _screen(qtbot, CostsScreen, demo_document)
    model, row = screen.model, _row(screen, "coord")
    with qtbot.waitSignal(model.refused) as refused:
        assert not model.setData(model.cell(row, "amount"), "12,5,0")
    assert refused.args[1] == "Bedrag: '12,5,0' is geen bedrag: de komma's staan op de verkeerde plaats"
    assert "de vorige waarde is bewaard" in screen.message.text()
    assert demo_document.plan.cost("coord").amount == 4315000
    assert _text(model, row, "amount") == "43.150,00"
    assert demo_document.undo_stack.count() == 0


def test_an_edit_the_rules_refuse_names_the_field_and_keeps_the_line(qtbot, demo_document):
    screen = _screen(qtbot, CostsScreen, demo_document)
    model, row = screen.model, _row(screen, "coord")  # starts 2026-01
    assert not model.setData(model.cell(row, "end"), "2025-12")
    assert screen.message.text().startswith("Einde: ligt vóór de start")
    assert demo_document.plan.cost("coord").end is None
    assert not model.setData(model.cell(row, "basis"), "once")  # a one-off amount has no indexation
    assert "Indexatie: een eenmalig bedrag heeft geen indexatie" in screen.message.text()
    assert demo_document.undo_stack.count() == 0


def test_the_amount_cell_opens_an_editor_that_refuses_a_bad_value(qtbot, demo_document):
    screen = _screen(qtbot, CostsScreen, demo_document)
    screen.select_line("coord", "amount", edit=True)
    editor = screen.table.indexWidget(screen.table.currentIndex())
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "43.150,00"
    assert editor.placeholderText() == "1.234,56"
    editor.selectAll()
    qtbot.keyClicks(editor, "12,5,0")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next turn of the event loop
    qtbot.waitUntil(lambda: "geen bedrag" in screen.message.text())
    assert demo_document.plan.cost("coord").amount == 4315000
    screen.select_line("coord", "amount", edit=True)
    editor = screen.table.indexWidget(screen.table.currentIndex())
    editor.selectAll()
    qtbot.keyClicks(editor, "44.000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo_document.plan.cost("coord").amount == 4400000)
    assert screen.message.isHidden()


def test_a_choice_is_offered_in_words_and_the_in_kind_box_is_a_check_box(qtbot, demo_document):
    screen = _screen(qtbot, CostsScreen, demo_document)
    model, row = screen.model, _row(screen, "communicatie")
    assert model.column("project").choices() == [("(geen: exploitatie)", None), ("Aanschuifmaaltijden", "maaltijd"),
                                                 ("Vadergroep", "vaders")]
    assert model.data(model.cell(row, "category"), Qt.ItemDataRole.EditRole) == Category.COMMUNICATION
    assert model.setData(model.cell(row, "category"), Category.ACTIVITIES)
    assert _text(model, row, "category") == "activiteiten"
    assert model.setData(model.cell(row, "in_kind"), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert demo_document.plan.cost("communicatie").in_kind
    assert model.data(model.cell(row, "name"), Qt.ItemDataRole.ForegroundRole) is not None  # greyed: not cash


# --- add, duplicate, delete --------------------------------------------------------------------------------------


def test_add_duplicate_and_delete_are_each_one_undo_step(qtbot, demo_document):
    screen = _screen(qtbot, CostsScreen, demo_document)
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    added = demo_document.plan.costs[-1]
    assert (added.name, added.amount) == ("Nieuwe kostenregel", 0)
    assert screen.table.indexWidget(screen.table.currentIndex()) is not None  # its name is open for typing
    screen.commit_pending()

    screen.select_line("huur")
    qtbot.mouseClick(screen.duplicate_button, Qt.MouseButton.LeftButton)
    names = [c.name for c in demo_document.plan.costs]
    assert names[names.index("Huur buurtkamer Wisselstraat") + 1] == "Huur buurtkamer Wisselstraat (kopie)"

    screen.select_line("huur")
    qtbot.mouseClick(screen.delete_button, Qt.MouseButton.LeftButton)
    assert demo_document.plan.cost("huur") is None
    demo_document.undo_stack.undo()
    assert demo_document.plan.costs[4].id == "huur"  # back in its place
    demo_document.undo_stack.undo()
    demo_document.undo_stack.undo()
    assert len(demo_document.plan.costs) == 18
    assert screen.model.rowCount() == 18


# --- sorting, filters, totals --------------------------------------------------------------------------------------


def test_sorting_by_amount_sorts_by_the_figure_not_the_text(qtbot, demo_document):
    screen = _screen(qtbot, CostsScreen, demo_document)
    screen.table.sortByColumn(screen.model.column_index("amount"), Qt.SortOrder.DescendingOrder)
    assert _shown_names(screen)[:3] == ["Inzet vrijwilligers", "Coördinator 0,6 fte", "Jongerenwerker 8 uur per week"]
    assert _shown_names(screen)[-1] == "Vrijwilligersvergoedingen"  # 450,00 a month


def test_filters_by_status_and_project_and_the_totals_of_what_is_shown(qtbot, demo_document):
    screen = _screen(qtbot, SourcesScreen, demo_document)
    assert len(_shown_names(screen)) == 21
    box = screen.filter_boxes["project"]
    assert [box.itemText(i) for i in range(box.count())] == ["alle", "(geen: exploitatie)", "Aanschuifmaaltijden",
                                                             "Vadergroep"]
    _choose(screen, "status", "toegezegd")
    assert len(_shown_names(screen)) == 9
    _choose(screen, "project", "Vadergroep")
    assert _shown_names(screen) == ["Vadergroep: Samen sterk als vader", "Kerkzaal om niet"]
    assert [row[0] for row in _totals(screen)] == ["Volle waarde (zonder afgewezen)", "Verwacht (× kans)",
                                                   "Zeker (toegezegd en ontvangen)"]
    screen.clear_filters()
    assert len(_shown_names(screen)) == 21


def test_cost_totals_per_year_follow_the_filter(qtbot, demo_document):
    screen = _screen(qtbot, CostsScreen, demo_document)
    _choose(screen, "project", "Aanschuifmaaltijden")
    # ingredients 650 a month from 2026-09 to 2028-08: 4, 12 and 8 months; the cook 8.160 spread over 24 months
    assert _totals(screen) == [["Kosten (zonder in natura)", "3.960,00", "11.880,00", "7.920,00", "0,00", "0,00",
                                "23.760,00"]]




def test_a_refused_paste_is_worded_in_one_sentence_naming_each_column():
    title = {"amount": "Bedrag", "specification": "Specificatie"}.get
    assert paste_refusal(None, title) == "Niets geplakt: kies eerst de cel waar het blok moet beginnen."
    assert paste_refusal(NoBlock(), title) == "Niets geplakt: kies eerst de cel waar het blok moet beginnen."
    assert paste_refusal(DoesNotFit(2, 1, 1, 7), title) == (
        "Niets geplakt: het blok is 2 bij 1 cellen en past niet vanaf de gekozen cel; er zijn daar 1 regels en 7 "
        "kolommen.")
    bad = DekkingsplanError("'abc' is not an amount", "'abc' is geen bedrag")
    refused = Unreadable((CellProblem("amount", "Huur", bad), CellProblem("specification", "Kok", None)), 4)
    assert paste_refusal(refused, title) == (
        "Niets geplakt: Bedrag van ‘Huur’: 'abc' is geen bedrag; Specificatie van ‘Kok’ kan niet worden geplakt"
        " en nog 4 cellen.")
    assert paste_refusal(Pasted((), 1), title) is None
