"""Exporteren in the app: a treasurer saves the funder's workbook, the PDF overview and the agenda where they
choose; an unwritable folder gives a clear message and leaves no half-written file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from dekkingsplan.core.projection import full_values
from dekkingsplan.ui.widgets.export_dialogs import WorkbookDialog


@pytest.fixture
def window(make_window, demo_file: Path):
    window = make_window()
    assert window.open_path(demo_file)
    return window


@pytest.fixture
def save_as(monkeypatch):
    """The save dialog answers with the path the test puts in ``chosen``; the 'saved' box is closed at once."""
    chosen: dict[str, str] = {}
    asked: list[str] = []

    def get_save(_parent, _title, suggestion, _filter):
        asked.append(suggestion)
        return chosen.get("path", ""), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Close)
    chosen["asked"] = asked  # type: ignore[assignment]
    return chosen


def test_export_is_only_possible_with_a_plan_open(make_window):
    window = make_window()
    assert not window.exports.workbook_action.isEnabled()
    assert "E&xporteren" in [a.text() for a in window.menuBar().actions()]


def test_workbook_for_one_project_and_two_years(window, save_as, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    def choose(dialog: WorkbookDialog) -> int:
        dialog.project.setCurrentIndex(dialog.project.findData("maaltijd"))
        dialog.first.setValue(2027)
        dialog.last.setValue(2028)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WorkbookDialog, "exec", choose)
    save_as["path"] = str(tmp_path / "aanvraag")  # the suffix is added
    assert window.exports.export_workbook()
    target = tmp_path / "aanvraag.xlsx"
    book = load_workbook(target)
    assert {"Begroting", "Dekkingsplan"} <= set(book.sheetnames)
    assert "Kosten_Totaal" in book.defined_names
    names = [str(cell.value) for row in book["Begroting"].iter_rows() for cell in row if cell.value]
    # only the project's lines: the coordinator of the whole organisation is not in it
    assert not any("Coördinator" in n for n in names)
    ingredients = next(row for row in book["Begroting"].iter_rows()
                       if any(cell.value == "Ingrediënten aanschuifmaaltijden" for cell in row))
    numbers = [cell.value for cell in ingredients if isinstance(cell.value, int | float)]
    # 650.00 a month: 12 months of 2027 and 8 months of 2028 (the project ends 2028-08); 2026 is not shown
    assert 7800 in numbers and 5200 in numbers
    assert 650 * 4 not in numbers
    plan = window.document.plan
    line = next(c for c in plan.costs if c.id == "maaltijd-ingredienten")
    assert full_values(plan, line, range(2027, 2029)) == {2027: 7800_00, 2028: 5200_00}


def test_pdf_overview_and_agenda(window, save_as, tmp_path):
    save_as["path"] = str(tmp_path / "overzicht.pdf")
    assert window.exports.export_pdf()
    assert (tmp_path / "overzicht.pdf").read_bytes().startswith(b"%PDF")
    save_as["path"] = str(tmp_path / "deadlines.ics")
    assert window.exports.export_ics()
    text = (tmp_path / "deadlines.ics").read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "Kansfonds" in text


def test_cancelling_the_save_dialog_writes_nothing(window, save_as, tmp_path):
    save_as.pop("path", None)
    assert not window.exports.export_pdf()
    assert list(tmp_path.glob("*.pdf")) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere; the read-only folder cannot be made")
def test_a_read_only_folder_gives_a_clear_message(window, save_as, dialogs, tmp_path):
    locked = tmp_path / "alleen-lezen"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        save_as["path"] = str(locked / "overzicht.pdf")
        assert not window.exports.export_pdf()
        assert list(locked.iterdir()) == []
        assert "overzicht.pdf" in dialogs.texts()[-1]
    finally:
        locked.chmod(0o700)


def test_an_unwritable_target_gives_a_clear_message_and_no_file(window, save_as, dialogs, tmp_path):
    # works as root too: the target's folder is a file, so nothing can be written there
    blocker = tmp_path / "geen-map"
    blocker.write_text("ik ben een bestand", encoding="utf-8")
    save_as["path"] = str(blocker / "overzicht.pdf")
    assert not window.exports.export_pdf()
    assert blocker.read_text(encoding="utf-8") == "ik ben een bestand"
    kind, title, text = dialogs.shown[-1]
    assert kind == "warning" and "overzicht.pdf is niet opgeslagen" in text


def test_every_label_of_the_workbook_dialog_has_its_shortcut_and_no_stray_ampersand(qtbot, demo_plan):
    """'&Jaren:' labels two year boxes; the label must lead to the first of them, not show its '&'."""
    from PySide6.QtWidgets import QLabel

    dialog = WorkbookDialog(demo_plan)
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert {label.text() for label in labels} >= {"&Project:", "&Jaren:", "&Taal van het werkblad:"}
    assert all(label.buddy() is not None for label in labels)
    assert next(label for label in labels if label.text() == "&Jaren:").buddy() is dialog.first


def test_agenda_of_a_plan_without_dates_is_a_message_not_an_empty_calendar(make_window, tmp_path, dialogs,
                                                                           monkeypatch, qtbot):
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from dekkingsplan.core.planjson import loads
    from dekkingsplan.resources import demo_plan_path
    from dekkingsplan.store.planfile import PlanFile

    plan = loads(demo_plan_path().read_text(encoding="utf-8"))
    # planned sources without a start either, or they would get a suggested apply-by date
    plan.sources = [replace(s, apply_by=None, decision_expected=None, report_due=(),
                            start=None if s.status == "planned" else s.start) for s in plan.sources]
    path = tmp_path / "Zonder data.dekkingsplan"
    PlanFile.create(path, plan).close()
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (asked.append(a[1]), ("", ""))[1])
    window = make_window()
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Exporteren (Alt+X) › Agenda (iCalendar)… (A), as a treasurer reaches it with the keyboard
    qtbot.keyClick(window, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.exports.menu.isVisible())
    qtbot.keyClick(window.exports.menu, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    (kind, title, text), = dialogs.shown
    assert title == "Geen agenda gemaakt"
    assert text.startswith("Dit plan heeft nog geen data voor een agenda.") and text.endswith(".")
    assert asked == []  # no save dialog: there is nothing to save
    assert list(tmp_path.glob("*.ics")) == []


def test_verantwoording_of_one_year_for_one_funder_as_excel_and_as_pdf(window, save_as, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from dekkingsplan.core.realisation import realisation_report
    from dekkingsplan.ui.screens.realisation import RealisationScreen
    from dekkingsplan.ui.widgets.export_dialogs import RealisationDialog

    screen = window.show_screen(RealisationScreen)
    screen.show_year(2026)
    seen = {}

    def choose(dialog: RealisationDialog) -> int:
        seen["year"] = dialog.year.currentData()  # the year Realisatie shows
        seen["funders"] = [dialog.funder.itemText(i) for i in range(dialog.funder.count())]
        dialog.funder.setCurrentIndex(dialog.funder.findData("Gemeente Den Haag"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RealisationDialog, "exec", choose)
    save_as["path"] = str(tmp_path / "vaststelling")
    assert "Ve&rantwoording…" in [a.text() for a in window.exports.menu.actions()]
    window.exports.realisation_action.trigger()
    assert seen["year"] == 2026 and seen["funders"][0] == "Alle bronnen"
    assert save_as["asked"][-1].endswith("Verantwoording 2026 Gemeente Den Haag.xlsx")
    book = load_workbook(tmp_path / "vaststelling.xlsx")
    assert "Werkelijk_Saldo" in book.defined_names
    report = realisation_report(window.document.plan, 2026, funder="Gemeente Den Haag")
    names = [c.value for row in book.active.iter_rows() for c in row if isinstance(c.value, str)]
    assert all(r.line.name in names for r in report.income.lines) and report.income.lines

    def as_pdf(dialog: RealisationDialog) -> int:
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.project.setCurrentIndex(dialog.project.findData("maaltijd"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RealisationDialog, "exec", as_pdf)
    save_as["path"] = str(tmp_path / "maaltijd")
    assert window.exports.export_realisation()
    assert (tmp_path / "maaltijd.pdf").read_bytes().startswith(b"%PDF")


def test_workbook_as_an_application_to_one_fund_with_a_contingency(window, save_as, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    def choose(dialog: WorkbookDialog) -> int:
        assert [dialog.funder.itemText(i) for i in range(dialog.funder.count())][:3] == [
            "(geen: het gewone werkboek)", "Gemeente Den Haag", "Oranje Fonds"]
        dialog.project.setCurrentIndex(dialog.project.findData("vaders"))
        dialog.funder.setCurrentIndex(dialog.funder.findData("Kansfonds"))
        dialog.contingency.setValue(10)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WorkbookDialog, "exec", choose)
    save_as["path"] = str(tmp_path / "kansfonds.xlsx")
    assert window.exports.export_workbook()
    book = load_workbook(tmp_path / "kansfonds.xlsx")
    assert {"Gevraagd", "Eigen_Bijdrage", "Onvoorzien"} <= set(book.defined_names)
    texts = [str(c.value) for row in book["Dekkingsplan"].iter_rows() for c in row if c.value]
    assert "Aanvraag bij Kansfonds · Project: Vadergroep" in texts


def test_the_application_summary_through_the_menu(window, save_as, monkeypatch, tmp_path):
    import re

    def choose(dialog: WorkbookDialog) -> int:
        assert dialog.windowTitle() == "Aanvraagsamenvatting"
        dialog.funder.setCurrentIndex(dialog.funder.findData("Kansfonds"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WorkbookDialog, "exec", choose)
    assert "Aanvraag&samenvatting…" in [a.text() for a in window.exports.menu.actions()]
    save_as["path"] = str(tmp_path / "samenvatting")
    assert window.exports.export_summary()
    data = (tmp_path / "samenvatting.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    assert save_as["asked"][-1].endswith("Aanvraag Kansfonds.pdf")


def test_choosing_a_project_sets_the_years_it_runs_and_lists_its_funders(qtbot, demo_plan):
    """Story 3: the treasurer chooses the fathers' group; the years become those its lines run (from September
    2026, open-ended: to the plan's last year) and the funds to apply to those of its sources."""
    from PySide6.QtCore import Qt

    dialog = WorkbookDialog(demo_plan)
    qtbot.addWidget(dialog)
    dialog.show()

    def shown() -> tuple[str, int, int, list[str]]:
        return (dialog.project.currentText(), dialog.first.value(), dialog.last.value(),
                [dialog.funder.itemText(i) for i in range(1, dialog.funder.count())])

    assert shown()[1:3] == (2026, 2030) and len(shown()[3]) == 12  # the whole organisation: every funder
    qtbot.keyClick(dialog.project, Qt.Key.Key_Down)
    assert shown() == ("Aanschuifmaaltijden", 2026, 2028, ["Gemeente Den Haag", "Oranje Fonds"])
    dialog.funder.setCurrentIndex(2)  # Oranje Fonds
    qtbot.keyClick(dialog.project, Qt.Key.Key_Down)
    assert shown() == ("Vadergroep", 2026, 2030, ["Kansfonds", "Bethelkerk"])
    assert dialog.funder.currentData() is None  # Oranje Fonds asks nothing of the fathers' group
    qtbot.keyClick(dialog.project, Qt.Key.Key_Up)
    dialog.funder.setCurrentIndex(2)
    qtbot.keyClick(dialog.project, Qt.Key.Key_Home)
    assert shown()[1:3] == (2026, 2030) and len(shown()[3]) == 12
    assert dialog.funder.currentData() == "Oranje Fonds"  # still one of the funders: kept
    assert dialog.options()["years"] == (2026, 2030)
