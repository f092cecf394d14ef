"""The next treasurer (USERS.md): a year later, the plan file of an older version arrives on a USB stick; opened
here it upgrades itself (a backup is kept) and is exactly as handed over; the fund is marked received, last
year's actual figures typed in, and the verantwoording saved for the municipality — by keyboard and mouse."""

from __future__ import annotations

import shutil
from pathlib import Path

from flow_user import Key, Mod

FIXTURES = Path(__file__).resolve().parents[1] / "store" / "fixtures"


def test_an_older_file_opens_upgraded_is_updated_and_the_verantwoording_saved(app_window, user, tmp_path):
    from dekkingsplan.core.planjson import loads
    from dekkingsplan.store.backups import list_backups

    stick = tmp_path / "usb" / "De Wissel.dekkingsplan"
    stick.parent.mkdir()
    shutil.copy(FIXTURES / "plan_v2.dekkingsplan", stick)
    handed_over = loads((FIXTURES / "rich_plan.json").read_text(encoding="utf-8"))

    window = app_window()

    def open_file(_dialog):
        user.type(str(stick))
        user.press(Key.Key_Return)

    user.when_dialog(open_file)
    user.menu("B", "O")  # Bestand › Openen…
    assert window.document is not None and window.document.path.samefile(stick)
    assert window.document.plan == handed_over  # exactly as it was handed over
    assert list_backups(stick), "the file of the older version is kept as a backup"

    sources = user.go_to(window, "Dekking")
    index = sources.proxy.mapFromSource(sources.model.cell(sources.model.row_of("fonds-maaltijd"), "status"))
    user.click_cell(sources.table, index.row(), index.column())
    user.type("ontv")
    user.press(Key.Key_Return)
    assert window.document.plan.source("fonds-maaltijd").status.value == "received"

    realisation = user.go_to(window, "Realisatie")
    user.press(Key.Key_J, Mod.AltModifier)  # &Jaar
    user.type("2026")
    model, table = realisation.cost_model, realisation.cost_table
    user.click_cell(table, model.row_of("huur"), model.column_index("actual"), double=True)
    user.type("11.512,40")
    user.press(Key.Key_Return)
    assert window.document.plan.cost("huur").actuals == {2026: 11512_40}

    target = tmp_path / "verantwoording 2026.xlsx"
    user.when_dialog(lambda _options: user.press(Key.Key_Return))  # the year, all sources, Excel: Opslaan als…

    def save(_dialog):
        user.press(Key.Key_A, Mod.ControlModifier)
        user.type(str(target))
        user.press(Key.Key_Return)

    user.when_dialog(save)
    user.when_dialog(lambda _saved: user.press(Key.Key_Escape))
    user.menu("X", "R")  # Exporteren › Verantwoording…
    assert user.dialogs_answered()
    from openpyxl import load_workbook

    texts = [str(c.value) for sheet in load_workbook(target) for row in sheet.iter_rows() for c in row if c.value]
    assert any("Huur" in t for t in texts) and 11512.4 in [
        c.value for sheet in load_workbook(target) for row in sheet.iter_rows() for c in row]
