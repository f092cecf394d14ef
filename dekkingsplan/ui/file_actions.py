"""Bestand › Kopie opslaan als… and Bestand › Reservekopie terugzetten…: a copy of the open plan under another
name (the treasurer goes on working in the plan that is open), and putting back one of the automatic backups.

The file chooser comes through ``ask``, the backups dialog's module is imported when it opens, and the plan file
is reached through ``store_gateway``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from dekkingsplan.ui import ask, i18n, store_gateway
from dekkingsplan.ui.actions import WindowActions, make_action

SUFFIX = ".dekkingsplan"


class FileActions(WindowActions):
    """The file actions of a main window that need an open plan."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.save_copy_action = make_action(self.window,
            self.tr("&Kopie opslaan als…"), self.save_copy, QKeySequence.StandardKey.SaveAs,
            self.tr("Een kopie van het plan onder een andere naam bewaren; u werkt verder in dit plan"))
        self.restore_action = make_action(self.window,
            self.tr("Reservekopie &terugzetten…"), self.restore_backup, None,
            self.tr("Een automatische reservekopie van dit plan terugzetten"))
        self.actions = [self.save_copy_action, self.restore_action]
        self.set_enabled(False)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    # --- Kopie opslaan als… ------------------------------------------------------------------------------

    def save_copy(self) -> Path | None:
        """Ask where, and write the plan as it stands now into a new plan file there. The plan that is open
        stays open; an existing file chosen as the target is first backed up by the store."""
        doc = self.document
        if doc is None:
            return None
        self.window.stack.commit_pending()  # a cell still being typed belongs in the copy
        folder = doc.path.parent if doc.path is not None else Path.home()
        if not folder.exists() or "dekkingsplan-demo-" in str(folder):
            folder = Path.home()
        stem = doc.path.stem if doc.path is not None else doc.plan.organisation.name
        suggestion = str(folder / self.tr("{name} (kopie)").format(name=stem)) + SUFFIX
        chosen = ask.file_to_save(self.window, self.tr("Kopie opslaan als"), suggestion,
                                  self.tr("Dekkingsplan (*.dekkingsplan)"))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        if doc.path is not None and target.exists() and doc.path.exists() and target.samefile(doc.path):
            self.window.warn(self.tr("Geen kopie gemaakt"),
                       self.tr("{name} is het plan dat nu open is. Kies een andere naam voor de kopie.")
                       .format(name=target.name))
            return None
        try:
            store_gateway.save_copy(target, doc.plan.copy())
        except (store_gateway.StoreError, OSError) as exc:
            self.window.warn(self.tr("Geen kopie gemaakt"),
                       self.tr("De kopie kon niet worden bewaard in {path}.\n\n{reason}")
                       .format(path=target, reason=_sentence(i18n.reason(exc))))
            return None
        self._status(self.tr("Kopie bewaard als {name}. U werkt verder in {current}.")
                     .format(name=target.name, current=doc.path.name if doc.path else ""))
        return target

    # --- Reservekopie terugzetten… -----------------------------------------------------------------------

    def restore_backup(self) -> bool:
        """Show the plan's backups; the one chosen (after a yes) replaces the plan, which is backed up first and
        opened again as the backup left it."""
        doc = self.document
        if doc is None:
            return False
        try:
            doc.ensure_file()  # the demo, in the blink before its file exists
        except Exception as exc:  # noqa: BLE001 - StoreError or OSError: say it
            self.window.warn(self.tr("Niet teruggezet"), _sentence(i18n.reason(exc)))
            return False
        from dekkingsplan.ui.widgets.backups_dialog import BackupsDialog

        dialog = BackupsDialog(doc.path, self.window)
        self.last_dialog = dialog
        if dialog.exec() != BackupsDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        return self.put_back(dialog.chosen.path)

    def put_back(self, backup: Path) -> bool:
        """Close the plan, put ``backup`` in its place (the store first backs up the current file) and open it."""
        doc = self.document
        if doc is None or doc.path is None:
            return False
        path = doc.path
        window = self.window
        if not window.close_plan():  # the plan file's lock is released; every edit is already in the file
            return False  # the treasurer went back to correct a detail typed wrong
        try:
            store_gateway.restore_backup(backup, path)
        except (store_gateway.StoreError, OSError) as exc:
            self.window.warn(self.tr("Niet teruggezet"),
                       self.tr("De reservekopie is niet teruggezet; het plan is ongewijzigd.\n\n{reason}")
                       .format(reason=_sentence(i18n.reason(exc))))
            window.open_path(path)
            return False
        if not window.open_path(path):
            return False
        self._status(self.tr("Reservekopie teruggezet. De vorige versie staat bij de reservekopieën."))
        return True


def _sentence(text: str) -> str:
    """A refusal ends with a full stop (the store's sentence keeps its own first letter: it may be a file name)."""
    text = text.rstrip()
    return text if not text or text[-1] in ".!?" else text + "."
