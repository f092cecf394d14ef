"""Every menu is usable by the keyboard: within the menu bar and within each menu, no two entries share a
mnemonic (Alt+B, then V must open one thing, not cycle between two)."""

from __future__ import annotations

import re

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
