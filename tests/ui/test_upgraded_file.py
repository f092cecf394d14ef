"""The next treasurer opens a file of an older version: it is upgraded, a backup kept — and the window says so."""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "store" / "fixtures"


def test_opening_an_older_file_says_it_was_upgraded_and_a_backup_kept(qtbot, make_window, tmp_path) -> None:
    from dekkingsplan.store.backups import list_backups

    old = tmp_path / "Overdracht.dekkingsplan"
    shutil.copy(FIXTURES / "plan_v1.dekkingsplan", old)
    window = make_window()
    assert window.open_path(old)
    assert list_backups(old)
    assert window.statusBar().currentMessage() == (
        "Overdracht.dekkingsplan is bijgewerkt voor deze versie van Dekkingsplan; het bestand zoals het was is "
        "bewaard als reservekopie (Bestand › Reservekopie terugzetten…).")


def test_opening_a_current_file_says_nothing_of_an_upgrade(qtbot, make_window, demo_file) -> None:
    window = make_window()
    assert window.open_path(demo_file)
    assert "bijgewerkt" not in window.statusBar().currentMessage()


def test_an_older_file_given_on_the_command_line_says_so_too(qtbot, make_window, tmp_path) -> None:
    old = tmp_path / "Overdracht.dekkingsplan"
    shutil.copy(FIXTURES / "plan_v1.dekkingsplan", old)
    window = make_window()
    window.open_path_soon(old)  # as `dekkingsplan FILE` does: shown at the first paint, opened right after
    qtbot.waitUntil(lambda: window.document is not None and window.document.has_file)
    qtbot.waitUntil(lambda: "is bijgewerkt" in window.statusBar().currentMessage())
