"""Bestand › Openen van server…: a plan on a shared PostgreSQL server.

The connection (server, port, database, user, plan) is remembered in the app's settings; the password never is:
it is asked here each time (left empty, PostgreSQL's own ``PGPASSWORD`` or ``~/.pgpass`` is used).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.core.errors import DekkingsplanError
from dekkingsplan.store.address import ServerAddress
from dekkingsplan.ui import i18n, store_gateway

SETTINGS_KEY = "server/last"


class ServerDialog(QDialog):
    """The address of a plan on a server, and the password for this time."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan openen van server"))
        self._settings = settings
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("bijvoorbeeld db.welzijn-oost.nl"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("wordt niet bewaard"))
        self.plan = QComboBox()
        self.plan.setEditable(True)
        self.plan.setToolTip(self.tr("De naam van het plan op de server; ‘Plannen ophalen’ toont welke er zijn"))
        self.fetch = QPushButton(self.tr("Plannen op&halen"))
        self.fetch.clicked.connect(self.fetch_plans)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan, 1)
        plan_row.addWidget(self.fetch)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Poort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Gebruiker:"), self.user)
        form.addRow(self.tr("&Wachtwoord:"), self.password)
        form.addRow(self.tr("P&lan:"), plan_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        hint = QLabel(self.tr("Samen aan één plan werken: elke wijziging gaat meteen naar de server, en wat anderen "
                              "wijzigen verschijnt hier binnen enkele seconden."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._load()

    def _load(self) -> None:
        text = self._settings.value(SETTINGS_KEY, "", type=str)
        if not text:
            return
        try:
            address = ServerAddress.parse(text)
        except DekkingsplanError:
            return
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.plan.setEditText(address.plan)

    def address(self) -> ServerAddress:
        """What was typed, as an address; StoreError naming what is missing."""
        return ServerAddress(self.user.text().strip(), self.host.text().strip(), self.port.value(),
                             self.database.text().strip(), self.plan.currentText().strip())

    def checked_address(self) -> ServerAddress | None:
        address = self.address()
        try:
            return ServerAddress.parse(str(address))
        except DekkingsplanError as exc:
            self.show_message(exc.text(i18n.current_language()) if hasattr(exc, "text") else str(exc))
            return None

    def password_text(self) -> str | None:
        return self.password.text() or None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def fetch_plans(self) -> None:
        address = self.address()
        if not address.host or not address.database:
            self.show_message(self.tr("Vul eerst de server en de database in."))
            return
        try:
            names = store_gateway.server_plan_names(address.with_plan("-"), self.password_text())
        except DekkingsplanError as exc:
            self.show_message(exc.text(i18n.current_language()) if hasattr(exc, "text") else str(exc))
            return
        current = self.plan.currentText()
        self.plan.clear()
        self.plan.addItems(names)
        self.plan.setEditText(current or (names[0] if names else ""))
        self.show_message(self.tr("{n} plannen op deze server.").format(n=len(names)) if names
                          else self.tr("Op deze server staan nog geen plannen."))

    def _accept(self) -> None:
        address = self.checked_address()
        if address is None:
            return
        self._settings.setValue(SETTINGS_KEY, str(address))  # never the password
        self.accept()
