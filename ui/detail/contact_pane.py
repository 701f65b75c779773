"""The detail pane of a contact."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QLocale

from app.accounts import AccountData, AccountRecord
from app.contacts import AccountLink, Address, ContactRecord, Email, Im, OtherDate, Phone, Related, Url
from app.errors import NotFoundError
from app.hrefs import mail_href, phone_href, web_href
from app.validation import PartialDate
from ui.detail.base_pane import FieldSpec, Group, RecordDetailPane, escape, link
from ui.detail.inline_field import InlineField
from ui.qt_dates import parse_date

ADDRESS_PARTS = ("street", "locality", "region", "postal_code", "country")
_WEEKDAY = re.compile(r"d{4}[,\s]*")  # "dddd, " of a long date format
_YEAR = re.compile(r"[^dM]*y+[^dM]*")  # the year of a date format, with its separators and words ("'г.'")


def address_lines(address: Address) -> str:
    """The address for its multi-line editor: street, city, region, postal code, country, a line each."""
    return "\n".join(getattr(address, part) for part in ADDRESS_PARTS).rstrip("\n")


def address_from_lines(address: Address, text: str) -> Address:
    lines = [" ".join(line.split()) for line in text.splitlines()] + [""] * len(ADDRESS_PARTS)
    street, locality, region, postal_code, country = lines[:len(ADDRESS_PARTS)]  # in ADDRESS_PARTS' order
    return replace(address, street=street, locality=locality, region=region, postal_code=postal_code, country=country)


def address_shown(address: Address) -> str:
    city = " ".join(p for p in (address.postal_code, address.locality) if p)
    lines = [address.po_box, address.extended, address.street, city, address.region, address.country]
    return "\n".join(line for line in lines if line)


def im_text(im: Im) -> str:
    return f"{im.protocol}: {im.handle}" if im.protocol else im.handle


def im_from_text(text: str, im: Im) -> Im:
    """ "skype: ann.lee" → the service and the name on it; a text without a service is a name alone."""
    service, colon, handle = text.partition(":")
    if colon and service.strip().isalpha() and len(service.strip()) <= 20 and handle.strip():
        return replace(im, protocol=service.strip().lower(), handle=handle.strip())
    return replace(im, protocol="", handle=text.strip())


def typed_partial_date(text: str) -> PartialDate:
    """A date as the user's locale writes it, ISO, or --MM-DD without the year (the service reads the rest and
    names what it cannot)."""
    try:
        return PartialDate.from_date(parse_date(text))
    except ValueError:
        return PartialDate.parse(text.strip())


def partial_date_shown(value: PartialDate | None) -> str:
    if value is None:
        return ""
    # The long format without the weekday: nobody thinks of a birthday as "a Friday".
    fmt = _WEEKDAY.sub("", QLocale().dateFormat(QLocale.FormatType.LongFormat)).strip()
    if value.year is None:
        # No year known: the day and month in the user's format ("12 April", "18 января", "1月18日"), the year
        # taken out with what belongs to it (", ", " г.", "年").
        fmt = _YEAR.sub("", fmt).strip(" ,.") or "d MMMM"
        return QLocale().toString(QDate(2000, value.month, value.day), fmt)
    return QLocale().toString(QDate(value.year, value.month, value.day), fmt)


class ContactDetailPane(RecordDetailPane):
    KIND = "contact"

    record: ContactRecord
    accounts: list[tuple[AccountRecord, str]]  # live linked accounts and the role there

    def empty_text(self) -> str:
        return self.tr("Select a contact to see everything about them here.")

    def load(self, uid: str) -> None:
        self.record = self.services.contacts.get(uid)
        self.accounts = []
        for account_link in self.record.data.accounts:
            try:
                self.accounts.append((self.services.accounts.get(account_link.account_uid), account_link.role))
            except NotFoundError:
                continue  # the account is in the Trash

    def load_deleted(self, uid: str) -> str:
        return self.services.contacts.get(uid, include_deleted=True).display_name

    def title(self) -> str:
        return self.record.display_name

    def photo(self) -> bytes | None:
        return self.record.data.photo

    def subtitle_html(self) -> str:
        data = self.record.data
        job = " · ".join(escape(p) for p in (data.job_title, data.department) if p)
        places = ", ".join(link("account", a.uid, a.data.name) for a, _ in self.accounts)
        if job and places:
            return self.tr("%1 at %2").replace("%1", job).replace("%2", places)
        return job or places

    def name_field(self) -> InlineField:
        uid = self.record.uid
        contacts = self.services.contacts
        spec = self.scalar_spec(lambda **c: contacts.update(uid, **c), "display_name", self.tr("Name"),
                                self.record.data.display_name)
        return self._name_inline(spec)

    def fact_groups(self) -> list[Group]:
        data = self.record.data
        uid = self.record.uid
        contacts = self.services.contacts

        def update(**changes: Any) -> object:
            return contacts.update(uid, **changes)

        def text(key: str, label: str, **options: Any) -> FieldSpec:
            return self.scalar_spec(update, key, label, getattr(data, key), **options)

        name = Group(self.tr("Name"), [
            text("given", self.tr("Given name")), text("family", self.tr("Family name")),
            text("additional", self.tr("Middle name")), text("prefix", self.tr("Prefix")),
            text("suffix", self.tr("Suffix")), text("nickname", self.tr("Nickname")),
        ])
        work = Group(self.tr("Work"), [text("job_title", self.tr("Job title")),
                                       text("department", self.tr("Department"))])
        # Each organisation in place: typed names complete from the accounts there are; a new name makes an
        # account (a near-duplicate asked about first); emptied, the link goes. One more row adds another.
        for index, (account, role) in enumerate([*self.accounts, (None, "")]):
            old = account.uid if account is not None else None
            account_name = account.data.name if account is not None else ""
            work.rows.append(FieldSpec(
                f"accounts[{index}]", self.tr("Organisation") if account is not None or not index else "",
                account_name, save=lambda _text: None, placeholder=self.tr("Add organisation"),
                save_account=partial(self._relink, old)))
            if account is not None:  # the role there, under it
                work.rows.append(FieldSpec(f"roles[{index}]", self.tr("Role"), role,
                                           save=partial(self._set_role, account.uid),
                                           placeholder=self.tr("Role there, such as Buyer")))
        reach = Group(self.tr("Contact"))
        reach.rows += self.list_specs(
            update, "emails", data.emails, self.tr("E-mail"), self.tr("Add e-mail"), lambda e: e.value,
            lambda e, t: replace(e, value=t), lambda t: Email(t), placeholder=self.tr("name@example.com"),
            link=mail_href)
        reach.rows += self.list_specs(
            update, "phones", data.phones, self.tr("Phone"), self.tr("Add phone"), lambda p: p.value,
            lambda p, t: replace(p, value=t), lambda t: Phone(t), link=phone_href)
        reach.rows += self.list_specs(
            update, "urls", data.urls, self.tr("Web"), self.tr("Add web address"), lambda u: u.value,
            lambda u, t: replace(u, value=t), lambda t: Url(t), link=web_href)
        reach.rows += self.list_specs(
            update, "addresses", data.addresses, self.tr("Address"), self.tr("Add address"), address_lines,
            address_from_lines, lambda t: address_from_lines(Address(), t), multiline=True, shown_of=address_shown,
            placeholder=self.tr("Street, city, region, postal code, country — one per line"))
        reach.rows += self.list_specs(
            update, "ims", data.ims, self.tr("Messaging"), self.tr("Add messaging"), im_text,
            lambda im, t: im_from_text(t, im), lambda t: im_from_text(t, Im("")),
            placeholder=self.tr("Service: name, such as skype: ann.lee"))
        personal = Group(self.tr("Personal"), [
            text("birthday", self.tr("Birthday"), shown=partial_date_shown(data.birthday),
                 placeholder=self.tr("A date, or --MM-DD without the year"), date_field=True),
            text("anniversary", self.tr("Anniversary"), shown=partial_date_shown(data.anniversary),
                 placeholder=self.tr("A date, or --MM-DD without the year"), date_field=True),
        ])
        personal.rows += self.list_specs(
            update, "dates", data.dates, self.tr("Date"), self.tr("Add a date"), lambda d: d.value.isoformat(),
            lambda d, t: replace(d, value=typed_partial_date(t)), lambda t: OtherDate(typed_partial_date(t)),
            shown_of=lambda d: partial_date_shown(d.value),
            placeholder=self.tr("A date, or --MM-DD without the year"))
        personal.rows += self.list_specs(
            update, "related", data.related, self.tr("Related"), self.tr("Add a related person"),
            lambda r: r.value, lambda r, t: replace(r, value=t), lambda t: Related(t))
        notes = Group(self.tr("Notes and tags"), [
            self.tags_spec(), text("notes", self.tr("Notes"), multiline=True, placeholder=self.tr("Add notes")),
        ])
        groups = [name, work, reach, personal, notes]
        custom = self.custom_specs()
        if custom:
            groups.append(Group(self.tr("More"), list(custom)))
        return groups

    def _relink(self, old: str | None, account_uid: str | None, new_name: str) -> object:
        """On the write worker, in the Op's one unit of work: the link to `old` (None: a new link) now to
        the account meant, or to one made from `new_name`, keeping the role; to neither, it goes."""
        services = self.services
        uid = self.record.uid
        links = list(services.contacts.get(uid).data.accounts)
        if new_name:
            account_uid = services.accounts.create(AccountData(name=new_name)).value.uid
        position = next((i for i, a in enumerate(links) if a.account_uid == old), None)
        role = links[position].role if position is not None else ""
        if position is not None:
            del links[position]
        if account_uid and all(a.account_uid != account_uid for a in links):
            links.insert(len(links) if position is None else position, AccountLink(account_uid, role))
        return services.contacts.update(uid, accounts=tuple(links))

    def _set_role(self, account_uid: str, role: str) -> object:
        """On the write worker: the contact's role at `account_uid`, the link kept where it is."""
        uid = self.record.uid
        links = tuple(replace(a, role=" ".join(role.split())) if a.account_uid == account_uid else a
                      for a in self.services.contacts.get(uid).data.accounts)
        return self.services.contacts.update(uid, accounts=links)

    def related_sections(self) -> list[tuple[str, list[str]]]:
        deals = self.timeline_service.deals("contact", self.record.uid)
        return [(self.tr("Deals"), self.deals_html(deals))]

    def deal_defaults(self) -> tuple[str | None, tuple[str, ...]]:
        account = self.accounts[0][0].uid if self.accounts else None
        return account, (self.record.uid,)

    def mail_addresses(self) -> list[str]:
        emails = self.record.data.emails
        preferred = [e for e in emails if e.preferred] or list(emails)
        return [preferred[0].value] if preferred else []

    def delete(self, uid: str) -> object:
        return self.services.contacts.delete(uid)
