"""Qualify a lead (what it becomes said before it is done: the contact and account there are, or new ones; a
deal, its title and value) and disqualify one (why: a reason chosen or typed). Each one undoable step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from app.leads import LeadRecord
from app.services import Services
from ui.detail.base_pane import escape
from ui.detail.sheets import Sheet, amount_typed


class QualifySheet(Sheet):
    def __init__(self, services: Services, lead: LeadRecord, parent: QWidget | None = None) -> None:
        super().__init__(services, (), self.tr("Qualify “%1”").replace("%1", lead.shown_name), parent)
        self._lead = lead
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Qualify"))
        contact_uid, account_uid = services.leads.found_for(lead.uid)
        data = lead.data
        self.contact_said = QLabel(self._said(
            data.name, services.contacts.get(contact_uid).display_name if contact_uid else "",
            self.tr("no one: the lead has no person's name"), self.tr("%1 — new", "a contact")))
        self.account_said = QLabel(self._said(
            data.company, services.accounts.get(account_uid).data.name if account_uid else "",
            self.tr("none: the lead has no company"), self.tr("%1 — new", "an account")))
        for label in (self.contact_said, self.account_said):
            label.setWordWrap(True)
        self.make_deal = QCheckBox(self.tr("&Make a deal in the first stage"))  # (short: it cannot wrap)
        self.make_deal.setToolTip(self.tr("Its lead source: “%1”").replace("%1", data.source or self.tr("none")))
        self.make_deal.setChecked(True)
        self.deal_title = QLineEdit(data.company or data.name)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(QLocale().toString(12500.0, "f", 2))
        home = services.currencies.home()
        self.currency = QLineEdit(home or QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
                                  or "EUR")
        self.currency.setMaxLength(3)
        self.add_row(self.tr("&Deal"), self.make_deal, "make_deal")
        self.add_row(self.tr("&Title"), self.deal_title, "title")
        self.add_row(self.tr("&Amount"), self.amount, "amount")
        self.add_row(self.tr("C&urrency"), self.currency, "currency")
        self.form.insertRow(0, self.tr("Contact"), self.contact_said)
        self.form.insertRow(1, self.tr("Account"), self.account_said)
        self.make_deal.toggled.connect(self._on_make_deal_toggled)

    def _said(self, wanted: str, found: str, nothing: str, new: str) -> str:
        if not wanted:
            return escape(nothing)
        if found:
            return self.tr("%1 — the one there is").replace("%1", escape(found))
        return new.replace("%1", escape(wanted))

    def first_field(self) -> QWidget | None:
        return self.deal_title

    def _on_make_deal_toggled(self, checked: bool) -> None:
        for field in (self.deal_title, self.amount, self.currency):
            field.setEnabled(checked)

    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        make_deal = self.make_deal.isChecked()
        amount = amount_typed(self.amount.text()) if make_deal else None
        title, currency, uid = self.deal_title.text(), self.currency.text() if amount is not None else "", \
            self._lead.uid

        def qualify(services: Services) -> tuple[str, str]:
            services.leads.qualify(uid, make_deal=make_deal, deal_title=title, amount=amount, currency=currency)
            return "lead", uid

        return qualify


class DisqualifySheet(Sheet):
    def __init__(self, services: Services, lead: LeadRecord, parent: QWidget | None = None) -> None:
        super().__init__(services, (), self.tr("Disqualify “%1”").replace("%1", lead.shown_name), parent)
        self._lead = lead
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("D&isqualify"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        reasons = [self.tr("No budget"), self.tr("No need"), self.tr("Chose a competitor"),
                   self.tr("Could not reach them"), self.tr("Not a fit"), self.tr("Spam")]
        for reason in dict.fromkeys([*services.leads.reasons(), *reasons]):
            self.reason.addItem(reason)
        self.reason.setCurrentText("")
        self.add_row(self.tr("&Reason"), self.reason, "reason")

    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        reason, uid = self.reason.currentText(), self._lead.uid

        def disqualify(services: Services) -> tuple[str, str]:
            services.leads.disqualify(uid, reason)
            return "lead", uid

        return disqualify
