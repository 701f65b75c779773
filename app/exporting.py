"""Exporting records to files, one record at a time (a 100,000-contact export never sits whole in memory)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TextIO

from app.formats.csv_contacts import Flavour, write_csv
from app.formats.vcard_writer import AccountCard, ContactCard, write_card
from app.services import Services
from db.models import Account, Contact

PAGE = 500
VCARD_VERSIONS = {"vcard4": "4.0", "vcard3": "3.0"}
Progress = Callable[[int], None]


def _tags(services: Services, kind: str, ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    if ids:
        rows = services.store.database.execute_sql(
            "SELECT g.record_id, t.name FROM tagging g JOIN tag t ON t.id = g.tag_id"
            f" WHERE g.record_kind = ? AND g.record_id IN ({','.join('?' * len(ids))}) ORDER BY t.name_key",
            [kind, *ids],
        )
        for record_id, name in rows:
            found.setdefault(record_id, []).append(name)
    return {k: tuple(v) for k, v in found.items()}


def _ids(model: type[Contact] | type[Account], uids: set[str] | None) -> Iterator[list[int]]:
    query = model.select(model.id).where(model.deleted_at.is_null()).order_by(model.id)
    if uids is not None:
        query = query.where(model.uid.in_(sorted(uids)))
    ids = [r.id for r in query]
    for start in range(0, len(ids), PAGE):
        yield ids[start : start + PAGE]


def contact_cards(services: Services, uids: set[str] | None = None) -> Iterator[ContactCard | AccountCard]:
    """Every live account (as an organisation card) and contact, page by page."""
    for page in _ids(Account, uids):
        tags = _tags(services, "account", page)
        for row in Account.select().where(Account.id.in_(page)).order_by(Account.id):
            yield AccountCard(row.uid, services.accounts.get(row.uid).data, tags.get(row.id, ()))
    names = {a.uid: a.name for a in Account.select(Account.uid, Account.name)}
    for page in _ids(Contact, uids):
        tags = _tags(services, "contact", page)
        everything = services.contacts.data_many(page)
        uid_of = dict(services.store.database.execute_sql(
            f"SELECT id, uid FROM contact WHERE id IN ({','.join('?' * len(page))})", page).fetchall())
        for contact_id in page:
            data = everything[contact_id]
            organisation = names.get(data.accounts[0].account_uid, "") if data.accounts else ""
            yield ContactCard(uid_of[contact_id], data, organisation, tags.get(contact_id, ()))


def matching_uids(services: Services, query: str) -> set[str]:
    """The contacts and accounts a search finds (for `export --query`)."""
    hits = services.search.search(query, kinds=("contact", "account"), limit=100_000)
    return {h.uid for h in hits}


def export_csv(services: Services, out: TextIO, flavour: Flavour, query: str | None = None) -> int:
    """Contacts (not accounts) with Google Contacts or Outlook columns."""
    uids = matching_uids(services, query) if query else None
    people = [(card.data, card.organisation, list(card.tags)) for card in contact_cards(services, uids)
              if isinstance(card, ContactCard)]
    out.write(write_csv(people, flavour))
    return len(people)


def export_vcards(services: Services, out: TextIO, version: str, query: str | None = None,
                  progress: Progress | None = None) -> int:
    uids = matching_uids(services, query) if query else None
    count = 0
    for card in contact_cards(services, uids):
        out.write(write_card(card, version))
        count += 1
        if progress and count % PAGE == 0:
            progress(count)
    return count
