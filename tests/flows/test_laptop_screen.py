"""On the treasurer's old laptop (1366×768): the window fits the screen, the columns used every day fit the
table without scrolling sideways, every row of a project's figures shows, and an empty screen stays compact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

LAPTOP = (1366, 768 - 40)  # the screen less the title bar the window system adds


def test_the_window_as_first_opened_fits_the_free_screen(qtbot, tmp_path: Path):
    from dekkingsplan.ui.main_window import MainWindow

    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    free = QGuiApplication.primaryScreen().availableGeometry()
    geometry = window.geometry()
    assert free.contains(geometry.topLeft()) and geometry.right() <= free.right()
    assert geometry.bottom() + 40 <= free.bottom()  # the status bar is on screen, under a title bar


def _fits(table, keys: list[str], model) -> None:
    hidden = [k for k in keys if table.isColumnHidden(model.column_index(k))]
    assert not hidden, hidden
    assert table.horizontalScrollBar().maximum() == 0, "the table scrolls sideways"
    right = max(table.columnViewportPosition(model.column_index(k)) + table.columnWidth(model.column_index(k))
                for k in keys)
    assert right <= table.viewport().width()


def test_begroting_and_dekking_show_the_columns_in_use_without_scrolling_sideways(app_window, demo_file, user):
    window = app_window(demo_file)
    window.resize(*LAPTOP)
    costs = user.go_to(window, "Begroting")
    _fits(costs.table, ["name", "category", "amount", "basis", "start", "end", "indexation", "project"], costs.model)
    sources = user.go_to(window, "Dekking")
    _fits(sources.table, ["name", "funder", "status", "amount", "basis", "start", "end", "indexation", "project",
                          "apply_by"], sources.model)
    # the rest of a line is in the fields under the table: choose a line with the mouse and read its note there
    row = sources.proxy.mapFromSource(sources.model.cell(sources.model.row_of("fonds1818"), "name")).row()
    user.click_cell(sources.table, row, 0)
    note = sources.details.fields["note"]
    assert note.isVisible() and note.text().startswith("Afgewezen op 12 mei 2026")
    user.click(note)
    user.press(user.KEY.Key_End)
    user.type(" (opnieuw in 2027)")
    user.press(user.KEY.Key_Tab)
    assert window.document.plan.source("fonds1818").note.endswith("(opnieuw in 2027)")


def test_every_row_of_a_projects_figures_is_in_view(app_window, demo_file, user):
    window = app_window(demo_file)
    window.resize(*LAPTOP)
    screen = user.go_to(window, "Projecten")
    figures = screen.figures
    last = figures.model().rowCount() - 1
    assert figures.model().index(last, 0).data() == "Tekort"
    user.cell_point(figures, last, 0)  # asserts the cell is inside the visible table


def test_empty_projects_and_scenarios_keep_their_words_under_the_buttons(app_window, tmp_path, user):
    from dekkingsplan.core.planjson import loads
    from dekkingsplan.store.planfile import PlanFile

    path = tmp_path / "leeg.dekkingsplan"
    PlanFile.create(path, loads('{"format": "dekkingsplan/1", "organisation": {"name": "Vadercentrum"}, '
                                '"plan": {"first_year": 2026, "last_year": 2030}}')).close()
    window = app_window(path)
    window.resize(*LAPTOP)
    for title, button in (("Projecten", "add_button"), ("Scenario's", "new_button")):
        screen = user.go_to(window, title)
        under = getattr(screen, button)
        gap = screen.empty.mapTo(screen, screen.empty.rect().topLeft()).y() - under.mapTo(
            screen, under.rect().bottomLeft()).y()
        assert 0 <= gap < 30, (title, gap)


def test_a_plan_with_late_steps_keeps_the_whole_window_on_the_laptop_screen(app_window, tmp_path, user,
                                                                           monkeypatch):
    """The plan of last year's treasurer has a late step: the reminder is one line, and on every screen the
    window, status bar included, still fits 768 pixels less a title bar; a screen that needs more scrolls."""
    import shutil
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from dekkingsplan.ui.screens import agenda

    monkeypatch.setattr(agenda, "today", lambda: date(2026, 11, 30))  # 1 okt 2026 is 60 days late
    path = tmp_path / "vorig jaar.dekkingsplan"
    shutil.copy(Path(__file__).parents[1] / "store" / "fixtures" / "plan_v1.dekkingsplan", path)
    window = app_window(path)
    window.resize(*LAPTOP)
    user.settle(100)
    bar = window.reminder
    assert bar is not None and bar.isVisible() and "60 dagen te laat" in bar.label.text()
    assert bar.height() <= 2 * bar.fontMetrics().height() + 12, "the reminder takes more than one line"
    window.statusBar().showMessage("x")
    for title in [window.nav.item(i).text() for i in range(window.nav.count())]:
        user.go_to(window, title)
        QApplication.processEvents()
        assert window.minimumSizeHint().height() <= LAPTOP[1], title
        assert window.height() <= LAPTOP[1] and window.statusBar().geometry().bottom() < window.height(), title
