"""Issue 12: the plan is open in a window of another process; this window reaches the same file by a symbolic
link or a hard link and is offered to open it read-only, as for the same path. The other window's edits stay."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from dekkingsplan.store.reader import read_plan
from tests.store.test_store_lock_itself import Window


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_a_plan_held_elsewhere_is_offered_read_only_through_a_link(link: str, qtbot, make_window, dialogs,
                                                                   tmp_path: Path, demo_file: Path) -> None:
    other = Window(demo_file)
    try:
        other.save_reserve(4_321_00)
        reached = tmp_path / "via-een-koppeling.dekkingsplan"
        if link == "symbolic":
            reached.symlink_to(demo_file)
        else:
            os.link(demo_file, reached)
        window = make_window()
        dialogs.answer = QMessageBox.StandardButton.Yes
        assert window.open_path(reached)
        kind, _title, text = dialogs.shown[-1]
        assert kind == "question"  # the read-only offer
        # the store's reason reads as a sentence of its own before the question: capital first, full stop last
        assert "alleen-lezen openen kan wel.\n\nWilt u het plan alleen-lezen openen?" in text
        assert window.windowTitle().endswith(" (alleen-lezen) – Dekkingsplan")
        assert window.document.plan.opening_reserve == 4_321_00
        other.save_reserve(5_432_00)
    finally:
        other.close()
    assert read_plan(demo_file).opening_reserve == 5_432_00
