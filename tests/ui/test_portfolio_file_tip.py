"""Plannen vergelijken: two plans of the same organisation (this year's and last year's file) are told apart by
the file each row comes from, in the organisation's tip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from dekkingsplan.core import planjson
from tests.plans.builders import cost, plan


def test_each_row_names_its_file_in_the_tip(qtbot, tmp_path: Path) -> None:
    from dekkingsplan.ui.widgets.portfolio_dialog import PortfolioDialog

    text = planjson.dumps(plan(2026, 2027, reserve=5_000_00, costs=[cost("huur", 1_000_00)]))
    paths = [tmp_path / "wissel-2026.json", tmp_path / "wissel-2027.json"]
    for path in paths:
        path.write_text(text, encoding="utf-8")
    dialog = PortfolioDialog()
    qtbot.addWidget(dialog)
    dialog.show_paths(paths)
    model = dialog.model
    column = [c.key for c in model.columns].index("organisation")
    tips = sorted(model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount()))
    assert tips == [str(p) for p in paths]
