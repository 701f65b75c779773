"""Contacts: people, with their e-mails, phones, addresses and the rest, and links to accounts."""

from __future__ import annotations

import builtins
import functools
import json
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, NamedTuple

from app.changes import Changes, Result
from app.clock import Clock
from app.errors import FieldError, ValidationError, no_such
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.records import RecordMeta, find_row, reject_unknown, stamp_new
from app.unit_of_work import WriteOp, Writer, captured
from app.validation import clean_email, clean_phone, e164, parse_partial_date
from db.fts import CJK_CHAR
from db.models import Contact, DealContact
from db.values import PartialDate

CHANGED = Changes(contacts=True)


# vCard parameters kept as they came: (NAME, value), value None for a 2.1 bare parameter.
Params = tuple[tuple[str, str | None], ...]


@dataclass(frozen=True)
class Email:
    value: str
    label: str = ""
    preferred: bool = False
    group: str = ""
    params: Params = ()


@dataclass(frozen=True)
class Phone:
    value: str
    label: str = ""
    preferred: bool = False
    group: str = ""
    params: Params = ()


@dataclass(frozen=True)
class Address:
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    po_box: str = ""
    extended: str = ""
    label: str = ""
    preferred: bool = False
    group: str = ""
    params: Params = ()

    def is_empty(self) -> bool:
        return not any(
            (self.street, self.locality, self.region, self.postal_code, self.country, self.po_box, self.extended)
        )


@dataclass(frozen=True)
class Url:
    value: str
    label: str = ""
    preferred: bool = False
    group: str = ""
    params: Params = ()


@dataclass(frozen=True)
class Im:
    handle: str
    protocol: str = ""
    label: str = ""
    preferred: bool = False
    group: str = ""
    params: Params = ()


@dataclass(frozen=True)
class Related:
    value: str
    label: str = ""
    preferred: bool = False
    group: str = ""
    params: Params = ()


@dataclass(frozen=True)
class OtherDate:
    value: PartialDate
    label: str = ""
    preferred: bool = False
    group: str = ""
    params: Params = ()


@dataclass(frozen=True)
class ExtraProperty:
    """A vCard property Rapport does not model, kept as it came."""

    name: str
    value: str
    group: str = ""
    params: Params = ()


@dataclass(frozen=True)
class AccountLink:
    account_uid: str
    role: str = ""


@dataclass(frozen=True)
class ContactData:
    """Everything a contact holds. Services take and return it whole; edits use `replace`."""

    given: str = ""
    family: str = ""
    additional: str = ""
    prefix: str = ""
    suffix: str = ""
    display_name: str = ""
    nickname: str = ""
    job_title: str = ""
    department: str = ""
    birthday: PartialDate | None = None
    anniversary: PartialDate | None = None
    photo: bytes | None = None
    photo_mime: str = ""
    photo_uri: str = ""
    notes: str = ""
    emails: tuple[Email, ...] = ()
    phones: tuple[Phone, ...] = ()
    addresses: tuple[Address, ...] = ()
    urls: tuple[Url, ...] = ()
    ims: tuple[Im, ...] = ()
    related: tuple[Related, ...] = ()
    dates: tuple[OtherDate, ...] = ()
    extra: tuple[ExtraProperty, ...] = ()
    accounts: tuple[AccountLink, ...] = ()


FIELD_NAMES = frozenset(f.name for f in fields(ContactData))
# Text fields whose runs of spaces validate() collapses (notes and photo fields keep theirs).
_SCALAR_COLUMNS = (
    "prefix", "given", "additional", "family", "suffix", "display_name", "nickname", "job_title",
    "department", "birthday", "anniversary", "photo", "photo_mime", "photo_uri", "notes",
)
_CONTACT_FIELDS = frozenset(f.name for f in fields(ContactData))
_SPACED_FIELDS = tuple(
    f.name for f in fields(ContactData) if f.type == "str" and f.name not in ("notes", "photo_mime", "photo_uri")
)

# Multi-valued parts: table, ContactData attribute, dataclass. The dataclass's fields are the columns.
PART_TABLES: tuple[tuple[str, str, type], ...] = (
    ("contact_email", "emails", Email),
    ("contact_phone", "phones", Phone),
    ("contact_address", "addresses", Address),
    ("contact_url", "urls", Url),
    ("contact_im", "ims", Im),
    ("contact_related", "related", Related),
    ("contact_date", "dates", OtherDate),
)


@functools.cache
def _part_columns(part: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(part))


def _quoted(columns: tuple[str, ...]) -> str:
    return ",".join(f'"{c}"' for c in columns)  # "group" is an SQL keyword


@functools.cache
def _getter(columns: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    if len(columns) == 1:  # attrgetter of one name gives the value, not a tuple
        return lambda item: (getattr(item, columns[0]),)
    return operator.attrgetter(*columns)  # one C call for all the columns of a row


def _row_values(item: Any, columns: tuple[str, ...]) -> list[Any]:
    values = list(_getter(columns)(item))
    # Only the last column (params) and a PartialDate need converting; the rest go as they are.
    values[-1] = params_to_json(values[-1]) if values[-1] else "[]"
    if isinstance(values[0], PartialDate):
        values[0] = values[0].isoformat()
    return values


def _to_db(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.isoformat()
    if isinstance(value, tuple):  # params
        return params_to_json(value) if value else "[]"
    return value


def params_to_json(params: Params) -> str:
    return json.dumps([list(p) for p in params], ensure_ascii=False)


def params_from_json(text: str) -> Params:
    if text == "[]":  # nearly always
        return ()
    return tuple((name, value) for name, value in json.loads(text))


def _from_db(part: type, columns: tuple[str, ...], values: tuple[Any, ...]) -> list[Any]:
    converted = list(values)
    if len(converted) != len(columns):
        raise ValueError(f"{part.__name__}: {len(columns)} columns, {len(converted)} values")
    for index, convert in _conversions(part, columns):  # two or three of the columns need it
        converted[index] = convert(converted[index])
    return converted


@functools.cache
def _conversions(part: type, columns: tuple[str, ...]) -> tuple[tuple[int, Callable[[Any], Any]], ...]:
    found: list[tuple[int, Callable[[Any], Any]]] = []
    for index, column in enumerate(columns):
        if column == "preferred":
            found.append((index, bool))
        elif column == "params":
            found.append((index, params_from_json))
        elif part is OtherDate and column == "value":
            found.append((index, PartialDate.parse))
    return tuple(found)


# A contact's first e-mail address and phone number (the preferred one, else the first written), as columns
# of a query over `contact c`: what a list of people shows to write to or call.
FIRST_EMAIL = ("(SELECT value FROM contact_email WHERE contact_id = c.id"
               " ORDER BY preferred DESC, position, id LIMIT 1)")
FIRST_PHONE = ("(SELECT value FROM contact_phone WHERE contact_id = c.id"
               " ORDER BY preferred DESC, position, id LIMIT 1)")


class ContactRows(NamedTuple):
    """A validated contact as the rows the store writes, its row id and account links aside: what an
    import's reading process sends the writing one (tuples of plain values pickle in a fraction of
    the time of the data classes, and the writer has nothing left to convert)."""

    scalars: tuple[Any, ...]  # _SCALAR_COLUMNS, as stored
    parts: tuple[tuple[tuple[Any, ...], ...], ...]  # per PART_TABLES: (position, *columns), phones + e164
    extra: tuple[tuple[Any, ...], ...]  # (position, group, name, params as JSON, value)


def contact_rows(data: ContactData, region: str | None) -> ContactRows:
    parts = []
    for table, attribute, part in PART_TABLES:
        columns = _part_columns(part)
        rows = [(i, *_row_values(item, columns)) for i, item in enumerate(getattr(data, attribute))]
        if table == "contact_phone":
            rows = [(*row, e164(row[1], region)) for row in rows]  # row[1]: the number
        parts.append(tuple(rows))
    extra = tuple((i, e.group, e.name, params_to_json(e.params), e.value) for i, e in enumerate(data.extra))
    return ContactRows(tuple(map(_to_db, _getter(_SCALAR_COLUMNS)(data))), tuple(parts), extra)


def data_from_rows(rows: ContactRows, accounts: tuple[AccountLink, ...] = ()) -> ContactData:
    """The ContactData these rows hold: exactly what reading them back from the store gives."""
    fields_: dict[str, Any] = dict(zip(_SCALAR_COLUMNS, rows.scalars, strict=True))
    for name in ("birthday", "anniversary"):
        fields_[name] = PartialDate.parse(fields_[name]) if fields_[name] else None
    for (_, attribute, part), part_rows in zip(PART_TABLES, rows.parts, strict=True):
        columns = _part_columns(part)
        width = len(columns)  # phones carry their E.164 after the columns
        fields_[attribute] = tuple(part(*_from_db(part, columns, row[1 : 1 + width])) for row in part_rows)
    fields_["extra"] = tuple(ExtraProperty(name, value, group, params_from_json(params))
                             for _, group, name, params, value in rows.extra)
    return ContactData(**fields_, accounts=accounts)


@dataclass(frozen=True)
class ContactRecord:
    meta: RecordMeta
    data: ContactData
    id: int = field(compare=False)

    @property
    def uid(self) -> str:
        return self.meta.uid

    @property
    def display_name(self) -> str:
        return self.data.display_name


def composed_name(data: ContactData) -> str:
    """The name to show when none was given: the name parts, else nickname, e-mail or phone."""
    if data.family and data.given and CJK_CHAR.match(data.family) and CJK_CHAR.match(data.given):
        # Chinese and Japanese names are written family name first, with no space.
        parts = f"{data.family}{data.given}"
    else:
        parts = " ".join(p for p in (data.prefix, data.given, data.additional, data.family, data.suffix) if p)
    for candidate in (parts, data.nickname):
        if candidate.strip():
            return " ".join(candidate.split())
    if data.emails:
        return data.emails[0].value.strip()
    if data.phones:
        return data.phones[0].value.strip()
    return ""


def _no_account(uid: str) -> bool:
    return False


def validate_contact(data: ContactData, account_exists: Callable[[str], bool] = _no_account) -> ContactData:
    """The data cleaned (trimmed, display name filled in), or ValidationError naming each field.
    Pure but for `account_exists`, so an importer's reading process can run it too."""
    errors: list[FieldError] = []
    strings = {name: " ".join(getattr(data, name).split()) for name in _SPACED_FIELDS}
    changed: dict[str, Any] = {name: value for name, value in strings.items() if value != getattr(data, name)}
    emails = tuple(_clean_list(data.emails, "emails", clean_email, errors)) if data.emails else ()
    phones = tuple(_clean_list(data.phones, "phones", clean_phone, errors)) if data.phones else ()
    birthday = _clean_date(data.birthday, "birthday", errors)
    anniversary = _clean_date(data.anniversary, "anniversary", errors)
    addresses = tuple(a for a in data.addresses if not a.is_empty())
    seen_accounts: set[str] = set()
    for index, link in enumerate(data.accounts):
        if link.account_uid in seen_accounts:
            errors.append(FieldError(f"accounts[{index}]", said(
                QT_TRANSLATE_NOOP("Services", "this account is linked already"))))
        elif not account_exists(link.account_uid):
            errors.append(FieldError(f"accounts[{index}]", no_such("account", link.account_uid)))
        seen_accounts.add(link.account_uid)
    for index, extra in enumerate(data.extra):
        if not extra.name.strip():
            errors.append(FieldError(f"extra[{index}]", said(
                QT_TRANSLATE_NOOP("Services", "a kept vCard property needs a name"))))
    if data.photo and not data.photo_mime:
        errors.append(FieldError("photo_mime", said(
            QT_TRANSLATE_NOOP("Services", "a photo needs its image type, such as image/jpeg"))))
    changed.update(emails=emails, phones=phones, birthday=birthday, anniversary=anniversary,
                   addresses=addresses)
    data = _replaced(data, changed)  # one copy: this runs for each of 100,000 imported cards
    if not data.display_name:
        data = _replaced(data, {"display_name": composed_name(data)})
    if not data.display_name:
        errors.append(
            FieldError("name", said(
                QT_TRANSLATE_NOOP("Services",
                                  "a contact needs a name: fill in a given or family name, or a display name")))
        )
    if errors:
        raise ValidationError(errors)
    return data


def _replaced(data: ContactData, changes: dict[str, Any]) -> ContactData:
    """dataclasses.replace for ContactData, a fifth of its cost: replace() runs __init__ over all 25
    fields. ContactData has no __post_init__ and no slots, so copying its __dict__ is the same."""
    unknown = changes.keys() - _CONTACT_FIELDS
    if unknown:
        raise TypeError(f"ContactData has no field {sorted(unknown)[0]!r}")
    copy = object.__new__(ContactData)
    copy.__dict__.update(data.__dict__)
    copy.__dict__.update(changes)
    return copy


def _clean_list(
    items: Sequence[Any], name: str, check: Callable[[str], str], errors: list[FieldError]
) -> list[Any]:
    cleaned = []
    for index, item in enumerate(items):
        try:
            value = check(item.value)
            cleaned.append(item if value == item.value else replace(item, value=value))
        except ValueError as exc:
            errors.append(FieldError(f"{name}[{index}]", message_of(exc)))
    return cleaned


def _clean_date(value: Any, name: str, errors: list[FieldError]) -> PartialDate | None:
    try:
        return parse_partial_date(value)
    except ValueError as exc:
        errors.append(FieldError(name, message_of(exc)))
        return None


class ContactService:
    def __init__(self, writer: Writer, clock: Clock, phone_region: str | None = None) -> None:
        self._writer = writer
        self._db = writer.database
        self._clock = clock
        self._region = phone_region

    @property
    def phone_region(self) -> str | None:
        """How numbers without a country code are read (the locale's country)."""
        return self._region

    # --- reading ------------------------------------------------------------------------------

    def get(self, uid: str, *, include_deleted: bool = False) -> ContactRecord:
        row = self._row(uid, include_deleted=include_deleted)
        return self._record(row)

    def count(self) -> int:
        return int(Contact.select().where(Contact.deleted_at.is_null()).count())

    def list(self, *, limit: int = 100, offset: int = 0) -> list[ContactRecord]:
        rows = (
            Contact.select()
            .where(Contact.deleted_at.is_null())
            .order_by(Contact.display_name.collate("NOCASE"), Contact.id)
            .limit(limit)
            .offset(offset)
        )
        return [self._record(r) for r in rows]

    def trash(self) -> builtins.list[ContactRecord]:
        rows = Contact.select().where(Contact.deleted_at.is_null(False)).order_by(Contact.deleted_at.desc())
        return [self._record(r) for r in rows]

    # --- writing ------------------------------------------------------------------------------

    def create(self, data: ContactData, *, uid: str | None = None) -> Result[ContactRecord]:
        clean = self.validate(data)
        with self._writer.write("New contact") as op:
            row = Contact.create(**stamp_new(self._clock, uid), **self._scalars(clean))
            self._write_parts(row.id, clean)
            op.reindex("contact", [row.id])
        return Result(self._record(row), CHANGED)

    def upsert_clean(self, uid: str, clean: ContactData) -> tuple[str, int]:
        """Write data that validate() returned under `uid`, for importers: ("created" | "updated" |
        "unchanged", row id). The search index is left to the caller, which indexes a batch at once.
        A contact in the Trash that comes in again is brought back. Plain SQL: this runs 100,000
        times in a large import, and peewee's query building cost a millisecond a query."""
        db = self._db
        now = self._clock.now().isoformat(sep=" ")
        values = [_to_db(getattr(clean, c)) for c in _SCALAR_COLUMNS]
        found = db.execute_sql("SELECT id, deleted_at FROM contact WHERE uid = ?", (uid,)).fetchone()
        if found is None:
            cursor = db.execute_sql(
                f"INSERT INTO contact (uid, created_at, updated_at, version, {', '.join(_SCALAR_COLUMNS)})"
                f" VALUES (?, ?, ?, 1, {', '.join('?' * len(_SCALAR_COLUMNS))})",
                [uid, now, now, *values],
            )
            row_id = int(cursor.lastrowid)
            self._write_parts(row_id, clean, fresh=True)
            return "created", row_id
        row_id, deleted_at = found
        if deleted_at is None and self._data_of(row_id) == clean:
            return "unchanged", row_id
        captured(self._writer, "contact", row_id)
        db.execute_sql(
            f"UPDATE contact SET {', '.join(f'{c} = ?' for c in _SCALAR_COLUMNS)}, deleted_at = NULL,"
            " updated_at = ?, version = version + 1 WHERE id = ?",
            [*values, now, row_id],
        )
        self._write_parts(row_id, clean)
        return "updated", row_id

    def update(self, uid: str, **changes: Any) -> Result[ContactRecord]:
        """Change some fields (names as in ContactData); lists given are replaced whole."""
        reject_unknown(changes, FIELD_NAMES, "a contact")
        with self._writer.write("Edit contact") as op:
            row = self._row(uid)
            current = self._data(row)
            if "display_name" not in changes and current.display_name == composed_name(
                replace(current, display_name="")
            ):
                # The display name was never set by hand: let it follow the edited name parts.
                changes["display_name"] = ""
            clean = self.validate(replace(current, **changes))
            if clean == current:
                return Result(self._record(row), Changes())
            for name, value in self._scalars(clean).items():
                setattr(row, name, value)
            op.stamp("contact", row)
            row.save()
            self._write_parts(row.id, clean)
            if clean.display_name != current.display_name:
                self._reindex_deals_of(op, row.id)
        return Result(self._record(row), CHANGED)

    def delete(self, uid: str) -> Result[ContactRecord]:
        """Move to the Trash (a tombstone sync can pass on); `restore` brings it back."""
        with self._writer.write("Delete contact") as op:
            row = self._row(uid)
            row.deleted_at = op.now
            op.stamp("contact", row)
            row.save()
            self._reindex_deals_of(op, row.id)
        return Result(self._record(row), CHANGED | Changes(deals=True))

    def restore(self, uid: str) -> Result[ContactRecord]:
        with self._writer.write("Restore contact") as op:
            row = self._row(uid, include_deleted=True)
            if row.deleted_at is None:
                return Result(self._record(row), Changes())
            row.deleted_at = None
            op.stamp("contact", row)
            row.save()
            self._reindex_deals_of(op, row.id)
        return Result(self._record(row), CHANGED | Changes(deals=True))

    def purge(self, uid: str) -> Result[str]:
        """Delete for good a contact already in the Trash."""
        with self._writer.write("Delete contact for good") as op:
            op.final = True  # the user confirmed it: no Undo brings it back
            row = self._row(uid, include_deleted=True)
            if row.deleted_at is None:
                raise ValidationError.single("deleted_at", said(
                    QT_TRANSLATE_NOOP("Services", "only a contact in the Trash can be purged")))
            op.mark(CHANGED)
            from app.tags import forget_record  # tags point at records by id, without a foreign key

            forget_record(self._db, "contact", row.id)
            row.delete_instance()
        return Result(uid, CHANGED)

    # --- validation ---------------------------------------------------------------------------

    def validate(self, data: ContactData) -> ContactData:
        """The data cleaned (trimmed, display name filled in), or ValidationError naming each field."""
        return validate_contact(data, self._account_exists)

    def _account_exists(self, uid: str) -> bool:
        return self._db.execute_sql("SELECT 1 FROM account WHERE uid = ?", (uid,)).fetchone() is not None

    # --- rows <-> data ------------------------------------------------------------------------

    def _row(self, uid: str, *, include_deleted: bool = False) -> Contact:
        row = find_row(Contact, "contact", uid, include_deleted=include_deleted)
        captured(self._writer, "contact", row.id)
        return row

    @staticmethod
    def _scalars(data: ContactData | Contact) -> dict[str, Any]:
        return {name: getattr(data, name) for name in _SCALAR_COLUMNS}

    def _write_parts(self, contact_id: int, data: ContactData, *, fresh: bool = False) -> None:
        """Replace the contact's parts (`fresh`: it has none yet). Raw SQL: peewee's query building
        cost 10 ms per contact here."""
        db = self._db
        if not fresh:
            for table, _, _ in PART_TABLES:
                db.execute_sql(f"DELETE FROM {table} WHERE contact_id = ?", (contact_id,))
            for table in ("contact_extra_property", "contact_account"):
                db.execute_sql(f"DELETE FROM {table} WHERE contact_id = ?", (contact_id,))
        self._insert_parts([(contact_id, data)])

    def _insert_parts(self, contacts: Sequence[tuple[int, ContactData]]) -> None:
        self._insert_rows([(cid, contact_rows(data, self._region), data.accounts) for cid, data in contacts])

    def _insert_rows(self, contacts: Sequence[tuple[int, ContactRows, tuple[AccountLink, ...]]]) -> None:
        """Insert the parts of many contacts: one executemany per table for all of them."""
        cursor = self._db.cursor()
        for index, (table, _, part) in enumerate(PART_TABLES):
            rows = [(contact_id, *row) for contact_id, built, _ in contacts for row in built.parts[index]]
            if not rows:
                continue
            columns = _part_columns(part)
            if table == "contact_phone":
                columns = (*columns, "e164")
            marks = ",".join("?" * (len(columns) + 2))
            cursor.executemany(f"INSERT INTO {table} (contact_id, position, {_quoted(columns)}) VALUES ({marks})", rows)
        extra = [(contact_id, *row) for contact_id, built, _ in contacts for row in built.extra]
        if extra:
            cursor.executemany(
                'INSERT INTO contact_extra_property (contact_id, position, "group", name, params, value)'
                " VALUES (?, ?, ?, ?, ?, ?)", extra,
            )
        links = [(contact_id, link.role, i, link.account_uid)
                 for contact_id, _, accounts in contacts for i, link in enumerate(accounts)]
        if links:
            cursor.executemany(
                "INSERT INTO contact_account (contact_id, account_id, role, position)"
                " SELECT ?, id, ?, ? FROM account WHERE uid = ?", links,
            )

    def insert_new_many(self, contacts: Sequence[tuple[str, ContactData]]) -> builtins.list[int]:
        """Insert validated contacts whose uids are not in the store yet, all at once (importers:
        one statement per table for a whole batch instead of several per contact). Row ids in order."""
        return self.insert_rows_many([(uid, contact_rows(data, self._region), data.accounts)
                                      for uid, data in contacts])

    def insert_rows_many(self, contacts: Sequence[tuple[str, ContactRows, tuple[AccountLink, ...]]]
                         ) -> builtins.list[int]:
        """insert_new_many for contacts given as rows (contact_rows) and their account links."""
        if not contacts:
            return []
        db = self._db
        now = self._clock.now().isoformat(sep=" ")
        first = int(db.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
        ids = list(range(first, first + len(contacts)))
        db.cursor().executemany(
            f"INSERT INTO contact (id, uid, created_at, updated_at, version, {', '.join(_SCALAR_COLUMNS)})"
            f" VALUES (?, ?, ?, ?, 1, {', '.join('?' * len(_SCALAR_COLUMNS))})",
            [(row_id, uid, now, now, *built.scalars) for row_id, (uid, built, _) in zip(ids, contacts, strict=True)],
        )
        self._insert_rows([(row_id, built, accounts)
                           for row_id, (_, built, accounts) in zip(ids, contacts, strict=True)])
        return ids

    def live_data(self, uids: Sequence[str]) -> dict[str, tuple[int, ContactData]]:
        """{uid: (row id, data)} of those of these contacts that are live (not in the Trash): what a
        re-import compares its records with, a batch at a time instead of a contact at a time."""
        ids: dict[int, str] = {}
        for start in range(0, len(uids), 500):
            chunk = list(uids[start : start + 500])
            ids.update(self._db.execute_sql(
                f"SELECT id, uid FROM contact WHERE deleted_at IS NULL AND uid IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall())
        found: dict[str, tuple[int, ContactData]] = {}
        row_ids = list(ids)
        for start in range(0, len(row_ids), 500):
            for row_id, data in self.data_many(row_ids[start : start + 500]).items():
                found[ids[row_id]] = (row_id, data)
        return found

    def live_rows(self, uids: Sequence[str]) -> dict[str, tuple[int, ContactRows, tuple[AccountLink, ...]]]:
        """{uid: (row id, rows, account links)} of those of these contacts that are live, the rows exactly as
        stored (the shape contact_rows gives and insert_rows_many writes): a re-import finds an unchanged
        card by comparing its rows with these, with nothing converted on either side (live_data, which
        builds the data classes, then serves only the cards whose rows differ)."""
        db = self._db
        found: dict[str, tuple[int, ContactRows, tuple[AccountLink, ...]]] = {}
        for start in range(0, len(uids), 500):
            chunk = list(uids[start : start + 500])
            scalars = {int(row[0]): (str(row[1]), tuple(row[2:])) for row in db.execute_sql(
                f"SELECT id, uid, {', '.join(_SCALAR_COLUMNS)} FROM contact WHERE deleted_at IS NULL"
                f" AND uid IN ({','.join('?' * len(chunk))})", chunk)}
            if not scalars:
                continue
            ids = list(scalars)
            marks = ",".join("?" * len(ids))
            parts: dict[int, list[list[tuple[Any, ...]]]] = {i: [[] for _ in PART_TABLES] for i in ids}
            for index, (table, _, part) in enumerate(PART_TABLES):
                columns = (*_part_columns(part), *(("e164",) if table == "contact_phone" else ()))
                for row in db.execute_sql(f"SELECT contact_id, position, {_quoted(columns)} FROM {table}"
                                          f" WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id", ids):
                    parts[row[0]][index].append(tuple(row[1:]))
            extra: dict[int, list[tuple[Any, ...]]] = {i: [] for i in ids}
            for row in db.execute_sql('SELECT contact_id, position, "group", name, params, value FROM'
                                      f" contact_extra_property WHERE contact_id IN ({marks})"
                                      " ORDER BY contact_id, position, id", ids):
                extra[row[0]].append(tuple(row[1:]))
            links: dict[int, list[AccountLink]] = {i: [] for i in ids}
            for contact_id, account_uid, role in db.execute_sql(
                    "SELECT ca.contact_id, a.uid, ca.role FROM contact_account ca"
                    f" JOIN account a ON a.id = ca.account_id WHERE ca.contact_id IN ({marks})"
                    " ORDER BY ca.contact_id, ca.position, ca.id", ids):
                links[contact_id].append(AccountLink(account_uid, role))
            for contact_id, (uid, values) in scalars.items():
                rows = ContactRows(values, tuple(tuple(p) for p in parts[contact_id]), tuple(extra[contact_id]))
                found[uid] = (contact_id, rows, tuple(links[contact_id]))
        return found

    def existing(self, uids: Sequence[str]) -> set[str]:
        """Which of these uids the store has (live or in the Trash)."""
        found: set[str] = set()
        for start in range(0, len(uids), 500):
            chunk = list(uids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._db.execute_sql(f"SELECT uid FROM contact WHERE uid IN ({marks})", chunk))
        return found

    def _data(self, row: Contact) -> ContactData:
        return self._data_of(row.id)

    def _data_of(self, contact_id: int) -> ContactData:
        return self.data_many([contact_id])[contact_id]

    def data_many(self, ids: Sequence[int]) -> dict[int, ContactData]:
        """The data of many contacts at once (by row id): one query per table for all of them, so
        exporting 100,000 contacts does not cost a million queries."""
        db = self._db
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        scalars: dict[int, dict[str, Any]] = {}
        for row in db.execute_sql(f"SELECT id, {', '.join(_SCALAR_COLUMNS)} FROM contact WHERE id IN ({marks})", ids):
            fields_: dict[str, Any] = dict(zip(_SCALAR_COLUMNS, row[1:], strict=True))
            for name in ("birthday", "anniversary"):
                fields_[name] = PartialDate.parse(fields_[name]) if fields_[name] else None
            scalars[row[0]] = fields_
        parts: dict[int, dict[str, list[Any]]] = {i: {} for i in scalars}
        for table, attribute, part in PART_TABLES:
            columns = _part_columns(part)
            cursor = db.execute_sql(
                f"SELECT contact_id, {_quoted(columns)} FROM {table} WHERE contact_id IN ({marks})"
                " ORDER BY contact_id, position, id", ids,
            )
            for row in cursor:
                parts[row[0]].setdefault(attribute, []).append(part(*_from_db(part, columns, row[1:])))
        for row in db.execute_sql(
            f'SELECT contact_id, "group", name, params, value FROM contact_extra_property WHERE contact_id IN ({marks})'
            " ORDER BY contact_id, position, id", ids,
        ):
            kept = ExtraProperty(row[2], row[4], row[1], params_from_json(row[3]))
            parts[row[0]].setdefault("extra", []).append(kept)
        for row in db.execute_sql(
            "SELECT ca.contact_id, a.uid, ca.role FROM contact_account ca JOIN account a ON a.id = ca.account_id"
            f" WHERE ca.contact_id IN ({marks}) ORDER BY ca.contact_id, ca.position, ca.id", ids,
        ):
            parts[row[0]].setdefault("accounts", []).append(AccountLink(row[1], row[2]))
        result: dict[int, ContactData] = {}
        for i, fields_ in scalars.items():
            multi: dict[str, Any] = {name: tuple(values) for name, values in parts[i].items()}
            result[i] = ContactData(**fields_, **multi)
        return result

    def _record(self, row: Contact) -> ContactRecord:
        return ContactRecord(RecordMeta.of(row), self._data(row), row.id)

    @staticmethod
    def _reindex_deals_of(op: WriteOp, contact_id: int) -> None:
        """A deal's search entry shows its contacts' names."""
        deal_ids = [r.deal_id for r in DealContact.select(DealContact.deal).where(DealContact.contact == contact_id)]
        op.reindex("deal", deal_ids)

