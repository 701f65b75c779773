"""The detail pane of an account (a company), with its people and deals."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.accounts import AccountRecord, Member
from app.contacts import Address, Phone
from app.hrefs import phone_href, web_href
from ui.detail.base_pane import FieldSpec, Group, RecordDetailPane, escape, link
from ui.detail.contact_pane import address_from_lines, address_lines, address_shown
from ui.detail.inline_field import InlineField
from ui.external_links import reach_html


class AccountDetailPane(RecordDetailPane):
    KIND = "account"

    record: AccountRecord
    members: list[Member]

    def empty_text(self) -> str:
        return self.tr("Select an account to see its people, deals and history here.")

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
