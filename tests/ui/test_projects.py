"""Projecten on screen: the view model's rows (tests/ui/test_projects_view.py) in words, and the buttons, the
question and the table's edits through the real widgets and the undo stack."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from dekkingsplan.core.edits import ProjectLines
from dekkingsplan.core.projection import project_plan
from dekkingsplan.ui import i18n
from dekkingsplan.ui.screens import projects
from dekkingsplan.ui.screens.projects import ProjectsScreen
from dekkingsplan.ui.views.year_figures import year_rows


def _screen(qtbot, document) -> ProjectsScreen:
    screen = ProjectsScreen(document)
    qtbot.addWidget(screen)
    screen.resize(1100, 800)
    screen.show()
    return screen


def _text(model, row: int, key: str) -> str:
    return model.data(model.cell(row, key))


def _figure(screen: ProjectsScreen, key: str, column: str) -> str:
    model = screen.figures_model
    return _text(model, model.row_of(key), column)


def _lines_of(plan, project_id: str) -> list[str]:
    return [line.id for line in [*plan.costs, *plan.sources] if line.project == project_id]


def test_the_table_and_the_figures_show_the_views_rows_in_words(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    model = screen.model
    assert [_text(model, r, "name") for r in range(model.rowCount())] == ["Aanschuifmaaltijden", "Vadergroep"]
    assert (_text(model, 1, "costs"), _text(model, 1, "sources")) == ("3", "2")
    screen.select_project("vaders")
    assert screen.project_heading.text() == "Vadergroep: kosten en inkomsten per jaar"
    rows = {r.key: r for r in year_rows(project_plan(demo_document.plan, "expected", "vaders"))}
    for year in demo_document.plan.years:
        gap = rows["gap"].values[year]
        assert _figure(screen, "costs", str(year)) == i18n.amount(rows["costs"].values[year], symbol=False)
        assert _figure(screen, "coverage", str(year)) == i18n.ratio(rows["coverage"].values[year])
        assert _figure(screen, "gap", str(year)) == (i18n.amount(gap, symbol=False) if gap else "–")
    assert _figure(screen, "costs", "total") == i18n.amount(rows["costs"].total, symbol=False)
    assert _figure(screen, "gap", "total") == ""
    assert screen.figures_model.row_of("reserve") == -1


def test_the_figures_follow_the_chosen_scenario(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    screen.select_project("maaltijd")
    demo_document.set_scenario("secured")
    secured = project_plan(demo_document.plan, "secured", "maaltijd")
    assert _figure(screen, "income", "2027") == i18n.amount(secured.year(2027).income, symbol=False)
    assert screen.scenario.combo.currentText() == "Zeker"


def test_a_new_project_is_named_first_and_undo_takes_it_away(qtbot, demo_document, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Buurtmoestuin", True))
    screen = _screen(qtbot, demo_document)
    screen.add_button.click()
    assert demo_document.plan.project("buurtmoestuin").name == "Buurtmoestuin"
    assert screen.selected_project().id == "buurtmoestuin"
    assert _figure(screen, "costs", "2026") == "0,00"
    assert demo_document.undo_stack.undoText() == "project ‘Buurtmoestuin’ toevoegen"
    demo_document.undo_stack.undo()
    assert demo_document.plan.project("buurtmoestuin") is None
    assert screen.model.rowCount() == 2


def test_cancelling_the_name_adds_nothing(qtbot, demo_document, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    screen = _screen(qtbot, demo_document)
    screen.add_button.click()
    assert len(demo_document.plan.projects) == 2 and demo_document.undo_stack.count() == 0


def test_renaming_in_the_table_keeps_the_lines_linked(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    model = screen.model
    assert model.setData(model.cell(1, "name"), "Vaders en kinderen")
    assert demo_document.plan.project("vaders").name == "Vaders en kinderen"
    assert len(_lines_of(demo_document.plan, "vaders")) == 5
    assert _text(model, 1, "name") == "Vaders en kinderen"
    demo_document.undo_stack.undo()
    assert _text(model, 1, "name") == "Vadergroep"


def test_a_project_without_a_name_is_refused_with_a_sentence(qtbot, demo_document):
    screen = _screen(qtbot, demo_document)
    assert not screen.model.setData(screen.model.cell(0, "name"), "   ")
    assert demo_document.plan.project("maaltijd").name == "Aanschuifmaaltijden"
    assert "naam nodig" in screen.message.text()


@pytest.fixture
def asked(monkeypatch):
    """Answers the question about a removed project's lines, and remembers what was asked."""
    questions: list[tuple[str, int, int]] = []
    answer = {"fate": ProjectLines.UNLINK}

    def ask(_parent, project, costs, sources):
        questions.append((project.name, costs, sources))
        return answer["fate"]

    monkeypatch.setattr(projects, "ask_lines_fate", ask)
    return questions, answer


def test_removing_a_project_asks_about_its_lines_and_can_keep_them_as_running_costs(qtbot, demo_document, asked):
    questions, _answer = asked
    screen = _screen(qtbot, demo_document)
    lines = _lines_of(demo_document.plan, "vaders")
    screen.select_project("vaders")
    screen.delete_button.click()
    assert questions == [("Vadergroep", 3, 2)]
    assert demo_document.plan.project("vaders") is None
    plan = demo_document.plan
    assert all(plan.cost(i) or plan.source(i) for i in lines)
    assert all((plan.cost(i) or plan.source(i)).project is None for i in lines)
    demo_document.undo_stack.undo()  # one step puts the project back and links its lines again
    assert _lines_of(demo_document.plan, "vaders") == lines


def test_cancel_keeps_the_project(qtbot, demo_document, asked):
    _questions, answer = asked
    answer["fate"] = None
    screen = _screen(qtbot, demo_document)
    screen.delete_button.click()
    assert len(demo_document.plan.projects) == 2 and demo_document.undo_stack.count() == 0


def test_a_project_without_lines_goes_without_a_question(qtbot, demo_document, asked, monkeypatch):
    questions, _answer = asked
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Leeg project", True))
    screen = _screen(qtbot, demo_document)
    screen.add_project()
    screen.delete_selected()
    assert questions == []
    assert demo_document.plan.project("leeg-project") is None


def test_without_projects_the_screen_says_how_to_start(qtbot, demo_document, asked):
    _questions, answer = asked
    answer["fate"] = ProjectLines.UNLINK
    screen = _screen(qtbot, demo_document)
    screen.delete_selected()
    screen.delete_selected()
    assert demo_document.plan.projects == []
    assert screen.empty.isVisible() and not screen.detail.isVisible()
    assert not screen.delete_button.isEnabled()


def test_the_question_names_the_project_and_its_lines_and_offers_both_ways(qtbot, demo_document):
    question = projects.RemoveProjectQuestion(None, demo_document.plan.project("vaders"), 3, 2)
    qtbot.addWidget(question)
    assert question.text().startswith("Bij project ‘Vadergroep’ horen 3 kostenregel(s) en 2 dekkingsbron(nen).")
    assert question.fate() is None  # closed without a choice
    question.delete.click()
    assert question.fate() == ProjectLines.DELETE


def test_a_rename_shows_in_begroting_and_undo_from_there_puts_it_back(qtbot, make_window, demo_file):
    from dekkingsplan.ui.screens.costs import CostsScreen

    window = make_window()
    assert window.open_path(demo_file)
    screen = window.show_screen(ProjectsScreen)
    assert screen.model.setData(screen.model.cell(0, "name"), "Samen eten")
    costs = window.show_screen(CostsScreen)
    row = costs.model.row_of("maaltijd-kok")
    assert costs.model.data(costs.model.cell(row, "project")) == "Samen eten"
    assert window.undo_action.text() == "&Ongedaan maken: project ‘Aanschuifmaaltijden’ wijzigen"
    window.undo_action.trigger()
    assert costs.model.data(costs.model.cell(row, "project")) == "Aanschuifmaaltijden"
    screen = window.show_screen(ProjectsScreen)
    assert _text(screen.model, 0, "name") == "Aanschuifmaaltijden"
    window.redo_action.trigger()
    assert window.document.plan.project("maaltijd").name == "Samen eten"
