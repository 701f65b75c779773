"""Sheets for a new contact or account: the few fields a record starts with (UI.md 5: a small
sheet for a new record, everything else edited in place in its detail pane afterwards).

A company typed for a new contact links the contact to that account, completed from those there are
(ui/detail/pickers.py) or made in the same transaction as the contact (nothing half-made when the
contact is refused); a name close to an existing account's is asked about before it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QLineEdit, QWidget

from app.accounts import AccountData
from app.contacts import AccountLink, ContactData, Email, Phone
from app.errors import ValidationError
from app.services import Services
from ui.detail.pickers import AccountChoice
from ui.detail.sheets import Sheet


class NewContactSheet(Sheet):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, (), self.tr("New contact"), parent)
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.com")
        self.phone = QLineEdit()
        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Type to find an account, or a new name"))
        self.company_choice = AccountChoice(services, self.company)
        self.job_title = QLineEdit()
        self.add_row(self.tr("&Given name"), self.given, "name")
        self.add_row(self.tr("&Family name"), self.family, "family")
        self.add_row(self.tr("&E-mail"), self.email, "emails[0]")
        self.add_row(self.tr("&Phone"), self.phone, "phones[0]")
        self.add_row(self.tr("&Company"), self.company, "accounts[0]")
        self.add_row(self.tr("&Job title"), self.job_title, "job_title")

    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        data = ContactData(
            given=self.given.text(), family=self.family.text(), job_title=self.job_title.text(),
            emails=(Email(self.email.text().strip()),) if self.email.text().strip() else (),
            phones=(Phone(self.phone.text().strip()),) if self.phone.text().strip() else (),
        )
        account_uid, new_account, question = self.company_choice.resolve(self.company.text())
        if question:
            raise ValidationError.single("accounts[0]", question)

        def create(services: Services) -> tuple[str, str]:
            # One unit of work (the Op's): the account only if the contact goes in too.
            services.contacts.validate(data)  # the contact's own errors first, before any account is made
            linked = data
            uid = account_uid or (services.accounts.create(AccountData(name=new_account)).value.uid
                                  if new_account else None)
            if uid:
                linked = replace(data, accounts=(AccountLink(uid),))
            return "contact", services.contacts.create(linked).value.uid

        return create

    def step_label(self) -> str:
        name = " ".join(f"{self.given.text()} {self.family.text()}".split())
        return self.tr("New contact “%1”").replace("%1", name) if name else self.windowTitle()


class NewAccountSheet(Sheet):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, (), self.tr("New account"), parent)
        self.name = QLineEdit()
        self.industry = QLineEdit()
        self.website = QLineEdit()
        self.website.setPlaceholderText("https://example.com")
        self.phone = QLineEdit()
        self.add_row(self.tr("&Name"), self.name, "name")
        self.add_row(self.tr("&Industry"), self.industry, "industry")
        self.add_row(self.tr("&Website"), self.website, "website")
        self.add_row(self.tr("&Phone"), self.phone, "phones[0]")

    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        data = AccountData(name=self.name.text(), industry=self.industry.text(), website=self.website.text().strip(),
                           phones=(Phone(self.phone.text().strip()),) if self.phone.text().strip() else ())
        return lambda services: ("account", services.accounts.create(data).value.uid)
