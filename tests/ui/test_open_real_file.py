"""A treasurer's own plan file opened from the command line or the last session (issue 10, item 2; issue 12,
item 1): shown at the first paint as it is in the file — organisation in the title, Overzicht filled — and
opened for editing (lock, backup, the editing layer) right after; an older file is backed up and migrated
before anything of it is shown; a file another tool damaged shows its sentence and the window stays up."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from dekkingsplan.store.backups import list_backups
from dekkingsplan.store.errors import StoreError, StoreErrorKind
from dekkingsplan.store.planfile import PlanFile
from dekkingsplan.ui.screens.costs import CostsScreen
from dekkingsplan.ui.screens.overview import OverviewScreen

FIXTURES = Path(__file__).parents[1] / "store" / "fixtures"


def sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()

TITLE = "Stichting Buurtkamer De Wissel – De Wissel.dekkingsplan – Dekkingsplan"


@pytest.fixture
def unshown_window(qtbot, tmp_path: Path):
    """A main window not yet shown, so not yet painted: what the first paint will show can be read."""
    from dekkingsplan.ui.main_window import MainWindow

    def make():
        window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.resize(1200, 800)
        return window

    return make


def _opened(window) -> bool:
    """The window holds the file itself now (a store PlanFile), not only the plan read for the first paint."""
    return window.document is not None and type(window.document.file).__name__ == "PlanFile"


def _cells(window) -> list[str]:
    model = window.screen(OverviewScreen).table.model()
    return [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]


def test_the_first_paint_shows_the_file_and_the_file_opens_for_editing_after(qtbot, unshown_window, demo_file):
    window = unshown_window()
    window.open_path_soon(demo_file)
    window.show()  # shown, but not painted until the event loop runs
    # what the first paint shows: the file's own plan, read and checked, in full — the file not yet locked
    assert window.windowTitle() == TITLE
    assert window.pages.currentWidget() is window.screen(OverviewScreen)
    assert "Tekort" in _cells(window) and any(ch.isdigit() for cell in _cells(window) for ch in cell)
    shown = window.document.plan
    assert not window.document.has_file
    with PlanFile.open(demo_file) as other:  # nobody holds the file yet
        assert other.plan == shown

    qtbot.waitUntil(lambda: _opened(window))
    assert window.document.plan is shown  # the very plan shown: the file held exactly that
    assert window.windowTitle() == TITLE
    with pytest.raises(StoreError) as caught:  # now it is this window's, with its lock
        PlanFile.open(demo_file)
    assert caught.value.kind == StoreErrorKind.IN_USE
    assert window.recent_files() == [str(demo_file.resolve())]

    costs = window.show_screen(CostsScreen)
    model = costs.model
    assert model.setData(model.cell(model.row_of("huur"), "amount"), "1.500")
    window.close()
    with PlanFile.open(demo_file) as again:
        assert again.plan.cost("huur").amount == 150000


def test_a_file_changed_before_it_is_locked_is_shown_as_it_then_is(qtbot, unshown_window, demo_file):
    window = unshown_window()
    window.open_path_soon(demo_file)
    assert window.document.plan.organisation.name == "Stichting Buurtkamer De Wissel"
    with PlanFile.open(demo_file) as other:  # another program changes the file in that moment
        from dataclasses import replace

        from dekkingsplan.core.edits import SetOrganisation

        other.apply(SetOrganisation(other.plan.organisation,
                                    replace(other.plan.organisation, name="Stichting Nieuw")))
    window.show()
    qtbot.waitUntil(lambda: _opened(window))
    assert window.document.plan.organisation.name == "Stichting Nieuw"
    assert window.windowTitle().startswith("Stichting Nieuw – ")


def test_an_older_file_is_backed_up_and_migrated_before_it_is_shown(qtbot, unshown_window, tmp_path):
    old = tmp_path / "Oud.dekkingsplan"
    shutil.copyfile(FIXTURES / "plan_v2.dekkingsplan", old)
    window = unshown_window()
    window.open_path_soon(old)
    assert window.document is None  # nothing of it before it is migrated
    assert window.central.currentWidget() is window.opening
    assert "Oud.dekkingsplan wordt geopend" in window.opening.text()
    window.show()
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.document.has_file
    raw = sqlite3.connect(old)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 3
    raw.close()
    assert "migration" in [b.reason for b in list_backups(old)]
    assert window.windowTitle().endswith("Oud.dekkingsplan – Dekkingsplan")


def test_a_file_another_tool_damaged_says_why_and_the_window_stays_up(qtbot, unshown_window, dialogs, demo_file):
    raw = sqlite3.connect(demo_file)
    raw.execute("UPDATE cost_line SET amount = -500 WHERE id = 'huur'")
    raw.commit()
    raw.close()
    before = sha256(demo_file)
    window = unshown_window()
    window.open_path_soon(demo_file)
    assert window.document is None
    window.show()
    qtbot.waitUntil(lambda: len(dialogs.shown) == 1)
    kind, title, text = dialogs.shown[0]
    assert (kind, title) == ("warning", "Plan niet geopend")
    assert "tabel cost_line, rij 'huur', veld amount: mag niet negatief zijn" in text
    assert window.isVisible() and window.central.currentWidget() is window.start
    assert sha256(demo_file) == before


def test_a_file_open_elsewhere_is_shown_then_offered_read_only(qtbot, unshown_window, dialogs, demo_file):
    holder = PlanFile.open(demo_file)
    try:
        dialogs.answer = QMessageBox.StandardButton.Yes
        window = unshown_window()
        window.open_path_soon(demo_file)
        window.show()
        qtbot.waitUntil(lambda: window.document.read_only)
        assert dialogs.shown[0][0] == "question"
        assert window.windowTitle() == TITLE.replace(" – Dekkingsplan", " (alleen-lezen) – Dekkingsplan")

        dialogs.answer = QMessageBox.StandardButton.No
        refused = unshown_window()
        refused.open_path_soon(demo_file)
        refused.show()
        qtbot.waitUntil(lambda: refused.document is None)
        assert refused.central.currentWidget() is refused.start
    finally:
        holder.close()
