"""Exporting records to files, one record at a time (a 100,000-contact export never sits whole in memory)."""

from __future__ import annotations

import contextlib
import errno
import multiprocessing
import os
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any, TextIO

from app import paths
from app.custom_fields import FieldValue
from app.errors import RapportError
from app.export_formats import EXPORT_FORMATS as _FORMATS
from app.formats.csv_contacts import FILE_ENCODING, CsvRow, Flavour, write_csv
from app.formats.vcard_writer import AccountCard, ContactCard, write_card
from app.helper_process import HelperDied, receive, watch_parent
from app.messages import QT_TRANSLATE_NOOP, said
from app.services import Services
from app.tags import names_on_many
from db.models import Account, Contact

PAGE = 500
PARALLEL_EXPORT = 5_000  # contacts; below, starting a second process costs more than it saves
VCARD_VERSIONS = {"vcard4": "4.0", "vcard3": "3.0"}
Progress = Callable[[int], None]


def _tags(services: Services, kind: str, ids: list[int]) -> dict[int, tuple[str, ...]]:
    return names_on_many(services.store.database, kind, ids)


def _ids(model: type[Contact] | type[Account], uids: set[str] | None) -> Iterator[list[int]]:
    query = model.select(model.id).where(model.deleted_at.is_null()).order_by(model.id)
    if uids is not None:
        query = query.where(model.uid.in_(sorted(uids)))
    # Plain tuples, not cached: iterating the query itself kept a model object per record alive for the whole
    # export (the generator holds the query) — 660 MB at a million contacts.
    ids = [record_id for (record_id,) in query.tuples().iterator()]
    for start in range(0, len(ids), PAGE):
        yield ids[start : start + PAGE]


def contact_cards(services: Services, uids: set[str] | None = None) -> Iterator[ContactCard | AccountCard]:
    """Every live account (as an organisation card) and contact, page by page."""
    for page in _ids(Account, uids):
        yield from _account_cards(services, page)
    for page in _ids(Contact, uids):
        yield from _contact_cards(services, page)


def _field_values(services: Services, kind: str, page: list[int]) -> dict[int, tuple[FieldValue, ...]]:
    return {record_id: tuple((f.key, f.label, f.field_type, "\n".join(f.choices), value) for f, value in values)
            for record_id, values in services.custom_fields.values_many(kind, page).items()}


def _account_cards(services: Services, page: list[int]) -> Iterator[AccountCard]:
    tags = _tags(services, "account", page)
    fields = _field_values(services, "account", page)
    everything = services.accounts.data_many(page)
    for account_id, uid in services.store.database.execute_sql(
            f"SELECT id, uid FROM account WHERE id IN ({','.join('?' * len(page))}) ORDER BY id", page):
        yield AccountCard(uid, everything[account_id], tags.get(account_id, ()), fields.get(account_id, ()))


def _account_names(services: Services, uids: set[str]) -> dict[str, str]:
    """The names of these accounts (in the Trash too, as a card names what it was linked to). Read a page's
    at a time: every account's name held for the whole export took 200 MB at a million, in each process."""
    names: dict[str, str] = {}
    listed = sorted(uids)
    for start in range(0, len(listed), PAGE):
        chunk = listed[start : start + PAGE]
        names.update(services.store.database.execute_sql(
            f"SELECT uid, name FROM account WHERE uid IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    return names


def _contact_cards(services: Services, page: list[int]) -> Iterator[ContactCard]:
    tags = _tags(services, "contact", page)
    fields = _field_values(services, "contact", page)
    everything = services.contacts.data_many(page)
    names = _account_names(services, {a.account_uid for data in everything.values() for a in data.accounts})
    uid_of = dict(services.store.database.execute_sql(
        f"SELECT id, uid FROM contact WHERE id IN ({','.join('?' * len(page))})", page).fetchall())
    for contact_id in page:
        data = everything.get(contact_id)
        if data is None:
            continue  # deleted for good since the page was listed
        organisation = names.get(data.accounts[0].account_uid, "") if data.accounts else ""
        links = tuple((a.account_uid, a.role, names.get(a.account_uid, "")) for a in data.accounts)
        yield ContactCard(uid_of[contact_id], data, organisation, tags.get(contact_id, ()), links,
                          fields.get(contact_id, ()))


def _page_text(cards: Iterator[ContactCard | AccountCard], version: str) -> tuple[str, int]:
    texts = [write_card(card, version) for card in cards]
    return "".join(texts), len(texts)


def vcard_pages(services: Services, version: str, uids: set[str] | None = None,
                helper: bool | None = None) -> Generator[tuple[str, int], None, None]:
    """The vCards of every live account and contact, in order, a page at a time: (text, cards).
    Turning stored rows into vCard text is nearly all of an export's work, so for many contacts a
    second process (`helper`; None: above PARALLEL_EXPORT contacts on more than one core) formats
    every other page while this one formats the rest. Closing the iterator stops the helper."""
    for page in _ids(Account, uids):
        yield _page_text(_account_cards(services, page), version)
    pages = list(_ids(Contact, uids))
    if helper is None:
        helper = (os.cpu_count() or 1) > 1 and sum(map(len, pages)) > PARALLEL_EXPORT
    if not helper or len(pages) < 2:
        for page in pages:
            yield _page_text(_contact_cards(services, page), version)
        return
    context = multiprocessing.get_context("spawn")  # fork is unsafe with Qt's threads running
    channel = context.Queue(maxsize=4)
    process = context.Process(target=_format_pages, daemon=True,
                              args=(str(services.store.data_dir), version, pages[1::2], channel))
    process.start()
    try:
        for index, page in enumerate(pages):
            if index % 2 == 0:
                yield _page_text(_contact_cards(services, page), version)
                continue
            try:
                tag, text, count = receive(process, channel)
            except HelperDied:
                raise RapportError(said(
                    QT_TRANSLATE_NOOP("Services", "the exporting helper process stopped unexpectedly"))) from None
            if tag != "page":
                raise RapportError(said(QT_TRANSLATE_NOOP("Services", "the exporting helper process failed: %1"), text))
            yield text, count
    finally:
        if process.is_alive():
            process.terminate()
        process.join(timeout=5)
        channel.close()


def _format_pages(data_dir: str, version: str, pages: list[list[int]], out: Any) -> None:
    """The helper process: the text of each of `pages`, in order, read from its own connection."""
    from app.store import Store

    watch_parent()
    try:
        services = Services.build(Store.open(Path(data_dir), migrate_schema=False))
        for page in pages:
            out.put(("page", *_page_text(_contact_cards(services, page), version)))
    except Exception as exc:  # the parent reports it; a helper must never die silently
        out.put(("crash", f"{type(exc).__name__}: {exc}", 0))


def matching_uids(services: Services, query: str) -> set[str]:
    """The contacts and accounts a search finds (for `export --query`)."""
    hits = services.search.search(query, kinds=("contact", "account"), limit=100_000)
    return {h.uid for h in hits}


def export_csv(services: Services, out: TextIO, flavour: Flavour, query: str | None = None) -> int:
    """Contacts (not accounts) with Google Contacts or Outlook columns."""
    uids = matching_uids(services, query) if query else None
    cards = [card for card in contact_cards(services, uids) if isinstance(card, ContactCard)]
    people = _csv_people(services, cards)
    out.write(write_csv(people, flavour))
    return len(people)


def _choices_text(value: str, choices: str) -> str:
    """Several choices in a cell: joined by "; " (read back whole even where a choice holds a comma, "Oil,
    gas"), by ", " only where a choice holds a semicolon itself."""
    return ("; " if ";" not in choices else ", ").join(value.split("\n"))


def _csv_people(services: Services, cards: list[ContactCard]) -> list[CsvRow]:
    """The contacts as the CSV writer takes them, each custom field as a person reads it in a spreadsheet:
    several choices joined by commas, a linked contact or account by its name."""
    linked: dict[str, list[str]] = {"contact": [], "account": []}
    for card in cards:
        for _key, _label, field_type, _choices, value in card.fields:
            if field_type in linked:
                linked[field_type].append(value)
    names = {kind: services.custom_fields.link_names(kind, uids) if uids else {} for kind, uids in linked.items()}
    people: list[CsvRow] = []
    for card in cards:
        custom = [(label, _choices_text(value, choices) if field_type == "multichoice"
                   else names[field_type].get(value, value) if field_type in names else value)
                  for _key, label, field_type, choices, value in card.fields]
        people.append((card.data, card.organisation, list(card.tags), custom))
    return people


def export_vcards(services: Services, out: TextIO, version: str, query: str | None = None,
                  progress: Progress | None = None) -> int:
    uids = matching_uids(services, query) if query else None
    count = 0
    with contextlib.closing(vcard_pages(services, version, uids)) as pages:  # closing stops its helper
        for text, cards in pages:
            out.write(text)
            count += cards
            if progress:
                progress(count)
    return count


# --- one dispatch for every front end (the command line, the export dialog) ---------------------------

Report = Callable[[int, int], None]  # (records written, records in all; 0 when unknown)

EXPORT_FORMATS = _FORMATS  # as `rapport export --format` names them (app/export_formats.py)
# Outlook reads a CSV without a byte-order mark as the ANSI code page.
EXPORT_ENCODINGS: dict[str, str] = {"csv-google": FILE_ENCODING["google"], "csv-outlook": FILE_ENCODING["outlook"]}


def _never_cancelled() -> None:
    return None


def write_export(services: Services, key: str, out: TextIO, query: str | None = None, report: Report | None = None,
                 check_cancelled: Callable[[], None] = _never_cancelled, uids: set[str] | None = None) -> int:
    """Write export `key` (one of EXPORT_FORMATS) to a stream; the number of records written.
    `check_cancelled` raises to stop between records. `uids`: only these contacts and accounts (a segment's
    members), instead of what a search for `query` finds."""
    if key not in EXPORT_FORMATS:
        raise RapportError(f"{key!r} is not an export format (one of {', '.join(EXPORT_FORMATS)})")
    say = report or (lambda _done, _total: None)
    if key == "ics" and uids is not None:
        raise RapportError(said(QT_TRANSLATE_NOOP(
            "Services", "a segment's contacts and accounts export as vCard or CSV, not as a calendar")))
    if key == "ics":
        from app.calendar_import import export_calendar  # it builds on the import side of iCalendar

        say(0, 0)  # one call builds the calendar: no count to show until it is done
        text = export_calendar(services, query).decode("utf-8")
        check_cancelled()
        out.write(text)
        return text.count("BEGIN:VEVENT") + text.count("BEGIN:VTODO") + text.count("BEGIN:VJOURNAL")
    if uids is None:
        uids = matching_uids(services, query) if query else None
    total = len(uids) if uids is not None else services.contacts.count() + services.accounts.count()
    count = 0
    if key in ("vcard4", "vcard3"):
        version = "4.0" if key == "vcard4" else "3.0"
        with contextlib.closing(vcard_pages(services, version, uids)) as pages:  # closing stops its helper
            for text, cards in pages:
                out.write(text)
                count += cards
                say(count, total)
                check_cancelled()
        return count
    flavour: Flavour = "google" if key == "csv-google" else "outlook"
    people_cards: list[ContactCard] = []
    for card in contact_cards(services, uids):  # reading is the slow part: it reports and can stop
        count += 1
        say(count, total)
        check_cancelled()
        if isinstance(card, ContactCard):
            people_cards.append(card)
    people = _csv_people(services, people_cards)
    out.write(write_csv(people, flavour))
    return len(people)


def export_to_file(services: Services, key: str, target: Path, query: str | None = None,
                   report: Report | None = None, check_cancelled: Callable[[], None] = _never_cancelled,
                   uids: set[str] | None = None) -> int:
    """write_export() into `target`, through NAME.partial renamed when complete: a cancelled or failed
    export never leaves half a file under the chosen name, or destroys the file it would replace, and
    leaves no NAME.partial behind either. The file is readable by its user only (0600)."""
    partial = target.with_name(target.name + ".partial")
    try:
        # newline="": vCard and iCalendar need their CRLF line ends on every platform.
        with paths.create_private_text(partial, EXPORT_ENCODINGS.get(key, "utf-8"), newline="") as out:
            count = write_export(services, key, out, query, report, check_cancelled, uids)
            out.flush()
            os.fsync(out.fileno())  # on the disk before it takes the chosen name
        check_cancelled()
        partial.replace(target)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise RapportError(said(QT_TRANSLATE_NOOP("Services", "the disk is full: cannot write %1"),
                                    target)) from None
        raise RapportError(said(QT_TRANSLATE_NOOP("Services", "cannot write %1: %2"), target, exc.strerror)) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        _fsync_folder(target.parent)  # the rename itself survives a power cut
    return count


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
