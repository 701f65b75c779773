"""The full-text index: what text each record contributes, and keeping the index current.

One FTS5 table holds every kind. A record's row id is `id * 8 + kind code`, so replacing its entry
needs no lookup. Text is folded here before it reaches FTS5: runs of Chinese/Japanese characters are
split into single characters (unicode61 would keep a whole run as one token, so "小明" could never
find "王小明"), and phone numbers are added as bare digits in every form a user might type.
Callers run these functions inside the transaction of the change they index. The contacts' and
accounts' names and details go a second time into the lists' index, in the order the lists show them
(db/list_order.py), wherever their rows here are written.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextvars import ContextVar
from typing import Any

import peewee

from db import list_order

KIND_CODES: dict[str, int] = {"contact": 1, "account": 2, "deal": 3, "activity": 4, "task": 5, "lead": 6}
KIND_BY_CODE = {code: kind for kind, code in KIND_CODES.items()}

CJK_CHAR = re.compile(
    "([\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f])"
)
_NON_DIGIT = re.compile(r"\D+")
_CHUNK = 500


# unicode61's remove_diacritics covers Latin letters only: fold Cyrillic ё to е here, as Russian
# writers routinely do, so "Петр" finds "Пётр".
def split_cjk(text: str) -> str:
    """Prepare text for the index and for queries alike: fold ё to е, and put spaces around each
    CJK character so that each becomes a token of its own."""
    if text.isascii():  # most text: nothing to fold or split
        return text
    # replace(), not translate(): a translate table is looked up per character in Python objects,
    # ten times slower on the names of a 100,000-card import.
    folded = unicodedata.normalize("NFC", text).replace("ё", "е").replace("Ё", "Е")
    return CJK_CHAR.sub(_spaced, folded) if CJK_CHAR.search(folded) else folded


def _spaced(match: re.Match[str]) -> str:
    return f" {match.group(1)} "


def row_id(kind: str, record_id: int) -> int:
    return record_id * 8 + KIND_CODES[kind]


def phone_tokens(value: str, e164: str) -> list[str]:
    """Digits of the number as written, in E.164, without the country code, and its last 7 and 8
    digits: people type a local number without its area code (555 0143, 123-45-67), and the
    index matches only from the start of a word."""
    tokens = {_NON_DIGIT.sub("", value)}
    if e164:
        tokens.add(e164.lstrip("+"))
        national = _national_digits(e164)
        if national:
            tokens.add(national)
            tokens.update(national[-n:] for n in (7, 8) if len(national) > n)
    return sorted(t for t in tokens if t)


def _national_digits(e164: str) -> str:
    """The number without its country code. Country codes are prefix-free, so the first 1-3 digits
    that form a known code are it (a dictionary look-up; parsing the number cost 90 µs)."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    digits = e164.lstrip("+")
    for length in (1, 2, 3):
        if int(digits[:length] or 0) in COUNTRY_CODE_TO_REGION_CODE:
            return digits[length:]
    return ""


def _join(parts: Iterable[str | None]) -> str:
    return split_cjk(" ".join(p for p in parts if p))


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def _grouped(database: peewee.SqliteDatabase, sql: str, ids: Sequence[int]) -> dict[int, list[tuple[Any, ...]]]:
    groups: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in database.execute_sql(sql.format(marks=_marks(ids)), list(ids)):
        groups[row[0]].append(tuple(row[1:]))
    return groups


# False while rebuild() fills the search index: the lists' index is filled once after it, in its own order.
_LISTING: ContextVar[bool] = ContextVar("listing", default=True)


def _listed(database: peewee.SqliteDatabase, kind: str) -> bool:
    return kind in list_order.LISTED and _LISTING.get() and list_order.present(database)


def _replace(database: peewee.SqliteDatabase, kind: str, ids: Sequence[int], rows: list[tuple[Any, ...]]) -> None:
    listed = _listed(database, kind)
    if listed:  # (its entries go out with the words the search index still holds)
        list_order.remove(database, [row_id(kind, i) for i in ids])
    database.execute_sql(
        f"DELETE FROM search_index WHERE rowid IN ({_marks(ids)})", [row_id(kind, i) for i in ids]
    )
    if rows:
        database.cursor().executemany(
            "INSERT INTO search_index (rowid, kind, uid, display, name, detail, body) VALUES (?,?,?,?,?,?,?)",
            rows,
        )
        if listed:
            list_order.add(database, kind, rows)


def index_contacts(database: peewee.SqliteDatabase, ids: Sequence[int]) -> None:
    for chunk in _chunks(list(ids)):
        _index_contact_chunk(database, chunk)


def contact_entry(contact_id: int, uid: str, *, names: Sequence[str], organisations: Sequence[str],
                  job: Sequence[str], emails: Sequence[str], phones: Sequence[tuple[str, str]],
                  others: Sequence[str], notes: str, files: Sequence[str] = (),
                  custom: Sequence[str] = ()) -> tuple[Any, ...]:
    """A contact's index row. `names` starts with the display name; `phones` are (as written, E.164);
    `files`, the names of the files on it, and `custom`, its custom fields' values (searched with the notes,
    as is their text). Importers build it from the data in
    hand instead of reading it back from the tables."""
    display = names[0]
    shown = display if not organisations else f"{display} · {organisations[0]}"
    phone_words = [t for value, e164 in phones for t in (value, *phone_tokens(value, e164))]
    detail = _join([*organisations, *job, *emails, *phone_words, *others])
    return (row_id("contact", contact_id), "contact", uid, shown, _join(names), detail, _join([notes, *files, *custom]))


def insert_entries(database: peewee.SqliteDatabase, rows: list[tuple[Any, ...]]) -> None:
    """Add index rows of records that have none yet."""
    if rows:
        database.cursor().executemany(
            "INSERT INTO search_index (rowid, kind, uid, display, name, detail, body) VALUES (?,?,?,?,?,?,?)",
            rows,
        )
        for kind in list_order.LISTED:
            of_kind = [row for row in rows if int(row[0]) % 8 == KIND_CODES[kind]]
            if of_kind and _listed(database, kind):
                list_order.add(database, kind, of_kind)


def _index_contact_chunk(database: peewee.SqliteDatabase, ids: Sequence[int]) -> None:
    contacts = database.execute_sql(
        "SELECT id, uid, display_name, prefix, given, additional, family, suffix, nickname, job_title,"
        f" department, notes FROM contact WHERE deleted_at IS NULL AND id IN ({_marks(ids)})",
        list(ids),
    ).fetchall()
    emails = _grouped(database, "SELECT contact_id, value FROM contact_email WHERE contact_id IN ({marks})", ids)
    phones = _grouped(
        database, "SELECT contact_id, value, e164 FROM contact_phone WHERE contact_id IN ({marks})", ids
    )
    urls = _grouped(database, "SELECT contact_id, value FROM contact_url WHERE contact_id IN ({marks})", ids)
    ims = _grouped(database, "SELECT contact_id, handle FROM contact_im WHERE contact_id IN ({marks})", ids)
    places = _grouped(
        database,
        "SELECT contact_id, street, locality, region, postal_code, country FROM contact_address"
        " WHERE contact_id IN ({marks})",
        ids,
    )
    files = _grouped(database, "SELECT contact_id, name FROM contact_file WHERE contact_id IN ({marks})", ids)
    custom = _custom_values(database, "contact", ids)
    orgs = _grouped(
        database,
        "SELECT ca.contact_id, a.name FROM contact_account ca JOIN account a ON a.id = ca.account_id"
        " WHERE a.deleted_at IS NULL AND ca.contact_id IN ({marks}) ORDER BY ca.position, ca.id",
        ids,
    )
    rows = [
        contact_entry(
            cid, uid, names=(display, prefix, given, additional, family, suffix, nick),
            organisations=[o[0] for o in orgs.get(cid, [])], job=(title, dept),
            emails=[e[0] for e in emails.get(cid, [])], phones=phones.get(cid, []),
            others=[*(u[0] for u in urls.get(cid, [])), *(i[0] for i in ims.get(cid, [])),
                    *(" ".join(p) for p in places.get(cid, []))],
            notes=notes, files=[f[0] for f in files.get(cid, [])], custom=custom.get(cid, []),
        )
        for cid, uid, display, prefix, given, additional, family, suffix, nick, title, dept, notes in contacts
    ]
    _replace(database, "contact", ids, rows)


# The custom fields whose values a search finds (a date, a checkbox or a link's uid would only add noise).
_SEARCHED_TYPES = "('text', 'longtext', 'number', 'money', 'choice', 'multichoice')"


def _custom_values(database: peewee.SqliteDatabase, kind: str, ids: Sequence[int]) -> dict[int, list[str]]:
    rows = _grouped(database, "SELECT v.record_id, v.value FROM custom_value v JOIN custom_field f"
                              f" ON f.id = v.field_id WHERE f.record_kind = '{kind}' AND f.removed_at IS NULL"
                              f" AND f.field_type IN {_SEARCHED_TYPES} AND v.record_id IN ({{marks}})", ids)
    return {record_id: [str(v[0]) for v in values] for record_id, values in rows.items()}


def index_accounts(database: peewee.SqliteDatabase, ids: Sequence[int]) -> None:
    for chunk in _chunks(list(ids)):
        accounts = database.execute_sql(
            "SELECT id, uid, name, industry, website, notes FROM account"
            f" WHERE deleted_at IS NULL AND id IN ({_marks(chunk)})",
            list(chunk),
        ).fetchall()
        phones = _grouped(
            database, "SELECT account_id, value, e164 FROM account_phone WHERE account_id IN ({marks})", chunk
        )
        places = _grouped(
            database,
            "SELECT account_id, street, locality, region, postal_code, country FROM account_address"
            " WHERE account_id IN ({marks})",
            chunk,
        )
        files = _grouped(database, "SELECT account_id, name FROM account_file WHERE account_id IN ({marks})", chunk)
        custom = _custom_values(database, "account", chunk)
        rows = []
        for aid, uid, name, industry, website, notes in accounts:
            phone_words = [t for value, e164 in phones.get(aid, []) for t in (value, *phone_tokens(value, e164))]
            detail = _join([industry, website, *phone_words, *(" ".join(p) for p in places.get(aid, []))])
            body = _join([notes, *(f[0] for f in files.get(aid, [])), *custom.get(aid, [])])
            rows.append((row_id("account", aid), "account", uid, name, split_cjk(name), detail, body))
        _replace(database, "account", chunk, rows)


def index_deals(database: peewee.SqliteDatabase, ids: Sequence[int]) -> None:
    for chunk in _chunks(list(ids)):
        deals = database.execute_sql(
            "SELECT d.id, d.uid, d.title, a.name, d.lead_source, d.owner, d.notes FROM deal d"
            " LEFT JOIN account a ON a.id = d.account_id AND a.deleted_at IS NULL"
            f" WHERE d.deleted_at IS NULL AND d.id IN ({_marks(chunk)})",
            list(chunk),
        ).fetchall()
        people = _grouped(
            database,
            "SELECT dc.deal_id, c.display_name FROM deal_contact dc JOIN contact c ON c.id = dc.contact_id"
            " WHERE c.deleted_at IS NULL AND dc.deal_id IN ({marks})",
            chunk,
        )
        files = _grouped(database, "SELECT deal_id, name FROM deal_file WHERE deal_id IN ({marks})", chunk)
        custom = _custom_values(database, "deal", chunk)
        rows = []
        for did, uid, title, account, source, owner, notes in deals:
            shown = title if not account else f"{title} · {account}"
            detail = _join([account, *(p[0] for p in people.get(did, [])), source, owner])
            body = _join([notes, *(f[0] for f in files.get(did, [])), *custom.get(did, [])])
            rows.append((row_id("deal", did), "deal", uid, shown, split_cjk(title), detail, body))
        _replace(database, "deal", chunk, rows)


def index_activities(database: peewee.SqliteDatabase, ids: Sequence[int]) -> None:
    for chunk in _chunks(list(ids)):
        activities = database.execute_sql(
            "SELECT id, uid, kind, subject, outcome, text FROM activity"
            f" WHERE deleted_at IS NULL AND id IN ({_marks(chunk)})",
            list(chunk),
        ).fetchall()
        rows = []
        for aid, uid, kind, subject, outcome, text in activities:
            headline = subject or " ".join(text.split())[:80]
            shown = f"{kind.capitalize()}: {headline}" if headline else kind.capitalize()
            rows.append(
                (row_id("activity", aid), "activity", uid, shown, split_cjk(subject), split_cjk(outcome),
                 split_cjk(text))
            )
        _replace(database, "activity", chunk, rows)


def index_tasks(database: peewee.SqliteDatabase, ids: Sequence[int]) -> None:
    for chunk in _chunks(list(ids)):
        tasks = database.execute_sql(
            f"SELECT id, uid, title, notes FROM task WHERE deleted_at IS NULL AND id IN ({_marks(chunk)})",
            list(chunk),
        ).fetchall()
        rows = [
            (row_id("task", tid), "task", uid, title, split_cjk(title), "", split_cjk(notes))
            for tid, uid, title, notes in tasks
        ]
        _replace(database, "task", chunk, rows)


def _typed_number_tokens(phone: str) -> list[str]:
    """A number kept as typed (a lead's): its digits, and their last 7 and 8 (what people type of it)."""
    digits = _NON_DIGIT.sub("", phone)
    return sorted({digits, *(digits[-n:] for n in (7, 8) if len(digits) > n)} - {""})


def index_leads(database: peewee.SqliteDatabase, ids: Sequence[int]) -> None:
    for chunk in _chunks(list(ids)):
        leads = database.execute_sql(
            "SELECT id, uid, name, company, job_title, email, phone, source, notes FROM lead"
            f" WHERE deleted_at IS NULL AND id IN ({_marks(chunk)})", list(chunk)).fetchall()
        rows = []
        for lid, uid, name, company, job_title, email, phone, source, notes in leads:
            shown = f"{name} ({company})" if name and company else (name or company)
            rows.append((row_id("lead", lid), "lead", uid, shown, split_cjk(_join([name, company])),
                         _join([email, phone, *_typed_number_tokens(phone), job_title, source]), split_cjk(notes)))
        _replace(database, "lead", chunk, rows)


INDEXERS = {
    "contact": index_contacts,
    "account": index_accounts,
    "deal": index_deals,
    "activity": index_activities,
    "task": index_tasks,
    "lead": index_leads,
}


def index(database: peewee.SqliteDatabase, kind: str, ids: Sequence[int]) -> None:
    """Bring the entries of these records up to date (removing those deleted)."""
    if ids:
        INDEXERS[kind](database, ids)


def rebuild(database: peewee.SqliteDatabase) -> None:
    """Fill the index anew from every record. Used by migrations and by `restore`."""
    database.execute_sql("DELETE FROM search_index")
    tables = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    listing = _LISTING.set(False)
    try:
        for kind, indexer in INDEXERS.items():
            if kind not in tables:
                continue  # (a migration's rebuild before the step that made the kind's table: leads, schema 31)
            ids = [r[0] for r in database.execute_sql(f"SELECT id FROM {kind} WHERE deleted_at IS NULL")]
            indexer(database, ids)
    finally:
        _LISTING.reset(listing)
    if list_order.present(database):
        list_order.clear(database)
        list_order.fill(database, KIND_CODES)
