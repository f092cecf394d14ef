"""Every menu is usable by the keyboard: within the menu bar and within each menu, no two entries share a
mnemonic (Alt+B, then V must open one thing, not cycle between two)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(actions) -> list[str]:
    seen: dict[str, str] = {}
    found = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        key = mnemonic(action.text())
        if key is None:
            continue
        if key in seen:
            found.append(f"'{key}': {seen[key]!r} and {action.text()!r}")
        seen[key] = action.text()
    return found


def test_no_two_entries_of_a_menu_share_a_mnemonic(make_window, demo_file) -> None:
    window = make_window()
    window.open_path(demo_file)
    bar = window.menuBar()
    problems = clashes(bar.actions())
    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # menus filled when shown (recent files, view) are filled now
            problems += [f"{top.text()}: {p}" for p in clashes(menu.actions())]
    assert problems == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_field_of_organisatie_has_a_letter_of_its_own(make_window, demo_file, qtbot, language) -> None:
    """Alt and a field's letter go to that field: every label of the Organisatie forms has one, and no two of
    them (nor the button, nor a menu of the menu bar) share it — in Dutch and in English."""
    from PySide6.QtWidgets import QAbstractButton, QFormLayout

    from dekkingsplan.ui import i18n
    from dekkingsplan.ui.screens.organisation import OrganisationScreen

    i18n.install_language(language)
    window = make_window()
    window.open_path(demo_file)
    screen = window.show_screen(OrganisationScreen)
    rows = []
    for form in screen.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label, field = (form.itemAt(row, role) for role in (QFormLayout.ItemRole.LabelRole,
                                                                 QFormLayout.ItemRole.FieldRole))
            if label is not None and field is not None and field.widget() is not None:
                rows.append((label.widget(), field.widget()))
    assert len(rows) >= 16
    letters = {mnemonic(a.text()) for a in window.menuBar().actions()}
    for label, field in rows:
        key = mnemonic(label.text())
        assert key is not None, f"{label.text()!r} has no letter"
        assert key not in letters, f"{label.text()!r}: '{key}' is taken"
        letters.add(key)
        buddy = label.buddy()
        assert buddy is not None and (buddy is field or field.isAncestorOf(buddy)), label.text()
    for button in screen.findChildren(QAbstractButton):
        key = mnemonic(button.text())
        if key is not None:
            assert key not in letters, f"{button.text()!r}: '{key}' is taken"
            letters.add(key)


def test_alt_and_a_letter_goes_to_the_field_and_typing_saves_it(make_window, demo_file, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from dekkingsplan.ui.screens.organisation import OrganisationScreen

    window = make_window()
    window.open_path(demo_file)
    screen = window.show_screen(OrganisationScreen)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # Plaats
    city = screen.fields["city"].edit
    assert city.hasFocus()
    city.selectAll()
    qtbot.keyClicks(city, "Den Haag")
    qtbot.keyClick(city, Qt.Key.Key_Tab)
    assert window.document.plan.organisation.city == "Den Haag"
