"""Leads: people and companies not yet qualified (issue 18, point 2).

A lead is captured with where it came from (its source: a web form, a fair, a referral) and worked on
(new, then contacted). Qualifying it is one step: it becomes a contact (or the contact with its e-mail
address, who is there already), an account (or the one of its company's name) and a deal in the first stage
of the default pipeline, with the lead's source and owner; the calls, notes and tasks about the lead are
about the new records too, and the lead keeps its history and names what it became. Disqualifying it takes
a reason. Either can be undone like any step.
"""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import peewee

from app.changes import Changes, Result
from app.clock import Clock
from app.errors import FieldError, ValidationError
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.records import RecordMeta, find_row, overwrite, reject_unknown, stamp_new
from app.unit_of_work import Writer, captured
from app.validation import clean_email, clean_phone
from db.fts import CJK_CHAR
from db.models import Account, Contact, Deal, Lead

if TYPE_CHECKING:
    from app.formats.ical_leads import LeadEntry

CHANGED = Changes(leads=True)
STATUSES = ("new", "contacted", "qualified", "disqualified")
OPEN_STATUSES = ("new", "contacted")


@dataclass(frozen=True)
class LeadData:
    name: str = ""  # the person
    company: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""
    source: str = ""  # where it came from
    status: str = "new"  # new | contacted | qualified | disqualified
    reason: str = ""  # why it was disqualified
    notes: str = ""
    owner: str = ""  # a person of the office


FIELD_NAMES = frozenset(f.name for f in fields(LeadData))


@dataclass(frozen=True)
class LeadRecord:
    meta: RecordMeta
    data: LeadData
    closed_at: datetime | None  # when it was qualified or disqualified
    contact_uid: str | None  # what it became (None: not qualified, or that record is gone for good)
    account_uid: str | None
    deal_uid: str | None
    id: int = field(compare=False)

    @property
    def uid(self) -> str:
        return self.meta.uid

    @property
    def shown_name(self) -> str:
        """The person, else the company."""
        return self.data.name or self.data.company

    @property
    def is_open(self) -> bool:
        return self.data.status in OPEN_STATUSES


@dataclass(frozen=True)
class Qualified:
    """What a qualified lead became, and which of those records the qualifying made (the others were there)."""

    lead_uid: str
    contact_uid: str | None
    account_uid: str | None
    deal_uid: str | None
    made: tuple[str, ...]  # "contact", "account", "deal": those made by the qualifying


def split_name(name: str) -> tuple[str, str]:
    """(given, family) of a name typed whole: a Chinese, Japanese or Korean name without spaces starts with
    its family name (one character); any other, the last word is the family name."""
    words = name.split()
    if len(words) == 1 and CJK_CHAR.match(name[:1]) and len(name) > 1:
        return name[1:], name[:1]
    if len(words) < 2:
        return name.strip(), ""
    return " ".join(words[:-1]), words[-1]


class LeadService:
    def __init__(self, writer: Writer, clock: Clock) -> None:
        self._writer = writer
        self._db = writer.database
        self._clock = clock

    # --- reading -------------------------------------------------------------------------------------

    def get(self, uid: str, *, include_deleted: bool = False) -> LeadRecord:
        return self._record(self._row(uid, include_deleted=include_deleted))

    def find(self, uid: str) -> LeadRecord | None:
        row: Lead | None = Lead.get_or_none(Lead.uid == uid)
        return None if row is None else self._record(row)

    def count(self, *, open_only: bool = False) -> int:
        query = Lead.select().where(Lead.deleted_at.is_null())
        if open_only:
            query = query.where(Lead.status.in_(OPEN_STATUSES))
        return int(query.count())

    def list(self, *, statuses: tuple[str, ...] = OPEN_STATUSES, limit: int = 500) -> builtins.list[LeadRecord]:
        """Live leads of these statuses, newest first."""
        query = (Lead.select().where(Lead.deleted_at.is_null(), Lead.status.in_(statuses))
                 .order_by(Lead.created_at.desc(), Lead.id.desc()).limit(limit))
        return [self._record(r) for r in query]

    def trash(self) -> builtins.list[LeadRecord]:
        query = Lead.select().where(Lead.deleted_at.is_null(False)).order_by(Lead.deleted_at.desc())
        return [self._record(r) for r in query]

    def sources(self) -> builtins.list[str]:
        """The sources leads and deals have, most used first (what a source field completes from)."""
        rows = self._db.execute_sql(
            "SELECT source, count(*) AS n FROM (SELECT source FROM lead WHERE deleted_at IS NULL AND source <> ''"
            " UNION ALL SELECT lead_source FROM deal WHERE deleted_at IS NULL AND lead_source <> '')"
            " GROUP BY source ORDER BY n DESC, source COLLATE NOCASE").fetchall()
        return [str(r[0]) for r in rows]

    def reasons(self) -> builtins.list[str]:
        """The reasons leads were disqualified for, most given first (what the Disqualify sheet offers)."""
        return [str(r[0]) for r in self._db.execute_sql(
            "SELECT reason FROM lead WHERE status = 'disqualified' AND reason <> '' AND deleted_at IS NULL"
            " GROUP BY reason ORDER BY count(*) DESC, reason LIMIT 20")]

    def open_with_email(self, email: str) -> LeadRecord | None:
        """A live open lead with this e-mail address (letter case aside): what an import of the same form
        finds again instead of making a second lead."""
        if not email.strip():
            return None
        row = (Lead.select().where(Lead.deleted_at.is_null(), Lead.status.in_(OPEN_STATUSES),
                                   peewee.fn.lower(Lead.email) == email.strip().lower()).first())
        return None if row is None else self._record(row)

    def found_for(self, uid: str) -> tuple[str | None, str | None]:
        """The contact (by the lead's e-mail address) and account (by its company's name) qualifying the lead
        would take rather than make: what the Qualify sheet says before it is done."""
        data = self.get(uid).data
        contact = self._contact_with(data.email) if data.name else None
        return contact, self._account_named(data.company) if data.company else None

    # --- writing -------------------------------------------------------------------------------------

    def create(self, data: LeadData, *, uid: str | None = None) -> Result[LeadRecord]:
        """A new lead, the user's own unless another owner is given."""
        if not data.owner.strip():
            from app.office import OfficeService

            data = replace(data, owner=OfficeService(self._writer, self._clock).me())
        clean = self.validate(data)
        if clean.status == "qualified":
            raise ValidationError.single("status", said(QT_TRANSLATE_NOOP(
                "Services", "a lead is qualified by qualifying it, which makes its contact, account and deal")))
        with self._writer.write("New lead") as op:
            closed = self._clock.now() if clean.status == "disqualified" else None
            row = Lead.create(**stamp_new(self._clock, uid), **self._scalars(clean), closed_at=closed)
            op.reindex("lead", [row.id])
        return Result(self._record(row), CHANGED)

    def update(self, uid: str, **changes: Any) -> Result[LeadRecord]:
        reject_unknown(changes, FIELD_NAMES, "a lead")
        with self._writer.write("Edit lead") as op:
            row = self._row(uid)
            current = self._data(row)
            clean = self.validate(replace(current, **changes))
            if clean == current:
                return Result(self._record(row), Changes())
            if clean.status != current.status:
                if current.status == "qualified":
                    raise ValidationError.single("status", said(QT_TRANSLATE_NOOP(
                        "Services", "this lead is qualified: undo its qualifying to work on it as a lead again")))
                if clean.status == "qualified":
                    raise ValidationError.single("status", said(QT_TRANSLATE_NOOP(
                        "Services", "a lead is qualified by qualifying it, which makes its contact, account and"
                                    " deal")))
                row.closed_at = self._clock.now() if clean.status == "disqualified" else None
                if clean.status != "disqualified":
                    clean = replace(clean, reason="")
            for name, value in self._scalars(clean).items():
                setattr(row, name, value)
            op.stamp("lead", row)
            row.save()
        return Result(self._record(row), CHANGED)

    def disqualify(self, uid: str, reason: str) -> Result[LeadRecord]:
        if not " ".join(reason.split()):
            raise ValidationError.single("reason", said(QT_TRANSLATE_NOOP(
                "Services", "say why the lead is disqualified")))
        with self._writer.write("Disqualify lead"):
            if self.get(uid).data.status == "qualified":
                raise ValidationError.single("status", said(QT_TRANSLATE_NOOP(
                    "Services", "this lead is qualified: undo its qualifying to work on it as a lead again")))
            return self.update(uid, status="disqualified", reason=reason)

    def qualify(self, uid: str, *, contact_uid: str | None = None, account_uid: str | None = None,
                make_deal: bool = True, deal_title: str = "", amount: Decimal | None = None,
                currency: str = "") -> Result[Qualified]:
        """Make (or find) the lead's contact, account and deal in one unit of work, put the lead's history on
        them, and mark it qualified. `contact_uid`, `account_uid`: records the user chose instead of those the
        lead's e-mail address and company name find or make."""
        from app.accounts import AccountData, AccountService
        from app.activities import ActivityService
        from app.contacts import AccountLink, ContactData, ContactService, Email, Phone
        from app.deals import DealData, DealService
        from app.pipelines import PipelineService
        from app.regional import default_phone_region

        with self._writer.write("Qualify lead") as op:
            lead = self.get(uid)
            data = lead.data
            if data.status == "qualified":
                raise ValidationError.single("status", said(QT_TRANSLATE_NOOP(
                    "Services", "this lead is qualified already")))
            if not lead.is_open:
                raise ValidationError.single("status", said(QT_TRANSLATE_NOOP(
                    "Services", "this lead was disqualified: reopen it to qualify it")))
            contacts = ContactService(self._writer, self._clock, default_phone_region())
            accounts = AccountService(self._writer, self._clock, default_phone_region())
            made: list[str] = []
            if account_uid is None and data.company:
                account_uid = self._account_named(data.company)
                if account_uid is None:
                    account_uid = accounts.create(AccountData(name=data.company)).value.uid
                    made.append("account")
            if contact_uid is None and data.name:
                contact_uid = self._contact_with(data.email)
                if contact_uid is None:
                    given, family = split_name(data.name)
                    contact_uid = contacts.create(ContactData(
                        given=given, family=family, display_name=data.name, job_title=data.job_title,
                        emails=(Email(data.email, preferred=True),) if data.email else (),
                        phones=(Phone(data.phone),) if data.phone else (),
                        accounts=(AccountLink(account_uid),) if account_uid else (),
                    )).value.uid
                    made.append("contact")
            if contact_uid and "contact" not in made:  # the contact there was: what the lead adds to it
                held = contacts.get(contact_uid).data
                changes: dict[str, Any] = {}
                if account_uid and all(link.account_uid != account_uid for link in held.accounts):
                    changes["accounts"] = (*held.accounts, AccountLink(account_uid))
                if data.phone and all(_digits(p.value) != _digits(data.phone) for p in held.phones):
                    changes["phones"] = (*held.phones, Phone(data.phone))
                if data.email and all(e.value.casefold() != data.email.casefold() for e in held.emails):
                    changes["emails"] = (*held.emails, Email(data.email))
                if changes:
                    contacts.update(contact_uid, **changes)
            elif account_uid and not contact_uid and data.phone:  # a company alone: its number is the account's
                phones = accounts.get(account_uid).data.phones
                if all(_digits(p.value) != _digits(data.phone) for p in phones):
                    accounts.update(account_uid, phones=(*phones, Phone(data.phone)))
            deal_uid = None
            if make_deal:
                title = " ".join(deal_title.split()) or data.company or data.name
                stage = PipelineService(self._writer, self._clock).default().stages[0].uid
                deal_uid = DealService(self._writer, self._clock).create(DealData(
                    title=title, stage_uid=stage, account_uid=account_uid,
                    contact_uids=(contact_uid,) if contact_uid else (), amount=amount, currency=currency,
                    lead_source=data.source, owner=data.owner, notes=data.notes,
                )).value.uid
                made.append("deal")
            self._carry_history(lead.id, contact_uid, account_uid, deal_uid)
            if data.notes and not make_deal:  # (a deal takes the notes itself)
                from app.activities import ActivityData
                from app.links import Link

                links = tuple(Link(k, u) for k, u in (("lead", uid), ("contact", contact_uid),
                                                       ("account", account_uid)) if u)
                ActivityService(self._writer, self._clock).log(ActivityData(
                    kind="note", subject=said(QT_TRANSLATE_NOOP("Services", "From the lead")), text=data.notes,
                    links=links, owner=data.owner))
            row = self._row(uid)
            row.status = "qualified"
            row.reason = ""
            row.closed_at = self._clock.now()
            row.contact_uid, row.account_uid, row.deal_uid = contact_uid or "", account_uid or "", deal_uid or ""
            op.stamp("lead", row)
            row.save()
        return Result(Qualified(uid, contact_uid, account_uid, deal_uid, tuple(made)),
                      CHANGED | Changes(contacts=True, accounts=True, deals=True, activities=True, tasks=True))

    def repoint(self, kind: str, old_uid: str, new_uid: str) -> None:
        """Leads that became `old_uid` (a contact or account merged into another) name `new_uid`, in the
        caller's write (the merge's step)."""
        column = {"contact": Lead.contact_uid, "account": Lead.account_uid, "deal": Lead.deal_uid}[kind]
        with self._writer.write("Edit lead") as op:
            for row in Lead.select().where(column == old_uid):
                captured(self._writer, "lead", row.id)
                setattr(row, column.name, new_uid)
                op.stamp("lead", row)
                row.save()

    # --- sync (sync/calendars.py: a lead is a VJOURNAL of the office's calendar) -------------------------

    def entry(self, uid: str) -> LeadEntry | None:
        """The lead as its calendar object holds it (in the Trash too); None when there is none."""
        from app.formats.ical_leads import LeadEntry

        row: Lead | None = Lead.get_or_none(Lead.uid == uid)
        if row is None:
            return None
        return LeadEntry(uid=row.uid, **{name: getattr(row, name) for name in FIELD_NAMES}, closed_at=row.closed_at,
                         contact=row.contact_uid, account=row.account_uid, deal=row.deal_uid,
                         extra=tuple(json.loads(row.ical_extra or "[]")), created_at=row.created_at,
                         updated_at=row.updated_at)

    def data_of(self, entry: LeadEntry) -> LeadData:
        """An entry's lead, as validate() makes it (ValidationError: it cannot be one)."""
        return self.validate(LeadData(**{name: getattr(entry, name) for name in FIELD_NAMES}))

    def apply_entry(self, entry: LeadEntry) -> int:
        """Make the lead hold what the office's server says (made, or brought back from the Trash), inside
        the caller's write. Returns its row id."""
        clean = self.data_of(entry)
        values = {**self._scalars(clean), "closed_at": entry.closed_at, "contact_uid": entry.contact,
                  "account_uid": entry.account, "deal_uid": entry.deal, "ical_extra": json.dumps(list(entry.extra))}
        row: Lead | None = Lead.get_or_none(Lead.uid == entry.uid)
        op = self._writer.current
        assert op is not None  # the sync's write
        if row is None:
            made = stamp_new(self._clock, entry.uid)
            if entry.created_at is not None:
                made["created_at"] = entry.created_at
            row = Lead.create(**made, **values)
        else:
            overwrite(row, values, self._writer, "lead")
        op.reindex("lead", [row.id])
        return int(row.id)

    def delete(self, uid: str) -> Result[LeadRecord]:
        return self._set_deleted(uid, self._clock.now())

    def restore(self, uid: str) -> Result[LeadRecord]:
        return self._set_deleted(uid, None)

    def purge(self, uid: str) -> Result[str]:
        """Delete for good a lead already in the Trash (its calls, notes and tasks stay, without it)."""
        with self._writer.write("Delete lead for good") as op:
            op.final = True  # the user confirmed it: no Undo brings it back
            row = self._row(uid, include_deleted=True)
            if row.deleted_at is None:
                raise ValidationError.single("deleted_at", said(
                    QT_TRANSLATE_NOOP("Services", "only a lead in the Trash can be purged")))
            op.mark(CHANGED | Changes(activities=True, tasks=True))
            op.reindex("lead", [row.id])
            row.delete_instance()
        return Result(uid, CHANGED | Changes(activities=True, tasks=True))

    def validate(self, data: LeadData) -> LeadData:
        errors: list[FieldError] = []
        name, company = " ".join(data.name.split()), " ".join(data.company.split())
        if not name and not company:
            errors.append(FieldError("name", said(QT_TRANSLATE_NOOP("Services", "a lead needs a name or a company"))))
        email = data.email.strip()
        if email:
            try:
                email = clean_email(email)
            except ValueError as exc:
                errors.append(FieldError("email", message_of(exc)))
        phone = data.phone.strip()
        if phone:
            try:
                phone = clean_phone(phone)
            except ValueError as exc:
                errors.append(FieldError("phone", message_of(exc)))
        if data.status not in STATUSES:
            errors.append(FieldError("status", said(QT_TRANSLATE_NOOP("Services", "status is one of %1, not %2"),
                                                    ", ".join(STATUSES), repr(data.status))))
        reason = " ".join(data.reason.split())
        if data.status == "disqualified" and not reason:
            errors.append(FieldError("reason", said(QT_TRANSLATE_NOOP(
                "Services", "say why the lead is disqualified"))))
        if errors:
            raise ValidationError(errors)
        return replace(data, name=name, company=company, job_title=" ".join(data.job_title.split()), email=email,
                       phone=phone, source=" ".join(data.source.split()), reason=reason,
                       owner=" ".join(data.owner.split()))

    # --- inside ------------------------------------------------------------------------------------------

    def _account_named(self, company: str) -> str | None:
        """The live account of this name: exactly, else by its key (case, accents, legal form aside)."""
        from app.company_names import company_key
        from app.name_keys import fold_name

        exact = self._db.execute_sql("SELECT uid FROM account WHERE deleted_at IS NULL AND name = ? LIMIT 1",
                                     (company,)).fetchone()
        if exact:
            return str(exact[0])
        key = company_key(company)
        first = key.split()[0] if key.split() else ""
        if not first:
            return None
        # The key's first word is in the name folded as the key folds it (case and accents aside, in every
        # script: SQLite's lower() folds ASCII only): a narrow scan, then the exact test.
        self._db.connection().create_function("rapport_name_fold", 1, fold_name, deterministic=True)
        for found_uid, found_name in self._db.execute_sql(
                "SELECT uid, name FROM account WHERE deleted_at IS NULL AND instr(rapport_name_fold(name), ?) > 0",
                (first,)):
            if company_key(str(found_name)) == key:
                return str(found_uid)
        return None

    def _contact_with(self, email: str) -> str | None:
        """The live contact with this e-mail address (letter case aside), the oldest when several have it."""
        if not email:
            return None
        found = self._db.execute_sql(
            "SELECT c.uid FROM contact_email e JOIN contact c ON c.id = e.contact_id"
            " WHERE c.deleted_at IS NULL AND e.value = ? COLLATE NOCASE ORDER BY c.id LIMIT 1", (email,)).fetchone()
        return str(found[0]) if found else None

    def _carry_history(self, lead_id: int, contact_uid: str | None, account_uid: str | None,
                       deal_uid: str | None) -> None:
        """The calls, notes and tasks about the lead are about what it became too (a link each more; the
        lead's own stays, so its history is still its own)."""
        targets = [("contact", _id_of(Contact, contact_uid)), ("account", _id_of(Account, account_uid)),
                   ("deal", _id_of(Deal, deal_uid))]
        targets = [(kind, target) for kind, target in targets if target is not None]
        if not targets:
            return
        op = self._writer.current
        assert op is not None  # inside qualify's write
        for owner, table in (("activity", "activity_link"), ("task", "task_link")):
            ids = [int(r[0]) for r in self._db.execute_sql(
                f"SELECT DISTINCT l.{owner}_id FROM {table} l JOIN {owner} o ON o.id = l.{owner}_id"
                f" WHERE l.lead_id = ? AND o.deleted_at IS NULL ORDER BY l.{owner}_id", (lead_id,))]
            if not ids:
                continue
            for record_id in ids:
                op.capture(owner, record_id)
            for kind, target in targets:
                self._db.execute_sql(
                    f"INSERT INTO {table} ({owner}_id, {kind}_id) SELECT o.id, ? FROM {owner} o"
                    f" WHERE o.id IN ({', '.join('?' * len(ids))}) AND NOT EXISTS (SELECT 1 FROM {table} x"
                    f" WHERE x.{owner}_id = o.id AND x.{kind}_id = ?)", (target, *ids, target))
            op.stamp_ids(self._db, owner, ids)

    def _set_deleted(self, uid: str, when: datetime | None) -> Result[LeadRecord]:
        with self._writer.write("Delete or restore lead") as op:
            row = self._row(uid, include_deleted=True)
            if (row.deleted_at is None) == (when is None):
                return Result(self._record(row), Changes())
            row.deleted_at = when
            op.stamp("lead", row)
            row.save()
        return Result(self._record(row), CHANGED)

    def _row(self, uid: str, *, include_deleted: bool = False) -> Lead:
        row = find_row(Lead, "lead", uid, include_deleted=include_deleted)
        captured(self._writer, "lead", row.id)
        return row

    @staticmethod
    def _scalars(data: LeadData) -> dict[str, Any]:
        return {name: getattr(data, name) for name in FIELD_NAMES}

    @staticmethod
    def _data(row: Lead) -> LeadData:
        return LeadData(**{name: getattr(row, name) for name in FIELD_NAMES})

    @staticmethod
    def _record(row: Lead) -> LeadRecord:
        return LeadRecord(RecordMeta.of(row), LeadService._data(row), row.closed_at, row.contact_uid or None,
                          row.account_uid or None, row.deal_uid or None, row.id)


def _digits(number: str) -> str:
    return "".join(c for c in number if c.isdigit())


def _id_of(model: Any, uid: str | None) -> int | None:
    if uid is None:
        return None
    row = model.select(model.id).where(model.uid == uid).first()
    return None if row is None else int(row.id)
