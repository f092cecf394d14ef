"""Language: Dutch by default, English chosen in the settings and applied at once, every source string translated
through Qt's tools, and numbers and dates written the way the chosen language writes them."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from dekkingsplan.ui import i18n
from dekkingsplan.ui.screens import agenda
from dekkingsplan.ui.screens.agenda import AgendaScreen
from dekkingsplan.ui.screens.organisation import OrganisationScreen
from dekkingsplan.ui.screens.projects import ProjectsScreen
from dekkingsplan.ui.screens.registry import all_screens
from dekkingsplan.ui.widgets.settings_dialog import SettingsDialog


def _messages(ts_file: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of every current message of a .ts file."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for msg in context.iter("message"):
            translation = msg.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, msg.findtext("source", ""))] = (translation.text or "") if translation is not None else ""
    return found


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """lupdate run now over every module of dekkingsplan/ui, merged into a copy of the shipped .ts."""
    fresh = tmp_path_factory.mktemp("lupdate") / "dekkingsplan_en.ts"
    shutil.copy(i18n.ts_path("en"), fresh)
    i18n.run_lupdate(fresh)
    return fresh


def test_every_source_string_has_a_finished_english_translation(fresh_ts):
    assert i18n.untranslated(fresh_ts) == []
    assert len(_messages(fresh_ts)) > 300  # lupdate really found the screens' strings


def test_the_shipped_translations_are_up_to_date_and_compiled(fresh_ts, qapp):
    assert _messages(i18n.ts_path("en")) == _messages(fresh_ts), "run: python -m dekkingsplan.ui.i18n update"
    translator = QTranslator()
    assert translator.load(str(i18n.qm_path("en")))
    stale = [(c, s) for (c, s), english in _messages(fresh_ts).items() if translator.translate(c, s) != english]
    assert stale == [], "run: python -m dekkingsplan.ui.i18n release"


def test_dutch_is_the_default(qapp):
    assert i18n.saved_language() == "nl"
    assert i18n.install_language() == "nl"
    assert i18n.current_language() == "nl"


def _menu_texts(actions) -> list[str]:
    texts = []
    for action in actions:
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            texts += _menu_texts(action.menu().actions())
    return texts


def _visible_texts(root: QWidget, *, shown_only: bool = False) -> list[str]:
    """The texts a treasurer can read in a window: labels, buttons, lists, headers, cells, tooltips."""
    texts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if shown_only and not widget.isVisibleTo(root):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
            continue
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                for row in range(min(model.rowCount(), 40)):
                    texts.append(str(model.data(model.index(row, column)) or ""))
    return [t for t in texts if t]


def _choose_english(monkeypatch, window) -> None:
    """The treasurer opens Bewerken > Instellingen…, picks English and presses OK."""
    def exec_(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.settings_action.trigger()


def test_english_is_applied_at_once_to_every_screen_and_remembered(qtbot, make_window, demo_file, monkeypatch):
    monkeypatch.setattr(agenda, "today", lambda: date(2026, 11, 28))
    window = make_window()
    assert window.open_path(demo_file)
    assert window.nav.item(0).text() == "Overzicht"
    _choose_english(monkeypatch, window)

    assert i18n.current_language() == "en" and i18n.saved_language() == "en"
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Overview", "Budget", "Income", "Projects", "Scenarios", "Actuals", "Agenda", "Organisation"]
    assert window.menuBar().actions()[0].text() == "&File"
    messages = _messages(i18n.ts_path("en"))
    # Dutch words that never read the same in English ("Basis" is a line's basis in both, a scenario's base)
    dutch = ({source for (_c, source), english in messages.items() if english != source}
             - {source for (_c, source), english in messages.items() if english == source})
    for screen in window.screens:
        window.show_screen(type(screen))
        untranslated = sorted({t for t in _visible_texts(screen) if t in dutch})
        assert untranslated == [], f"{type(screen).__name__} still shows Dutch: {untranslated}"
    assert not {t for t in _menu_texts(window.menuBar().actions()) if t in dutch}
    assert not {t for t in _visible_texts(window, shown_only=True) if t in dutch}

    organisation = window.show_screen(OrganisationScreen)
    assert organisation.reserve.edit.text() == "16,500.00"
    projects = window.show_screen(ProjectsScreen)
    projects.select_project("maaltijd")
    model = projects.figures_model
    assert model.data(model.cell(model.row_of("costs"), "2026")) == "3,960.00"
    dates = window.show_screen(AgendaScreen)
    assert dates.model.data(dates.model.cell(0, "date")) == "1 Mar 2026"
    assert dates.model.data(dates.model.cell(0, "kind")) == "apply by"
    assert dates.model.data(dates.model.cell(0, "when")) == "done"

    window.close()
    i18n.install_language("nl")  # as if the app quit; started again, it reads the saved choice
    assert i18n.install_language() == "en"
    again = make_window()
    assert again.menuBar().actions()[0].text() == "&File"


def test_back_to_dutch_without_a_restart(qtbot, make_window, demo_file, monkeypatch):
    window = make_window()
    window.open_path(demo_file)
    _choose_english(monkeypatch, window)
    assert window.nav.item(3).text() == "Projects"

    def exec_dutch(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", exec_dutch)
    window.settings_action.trigger()
    assert window.nav.item(3).text() == "Projecten"
    assert window.show_screen(OrganisationScreen).reserve.edit.text() == "16.500,00"
    assert i18n.saved_language() == "nl"


def test_cancel_in_the_settings_changes_nothing(qtbot, monkeypatch):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reject()
    assert i18n.current_language() == "nl" and i18n.saved_language() == "nl"


def test_every_screen_is_registered_once(qtbot):
    names = [cls.__name__ for cls in all_screens()]
    assert len(names) == len(set(names)) == 8
