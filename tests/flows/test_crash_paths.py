"""The paths that once crashed the program, each run three times in a row in its own process, through the menus
as a treasurer reaches them: print preview, the exports' dialogs, settings, the new-plan wizard."""

from __future__ import annotations

import pytest
from flow_user import Key, Mod
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

pytestmark = pytest.mark.crash_guard


def test_print_preview_three_times_shows_the_overview_pages(app_window, demo_file, user):
    window = app_window(demo_file)
    pages: list[int] = []

    def look_and_close(dialog):
        assert isinstance(dialog, QPrintPreviewDialog)
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()  # paints every page into the preview, as the dialog does when shown
        user.settle(50)
        pages.append(preview.pageCount())
        preview.grab()  # and draws them on screen
        user.press(Key.Key_Escape)

    for _ in range(3):
        user.when_dialog(look_and_close)
        user.menu("X", "V")  # Exporteren › Afdrukvoorbeeld…
        assert user.dialogs_answered()
    assert len(pages) == 3 and all(n >= 1 for n in pages)
    assert window.isVisible() and window.document is not None


def _save_as(user, path):
    """Answer a save dialog as a user does: type the whole path in the name field and press Enter."""

    def answer(dialog):
        user.press(Key.Key_A, Mod.ControlModifier)
        user.type(str(path))
        user.press(Key.Key_Return)

    return answer


def _close_saved_box(user):
    return lambda _box: user.press(Key.Key_Escape)


def test_every_export_three_times_through_the_menu(app_window, demo_file, user, tmp_path):
    app_window(demo_file)
    for n in range(3):
        # Exporteren › Excel voor een fonds…: the options (Enter = Opslaan als…), where to save, then "saved"
        user.when_dialog(lambda _options: user.press(Key.Key_Return))
        user.when_dialog(_save_as(user, tmp_path / f"aanvraag-{n}.xlsx"))
        user.when_dialog(_close_saved_box(user))
        user.menu("X", "E")
        # Exporteren › PDF-overzicht…
        user.when_dialog(_save_as(user, tmp_path / f"overzicht-{n}.pdf"))
        user.when_dialog(_close_saved_box(user))
        user.menu("X", "P")
        # Exporteren › Agenda (iCalendar)…
        user.when_dialog(_save_as(user, tmp_path / f"deadlines-{n}.ics"))
        user.when_dialog(_close_saved_box(user))
        user.menu("X", "A")
        assert user.dialogs_answered()
    for n in range(3):
        assert (tmp_path / f"aanvraag-{n}.xlsx").read_bytes().startswith(b"PK")
        assert (tmp_path / f"overzicht-{n}.pdf").read_bytes().startswith(b"%PDF")
        assert (tmp_path / f"deadlines-{n}.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_dialogs_opened_and_closed_three_times(app_window, demo_file, user):
    window = app_window(demo_file)
    escape = lambda _dialog: user.press(Key.Key_Escape)  # noqa: E731
    for _ in range(3):
        for letters in (("X", "E"), ("X", "A"), ("W", "I"), ("B", "N"), ("B", "O"), ("H", "O")):
            user.when_dialog(escape)
            user.menu(*letters)
            assert user.dialogs_answered(), letters
        user.when_dialog(escape)
        user.press(Key.Key_P, Mod.ControlModifier)  # Afdrukken…: the printer dialog, cancelled
        assert user.dialogs_answered()
    assert window.document is not None and window.isVisible()
