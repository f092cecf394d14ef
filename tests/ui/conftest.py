"""Shared fixtures of the UI tests: a plan document over an in-memory plan, and settings kept out of the user's home."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from dekkingsplan.core.edits import Change, Edit
from dekkingsplan.core.model import Plan
from tests.plans.examples import demo


class MemoryPlanFile:
    """A stand-in for ``store.PlanFile``: applies edits to a plan held in memory."""

    def __init__(self, plan: Plan, path: Path | None = None) -> None:
        self.plan = plan
        self.path = path
        self.read_only = False
        self.closed = False

    def apply(self, edit: Edit) -> Change:
        return edit.apply(self.plan)

    def close(self) -> None:
        self.closed = True


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory):
    """QSettings write to a temp dir, never to the user's real settings; the language starts Dutch."""
    where = str(tmp_path_factory.mktemp("settings"))
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, where)
    yield where
    from dekkingsplan.ui import i18n

    if i18n.current_language() != i18n.DEFAULT_LANGUAGE:
        i18n.install_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture
def demo_plan() -> Plan:
    return demo()


@pytest.fixture
def demo_document(qtbot, demo_plan: Plan):
    from dekkingsplan.ui.document import PlanDocument

    return PlanDocument(MemoryPlanFile(demo_plan))


# --- the main window over real plan files ------------------------------------------------------------------


class Dialogs:
    """Stands in for the modal dialogs a test did not expect: records what they would have said."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.answer = None  # what question() answers; None makes an unexpected question fail the test

    def warning(self, _parent, title, text, *_args, **_kwargs):
        from PySide6.QtWidgets import QMessageBox

        self.shown.append(("warning", title, text))
        return QMessageBox.StandardButton.Ok

    def question(self, _parent, title, text, *_args, **_kwargs):
        self.shown.append(("question", title, text))
        assert self.answer is not None, f"unexpected question: {text}"
        return self.answer

    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self.shown]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """No test ever waits on a modal message box: warnings are recorded, questions answered by the test."""
    from PySide6.QtWidgets import QMessageBox

    stand_in = Dialogs()
    monkeypatch.setattr(QMessageBox, "warning", stand_in.warning)
    monkeypatch.setattr(QMessageBox, "critical", stand_in.warning)
    monkeypatch.setattr(QMessageBox, "information", stand_in.warning)
    monkeypatch.setattr(QMessageBox, "question", stand_in.question)
    return stand_in


@pytest.fixture
def make_window(qtbot, tmp_path: Path):
    """Main windows sharing one settings file in the test's folder (a second one is 'the app started again')."""
    from dekkingsplan.ui.main_window import MainWindow

    settings_file = str(tmp_path / "settings.ini")

    def make():
        window = MainWindow(QSettings(settings_file, QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        return window

    return make


@pytest.fixture
def demo_file(tmp_path: Path, demo_plan: Plan) -> Path:
    """The demo plan as a real plan file in the test's folder."""
    from dekkingsplan.store.planfile import PlanFile

    path = tmp_path / "De Wissel.dekkingsplan"
    PlanFile.create(path, demo_plan).close()
    return path


@pytest.fixture
def document_of(qtbot):
    """A plan document over any plan held in memory: ``document_of(plan)``."""
    from dekkingsplan.ui.document import PlanDocument

    return lambda plan: PlanDocument(MemoryPlanFile(plan))
