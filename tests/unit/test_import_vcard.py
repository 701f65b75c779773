"""Importing vCards: the corpus of real programs' files, re-import, dry run, cancel, batches."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from app.formats import vcard
from app.importing import CancelFlag, ImportService
from app.services import Services
from tests.conftest import CORPUS

README = CORPUS / "README.md"
needs_corpus = pytest.mark.skipif(not README.is_file(), reason="../shared/corpus is not beside this clone")


def corpus_rows(kind: str) -> list[tuple[str, str]]:
    """(file, ok|malformed) for every row of the corpus README's table of this kind."""
    if not README.is_file():
        return []
    text = README.read_text(encoding="utf-8")
    return re.findall(rf"^\| \d+ \| `({kind}/[^`]+)` \|.*?\| \*\*(ok|malformed)\*\* \|", text, re.MULTILINE)


VCARD_ROWS = corpus_rows("vcard")


def count_cards(path: Path) -> int:
    """Cards in a file, counted independently of the reader: BEGIN:VCARD lines (any case)."""
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raw = raw.decode("utf-16").encode()
    return len(re.findall(rb"^begin:vcard\s*$", raw, re.IGNORECASE | re.MULTILINE))


@needs_corpus
def test_the_corpus_table_lists_eighty_vcards() -> None:
    assert len(VCARD_ROWS) == 80
    assert sum(expect == "ok" for _, expect in VCARD_ROWS) == 60


@needs_corpus
@pytest.mark.parametrize(("name", "expect"), VCARD_ROWS, ids=[r[0].split("/")[1] for r in VCARD_ROWS])
def test_corpus_vcard(services: Services, name: str, expect: str) -> None:
    path = CORPUS / name
    report = ImportService(services, only=("vcard",)).import_files([path])  # a contacts import
    if expect == "ok":
        assert not report.rejected and not report.unreadable, (report.rejected, report.unreadable)
        written = report.imported + report.updated + report.unchanged
        assert written == count_cards(path)
        assert report.imported == services.contacts.count() + _organisation_cards(services)
    else:
        problems = [str(r) for r in report.rejected] + report.unreadable
        assert problems, "a malformed file went in without a word"
        for problem in problems:
            assert path.name in problem
        for rejected in report.rejected:
            assert rejected.number >= 1 and rejected.line >= 1 and rejected.reason
        # Good records in the same file are kept.
        assert report.imported == max(0, count_cards(path) - len(report.rejected)) or report.unreadable


def _organisation_cards(services: Services) -> int:
    """Accounts that came from organisation cards (not made to hold a contact's ORG)."""
    db = services.store.database
    return int(db.execute_sql(
        "SELECT count(*) FROM account WHERE id NOT IN (SELECT account_id FROM contact_account)"
    ).fetchone()[0])


@needs_corpus
def test_importing_the_whole_corpus_twice_changes_nothing(services: Services) -> None:
    files = sorted((CORPUS / "vcard").glob("*.vcf"))
    service = ImportService(services)
    service.import_files(files)
    contacts, accounts = services.contacts.count(), services.accounts.count()
    versions = services.store.database.execute_sql("SELECT sum(version) FROM contact").fetchone()[0]
    for path in files:
        again = service.import_files([path])
        assert (again.imported, again.updated) == (0, 0), path.name
    assert (services.contacts.count(), services.accounts.count()) == (contacts, accounts)
    assert services.store.database.execute_sql("SELECT sum(version) FROM contact").fetchone()[0] == versions


CARD = """BEGIN:VCARD\r
VERSION:3.0\r
UID:{uid}\r
FN:{name}\r
N:{family};{given};;;\r
ORG:Northwind Traders\r
EMAIL;TYPE=work:{email}\r
TEL;TYPE=cell:+1 202 555 {phone}\r
CATEGORIES:Customer,VIP\r
X-CUSTOM;X-PARAM=1:kept as is\r
END:VCARD\r
"""


def write_cards(path: Path, count: int, *, start: int = 0, broken_at: int | None = None) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(start, start + count):
            if i == broken_at:
                out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:no-name@example.org\r\nEND:VCARD\r\n")
                continue
            out.write(CARD.format(uid=f"uid-{i}", name=f"Person {i}", family=f"Family{i}", given=f"Given{i}",
                                  email=f"p{i}@example.org", phone=f"{i % 10000:04d}"))
    return path


def test_a_card_maps_to_a_contact_with_account_tags_and_kept_properties(services: Services, tmp_path: Path) -> None:
    report = ImportService(services).import_files([write_cards(tmp_path / "one.vcf", 1)])
    assert report.imported == 1
    contact = services.contacts.get("uid-0")
    assert contact.data.display_name == "Person 0"
    assert (contact.data.given, contact.data.family) == ("Given0", "Family0")
    assert contact.data.emails[0].value == "p0@example.org" and contact.data.emails[0].label == "work"
    assert contact.data.phones[0].label == "cell"
    account = services.accounts.get(contact.data.accounts[0].account_uid)
    assert account.data.name == "Northwind Traders"
    assert services.tags.of("contact", "uid-0") == ["Customer", "VIP"]
    kept = [(e.name, e.params, e.value) for e in contact.data.extra]
    assert kept == [("X-CUSTOM", (("X-PARAM", "1"),), "kept as is")]
    assert [h.uid for h in services.search.search("Family0")] == ["uid-0"]


def test_same_uid_updates_and_identical_changes_nothing(services: Services, tmp_path: Path) -> None:
    service = ImportService(services)
    path = write_cards(tmp_path / "a.vcf", 3)
    assert service.import_files([path]).imported == 3
    again = service.import_files([path])
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 3)
    path.write_text(path.read_text().replace("Person 1", "Person One"), encoding="utf-8")
    changed = service.import_files([path])
    assert (changed.imported, changed.updated, changed.unchanged) == (0, 1, 2)
    assert services.contacts.get("uid-1").data.display_name == "Person One"
    assert services.accounts.count() == 1  # the ORG account is found again by name, not made twice


@pytest.mark.parametrize("order", ["same first", "changed first"])
def test_a_uid_twice_in_a_file_over_a_stored_contact_ends_as_the_last_card(
    services: Services, tmp_path: Path, order: str
) -> None:
    """A re-import compares a batch's records with the store all at once; the second card of a uid
    must see what the first did to it, not what the store held before the batch."""
    service = ImportService(services)
    stored = write_cards(tmp_path / "one.vcf", 1)
    service.import_files([stored])
    same = stored.read_text(encoding="utf-8")
    changed = same.replace("Person 0", "Person Zero")
    cards = [same, changed] if order == "same first" else [changed, same]
    both = tmp_path / "both.vcf"
    both.write_text("".join(cards), encoding="utf-8", newline="")
    report = service.import_files([both])
    if order == "same first":
        assert (report.unchanged, report.updated) == (1, 1)
        assert services.contacts.get("uid-0").data.display_name == "Person Zero"
    else:
        assert (report.unchanged, report.updated) == (0, 2)
        assert services.contacts.get("uid-0").data.display_name == "Person 0"
    assert [h.uid for h in services.search.search(services.contacts.get("uid-0").data.display_name)] == ["uid-0"]


def test_dry_run_reports_without_writing(services: Services, tmp_path: Path) -> None:
    path = write_cards(tmp_path / "a.vcf", 5, broken_at=2)
    report = ImportService(services).import_files([path], dry_run=True)
    assert report.dry_run and (report.imported, len(report.rejected)) == (4, 1)
    assert services.contacts.count() == 0 and services.accounts.count() == 0
    assert services.search.search("Person") == []


def test_a_rejected_record_names_file_record_line_and_reason_and_the_rest_go_in(
    services: Services, tmp_path: Path
) -> None:
    path = write_cards(tmp_path / "mixed.vcf", 5, broken_at=2)
    report = ImportService(services).import_files([path])
    assert report.imported == 4
    [rejected] = report.rejected
    assert (rejected.file, rejected.number, rejected.line) == ("mixed.vcf", 3, 23)
    assert "needs a name" in rejected.reason
    assert "mixed.vcf: record 3, line 23:" in str(rejected)


def test_cancel_stops_between_records_and_keeps_whole_batches(services: Services, tmp_path: Path) -> None:
    path = write_cards(tmp_path / "many.vcf", 1000)
    cancel = CancelFlag()

    def progress(done: int, _position: int) -> None:
        if done >= 200:
            cancel.set()

    report = ImportService(services, batch_size=100).import_files([path], progress=progress, cancel=cancel)
    assert report.cancelled
    assert report.imported == services.contacts.count() == 200
    indexed = services.store.database.execute_sql(
        "SELECT count(*) FROM search_index WHERE kind = 'contact'").fetchone()[0]
    assert indexed == 200


def test_records_are_committed_in_batches(services: Services, tmp_path: Path) -> None:
    """Another connection sees the first batches while the import goes on."""
    path = write_cards(tmp_path / "many.vcf", 350)
    seen: list[int] = []

    def progress(done: int, _position: int) -> None:
        other = sqlite3.connect(services.store.path)
        seen.append(other.execute("SELECT count(*) FROM contact").fetchone()[0])
        other.close()

    ImportService(services, batch_size=100).import_files([path], progress=progress)
    assert seen == [100, 200, 300, 350]


def test_reader_streams_one_card_at_a_time(tmp_path: Path) -> None:
    """The reader hands out the first card before it has read the end of the file."""
    path = write_cards(tmp_path / "many.vcf", 2000)
    with path.open("rb") as stream:
        first = next(vcard.read(stream))
        assert isinstance(first, vcard.Card)
        assert stream.tell() < path.stat().st_size / 10


@needs_corpus
def test_reading_in_a_worker_process_gives_the_same_result(services: Services, tmp_path: Path) -> None:
    """Large files are read by a second process; what comes out must not depend on that."""
    files = [*sorted((CORPUS / "vcard").glob("*.vcf")), write_cards(tmp_path / "many.vcf", 1200, broken_at=5)]
    here = ImportService(services, workers=False).import_files(files, dry_run=True)
    worker = ImportService(services, workers=True, batch_size=100).import_files(files, dry_run=True)
    assert (worker.imported, worker.updated, worker.unchanged) == (here.imported, here.updated, here.unchanged)
    assert worker.rejected == here.rejected and worker.unreadable == here.unreadable
    assert worker.warnings == here.warnings


def test_cancel_stops_the_worker_process(services: Services, tmp_path: Path) -> None:
    import multiprocessing

    path = write_cards(tmp_path / "many.vcf", 3000)
    cancel = CancelFlag()

    def progress(done: int, _position: int) -> None:
        cancel.set()

    report = ImportService(services, workers=True, batch_size=100).import_files([path], progress=progress,
                                                                                cancel=cancel)
    assert report.cancelled and report.imported == services.contacts.count() == 100
    assert not multiprocessing.active_children()


@needs_corpus
def test_search_entries_written_by_the_import_equal_a_rebuilt_index(services: Services, tmp_path: Path) -> None:
    """The import builds index rows from the data in hand; they must be what the tables give."""
    from db import fts

    files = [*sorted((CORPUS / "vcard").glob("*.vcf")), write_cards(tmp_path / "many.vcf", 300)]
    ImportService(services).import_files(files)
    db = services.store.database
    query = "SELECT rowid, kind, uid, display, name, detail, body FROM search_index ORDER BY rowid"
    written = db.execute_sql(query).fetchall()
    with db.atomic():
        fts.rebuild(db)
    assert db.execute_sql(query).fetchall() == written


@needs_corpus
def test_several_reading_processes_give_the_same_result(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A very large file is cut into stretches that two processes read in turn. The cuts, the record
    numbers, the line numbers in messages and the order of the records must not show it: one file
    made of every UTF-8 corpus vCard between generated cards is cut into many small stretches here."""
    from app import import_reader

    big = tmp_path / "joined.vcf"
    with big.open("wb") as out:
        for index, source in enumerate(sorted((CORPUS / "vcard").glob("*.vcf"))):
            data = source.read_bytes()
            if b"\0" in data[:4] or data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue  # UTF-16 cannot sit inside a UTF-8 file
            out.write(write_cards(tmp_path / "part.vcf", 40, start=index * 100, broken_at=index * 100 + 7)
                      .read_bytes())
            out.write(data if data.endswith(b"\n") else data + b"\r\n")
    monkeypatch.setattr(import_reader, "PARALLEL_THRESHOLD", 0)
    monkeypatch.setattr(import_reader, "PART_SIZE", 24 * 1024)
    assert len(import_reader.split(big, "vcard", import_reader.PART_SIZE)) > 8
    here = ImportService(services, workers=False).import_files([big], dry_run=True)
    several = ImportService(services, workers=True, batch_size=50).import_files([big], dry_run=True)
    assert (several.imported, several.updated, several.unchanged) == (here.imported, here.updated, here.unchanged)
    assert several.rejected == here.rejected and several.unreadable == here.unreadable
    assert several.warnings == here.warnings
    assert here.imported > 1000 and len(here.rejected) > 30


def test_organisations_named_by_cards_become_one_account_each_made_a_batch_at_a_time(services: Services,
                                                                                     tmp_path: Path) -> None:
    """ORG names (issue 16: most cards of a real export name their own company, and one account at a time
    cost 2 ms each): one account per name across batches, the oldest live account of a name taken, an
    account made from a name before and then moved to the Trash or renamed taken back, every one searchable."""
    from app.accounts import AccountData
    from app.accounts import org_uid as _org_uid

    older = services.accounts.create(AccountData(name="Acme Ltd")).value.uid
    services.accounts.create(AccountData(name="Acme Ltd"))  # a second of that name: the older one is taken
    trashed = _org_uid("Globex GmbH")
    services.accounts.upsert_clean(trashed, AccountData(name="Globex GmbH"))
    services.accounts.delete(trashed)
    renamed = _org_uid("Initech")
    services.accounts.upsert_clean(renamed, AccountData(name="Initrode"))  # made from a name, then renamed
    orgs = ["Acme Ltd", "Globex GmbH", "Initech", "Hooli  Inc.", *[f"Company {n}" for n in range(30)]]
    path = tmp_path / "orgs.vcf"
    path.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:org-{i}\r\nFN:Person {i}\r\nN:{i};Person;;;\r\n"
        f"ORG:{orgs[i % len(orgs)]}\r\nEND:VCARD\r\n" for i in range(3 * len(orgs))), encoding="utf-8")

    report = ImportService(services, batch_size=10).import_files([path])

    assert report.imported == 3 * len(orgs) and not report.rejected
    linked: dict[str, set[str]] = {}
    for i in range(3 * len(orgs)):
        [link] = services.contacts.get(f"org-{i}").data.accounts
        linked.setdefault(" ".join(orgs[i % len(orgs)].split()), set()).add(link.account_uid)
    assert all(len(uids) == 1 for uids in linked.values()), linked  # one account a name, across batches
    assert linked["Acme Ltd"] == {older}
    assert linked["Globex GmbH"] == {trashed}
    assert services.accounts.get(trashed)  # out of the Trash: get finds live ones only
    assert linked["Initech"] == {renamed} and services.accounts.get(renamed).data.name == "Initech"
    assert services.accounts.count() == 2 + 1 + 1 + 1 + 30
    assert [h.uid for h in services.search.search("Company 17", kinds=("account",))] == [_org_uid("Company 17")]
    again = ImportService(services, batch_size=10).import_files([path])
    assert (again.unchanged, services.accounts.count()) == (3 * len(orgs), 35)


def test_a_reimport_finds_unchanged_cards_by_their_rows_and_changed_ones_still(services: Services,
                                                                                tmp_path: Path) -> None:
    """Re-import compares a card's rows with the stored rows first (issue 16: building both sides' data
    was most of a 100,000-card re-import). Unchanged cards are not written (version 1 stays), a link and a
    role added here keep a card unchanged, and a changed phone, name or photo is still an update."""
    from app.accounts import AccountData
    from app.contacts import AccountLink

    service = ImportService(services)
    path = write_cards(tmp_path / "a.vcf", 6)
    assert service.import_files([path]).imported == 6
    other = services.accounts.create(AccountData(name="Initech")).value.uid
    linked = services.contacts.get("uid-1").data
    services.contacts.update("uid-1", accounts=(*linked.accounts, AccountLink(other, "Adviser")))
    cards = path.read_bytes().decode("utf-8").split("END:VCARD\r\n")
    cards[2] = cards[2].replace("TEL;TYPE=cell:+1 202 555 ", "TEL;TYPE=cell:+1 303 555 ")
    cards[3] = cards[3].replace("FN:Person 3", "FN:Person Three")
    changed = tmp_path / "b.vcf"
    changed.write_bytes("END:VCARD\r\n".join(cards).encode("utf-8"))

    again = ImportService(services).import_files([changed])

    assert (again.imported, again.updated, again.unchanged) == (0, 2, 4)
    versions = {f"uid-{i}": services.contacts.get(f"uid-{i}").meta.version for i in range(6)}
    assert versions == {"uid-0": 1, "uid-1": 2, "uid-2": 2, "uid-3": 2, "uid-4": 1, "uid-5": 1}
    assert [link.role for link in services.contacts.get("uid-1").data.accounts] == ["", "Adviser"]
    assert services.contacts.get("uid-3").data.display_name == "Person Three"
