"""Exports that lose nothing (issue 14): vCard 4.0, vCard 3.0 and iCalendar written by Rapport and read
back — into the same data folder every record is unchanged, into an empty one the same CRM comes out,
compared record by record and field by field over demo data of every kind the formats carry (contacts
with their accounts and roles, accounts with industry, website, phones and addresses, tags, photos,
custom fields, properties Rapport does not model; meetings, tasks, calls, e-mails and notes with their
links)."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app import demo
from app.activities import ActivityData
from app.clock import FakeClock
from app.contacts import AccountLink, ContactData, Email, ExtraProperty, Phone
from app.deal_entries import DealEntries
from app.exporting import write_export
from app.formats import ical
from app.importing import ImportReport, ImportService
from app.services import Services
from app.store import Store
from app.tasks import TaskData

CLOCK = datetime(2026, 3, 2, 9)
FORMATS = {"vcard4": "vcf", "vcard3": "vcf", "ics": "ics"}


def _plain(value: Any) -> Any:
    """A record's data as plain values; a photo as its hash (a difference still shows)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def crm(services: Services) -> dict[str, dict[str, Any]]:
    """Every live contact, account, meeting and task by uid, with its tags and custom field values."""
    db = services.store.database

    def uids(table: str, where: str = "") -> list[str]:
        return [str(r[0]) for r in db.execute_sql(f"SELECT uid FROM {table} WHERE deleted_at IS NULL {where}"
                                                  " ORDER BY uid")]

    def tags(kind: str, uid: str) -> list[str]:
        return sorted(str(r[0]) for r in db.execute_sql(
            f"SELECT t.name FROM tagging g JOIN tag t ON t.id = g.tag_id JOIN {kind} r ON r.id = g.record_id"
            " WHERE g.record_kind = ? AND r.uid = ?", (kind, uid)))

    dump: dict[str, dict[str, Any]] = {"contact": {}, "account": {}, "meeting": {}, "task": {}, "field": {},
                                       "activity": {}, "deal": {}, "deal field": {}, "calendar field": {}}
    for definition in services.custom_fields.definitions("deal"):
        dump["deal field"][definition.key] = _plain(definition)
    deals = DealEntries(services.writer, services.clock, services.deals)
    for uid in uids("deal"):  # every field, people and roles, history, stages, tags, custom values
        dump["deal"][uid] = {**_plain(deals.entry(uid)), "updated_at": None}
    for kind in ("contact", "account"):
        for definition in services.custom_fields.definitions(kind):
            dump["field"][f"{kind}.{definition.key}"] = _plain(definition)
    for uid in uids("contact"):
        dump["contact"][uid] = {**_plain(services.contacts.get(uid).data), "tags": tags("contact", uid),
                                "custom": services.custom_fields.values("contact", uid)}
    for uid in uids("account"):
        dump["account"][uid] = {**_plain(services.accounts.get(uid).data), "tags": tags("account", uid),
                                "custom": services.custom_fields.values("account", uid)}
    for kind in ("activity", "task"):
        for definition in services.custom_fields.definitions(kind):
            dump["calendar field"][f"{kind}.{definition.key}"] = _plain(definition)

    def carried(kind: str, uid: str) -> dict[str, Any]:
        return {"tags": tags(kind, uid), "custom": services.custom_fields.values(kind, uid)}

    for uid in uids("activity", "AND kind = 'meeting'"):
        dump["meeting"][uid] = {**_calendar_plain(services.activities.get(uid).data), **carried("activity", uid)}
    for uid in uids("activity", "AND kind <> 'meeting'"):  # calls, e-mails, notes
        dump["activity"][uid] = {**_calendar_plain(services.activities.get(uid).data), **carried("activity", uid)}
    for uid in uids("task"):
        task = services.tasks.get(uid)
        dump["task"][uid] = {**_calendar_plain(task.data), "completed_at": task.completed_at, **carried("task", uid)}
    return dump


def _calendar_plain(data: ActivityData | TaskData) -> dict[str, Any]:
    """A meeting or task as plain values. Its links: those to records here, and those kept as properties
    until the record they name is here (and those waiting as `kept_links` apart). DTSTAMP left out: the
    product holds a record whose DTSTAMP alone differs unchanged (ical.without_dtstamp)."""
    plain = _plain(data)
    links = {(link.kind, link.uid) for link in data.links}
    links |= {(ical.LINK_KIND[p.name], p.value) for p in data.ical_extra if p.name in ical.LINK_KIND}
    plain["links"] = sorted(links)
    plain["kept_links"] = [_plain(p) for p in data.ical_extra if p.name in ical.LINK_KIND]
    plain["ical_extra"] = [_plain(p) for p in ical.without_dtstamp(data.ical_extra) if p.name not in ical.LINK_KIND]
    return plain


def differences(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]], kinds: tuple[str, ...]
                ) -> list[str]:
    """What differs, record by record and field by field, in words a failure can show."""
    found: list[str] = []
    for kind in kinds:
        for uid in sorted(set(before[kind]) | set(after[kind])):
            if uid not in after[kind]:
                found.append(f"{kind} {uid}: lost")
            elif uid not in before[kind]:
                found.append(f"{kind} {uid}: new ({after[kind][uid].get('display_name') or after[kind][uid]})")
            else:
                for name in before[kind][uid]:
                    if before[kind][uid][name] != after[kind][uid].get(name):
                        was, now = before[kind][uid][name], after[kind][uid].get(name)
                        found.append(f"{kind} {uid} {name}: {was!r} → {now!r}")
    return found


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fill_every_kind(tmp_path_factory.mktemp("filled"))


def fill_every_kind(folder: Path) -> Path:
    """Demo data of every kind, plus what demo does not make: a photo, properties Rapport does not model."""
    store = Store.open(folder)
    clock = FakeClock(CLOCK)
    demo.fill(store, clock, contacts=120)
    services = Services.build(store, clock, phone_region="US")
    first = services.accounts.list(limit=1)[0]
    services.contacts.create(ContactData(
        given="Zoë", family="Фотографова", photo=bytes(range(256)) * 4, photo_mime="image/png",
        emails=(Email("zoe@example.org", label="work"), Email("zoe@home.example", label="home")),
        phones=(Phone("+1 202 555 0182", label="cell"),),
        extra=(ExtraProperty("X-SHOE-SIZE", "38"), ExtraProperty("X-ABLABEL", "Lucky number", "item7"),
               ExtraProperty("X-CUSTOM", "7", "item7")),
        accounts=(AccountLink(first.uid, "Photographer"),)))
    fields = services.custom_fields
    fields.define("contact", "shoe_size", "Shoe size", "number")
    fields.define("contact", "met_on", "Met on", "date")
    fields.define("contact", "tier", "Tier", "choice", ("Gold, \"plus\"", "Silver", "Bronze ^1"))
    fields.define("account", "segment", "Segment; region", "text")
    for n, contact in enumerate(services.contacts.list(limit=30)):
        fields.set("contact", contact.uid, "shoe_size", str(36 + n % 9))
        if n % 3 == 0:
            fields.set("contact", contact.uid, "met_on", f"2025-0{1 + n % 9}-1{n % 10}")
        fields.set("contact", contact.uid, "tier", ("Gold, \"plus\"", "Silver", "Bronze ^1")[n % 3])
    for n, account in enumerate(services.accounts.list(limit=10)):
        fields.set("account", account.uid, "segment", f"SMB, line {n}\nsecond line")
    fields.define("deal", "budget", "Budget, approved", "number")
    for n, deal in enumerate(services.deals.list()[:8]):
        fields.set("deal", deal.uid, "budget", str(1000 * (n + 1)))
        services.tags.add("deal", deal.uid, ("Hot, \"really\"", "Выставка", "重要")[n % 3])
    fields.define("activity", "sentiment", "Sentiment; mood", "choice", ("Warm, keen", "Cold"))
    fields.define("activity", "attendees", "Attendees", "number")
    fields.define("task", "effort", "Effort (hours)", "number")
    for n, activity in enumerate(services.activities.all()[:40]):
        if n % 2 == 0:
            fields.set("activity", activity.uid, "sentiment", ("Warm, keen", "Cold")[n % 4 // 2])
        if n % 3 == 0:
            fields.set("activity", activity.uid, "attendees", str(2 + n))
        if n % 5 == 0:
            services.tags.add("activity", activity.uid, ("Follow up", "Трейд-шоу", "重要")[n % 3])
    for n, task in enumerate(services.tasks.all()[:10]):
        fields.set("task", task.uid, "effort", str(n + 0.5))
        services.tags.add("task", task.uid, ("Urgent, really", "Срочно")[n % 2])
    store.close()
    return folder


def _export(folder: Path, key: str, target: Path) -> Path:
    store = Store.open(folder)
    try:
        services = Services.build(store, FakeClock(CLOCK), phone_region="US")
        with target.open("w", encoding="utf-8", newline="") as out:
            write_export(services, key, out)
    finally:
        store.close()
    return target


def _import(folder: Path, file: Path) -> tuple[ImportReport, dict[str, dict[str, Any]]]:
    store = Store.open(folder)
    try:
        services = Services.build(store, FakeClock(CLOCK), phone_region="US")
        report = ImportService(services).import_files([file])
        return report, crm(services)
    finally:
        store.close()


def _crm_of(folder: Path) -> dict[str, dict[str, Any]]:
    store = Store.open(folder)
    try:
        return crm(Services.build(store, FakeClock(CLOCK), phone_region="US"))
    finally:
        store.close()


def _kinds(key: str) -> tuple[str, ...]:
    return ("meeting", "task", "activity", "deal", "deal field", "calendar field") if key == "ics" else (
        "contact", "account", "field")


@pytest.mark.parametrize("key", list(FORMATS))
def test_an_export_imported_into_its_own_folder_changes_nothing(filled: Path, tmp_path: Path, key: str) -> None:
    folder = tmp_path / "same"
    shutil.copytree(filled, folder)
    before = _crm_of(folder)
    exported = _export(folder, key, tmp_path / f"export.{FORMATS[key]}")
    report, after = _import(folder, exported)
    assert differences(before, after, _kinds(key)) == []
    assert (report.imported, report.updated, report.rejected) == (0, 0, []), report
    assert report.unchanged == sum(len(before[k]) for k in _kinds(key) if not k.endswith("field"))


@pytest.mark.parametrize("key", list(FORMATS))
def test_an_export_imported_into_an_empty_folder_gives_the_same_crm(filled: Path, tmp_path: Path, key: str) -> None:
    before = _crm_of(filled)
    empty = tmp_path / "empty"
    if key == "ics":  # a calendar's links name contacts and accounts: those come first, from their export
        _import(empty, _export(filled, "vcard4", tmp_path / "people.vcf"))
    exported = _export(filled, key, tmp_path / f"export.{FORMATS[key]}")
    report, after = _import(empty, exported)
    assert not report.rejected, report.rejected
    assert differences(before, after, _kinds(key)) == []
    if key == "ics":  # the deals come before what links to them: every link is a link, none left waiting
        waiting = [(kind, uid) for kind in ("meeting", "task", "activity") for uid, record in after[kind].items()
                   if any(p["name"] == "X-RAPPORT-DEAL" for p in record["kept_links"])]
        assert waiting == [] and len(after["deal"]) == len(before["deal"]) >= 20


def test_other_programs_read_our_exports(filled: Path, tmp_path: Path) -> None:
    """vobject and icalendar — what other Python programs read vCards and calendars with — take every
    record of our exports, Rapport's own properties with them."""
    import icalendar
    import vobject

    before = _crm_of(filled)
    for key in ("vcard4", "vcard3"):
        text = _export(filled, key, tmp_path / f"{key}.vcf").read_text(encoding="utf-8")
        cards = list(vobject.readComponents(text))
        assert len(cards) == len(before["contact"]) + len(before["account"])
        zoe = next(c for c in cards if c.fn.value == "Zoë Фотографова")
        assert zoe.contents["x-rapport-account"][0].params["ROLE"] == ["Photographer"]
        assert zoe.org.value[0] == before["account"][zoe.contents["x-rapport-account"][0].value]["name"]
        industries = [c.contents["x-rapport-industry"][0].value for c in cards if "x-rapport-industry" in c.contents]
        assert sorted(industries) == sorted(a["industry"] for a in before["account"].values() if a["industry"])
    calendar = icalendar.Calendar.from_ical(_export(filled, "ics", tmp_path / "export.ics").read_bytes())
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == len(before["meeting"])
    for uid, meeting in before["meeting"].items():
        named = events[uid].get("X-RAPPORT-CONTACT")
        named = [str(v) for v in (named if isinstance(named, list) else [named] if named else [])]
        assert sorted(named) == sorted(u for kind, u in meeting["links"] if kind == "contact")
    journals = {str(j["UID"]): j for j in calendar.walk("VJOURNAL")}
    assert {uid: str(j["X-RAPPORT-KIND"]) for uid, j in journals.items()} == {
        uid: a["kind"] for uid, a in before["activity"].items()}
    assert {"call", "email", "note"} <= {a["kind"] for a in before["activity"].values()}


def test_an_import_never_blanks_what_the_file_does_not_speak_of(services: Services, tmp_path: Path) -> None:
    """A card from another program names the company in ORG only, an organisation card says nothing of
    an industry: the contact keeps its roles and its other companies, the account its industry."""
    from app.accounts import AccountData

    acme = services.accounts.create(AccountData(name="Acme Foods", industry="Food")).value.uid
    beta = services.accounts.create(AccountData(name="Beta Labs", industry="Research")).value.uid
    ada = services.contacts.create(ContactData(given="Ada", family="Lovelace", accounts=(
        AccountLink(acme, "CTO"), AccountLink(beta, "Adviser")))).value.uid
    file = tmp_path / "phone.vcf"
    file.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{acme}\r\nFN:Acme Foods\r\nN:;;;;\r\nORG:Acme Foods\r\n"
        "X-ABShowAs:COMPANY\r\nURL:https://acme.example\r\nEND:VCARD\r\n"
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{ada}\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nORG:Acme Foods\r\n"
        "EMAIL:ada@acme.example\r\nEND:VCARD\r\n", encoding="utf-8")
    report = ImportService(services).import_files([file])
    assert report.updated == 2 and not report.rejected
    assert services.accounts.get(acme).data.industry == "Food"
    assert services.accounts.get(acme).data.website == "https://acme.example"
    contact = services.contacts.get(ada).data
    assert contact.accounts == (AccountLink(acme, "CTO"), AccountLink(beta, "Adviser"))
    assert [e.value for e in contact.emails] == ["ada@acme.example"]


def test_a_custom_value_its_field_refuses_is_said_and_the_card_goes_in(services: Services, tmp_path: Path) -> None:
    services.custom_fields.define("contact", "shoe_size", "Shoe size", "number")
    file = tmp_path / "fields.vcf"
    file.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:c-1\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\n"
                    "X-RAPPORT-FIELD;KEY=shoe_size;LABEL=Shoe size;X-TYPE=number:forty\r\n"
                    "X-RAPPORT-FIELD;KEY=team;LABEL=Team;X-TYPE=text:Blue\r\nEND:VCARD\r\n", encoding="utf-8")
    report = ImportService(services).import_files([file])
    assert report.imported == 1 and not report.rejected
    assert report.warnings == ["fields.vcf: record 1: the custom field Shoe size was left out: Shoe size: 'forty'"
                               " is not a number"]
    assert services.custom_fields.values("contact", "c-1") == {"team": "Blue"}
    assert [d.label for d in services.custom_fields.definitions("contact")] == ["Shoe size", "Team"]
