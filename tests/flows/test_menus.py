"""Every menu can be used from the keyboard: each entry has its own letter (Alt+X, then V), none shared."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _menus(window) -> list[QMenu]:
    found, todo = [], [a.menu() for a in window.menuBar().actions() if a.menu()]
    while todo:
        menu = todo.pop()
        menu.aboutToShow.emit()  # menus filled when opened (recent files, the screens) fill now
        found.append(menu)
        todo.extend(a.menu() for a in menu.actions() if a.menu())
    return found


def test_no_two_entries_of_a_menu_share_a_letter(app_window, demo_file, user):
    window = app_window(demo_file)
    bar = [_letter(a.text()) for a in window.menuBar().actions()]
    assert None not in bar and len(set(bar)) == len(bar), bar
    for menu in _menus(window):
        entries = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        letters = [_letter(text) for text in entries if _letter(text)]
        assert len(set(letters)) == len(letters), (menu.title(), entries)
