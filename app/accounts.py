"""Accounts: the companies contacts work for."""

from __future__ import annotations

import builtins
import hashlib
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

from app.changes import Changes, Result
from app.clock import Clock
from app.contacts import FIRST_EMAIL, FIRST_PHONE, Address, ExtraProperty, Phone, params_from_json, params_to_json
from app.errors import FieldError, NotFoundError, ValidationError
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.records import RecordMeta, find_row, ids_by_uid, overwrite, reject_unknown, stamp_new
from app.unit_of_work import WriteOp, Writer, captured
from app.validation import clean_phone, e164
from db.models import Account, AccountAddress, AccountExtraProperty, AccountPhone, Contact, ContactAccount, Deal

CHANGED = Changes(accounts=True)


@dataclass(frozen=True)
class AccountData:
    name: str = ""
    industry: str = ""
    website: str = ""
    notes: str = ""
    phones: tuple[Phone, ...] = ()
    addresses: tuple[Address, ...] = ()
    extra: tuple[ExtraProperty, ...] = ()  # from organisation vCards, written back unchanged


FIELD_NAMES = frozenset(f.name for f in fields(AccountData))
_URL_NAMESPACE = uuid.NAMESPACE_URL.bytes


def org_uid(name: str) -> str:
    """The uid of an account made from a card's ORG name (an import, a sync): the same name, whatever its
    case, gives the same account. RFC 4122's name-based UUID (uuid.uuid5 under NAMESPACE_URL of
    "rapport:org:" + the name folded), made from its hash directly: a sync's count of what waits to go
    looks at every such account, and uuid.uuid5's objects cost three times as much (55 ms at 8,000)."""
    digest = bytearray(hashlib.sha1(_URL_NAMESPACE + ("rapport:org:" + name.casefold()).encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


@dataclass(frozen=True)
class AccountRecord:
    meta: RecordMeta
    data: AccountData
    id: int = field(compare=False)

    @property
    def uid(self) -> str:
        return self.meta.uid


@dataclass(frozen=True)
class Member:
    """A contact linked to an account, with the role they have there."""

    contact_uid: str
    display_name: str
    role: str
    email: str = ""  # the first (preferred) of the contact's, to write to from the account
    phone: str = ""


class AccountService:
    def __init__(self, writer: Writer, clock: Clock, phone_region: str | None = None) -> None:
        self._writer = writer
        self._db = writer.database
        self._clock = clock
        self._region = phone_region

    def get(self, uid: str, *, include_deleted: bool = False) -> AccountRecord:
        return self._record(self._row(uid, include_deleted=include_deleted))

    def find_by_name(self, name: str) -> AccountRecord | None:
        row = (
            Account.select()
            .where(Account.deleted_at.is_null(), Account.name == " ".join(name.split()))
            .first()
        )
        return self._record(row) if row else None

    def count(self) -> int:
        return int(Account.select().where(Account.deleted_at.is_null()).count())

    def list(self, *, limit: int = 100, offset: int = 0) -> list[AccountRecord]:
        rows = (
            Account.select()
            .where(Account.deleted_at.is_null())
            .order_by(Account.name.collate("NOCASE"), Account.id)
            .limit(limit)
            .offset(offset)
        )
        return [self._record(r) for r in rows]

    def trash(self) -> builtins.list[AccountRecord]:
        rows = Account.select().where(Account.deleted_at.is_null(False)).order_by(Account.deleted_at.desc())
        return [self._record(r) for r in rows]

    def members(self, uid: str) -> builtins.list[Member]:
        account = self._row(uid)
        rows = self._db.execute_sql(
            "SELECT c.uid, c.display_name, ca.role, " + FIRST_EMAIL + ", " + FIRST_PHONE +
            " FROM contact_account ca JOIN contact c ON c.id = ca.contact_id"
            " WHERE ca.account_id = ? AND c.deleted_at IS NULL ORDER BY c.display_name COLLATE NOCASE, c.id",
            (account.id,))
        return [Member(cuid, name, role, email or "", phone or "") for cuid, name, role, email, phone in rows]

    def create(self, data: AccountData, *, uid: str | None = None) -> Result[AccountRecord]:
        clean = self.validate(data)
        with self._writer.write("New account") as op:
            row = Account.create(**stamp_new(self._clock, uid), **self._scalars(clean))
            self._write_parts(row.id, clean)
            op.reindex("account", [row.id])
        return Result(self._record(row), CHANGED)

    def upsert_clean(self, uid: str, clean: AccountData) -> tuple[str, int]:
        """Like ContactService.upsert_clean, for organisation cards."""
        row: Account | None = Account.get_or_none(Account.uid == uid)
        if row is None:
            row = Account.create(**stamp_new(self._clock, uid), **self._scalars(clean))
            self._write_parts(row.id, clean)
            return "created", row.id
        if row.deleted_at is None and self._data(row) == clean:
            return "unchanged", row.id
        overwrite(row, self._scalars(clean), self._writer, "account")
        self._write_parts(row.id, clean)
        return "updated", row.id

    def create_named_many(self, named: builtins.list[tuple[str, str]]) -> builtins.list[int]:
        """New accounts with a name and nothing else (uid, name: what a person's ORG makes), none of which
        exists yet, in the caller's write: one statement for 200 (a first pull of 10,000 cards names about
        8,000 companies; upsert_clean took 2 ms each). Returns their row ids; the search index is the
        caller's."""
        if not named:
            return []
        now = self._clock.now().isoformat(sep=" ")  # as peewee writes a DateTimeField
        # Plain SQL: peewee's insert_many built 200 rows' statement in 23 ms, SQLite ran it in 1.
        Account._meta.database.cursor().executemany(
            "INSERT INTO account (uid, created_at, updated_at, version, name) VALUES (?, ?, ?, 1, ?)",
            [(uid, now, now, name) for uid, name in named])
        ids = ids_by_uid(Account, [uid for uid, _ in named])
        return [ids[uid] for uid, _ in named]

    def adopt(self, made_uid: str, uid: str) -> bool:
        """Inside the caller's write: the account made from a name (a person's ORG, uid `made_uid`) before
        the organisation card `uid` of that name arrived becomes that card's account, its people still
        linked to it, instead of a second account beside it. Only one never changed here (version 1) is
        taken; False when there is none or `uid` is here already."""
        row: Account | None = Account.get_or_none(Account.uid == made_uid)
        if row is None or row.deleted_at is not None or row.version != 1 or made_uid == uid:
            return False
        if Account.get_or_none(Account.uid == uid) is not None:
            return False
        captured(self._writer, "account", row.id)
        Account.update(uid=uid).where(Account.id == row.id).execute()
        return True

    def update(self, uid: str, **changes: Any) -> Result[AccountRecord]:
        reject_unknown(changes, FIELD_NAMES, "an account")
        with self._writer.write("Edit account") as op:
            row = self._row(uid)
            current = self._data(row)
            clean = self.validate(replace(current, **changes))
            if clean == current:
                return Result(self._record(row), Changes())
            for name, value in self._scalars(clean).items():
                setattr(row, name, value)
            op.stamp("account", row)
            row.save()
            self._write_parts(row.id, clean)
            op.reindex("account", [row.id])
            renamed = clean.name != current.name
            if renamed:
                self._reindex_dependents(op, row.id)
        return Result(self._record(row), CHANGED | Changes(contacts=renamed, deals=renamed))

    def delete(self, uid: str) -> Result[AccountRecord]:
        with self._writer.write("Delete account") as op:
            row = self._row(uid)
            row.deleted_at = self._clock.now()
            op.stamp("account", row)
            row.save()
            op.reindex("account", [row.id])
            self._reindex_dependents(op, row.id)
        return Result(self._record(row), CHANGED | Changes(contacts=True, deals=True))

    def restore(self, uid: str) -> Result[AccountRecord]:
        with self._writer.write("Restore account") as op:
            row = self._row(uid, include_deleted=True)
            if row.deleted_at is None:
                return Result(self._record(row), Changes())
            row.deleted_at = None
            op.stamp("account", row)
            row.save()
            op.reindex("account", [row.id])
            self._reindex_dependents(op, row.id)
        return Result(self._record(row), CHANGED | Changes(contacts=True, deals=True))

    def purge(self, uid: str) -> Result[str]:
        """Delete for good an account already in the Trash (its contacts and deals stay, unlinked)."""
        with self._writer.write("Delete account for good") as op:
            op.final = True  # the user confirmed it: no Undo brings it back
            row = self._row(uid, include_deleted=True)
            if row.deleted_at is None:
                raise ValidationError.single("deleted_at", said(
                    QT_TRANSLATE_NOOP("Services", "only an account in the Trash can be purged")))
            op.mark(CHANGED | Changes(contacts=True, deals=True))
            from app.tags import forget_record  # tags point at records by id, without a foreign key

            forget_record(self._db, "account", row.id)
            row.delete_instance()
        return Result(uid, CHANGED | Changes(contacts=True, deals=True))

    def link_contact(self, account_uid: str, contact_uid: str, role: str = "") -> Result[None]:
        """Add a contact to an account (or change their role there)."""
        with self._writer.write("Link contact") as op:
            account = self._row(account_uid)
            contact = Contact.select().where(Contact.uid == contact_uid, Contact.deleted_at.is_null()).first()
            if contact is None:
                raise NotFoundError("contact", contact_uid)
            op.capture("contact", contact.id)
            link = ContactAccount.get_or_none(contact=contact.id, account=account.id)
            if link is None:
                position = ContactAccount.select().where(ContactAccount.contact == contact.id).count()
                ContactAccount.create(contact=contact.id, account=account.id, role=role.strip(), position=position)
            elif link.role == role.strip():
                return Result(None, Changes())
            else:
                link.role = role.strip()
                link.save()
            op.stamp("contact", contact)
            contact.save()
            op.reindex("contact", [contact.id])
        return Result(None, CHANGED | Changes(contacts=True))

    def unlink_contact(self, account_uid: str, contact_uid: str) -> Result[None]:
        with self._writer.write("Unlink contact") as op:
            account = self._row(account_uid)
            contact = Contact.get_or_none(Contact.uid == contact_uid)
            if contact is None:
                raise NotFoundError("contact", contact_uid)
            op.capture("contact", contact.id)
            removed = (
                ContactAccount.delete()
                .where(ContactAccount.contact == contact.id, ContactAccount.account == account.id)
                .execute()
            )
            if not removed:
                return Result(None, Changes())
            op.stamp("contact", contact)
            contact.save()
            op.reindex("contact", [contact.id])
        return Result(None, CHANGED | Changes(contacts=True))

    def validate(self, data: AccountData) -> AccountData:
        errors: builtins.list[FieldError] = []
        data = replace(data, name=" ".join(data.name.split()), industry=data.industry.strip(),
                       website=data.website.strip())
        if not data.name:
            errors.append(FieldError("name", said(QT_TRANSLATE_NOOP("Services", "an account needs a name"))))
        phones = []
        for index, phone in enumerate(data.phones):
            try:
                phones.append(replace(phone, value=clean_phone(phone.value)))
            except ValueError as exc:
                errors.append(FieldError(f"phones[{index}]", message_of(exc)))
        if data.website and (" " in data.website or "." not in data.website):
            errors.append(FieldError("website", said(
                QT_TRANSLATE_NOOP("Services", "%1 is not a web address (such as example.com)"), repr(data.website))))
        if errors:
            raise ValidationError(errors)
        return replace(data, phones=tuple(phones), addresses=tuple(a for a in data.addresses if not a.is_empty()))

    def _row(self, uid: str, *, include_deleted: bool = False) -> Account:
        row = find_row(Account, "account", uid, include_deleted=include_deleted)
        captured(self._writer, "account", row.id)
        return row

    @staticmethod
    def _scalars(data: AccountData | Account) -> dict[str, Any]:
        return {"name": data.name, "industry": data.industry, "website": data.website, "notes": data.notes}

    def _write_parts(self, account_id: int, data: AccountData) -> None:
        AccountPhone.delete().where(AccountPhone.account == account_id).execute()
        AccountAddress.delete().where(AccountAddress.account == account_id).execute()
        AccountExtraProperty.delete().where(AccountExtraProperty.account == account_id).execute()
        for i, extra in enumerate(data.extra):
            AccountExtraProperty.create(account=account_id, position=i, group=extra.group, name=extra.name,
                                        params=params_to_json(extra.params), value=extra.value)
        for i, phone in enumerate(data.phones):
            AccountPhone.create(account=account_id, position=i, label=phone.label, preferred=phone.preferred,
                                value=phone.value, e164=e164(phone.value, self._region), group=phone.group,
                                params=params_to_json(phone.params))
        for i, a in enumerate(data.addresses):
            AccountAddress.create(
                account=account_id, position=i, label=a.label, preferred=a.preferred, po_box=a.po_box,
                extended=a.extended, street=a.street, locality=a.locality, region=a.region,
                postal_code=a.postal_code, country=a.country, group=a.group, params=params_to_json(a.params),
            )

    def _data(self, row: Account) -> AccountData:
        phones = AccountPhone.select().where(AccountPhone.account == row.id).order_by(AccountPhone.position)
        addresses = AccountAddress.select().where(AccountAddress.account == row.id).order_by(AccountAddress.position)
        return AccountData(
            **self._scalars(row),
            phones=tuple(Phone(p.value, p.label, p.preferred, p.group, params_from_json(p.params)) for p in phones),
            extra=tuple(
                ExtraProperty(e.name, e.value, e.group, params_from_json(e.params))
                for e in AccountExtraProperty.select().where(AccountExtraProperty.account == row.id)
                .order_by(AccountExtraProperty.position)
            ),
            addresses=tuple(
                Address(a.street, a.locality, a.region, a.postal_code, a.country, a.po_box, a.extended,
                        a.label, a.preferred, a.group, params_from_json(a.params))
                for a in addresses
            ),
        )

    def data_many(self, ids: Sequence[int]) -> dict[int, AccountData]:
        """The data of many accounts at once (by row id), one query a table: an export of 80,000 organisation
        cards read each with a peewee query per part (2 ms an account, most of an export's time)."""
        if not ids:
            return {}
        db = Account._meta.database
        marks = ",".join("?" * len(ids))
        scalars = {int(row[0]): row[1:] for row in db.execute_sql(
            f"SELECT id, name, industry, website, notes FROM account WHERE id IN ({marks})", ids)}
        phones: dict[int, list[Phone]] = defaultdict(list)
        for account_id, value, label, preferred, group, params in db.execute_sql(
                f'SELECT account_id, value, label, preferred, "group", params FROM account_phone'
                f" WHERE account_id IN ({marks}) ORDER BY account_id, position, id", ids):
            phones[account_id].append(Phone(value, label, bool(preferred), group, params_from_json(params)))
        addresses: dict[int, list[Address]] = defaultdict(list)
        for account_id, street, locality, region, postal_code, country, po_box, extended, label, preferred, group, \
                params in db.execute_sql(
                "SELECT account_id, street, locality, region, postal_code, country, po_box, extended, label,"
                f' preferred, "group", params FROM account_address WHERE account_id IN ({marks})'
                " ORDER BY account_id, position, id", ids):
            addresses[account_id].append(Address(street, locality, region, postal_code, country, po_box, extended,
                                                 label, bool(preferred), group, params_from_json(params)))
        extra: dict[int, list[ExtraProperty]] = defaultdict(list)
        for account_id, name, value, group, params in db.execute_sql(
                f'SELECT account_id, name, value, "group", params FROM account_extra_property'
                f" WHERE account_id IN ({marks}) ORDER BY account_id, position, id", ids):
            extra[account_id].append(ExtraProperty(name, value, group, params_from_json(params)))
        return {i: AccountData(name=name, industry=industry, website=website, notes=notes, phones=tuple(phones[i]),
                               extra=tuple(extra[i]), addresses=tuple(addresses[i]))
                for i, (name, industry, website, notes) in scalars.items()}

    def _record(self, row: Account) -> AccountRecord:
        return AccountRecord(RecordMeta.of(row), self._data(row), row.id)

    @staticmethod
    def _reindex_dependents(op: WriteOp, account_id: int) -> None:
        """Contacts and deals show the account's name in search: refresh their entries."""
        contact_ids = [r.contact_id for r in ContactAccount.select(ContactAccount.contact)
                       .where(ContactAccount.account == account_id)]
        op.reindex("contact", contact_ids)
        op.reindex("deal", [r.id for r in Deal.select(Deal.id).where(Deal.account == account_id)])
