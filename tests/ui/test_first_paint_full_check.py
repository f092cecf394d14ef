"""A plan file whose IBAN the first paint did not check is refused by the full read right after it: the
window goes back to the start screen and says why."""

from __future__ import annotations

from tests.store.test_store_first_paint_checks import wrong_iban  # noqa: F401 - the fixture


def test_a_wrong_iban_found_after_the_first_paint(qtbot, make_window, wrong_iban, dialogs) -> None:  # noqa: F811
    window = make_window()
    window.open_path_soon(wrong_iban)
    qtbot.waitUntil(lambda: window.document is None and bool(dialogs.texts()))
    assert type(window.central.currentWidget()).__name__ == "StartScreen"
    assert any("iban" in text.lower() for text in dialogs.texts())
