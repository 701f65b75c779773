"""The detail pane of an account (a company), with its people and deals."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QAction

from app.accounts import AccountRecord, Member
from app.contacts import Address, Phone
from app.errors import RapportError
from app.hrefs import phone_href, web_href
from app.mail_domains import domains_of, set_mail_domain, suggested_domain
from app.services import Services
from ui.detail.base_pane import FieldSpec, Group, RecordDetailPane, escape, link
from ui.detail.contact_pane import address_from_lines, address_lines, address_shown
from ui.detail.inline_field import InlineField
from ui.external_links import reach_html
from ui.operations.operation import Op
from ui.said import in_words


class AccountDetailPane(RecordDetailPane):
    KIND = "account"

    record: AccountRecord
    members: list[Member]

    def empty_text(self) -> str:
        return self.tr("Select an account to see its people, deals and history here.")

    def header_extras(self) -> list[QAction]:
        self.mail_domain_action = QAction(self)
        self.mail_domain_action.setCheckable(True)
        self.mail_domain_action.setVisible(False)
        self.mail_domain_action.triggered.connect(self.set_mail_from_domain)
        self._mail_domain = ""
        return [self.mail_domain_action]

    def refresh_header_extras(self, uid: str) -> None:
        """"Mail from acme.example": shown when the company has a website to take the domain from (or its
        mail is allowed already), ticked while its mail comes onto this timeline (app/mail_domains.py)."""
        allowed = domains_of(self.services, uid)
        self._mail_domain = allowed[0] if allowed else suggested_domain(self.services, uid)
        self.mail_domain_action.setText(self.tr("Mail from %1").replace("%1", self._mail_domain))
        self.mail_domain_action.setToolTip(self.tr(
            "Put mail from and to anyone at %1 on this company's timeline, not only your contacts' mail"
            " (from the next import or fetch)").replace("%1", self._mail_domain))
        self.mail_domain_action.setChecked(bool(allowed))
        self.mail_domain_action.setVisible(bool(self._mail_domain))

    def set_mail_from_domain(self, allowed: bool) -> None:
        uid, domain, name = self.uid, self._mail_domain, self.record.data.name
        if uid is None or not domain:
            return
        label = (self.tr("Put mail from %1 on “%2”") if allowed else self.tr("Stop mail from %1 on “%2”")) \
            .replace("%1", domain).replace("%2", name)

        def work(services: Services) -> object:
            return set_mail_domain(services, uid, domain, allowed)

        Op(self, self.services, label, work).success(lambda _value: self._refresh()) \
            .failure(self._on_mail_domain_refused, (RapportError,)).run(initiator=self)

    def _on_mail_domain_refused(self, error: Exception) -> None:
        self._show_banner(in_words(error))
        self._refresh()

    def load(self, uid: str) -> None:
        self.record = self.services.accounts.get(uid)
        self.members = self.services.accounts.members(uid)

    def load_deleted(self, uid: str) -> str:
        return self.services.accounts.get(uid, include_deleted=True).data.name

    def title(self) -> str:
        return self.record.data.name

    def subtitle_html(self) -> str:
        data = self.record.data
        parts = [escape(data.industry)] if data.industry else []
        if data.website:
            parts.append(f'<a href="{escape(web_href(data.website))}">{escape(data.website)}</a>')
        return " · ".join(parts)

    def name_field(self) -> InlineField:
        uid = self.record.uid
        accounts = self.services.accounts
        spec = self.scalar_spec(lambda **c: accounts.update(uid, **c), "name", self.tr("Name"), self.record.data.name)
        return self._name_inline(spec)

    def fact_groups(self) -> list[Group]:
        data = self.record.data
        uid = self.record.uid
        accounts = self.services.accounts

        def update(**changes: Any) -> object:
            return accounts.update(uid, **changes)

        def text(key: str, label: str, **options: Any) -> FieldSpec:
            return self.scalar_spec(update, key, label, getattr(data, key), **options)

        company = Group(self.tr("Company"), [
            text("industry", self.tr("Industry")),
            text("website", self.tr("Website"), placeholder=self.tr("example.com"), link=web_href),
        ])
        reach = Group(self.tr("Contact"))
        reach.rows += self.list_specs(
            update, "phones", data.phones, self.tr("Phone"), self.tr("Add phone"), lambda p: p.value,
            lambda p, t: replace(p, value=t), lambda t: Phone(t), link=phone_href)
        reach.rows += self.list_specs(
            update, "addresses", data.addresses, self.tr("Address"), self.tr("Add address"), address_lines,
            address_from_lines, lambda t: address_from_lines(Address(), t), multiline=True, shown_of=address_shown,
            placeholder=self.tr("Street, city, region, postal code, country — one per line"))
        notes = Group(self.tr("Notes and tags"), [
            self.tags_spec(), text("notes", self.tr("Notes"), multiline=True, placeholder=self.tr("Add notes")),
        ])
        groups = [company, reach, notes]
        custom = self.custom_specs()
        if custom:
            groups.append(Group(self.tr("More"), list(custom)))
        return groups

    def related_sections(self) -> list[tuple[str, list[str]]]:
        people = [" · ".join([link("contact", m.contact_uid, m.display_name)
                              + (f" — {escape(m.role)}" if m.role else ""), *reach_html(m.email, m.phone)])
                  for m in self.members]
        deals = self.deals_html(self.timeline_service.deals("account", self.record.uid))
        return [(self.tr("People"), people), (self.tr("Deals"), deals)]

    def deal_defaults(self) -> tuple[str | None, tuple[str, ...]]:
        return self.record.uid, ()

    def mail_addresses(self) -> list[str]:
        return list(dict.fromkeys(m.email for m in self.members if m.email))  # everyone of the company

    def delete(self, uid: str) -> object:
        return self.services.accounts.delete(uid)
