"""Bankafschrift inlezen: the statement's transactions in a table, the line each goes to (by the plan's rules or
the treasurer's choice), "onthoud dit" to make a rule, and a summary per line before anything changes. Applied
as one undoable edit. The rules and sums are ``core.bank.assign``'s; this window only shows them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dekkingsplan.core.bank.assign import Import, Row, RowStatus, payable_lines, prepare, rule_for
from dekkingsplan.core.bank.read import read_statement
from dekkingsplan.core.bank.records import Statement, StatementError, same_account
from dekkingsplan.core.model import BankRule
from dekkingsplan.ui import i18n
from dekkingsplan.ui.document import PlanDocument
from dekkingsplan.ui.table_model import Column, TableModel
from dekkingsplan.ui.widgets.message_bar import MessageBar
from dekkingsplan.ui.widgets.tables import table_view
from dekkingsplan.ui.widgets.text_style import note_label, set_text_style

UNASSIGNED = QColor("#fff1d6")  # waits for a line: the eye should find it
QUIET = QColor("#8a8a8a")  # read before, or outside the plan's years: nothing happens to it
REFUSED = QColor("#fbe3d6")
SUMMARY_LINES = 6  # the room kept for what changes: the heading, four lines, the counts


@dataclass(frozen=True)
class Shown:
    """A row of the table: its place in the statement, and what becomes of it."""

    index: int
    row: Row
    chosen: bool  # the treasurer chose the line (else a rule did, or nothing)
    remembered: bool


class BankImportDialog(QDialog):
    """The statement laid against the plan; nothing changes until Verwerken."""

    def __init__(self, document: PlanDocument, statement: Statement, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankImport")
        self.setWindowTitle(self.tr("Bankafschrift inlezen — {name}").format(name=Path(name).name))
        self.document, self.statement, self.name = document, statement, name
        self.choices: dict[str, str | None] = {}
        self.applied_year: int | None = None
        self.remembered: dict[str, BankRule] = {}
        plan = document.plan
        self.line_names = {line.id: line.name for line in (*plan.costs, *plan.sources)}
        self.imp: Import = prepare(plan, statement)

        accounts = ", ".join(statement.accounts) or self.tr("onbekend")
        title = QLabel(self.tr("{name}: {format}, rekening {accounts}, {n} transacties").format(
            name=Path(name).name, format=statement.format, accounts=accounts, n=len(statement.transactions)))
        set_text_style(title, bold=True)
        self.balance = QLabel(statement.balance_text(i18n.current_language()))
        self.balance.setObjectName("bankBalance")
        self.balance.setWordWrap(True)
        if statement.balanced:
            self.balance.setText(self.tr("Saldo gecontroleerd: {text}").format(
                text=statement.balance_text(i18n.current_language())))
        if statement.balanced is False:
            self.balance.setText(self.tr("Let op, het saldo klopt niet: {text}").format(
                text=statement.balance_text(i18n.current_language())))
            self.balance.setStyleSheet("background: #fbe3d6; color: #6b1414; padding: 4px 6px;")
        else:
            self.balance.setStyleSheet("color: #444;")

        self.model = TableModel(self._columns(), row_key=lambda r: r.index, parent=self)
        self.table = table_view(self.model, name="bankTransactions", multi=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # where it goes: the column that matters
        for i, width in enumerate((90, 100, 190, 250)):
            self.table.setColumnWidth(i, width)

        self.line_box = QComboBox()
        self.line_box.setObjectName("bankLine")
        self.line_box.addItem(self.tr("— niet toewijzen —"), None)
        costs, sources = payable_lines(plan)
        for line in costs:
            self.line_box.addItem(self.tr("Kosten · {name}").format(name=line.name), line.id)
        for line in sources:
            self.line_box.addItem(self.tr("Dekking · {name}").format(name=line.name), line.id)
        self.line_box.activated.connect(lambda _i: self._choose())
        line_label = QLabel(self.tr("&Naar regel:"))
        line_label.setBuddy(self.line_box)
        self.remember = QCheckBox(self.tr("&Onthoud dit"))
        self.remember.setObjectName("bankRemember")
        self.remember.setToolTip(self.tr("Maak een regel: voortaan gaat zo'n transactie vanzelf naar deze regel"))
        self.remember.toggled.connect(self._remember_toggled)
        self.rule_hint = QLabel()
        set_text_style(self.rule_hint, colour="#555")
        # one line, kept when empty: a hint appearing moves nothing (its whole text in the tip when cut short)
        self.rule_hint.setFixedHeight(self.rule_hint.fontMetrics().lineSpacing() + 4)
        self.rule_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        chooser = QHBoxLayout()
        chooser.addWidget(line_label)
        chooser.addWidget(self.line_box, 1)
        chooser.addWidget(self.remember)
        help_text = note_label(self.tr("Kies een of meer transacties in de tabel en daarna de regel waar ze bij "
                                       "horen. Een afschrijving telt op bij een kostenregel, een bijschrijving bij "
                                       "een dekkingsbron; een terugbetaling gaat er weer af."), "#444")

        self.summary = QLabel()
        self.summary.setObjectName("bankSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The summary grows a line with every line a choice touches: it does so in a box of its own height,
        # scrolling when it is longer, so that the table and the chooser above it stay where they are.
        summary_box = QScrollArea()
        summary_box.setObjectName("bankSummaryBox")
        summary_box.setWidgetResizable(True)
        summary_box.setFrameShape(QFrame.Shape.NoFrame)
        summary_box.setWidget(self.summary)
        summary_box.setFixedHeight(SUMMARY_LINES * self.summary.fontMetrics().lineSpacing() + 6)
        self.message = MessageBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Verwerken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.balance)
        layout.addWidget(help_text)
        layout.addWidget(self.table, 1)
        layout.addLayout(chooser)
        layout.addWidget(self.rule_hint)
        layout.addWidget(summary_box)
        layout.addWidget(self.buttons)
        self.message.float_over(self.table)  # a refusal lies over the table's foot, moving nothing
        self.resize(1000, 640)
        self._show()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_chooser())
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    # --- the table -----------------------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        def where(r: Shown) -> str:
            row = r.row
            if row.status == RowStatus.ASSIGNED:
                how = (self.tr("onthouden") if r.remembered else self.tr("gekozen") if r.chosen
                       else self.tr("regel"))
                return f"{self.line_names.get(row.line or '', row.line)} ({how})"
            if row.status == RowStatus.KNOWN:
                went = self.line_names.get(row.line or "", "")
                return self.tr("al ingelezen: {line}").format(line=went) if went else self.tr("al ingelezen")
            if row.status == RowStatus.OUTSIDE:
                return self.tr("buiten de planjaren")
            if row.status == RowStatus.NEGATIVE:
                return self.tr("niet verwerkt: werkelijk bedrag zou negatief worden")
            if row.known:  # read before without a line: it added nothing yet, and may go somewhere now
                return self.tr("niet toegewezen (eerder ingelezen)")
            return self.tr("niet toegewezen")

        def background(r: Shown) -> QColor | None:
            return {RowStatus.UNASSIGNED: UNASSIGNED, RowStatus.NEGATIVE: REFUSED}.get(r.row.status)

        def foreground(r: Shown) -> QColor | None:
            return QUIET if r.row.status in (RowStatus.KNOWN, RowStatus.OUTSIDE) else None

        return [
            Column(key="date", title=self.tr("Datum"), text=lambda r: i18n.day(r.row.transaction.date),
                   sort=lambda r: r.row.transaction.date, foreground=foreground),
            Column(key="amount", title=self.tr("Bedrag"), numeric=True, foreground=foreground,
                   text=lambda r: _signed(r.row.transaction.amount), sort=lambda r: r.row.transaction.amount),
            Column(key="counterparty", title=self.tr("Tegenpartij"), foreground=foreground,
                   text=lambda r: r.row.transaction.counterparty or r.row.transaction.iban,
                   cell_tip=lambda r: r.row.transaction.iban or None),
            Column(key="description", title=self.tr("Omschrijving"), foreground=foreground,
                   text=lambda r: r.row.transaction.description,
                   cell_tip=lambda r: r.row.transaction.description or None),
            Column(key="line", title=self.tr("Naar regel"), text=where, background=background,
                   foreground=foreground),
        ]

    def _show(self) -> None:
        self.imp = prepare(self.document.plan, self.statement, choices=self.choices,
                           remembered=[(rule, self._tx(tx_id)) for tx_id, rule in self.remembered.items()])
        selected = self.selected_rows()
        self.model.set_rows([Shown(i, row, row.transaction.id in self.choices, row.transaction.id in self.remembered)
                             for i, row in enumerate(self.imp.rows)])
        selection = self.table.selectionModel()
        for i in selected:
            selection.select(self.model.index(i, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
        self._fill_summary()

    def _tx(self, tx_id: str):
        return next(t for t in self.statement.transactions if t.id == tx_id)

    def _fill_summary(self) -> None:
        imp = self.imp
        lines = []
        for total in imp.totals:
            before = self.tr("nog niets") if total.before is None else i18n.amount(total.before)
            lines.append(self.tr("{name} {year}: {before} → {after} ({change}, {n} transactie(s))").format(
                name=total.line.name, year=total.year, before=before, after=i18n.amount(total.after),
                change=_signed(total.change, plus=True), n=total.count))
        counts = self.tr("{assigned} toegewezen, {unassigned} niet toegewezen, {known} al eerder ingelezen").format(
            assigned=imp.count(RowStatus.ASSIGNED), unassigned=imp.count(RowStatus.UNASSIGNED),
            known=imp.count(RowStatus.KNOWN))
        if imp.count(RowStatus.OUTSIDE):
            counts += self.tr(", {n} buiten de planjaren").format(n=imp.count(RowStatus.OUTSIDE))
        if imp.count(RowStatus.NEGATIVE):
            counts += self.tr(", {n} niet verwerkt").format(n=imp.count(RowStatus.NEGATIVE))
        new_rules = len(imp.rules) - len(self.document.plan.bank_rules)
        if new_rules:
            counts += self.tr(", {n} nieuwe regel(s) onthouden").format(n=new_rules)
        heading = self.tr("Wat er verandert bij Verwerken:") if lines else self.tr(
            "Er verandert geen werkelijk bedrag.")
        self.summary.setText("\n".join([heading, *(f"  {line}" for line in lines), counts]))
        self.ok_button.setEnabled(not self.document.read_only and imp.edit(self.document.plan) is not None)

    # --- choosing ------------------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        selection = self.table.selectionModel()
        return sorted({index.row() for index in selection.selectedRows()}) if selection else []

    def _open_rows(self) -> list[Row]:
        """The selected rows that can still go somewhere (not read before into a line)."""
        return [self.imp.rows[i] for i in self.selected_rows() if self.imp.rows[i].status != RowStatus.KNOWN]

    def _sync_chooser(self) -> None:
        rows = self._open_rows()
        self.line_box.setEnabled(bool(rows))
        self.remember.setEnabled(bool(rows))
        first = rows[0] if rows else None
        self.line_box.blockSignals(True)
        self.remember.blockSignals(True)
        self.line_box.setCurrentIndex(max(0, self.line_box.findData(first.line)) if first and first.line else 0)
        self.remember.setChecked(bool(first) and first.transaction.id in self.remembered)
        self.line_box.blockSignals(False)
        self.remember.blockSignals(False)
        self._hint()

    def _hint(self) -> None:
        rows = self._open_rows()
        if not rows:
            self.rule_hint.setText(self.tr("Deze transactie is al eerder ingelezen; ze telt niet nog eens mee.")
                                   if self.selected_rows() else "")
            return
        line = self.line_box.currentData()
        rule = rule_for(rows[0].transaction, line) if line else None
        if rule is None:
            self.rule_hint.setText("")
            return
        key, value = next(iter(rule.match.items()))
        what = {"iban": self.tr("rekening {value}"), "counterparty": self.tr("tegenpartij ‘{value}’"),
                "description": self.tr("omschrijving ‘{value}’")}[key].format(value=value)
        self.rule_hint.setText(self.tr("Onthoud dit: voortaan gaat alles met {what} naar ‘{line}’.").format(
            what=what, line=self.line_names.get(line, line)))
        self.rule_hint.setToolTip(self.rule_hint.text())

    def _choose(self) -> None:
        line = self.line_box.currentData()
        for row in self._open_rows():
            tx = row.transaction
            self.choices[tx.id] = line
            rule = rule_for(tx, line) if line and self.remember.isChecked() else None
            if rule is not None:
                self.remembered[tx.id] = rule
            else:
                self.remembered.pop(tx.id, None)
        self._show()
        self._hint()

    def _remember_toggled(self, checked: bool) -> None:
        for row in self._open_rows():
            tx = row.transaction
            line = self.choices.get(tx.id, row.line) or self.line_box.currentData()
            rule = rule_for(tx, line) if checked and line else None
            if rule is not None:
                self.choices[tx.id] = line
                self.remembered[tx.id] = rule
            else:
                self.remembered.pop(tx.id, None)
        self._show()
        self._hint()

    # --- applying ------------------------------------------------------------------------------------------

    def apply(self) -> None:
        self.applied_year = self.imp.main_year
        edit = self.imp.edit(self.document.plan)
        if edit is None:
            self.accept()
            return
        text = self.tr("bankafschrift ‘{name}’ inlezen").format(name=Path(self.name).name)
        reason = self.document.try_apply(edit, text)
        if reason is not None:
            self.message.show_message(reason)
            return
        self.accept()


def _signed(cents: int, *, plus: bool = False) -> str:
    """An amount with its sign, as the bank shows it: ``-1.395,00`` (the minus every amount on screen has); with
    ``plus`` a change: ``+45,00``."""
    text = i18n.amount(cents, symbol=False)
    return "+" + text if plus and cents > 0 else text


def open_bank_statement(screen, document: PlanDocument, path: str | None = None) -> BankImportDialog | None:
    """Realisatie › Bankafschrift inlezen…: choose a file, read it, ask when it is another account's, and open
    the window over it (not blocking: it is window-modal). None when nothing was opened; why is on the screen."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            screen, QCoreApplication.translate("BankImportDialog", "Bankafschrift inlezen"), "",
            QCoreApplication.translate("BankImportDialog", "Bankafschriften (*.xml *.sta *.940 *.mt940 *.swi *.csv "
                                                           "*.txt *.tab);;Alle bestanden (*)"))
        if not path:
            return None
    try:
        statement = read_statement(path)
    except StatementError as exc:
        screen.message.show_message(exc.text(i18n.current_language()))
        return None
    iban = document.plan.organisation.iban
    others = [a for a in statement.accounts if iban and not same_account(iban, a)]
    if others:
        answer = QMessageBox.question(
            screen, QCoreApplication.translate("BankImportDialog", "Andere rekening"),
            QCoreApplication.translate(
                "BankImportDialog", "Dit afschrift is van rekening {accounts}, niet van het IBAN van de organisatie "
                "({iban}). Toch inlezen?").format(accounts=", ".join(others), iban=iban),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    dialog = BankImportDialog(document, statement, path, screen)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog

