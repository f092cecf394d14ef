"""The application summary is a PDF page, not a workbook: its dialog asks the page's language."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel


def _labels(dialog) -> list[str]:
    form = dialog.layout()
    assert isinstance(form, QFormLayout)
    found = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            found.append(item.widget().text())
    return found


def test_the_summary_asks_the_language_of_the_page_and_the_workbook_of_the_sheet(qtbot, demo_plan) -> None:
    from dekkingsplan.ui.widgets.export_dialogs import WorkbookDialog

    summary = WorkbookDialog(demo_plan, summary=True)
    qtbot.addWidget(summary)
    assert "&Taal van de pagina:" in _labels(summary)
    assert not any("werkblad" in label for label in _labels(summary))
    workbook = WorkbookDialog(demo_plan)
    qtbot.addWidget(workbook)
    assert "&Taal van het werkblad:" in _labels(workbook)
