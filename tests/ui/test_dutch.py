"""Dutch all the way: Qt's own dialogs speak Dutch, dates and months are written and read as Dutch treasurers
write them, an ambiguous amount is asked about rather than guessed, and every refusal is a sentence."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from dekkingsplan.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


# --- Qt's own dialogs -------------------------------------------------------------------------------------------


def test_the_file_dialog_and_standard_buttons_speak_dutch(qtbot):
    i18n.install_language("nl")
    dialog = QFileDialog(None, "Plan openen")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    # qtbase_nl leaves the two labels with a mnemonic in English; our qt_extra_nl fills them in
    assert {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"} <= labels
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == ["&Ja", "Annuleren"]


def test_english_leaves_qt_in_english(qtbot):
    i18n.install_language("en")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert [b.text() for b in buttons.buttons()] == ["Cancel"]


def test_qt_translations_are_found_in_the_pyside6_folder():
    found = [d for d in i18n.qt_translations_dirs() if (d / "qtbase_nl.qm").exists()]
    assert found, "qtbase_nl.qm not found in PySide6's translations folder"


def _keep_data():
    """build.spec's own filter of the data files, read from the spec (PyInstaller runs it, not Python)."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    wanted = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "keep_data"
              or isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "lean_drop" for t in n.targets)]
    namespace: dict = {}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), "build.spec", "exec"), namespace)  # noqa: S102
    return namespace["keep_data"]


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/translations/qtbase_nl.qm", True),
    ("PySide6/translations/qtbase_nl.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("resources/translations/qt_extra_nl.qm", True),
    ("resources/manual/handleiding_nl.html", True),
])
def test_the_desktop_build_ships_qts_dutch_translations(dest, kept):
    assert _keep_data()(dest) is kept


def test_the_desktop_build_ships_our_translations_and_the_manual():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '(str(root / "resources" / "translations"), "resources/translations")' in spec
    assert '(str(root / "resources" / "manual"), "resources/manual")' in spec
    assert (ROOT / "resources" / "translations" / "qt_extra_nl.qm").exists()


# --- dates and months in the tables -----------------------------------------------------------------------------


@pytest.fixture
def window(make_window, demo_file, qtbot):
    window = make_window()
    assert window.open_path(demo_file)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _show(qtbot, window, screen_class, key):
    from PySide6.QtCore import Qt

    qtbot.keyClick(window.nav, key, Qt.KeyboardModifier.ControlModifier)
    screen = window.screen(screen_class)
    qtbot.waitUntil(lambda: window.stack.pages.currentWidget() is screen)
    return screen


def _double_click_and_type(qtbot, screen, line_id: str, key: str, text: str) -> None:
    from PySide6.QtCore import Qt

    index = screen.proxy.mapFromSource(screen.model.cell(screen.model.row_of(line_id), key))
    screen.table.scrollTo(index)
    where = screen.table.visualRect(index).center()
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    editor = screen.table.indexWidget(screen.table.currentIndex())
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.table.indexWidget(screen.table.currentIndex()) is None)


def _cell(screen, line_id: str, key: str) -> str:
    return screen.model.data(screen.model.cell(screen.model.row_of(line_id), key))


def test_a_month_as_a_treasurer_types_it(qtbot, window):
    """Typed in the cell by keyboard; the other ways of writing a month are the view's (test_lines_view.py)."""
    from PySide6.QtCore import Qt

    from dekkingsplan.core.months import Month
    from dekkingsplan.ui.screens.costs import CostsScreen

    costs = _show(qtbot, window, CostsScreen, Qt.Key.Key_2)
    _double_click_and_type(qtbot, costs, "coord", "start", "september 2026")
    assert window.document.plan.cost("coord").start == Month(2026, 9)
    assert _cell(costs, "coord", "start") == "sep 2026"  # and shown as the workbook writes it
    assert costs.message.text() == ""


def test_dates_are_shown_and_typed_as_dutch_treasurers_write_them(qtbot, window):
    from datetime import date

    from PySide6.QtCore import Qt

    from dekkingsplan.ui.screens.sources import SourcesScreen

    sources = _show(qtbot, window, SourcesScreen, Qt.Key.Key_3)
    assert _cell(sources, "gemeente-2027", "apply_by") == "1 okt 2026"
    assert _cell(sources, "oranjefonds", "report_due") == "1 okt 2027, 1 nov 2028"
    _double_click_and_type(qtbot, sources, "vsbfonds", "apply_by", "15 januari 2027")
    assert window.document.plan.source("vsbfonds").apply_by == date(2027, 1, 15)
    # the report dates are a field under the table, for the line chosen
    field = sources.details.fields["report_due"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "1 okt 2029, 1-11-2028")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert window.document.plan.source("vsbfonds").report_due == (date(2028, 11, 1), date(2029, 10, 1))
    assert _cell(sources, "vsbfonds", "report_due") == "1 nov 2028, 1 okt 2029"


def test_a_start_before_the_plans_first_year_gets_a_visible_note(qtbot, window):
    from PySide6.QtCore import Qt

    from dekkingsplan.core.months import Month
    from dekkingsplan.ui.screens.costs import CostsScreen

    costs = _show(qtbot, window, CostsScreen, Qt.Key.Key_2)
    _double_click_and_type(qtbot, costs, "huur", "start", "sep 2025")
    assert window.document.plan.cost("huur").start == Month(2025, 9)  # valid: a contract that began earlier
    note = ("‘Huur buurtkamer Wisselstraat’ begint in sep 2025, vóór 2026, het eerste jaar van het plan: alleen "
            "de bedragen in de planjaren tellen mee.")
    assert costs.message.text() == note
    index = costs.model.cell(costs.model.row_of("huur"), "start")
    assert costs.model.data(index, Qt.ItemDataRole.ToolTipRole) == note
    assert costs.model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert costs.model.data(costs.model.cell(costs.model.row_of("coord"), "start"),
                            Qt.ItemDataRole.ForegroundRole) is None


# --- an amount that could be two amounts ------------------------------------------------------------------------


def test_1_39_in_an_amount_is_asked_about_not_guessed(qtbot, window):
    from PySide6.QtCore import Qt

    from dekkingsplan.ui.screens.costs import CostsScreen

    costs = _show(qtbot, window, CostsScreen, Qt.Key.Key_2)
    _double_click_and_type(qtbot, costs, "huur", "amount", "1.39")
    assert window.document.plan.cost("huur").amount == 1395_00  # nothing guessed: the old amount stays
    assert costs.message.text() == ("Bedrag: '1.39' kan twee bedragen zijn: bedoelt u €\u00a01,39 of €\u00a0139? "
                                    "Schrijf 1,39 of 139 — de vorige waarde is bewaard.")
    # 1,39 and 1.395 in Dutch, and 1.39 in English, are the lines view's (test_lines_view.py)


# --- one word for one thing --------------------------------------------------------------------------------------


def test_resultaat_is_income_minus_costs_everywhere_and_saldo_only_a_bank_balance():
    """Resultaat is a year's income minus its costs — on screen, in the PDF overview, in the verantwoording and on
    the command line; Saldo is left for what a bank calls it, an account's balance."""
    from dekkingsplan.export.overview_html import _W as overview_words

    assert overview_words["nl"]["result"] == "Resultaat"
    sources = [p for p in (ROOT / "dekkingsplan").rglob("*.py") if "bank" not in p.name and "bank" not in p.parts]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            if "Saldo" in line and "Werkelijk_Saldo" not in line and "klopt" not in line:
                pytest.fail(f"{path.relative_to(ROOT)}: 'Saldo' for a result: {line.strip()}")
    ts = (ROOT / "resources" / "translations" / "dekkingsplan_en.ts").read_text(encoding="utf-8")
    assert "<source>Resultaat</source>" in ts


# --- refusals are sentences ---------------------------------------------------------------------------------------


def test_every_refusal_on_screen_ends_with_a_full_stop(qtbot, window):
    """A refused cell (the bar), a plan rule (the bar), a wrong field in Organisatie (under the field) and a
    failed edit (the status bar) each end with a full stop."""
    from PySide6.QtCore import Qt

    from dekkingsplan.ui.screens.costs import CostsScreen
    from dekkingsplan.ui.screens.organisation import OrganisationScreen

    costs = _show(qtbot, window, CostsScreen, Qt.Key.Key_2)
    _double_click_and_type(qtbot, costs, "coord", "amount", "12,5,0")
    assert costs.message.text().endswith("de vorige waarde is bewaard.")
    _double_click_and_type(qtbot, costs, "coord", "end", "2020-01")  # before its start: the rules refuse it
    refused = costs.message.text()
    assert refused.startswith("Einde: ") and refused.endswith(".") and not refused.endswith("..")
    window.document.failed.emit("Niet bewaard: de schijf is vol")
    assert window.statusBar().currentMessage() == "Niet bewaard: de schijf is vol."
    organisation = _show(qtbot, window, OrganisationScreen, Qt.Key.Key_8)
    field = organisation.fields["kvk"]
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "1234")
    assert field.error.text() == "Een KvK-nummer heeft precies 8 cijfers."
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "41287365")  # corrected, so closing has nothing left to ask
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.error.text() == ""


# --- IBAN and postcode as a treasurer reads them -----------------------------------------------------------------


def test_iban_and_postcode_are_kept_and_shown_normalised(qtbot, window, demo_file):
    from PySide6.QtCore import Qt

    from dekkingsplan.store.reader import read_plan
    from dekkingsplan.ui.screens.organisation import OrganisationScreen

    organisation = _show(qtbot, window, OrganisationScreen, Qt.Key.Key_8)
    iban, postcode = organisation.fields["iban"], organisation.fields["postcode"]
    assert iban.edit.text() == "NL91 ABNA 0417 1643 00"  # the demo keeps NL91ABNA0417164300
    for field, typed in ((iban, "nl20ingb0001234567"), (postcode, "2511ab")):
        field.edit.setFocus()
        field.edit.selectAll()
        qtbot.keyClicks(field.edit, typed)
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    org = window.document.plan.organisation
    assert (org.iban, org.postcode) == ("NL20INGB0001234567", "2511 AB")
    assert (iban.edit.text(), postcode.edit.text()) == ("NL20 INGB 0001 2345 67", "2511 AB")
    saved = read_plan(demo_file).organisation
    assert (saved.iban, saved.postcode) == ("NL20INGB0001234567", "2511 AB")
    # what is shown is what is kept: leaving the fields as shown changes nothing
    steps = window.document.undo_stack.count()
    organisation.commit_pending()
    assert window.document.undo_stack.count() == steps
