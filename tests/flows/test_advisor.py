"""An umbrella organisation's advisor (USERS.md): compares the plans in a shared folder in the window, by keyboard;
a file in that folder that is no plan is named in a Dutch sentence, as everything else on the screen."""

from __future__ import annotations

import shutil

from flow_user import Key, Mod
from PySide6.QtWidgets import QFileDialog


def test_a_renamed_document_among_the_plans_is_named_in_dutch(app_window, demo_file, user, tmp_path, monkeypatch):
    folder = tmp_path / "initiatieven"
    folder.mkdir()
    shutil.copy(demo_file, folder / "De Wissel.dekkingsplan")
    (folder / "notulen.dekkingsplan").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)  # a Word file, renamed
    # Qt's own folder chooser is not the app's: it answers with the folder at once
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    app_window()
    seen: dict[str, str] = {}

    def compare(dialog):
        user.press(Key.Key_M, Mod.AltModifier)  # &Map kiezen…
        seen["summary"], seen["problems"] = dialog.summary.text(), dialog.problems.text()
        user.press(Key.Key_Escape)

    user.when_dialog(compare)
    user.menu("B", "V")  # Bestand › Plannen vergelijken…
    assert user.dialogs_answered()
    assert seen["summary"].startswith("1 plannen")
    assert "notulen.dekkingsplan" in seen["problems"]
    assert "geen planbestand van Dekkingsplan" in seen["problems"], seen["problems"]
    assert "is not" not in seen["problems"]
