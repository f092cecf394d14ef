"""Instellingen: the dialog in which the treasurer chooses the window's language (Nederlands or English)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from dekkingsplan.ui.i18n import LANGUAGES, current_language, set_language


class SettingsDialog(QDialog):
    """Instellingen: the language of the window, applied at once when the treasurer presses OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():  # each language named in itself, so anyone can find their own
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        form.addRow(self.tr("Taal"), self.language)
        layout.addLayout(form)
        note = QLabel(self.tr("Bedragen en datums volgen de gekozen taal. Het plan zelf verandert niet."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        if self.chosen_language() != current_language():
            set_language(self.chosen_language())
        super().accept()
