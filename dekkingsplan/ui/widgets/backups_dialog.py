"""The list of a plan's automatic backups, newest first, to choose one to put back (after a yes)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.store.backups import BackupInfo, list_backups, plan_backup_dir
from dekkingsplan.ui import i18n
from dekkingsplan.ui.widgets.text_style import set_text_style

REASONS = {
    "open": QT_TRANSLATE_NOOP("BackupsDialog", "bij het openen"),
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "dagelijks, tijdens het werken"),
    "migration": QT_TRANSLATE_NOOP("BackupsDialog", "vóór het bijwerken naar deze versie"),
    "restore": QT_TRANSLATE_NOOP("BackupsDialog", "vóór het terugzetten van een reservekopie"),
    "overwrite": QT_TRANSLATE_NOOP("BackupsDialog", "vóór het overschrijven"),
}


def when_text(created: datetime) -> str:
    """``30 nov 2026, 18:25:07`` in the computer's own time zone."""
    local = created.astimezone()
    return f"{i18n.day(local.date())}, {local:%H:%M:%S}"


def size_text(size: int) -> str:
    kilobytes = max(1, round(size / 1024))
    return f"{kilobytes:,} kB".replace(",", "." if i18n.current_language() == "nl" else ",")


class BackupsDialog(QDialog):
    """Reservekopie terugzetten: the backups with date, time and why they were made; Terugzetten asks first."""

    def __init__(self, plan_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_path = Path(plan_path)
        self.chosen: BackupInfo | None = None
        self.setWindowTitle(self.tr("Reservekopie terugzetten"))
        self.resize(640, 420)
        intro = QLabel(self.tr("Dekkingsplan bewaart vanzelf een reservekopie van {name}: bij het openen, elke dag "
                               "waarop u werkt en vóór het bijwerken of terugzetten. De nieuwste 20 blijven bewaard. "
                               "Kies de versie die u terug wilt.").format(name=self.plan_path.name))
        intro.setWordWrap(True)
        self.backups = list_backups(self.plan_path)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Datum en tijd"), self.tr("Gemaakt"), self.tr("Grootte")])
        self.list.setAccessibleName(self.tr("Reservekopieën"))
        for backup in self.backups:
            item = QTreeWidgetItem([when_text(backup.created),
                                    QCoreApplication.translate("BackupsDialog", REASONS.get(backup.reason,
                                                                                            backup.reason)),
                                    size_text(backup.size)])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(backup.path))
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.empty = QLabel(self.tr("Er zijn nog geen reservekopieën van dit plan."))
        self.empty.setVisible(not self.backups)
        where = QLabel(self.tr("Map: {folder}").format(folder=plan_backup_dir(self.plan_path)))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        set_text_style(where, colour="#555")

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Terugzetten…"))
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.list.itemSelectionChanged.connect(self._selection_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(where)
        layout.addWidget(buttons)
        if self.backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self.list.setFocus()
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        items = self.list.selectedItems()
        return self.backups[self.list.indexOfTopLevelItem(items[0])] if items else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def accept(self) -> None:
        """Terugzetten: only after the treasurer says yes to what will happen."""
        backup = self.selected()
        if backup is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Reservekopie terugzetten?"),
            self.tr("Het plan wordt teruggezet naar de versie van {when}. Wat u daarna hebt gewijzigd, staat dan "
                    "niet meer in het plan.\n\nDe huidige versie wordt eerst zelf als reservekopie bewaard, "
                    "zodat u ook dit weer kunt terugdraaien.\n\nTerugzetten?").format(when=when_text(backup.created)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen = backup
        super().accept()
