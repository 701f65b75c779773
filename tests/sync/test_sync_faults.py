"""What goes wrong on real networks and servers: failures mid-run, dropped connections, wrong passwords,
servers that rewrite cards, expired tokens, busy servers, ambiguous timeouts."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from app.contacts import ContactData
from app.paths import database_path
from tests.sync.conftest import BOTH_SERVERS, PASSWORD, Book, Laptop, make_laptop, vcard
from tests.sync.proxy import FaultProxy

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults


def _people(laptop: Laptop, count: int) -> list[str]:
    laptop.store.activate()
    return [laptop.services.contacts.create(ContactData(given=f"Person{i}", family="Example")).value.uid
            for i in range(count)]


@BOTH_SERVERS
def test_500_on_the_third_put_then_a_clean_resume(laptop: Laptop, book: Book, proxy: FaultProxy) -> None:
    uids = _people(laptop, 6)
    proxy.faults.put_status = {3: 500}  # the server applied the third PUT, but we hear a 500

    report = laptop.run()

    assert not report.ok and "500" in report.errors[0]
    assert len(book.uids()) == 3  # two acknowledged, the third applied without our knowing
    report = laptop.run()
    assert report.ok, report.as_dict()
    assert book.uids() == sorted(uids)  # every contact once, no duplicates
    assert laptop.services.contacts.count() == 6
    assert laptop.sync.conflicts() == []


def test_connection_dropped_during_a_multiget(laptop: Laptop, book: Book, proxy: FaultProxy) -> None:
    for i in range(5):
        book.put(f"c{i}.vcf", vcard(f"c-{i}", f"Card{i}", "Remote"))
    proxy.faults.drop_report_containing = b"addressbook-multiget"

    report = laptop.run()

    assert not report.ok and "connection" in report.errors[0]
    assert laptop.services.contacts.count() == 0  # the batch rolled back
    row = laptop.store.database.execute_sql("SELECT sync_token FROM sync_collection WHERE href = ?",
                                            (book.href,)).fetchone()
    assert row[0] == ""  # the token did not move past what was applied
    report = laptop.run()
    assert report.ok, report.as_dict()
    assert laptop.services.contacts.count() == 5
    assert book.uids() == [f"c-{i}" for i in range(5)]


def test_wrong_password_stops_with_a_clear_message_and_touches_nothing(laptop: Laptop, book: Book,
                                                                      proxy: FaultProxy) -> None:
    _people(laptop, 2)
    book.put("r.vcf", vcard("r-1", "Remote", "Person"))
    wrong = "not-the-" + PASSWORD
    laptop.credentials.store(proxy.url, book.user, wrong)
    before = _sync_tables(laptop.store.path)

    report = laptop.run()

    assert not report.ok
    assert "refused the user name or password" in report.errors[0]
    assert wrong not in report.errors[0] and PASSWORD not in report.errors[0]
    assert laptop.services.contacts.count() == 2
    after = _sync_tables(laptop.store.path)
    assert after["sync_item"] == before["sync_item"] == []
    assert after["sync_collection"] == before["sync_collection"]
    assert book.uids() == ["r-1"]


def _sync_tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as raw:
        return {t: raw.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                for t in ("sync_item", "sync_collection", "sync_conflict")}


@BOTH_SERVERS
def test_stripped_etags_and_a_rewriting_server_make_no_false_conflict(laptop: Laptop, book: Book,
                                                                     proxy: FaultProxy) -> None:
    uids = _people(laptop, 3)
    proxy.faults.strip_etag = True
    proxy.faults.rewrite_cards = True

    assert laptop.run().ok
    assert all("PRODID:-//Some Server//EN" in t for t in book.cards().values())  # the server rewrote them
    items = laptop.store.database.execute_sql("SELECT etag FROM sync_item").fetchall()
    assert items == [(None,)] * 3  # no etag came back: none kept

    laptop.store.activate()
    laptop.services.contacts.update(uids[0], job_title="Engineer")
    report = laptop.run()
    assert report.ok, report.as_dict()
    assert report.collections[0].conflicts == 0 and report.collections[0].merged == 0
    proxy.reset_counts()
    report = laptop.run()
    assert report.ok and proxy.count("PUT") == 0 and laptop.sync.conflicts() == []
    assert any("TITLE:Engineer" in t for t in book.cards().values())


@BOTH_SERVERS
def test_an_invalid_sync_token_falls_back_to_a_full_listing(laptop: Laptop, book: Book) -> None:
    _people(laptop, 2)
    gone = book.put("gone.vcf", vcard("gone-1", "Soon", "Gone"))
    book.put("stays.vcf", vcard("stays-1", "Will", "Stay"))
    assert laptop.run().ok
    laptop.store.database.execute_sql("UPDATE sync_collection SET sync_token = 'http://radicale.org/ns/sync/bogus'")
    book.delete(gone)
    book.put("new.vcf", vcard("new-1", "Brand", "New"))

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert report.collections[0].full_listing
    assert report.collections[0].pulled_deleted == 1 and report.collections[0].pulled_new == 1
    assert laptop.services.contacts.count() == 4
    token = laptop.store.database.execute_sql("SELECT sync_token FROM sync_collection WHERE enabled = 1").fetchone()
    assert token[0] and "bogus" not in token[0]


def test_429_and_503_with_retry_after_are_waited_out(laptop: Laptop, book: Book, proxy: FaultProxy) -> None:
    _people(laptop, 2)
    proxy.faults.busy = [(503, "1"), (429, "1")]

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert laptop.waits == [1.0, 1.0]
    assert len(book.uids()) == 2


def test_a_retry_after_too_long_stops_the_run(laptop: Laptop, book: Book, proxy: FaultProxy) -> None:
    _people(laptop, 1)
    proxy.faults.busy = [(503, "3600")]
    report = laptop.run()
    assert not report.ok and "retry in 3600 s" in report.errors[0]
    assert laptop.waits == []
    assert laptop.run().ok and len(book.uids()) == 1


def test_a_put_that_timed_out_but_was_applied_makes_no_duplicate(tmp_path: Path, book: Book,
                                                                 proxy: FaultProxy) -> None:
    laptop = make_laptop(tmp_path / "impatient", proxy, book, timeout=1.0)
    uids = _people(laptop, 3)
    proxy.faults.hang_put = 2.5  # longer than the client's timeout; the server has the card already

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert book.uids() == sorted(uids)
    assert proxy.count("PUT") == 4  # the first one sent again with the same If-None-Match, answered 412
    proxy.reset_counts()
    assert laptop.run().ok and proxy.count("PUT") == 0 and laptop.sync.conflicts() == []


def test_the_password_is_nowhere_but_the_keyring(laptop: Laptop, book: Book, proxy: FaultProxy, memory_keyring,
                                                 caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level("DEBUG")
    _people(laptop, 2)
    assert laptop.run().ok
    proxy.faults.put_status = {proxy.puts + 1: 401}
    proxy.faults.put_applied = False
    laptop.store.activate()
    laptop.services.contacts.create(ContactData(given="One", family="More"))
    report = laptop.run()
    assert not report.ok
    laptop.store.close()
    secret = PASSWORD.encode()
    for path in laptop.store.data_dir.iterdir():
        assert secret not in path.read_bytes(), path
    assert PASSWORD not in caplog.text
    assert all(PASSWORD not in e for e in report.errors)
    assert list(memory_keyring.passwords.values()) == [PASSWORD]
    assert database_path(laptop.store.data_dir).exists()


def test_an_edit_made_while_its_upload_is_in_flight_is_not_lost(laptop: Laptop, book: Book,
                                                                proxy: FaultProxy) -> None:
    [uid] = _people(laptop, 1)
    assert laptop.run().ok
    laptop.services.contacts.update(uid, job_title="First edit")
    proxy.faults.delay_put = 1.0

    def edit_meanwhile() -> None:
        laptop.services.contacts.update(uid, notes="made while the first edit was on its way")
        laptop.store.database.close()  # this thread's connection

    timer = threading.Timer(0.3, edit_meanwhile)
    timer.start()
    assert laptop.run().ok
    timer.join()
    text = next(iter(book.cards().values()))
    assert "TITLE:First edit" in text and "NOTE:" not in text  # what was read before the edit went up

    proxy.faults.delay_put = 0.0
    report = laptop.run()
    assert report.ok and report.collections[0].pushed_changed == 1
    assert "NOTE:made while the first edit was on its way" in next(iter(book.cards().values()))


def test_507_on_put_stops_pushing_and_says_so(laptop: Laptop, book: Book, proxy: FaultProxy) -> None:
    uids = _people(laptop, 4)
    proxy.faults.put_status = {2: 507}
    proxy.faults.put_applied = False

    report = laptop.run()

    assert not report.ok and "out of space" in report.collections[0].errors[0]
    assert len(book.uids()) == 1  # the first went up; pushing stopped at the full server
    proxy.faults.put_status = {}
    assert laptop.run().ok and book.uids() == sorted(uids)
