"""Dutch all the way: Qt's own dialogs speak Dutch, dates and months are written and read as Dutch treasurers
write them, an ambiguous amount is asked about rather than guessed, and every refusal is a sentence."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from dekkingsplan.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


# --- Qt's own dialogs -------------------------------------------------------------------------------------------


def test_the_file_dialog_and_standard_buttons_speak_dutch(qtbot):
    i18n.install_language("nl")
    dialog = QFileDialog(None, "Plan openen")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    # qtbase_nl leaves the two labels with a mnemonic in English; our qt_extra_nl fills them in
    assert {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"} <= labels
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == ["&Ja", "Annuleren"]


def test_english_leaves_qt_in_english(qtbot):
    i18n.install_language("en")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert [b.text() for b in buttons.buttons()] == ["Cancel"]


def test_qt_translations_are_found_in_the_pyside6_folder():
    found = [d for d in i18n.qt_translations_dirs() if (d / "qtbase_nl.qm").exists()]
    assert found, "qtbase_nl.qm not found in PySide6's translations folder"


def _keep_data():
    """build.spec's own filter of the data files, read from the spec (PyInstaller runs it, not Python)."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    wanted = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "keep_data"
              or isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "lean_drop" for t in n.targets)]
    namespace: dict = {}
    exec(compile(ast.Module(body=wanted, type_ignores=[]), "build.spec", "exec"), namespace)  # noqa: S102
    return namespace["keep_data"]


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/translations/qtbase_nl.qm", True),
    ("PySide6/translations/qtbase_nl.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("resources/translations/qt_extra_nl.qm", True),
    ("resources/manual/handleiding_nl.html", True),
])
def test_the_desktop_build_ships_qts_dutch_translations(dest, kept):
    assert _keep_data()(dest) is kept


def test_the_desktop_build_ships_our_translations_and_the_manual():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '(str(root / "resources" / "translations"), "resources/translations")' in spec
    assert '(str(root / "resources" / "manual"), "resources/manual")' in spec
    assert (ROOT / "resources" / "translations" / "qt_extra_nl.qm").exists()
