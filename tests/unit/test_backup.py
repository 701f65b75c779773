"""Backups: on demand, daily with pruning, and restore (with its safety copy and its refusals)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.backup import check_backup
from app.clock import FakeClock
from app.contacts import ContactData
from app.errors import StoreError
from app.services import Services
from app.store import Store
from db.connection import open_database
from db.migrations import LATEST_VERSION, migrate

# --- helpers ------------------------------------------------------------------------------------


def add_contacts(services: Services, *names: str) -> list[str]:
    return [
        services.contacts.create(ContactData(given=given, family=family)).value.uid
        for given, family in (name.split(" ", 1) for name in names)
    ]


def live_names(services: Services) -> list[str]:
    return sorted(c.display_name for c in services.contacts.list(limit=1000))


def file_names(path: Path, *, table: str = "contact") -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in connection.execute(f"SELECT display_name FROM {table} WHERE deleted_at IS NULL"))
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def before_restore_copies(services: Services) -> list[Path]:
    folder = services.backups.folder
    return sorted(folder.glob("before-restore-*.sqlite3")) if folder.is_dir() else []


def found(services: Services, text: str) -> list[str]:
    return [h.display for h in services.search.search(text)]


# --- backup -------------------------------------------------------------------------------------


def test_backup_to_file_is_sound_copy(services: Services, tmp_path: Path) -> None:
    add_contacts(services, "Ada Lovelace", "Grace Hopper", "Иван Петров")
    target = tmp_path / "elsewhere" / "copy.sqlite3"

    written = services.backups.backup(target)

    assert written == target
    assert target.is_file()
    assert not target.with_name(target.name + ".partial").exists()
    assert integrity(target) == "ok"
    assert file_names(target) == live_names(services) == ["Ada Lovelace", "Grace Hopper", "Иван Петров"]
    checked = check_backup(target)
    assert (checked.schema_version, checked.contacts) == (LATEST_VERSION, 3)


def test_backup_is_self_contained_file(services: Services, tmp_path: Path) -> None:
    add_contacts(services, "Ada Lovelace")
    target = services.backups.backup(tmp_path / "copy.sqlite3")
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()
    assert not Path(str(target) + "-wal").exists()


def test_backup_default_name_in_backups_folder(services: Services, clock: FakeClock) -> None:
    add_contacts(services, "Ada Lovelace")
    written = services.backups.backup()
    assert written.parent == services.backups.folder
    assert written.name == "rapport-20260302-090000.sqlite3"
    assert file_names(written) == ["Ada Lovelace"]


def test_backup_later_changes_not_in_earlier_backup(services: Services, tmp_path: Path) -> None:
    add_contacts(services, "Ada Lovelace")
    target = services.backups.backup(tmp_path / "copy.sqlite3")
    add_contacts(services, "Grace Hopper")
    assert file_names(target) == ["Ada Lovelace"]
    again = services.backups.backup(target)  # overwriting a backup is allowed
    assert file_names(again) == ["Ada Lovelace", "Grace Hopper"]


def test_backup_refuses_to_overwrite_live_database(services: Services, store: Store) -> None:
    add_contacts(services, "Ada Lovelace")
    with pytest.raises(StoreError, match="cannot overwrite"):
        services.backups.backup(store.path)
    assert live_names(services) == ["Ada Lovelace"]
    assert integrity(store.path) == "ok"


# --- daily --------------------------------------------------------------------------------------


def test_daily_one_file_per_day_keeps_last_n(services: Services, clock: FakeClock) -> None:
    add_contacts(services, "Ada Lovelace")
    start = clock.now()

    first = services.backups.daily(keep=3)
    assert first is not None
    assert first.name == "rapport-2026-03-02.sqlite3"
    clock.advance(timedelta(hours=5))
    assert services.backups.daily(keep=3) is None  # already made today
    assert len(services.backups.daily_backups()) == 1

    for day in range(1, 6):
        clock.set(start + timedelta(days=day))
        add_contacts(services, f"Day{day} Person")
        made = services.backups.daily(keep=3)
        assert made is not None
        assert made.name == f"rapport-{clock.now().date().isoformat()}.sqlite3"

    kept = services.backups.daily_backups()
    assert [d.isoformat() for d, _ in kept] == ["2026-03-05", "2026-03-06", "2026-03-07"]
    assert sorted(p.name for p in services.backups.folder.glob("rapport-*.sqlite3")) == [
        "rapport-2026-03-05.sqlite3", "rapport-2026-03-06.sqlite3", "rapport-2026-03-07.sqlite3",
    ]
    # Each day's file holds that day's data.
    assert "Day3 Person" in file_names(kept[0][1])
    assert "Day4 Person" not in file_names(kept[0][1])
    assert "Day5 Person" in file_names(kept[-1][1])
    assert all(integrity(p) == "ok" for _, p in kept)


def test_daily_pruning_ignores_other_files(services: Services, clock: FakeClock) -> None:
    add_contacts(services, "Ada Lovelace")
    manual = services.backups.backup()  # rapport-YYYYMMDD-HHMMSS: not a daily one
    start = clock.now()
    for day in range(4):
        clock.set(start + timedelta(days=day))
        services.backups.daily(keep=2)
    assert manual.exists()
    assert len(services.backups.daily_backups()) == 2


# --- restore ------------------------------------------------------------------------------------


def test_restore_brings_back_old_data(services: Services, clock: FakeClock, store: Store, tmp_path: Path) -> None:
    add_contacts(services, "Ada Lovelace", "Grace Hopper")
    old = services.backups.backup(tmp_path / "old.sqlite3")
    clock.advance(timedelta(days=1))
    add_contacts(services, "Alan Turing")
    hopper = services.search.search("hopper")[0].uid
    services.contacts.delete(hopper)
    assert live_names(services) == ["Ada Lovelace", "Alan Turing"]

    clock.advance(timedelta(minutes=1))
    checked, kept = services.backups.restore(old)

    assert checked.path == old
    assert checked.contacts == 2
    assert live_names(services) == ["Ada Lovelace", "Grace Hopper"]
    assert services.contacts.get(hopper).display_name == "Grace Hopper"

    # The data it replaced is kept, whole.
    assert kept == services.backups.folder / "before-restore-20260303-090100.sqlite3"
    assert before_restore_copies(services) == [kept]
    assert integrity(kept) == "ok"
    assert file_names(kept) == ["Ada Lovelace", "Alan Turing"]

    # The restored data is searchable, and what came after the backup is not.
    assert found(services, "hopper") == ["Grace Hopper"]
    assert found(services, "gra") == ["Grace Hopper"]
    assert found(services, "turing") == []
    assert integrity(store.path) == "ok"


def test_restored_data_can_be_edited_and_survives_reopening(
    services: Services, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    add_contacts(services, "Ada Lovelace")
    old = services.backups.backup(tmp_path / "old.sqlite3")
    add_contacts(services, "Alan Turing")
    services.backups.restore(old)

    add_contacts(services, "Edsger Dijkstra")
    assert found(services, "dijkstra") == ["Edsger Dijkstra"]
    store.close()

    reopened = Store.open(data_dir)
    try:
        again = Services.build(reopened, services.clock, phone_region="US")
        assert live_names(again) == ["Ada Lovelace", "Edsger Dijkstra"]
        assert found(again, "lovelace") == ["Ada Lovelace"]
        assert found(again, "turing") == []
        assert integrity(reopened.path) == "ok"
    finally:
        reopened.close()
        store.activate()


def test_restore_older_schema_is_migrated_and_indexed(services: Services, tmp_path: Path) -> None:
    old_path = tmp_path / "schema2.sqlite3"
    old = open_database(old_path)
    migrate(old, target=2)
    old.execute_sql(
        "INSERT INTO contact (uid, created_at, updated_at, given, family, display_name)"
        " VALUES ('00000000-0000-4000-8000-000000000001', '2025-01-01 00:00:00', '2025-01-01 00:00:00',"
        " 'Hedy', 'Lamarr', 'Hedy Lamarr')"
    )
    old.execute_sql("PRAGMA journal_mode = DELETE")
    old.close()
    add_contacts(services, "Ada Lovelace")

    checked, _ = services.backups.restore(old_path)

    assert checked.schema_version == 2
    assert services.store.schema_version == LATEST_VERSION
    assert live_names(services) == ["Hedy Lamarr"]
    assert found(services, "lamarr") == ["Hedy Lamarr"]
    assert found(services, "lovelace") == []


def _assert_untouched(services: Services, store: Store) -> None:
    assert live_names(services) == ["Ada Lovelace", "Grace Hopper"]
    assert found(services, "lovelace") == ["Ada Lovelace"]
    assert before_restore_copies(services) == []
    assert integrity(store.path) == "ok"


def test_restore_of_text_file_refused(services: Services, store: Store, tmp_path: Path) -> None:
    add_contacts(services, "Ada Lovelace", "Grace Hopper")
    bogus = tmp_path / "notes.txt"
    bogus.write_text("These are not the contacts you are looking for.\n" * 50, encoding="utf-8")
    with pytest.raises(StoreError) as exc:
        services.backups.restore(bogus)
    assert str(bogus) in str(exc.value)
    _assert_untouched(services, store)


def test_restore_of_missing_file_refused(services: Services, store: Store, tmp_path: Path) -> None:
    add_contacts(services, "Ada Lovelace", "Grace Hopper")
    missing = tmp_path / "nowhere" / "backup.sqlite3"
    with pytest.raises(StoreError) as exc:
        services.backups.restore(missing)
    assert str(missing) in str(exc.value)
    assert "no such file" in str(exc.value)
    _assert_untouched(services, store)


@pytest.mark.parametrize("damage", ["middle", "header", "truncated"])
def test_restore_of_damaged_file_refused(services: Services, store: Store, tmp_path: Path, damage: str) -> None:
    add_contacts(services, "Ada Lovelace", "Grace Hopper")
    for index in range(150):  # enough pages that damage lands in the data
        services.contacts.create(ContactData(given=f"Filler{index}", family="Person", notes="x" * 400))
    damaged = services.backups.backup(tmp_path / "damaged.sqlite3")
    for index in range(150):
        services.contacts.delete(services.search.search(f"filler{index}")[0].uid)
    data = bytearray(damaged.read_bytes())
    if damage == "middle":
        middle = len(data) // 2
        data[middle : middle + 8192] = b"\xa5" * 8192
    elif damage == "header":
        data[16:100] = b"\x00" * 84
    else:
        data = data[: len(data) // 2]
    damaged.write_bytes(bytes(data))

    with pytest.raises(StoreError) as exc:
        services.backups.restore(damaged)
    assert str(damaged) in str(exc.value)
    _assert_untouched(services, store)


def test_restore_of_foreign_sqlite_file_refused(services: Services, store: Store, tmp_path: Path) -> None:
    add_contacts(services, "Ada Lovelace", "Grace Hopper")
    foreign = tmp_path / "other-app.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE recipe (name TEXT)")
    connection.execute("INSERT INTO recipe VALUES ('soup')")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="not a Rapport database") as exc:
        services.backups.restore(foreign)
    assert str(foreign) in str(exc.value)
    _assert_untouched(services, store)


def test_restore_of_newer_schema_refused(services: Services, store: Store, tmp_path: Path) -> None:
    add_contacts(services, "Ada Lovelace", "Grace Hopper")
    newer = services.backups.backup(tmp_path / "newer.sqlite3")
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="newer") as exc:
        services.backups.restore(newer)
    assert str(newer) in str(exc.value)
    _assert_untouched(services, store)


def test_restore_twice_keeps_two_safety_copies(services: Services, clock: FakeClock, tmp_path: Path) -> None:
    add_contacts(services, "Ada Lovelace")
    old = services.backups.backup(tmp_path / "old.sqlite3")
    add_contacts(services, "Alan Turing")
    _, first = services.backups.restore(old)
    clock.set(datetime(2026, 3, 4, 12, 30, 0))
    _, second = services.backups.restore(old)
    assert first != second
    assert before_restore_copies(services) == sorted([first, second])
    assert file_names(first) == ["Ada Lovelace", "Alan Turing"]
    assert file_names(second) == ["Ada Lovelace"]


def test_restore_twice_in_the_same_second_keeps_both_safety_copies(services: Services, tmp_path: Path) -> None:
    """Restoring the wrong file, then the right one, must not overwrite the copy of the original data."""
    add_contacts(services, "Ada Lovelace")
    wrong = services.backups.backup(tmp_path / "wrong.sqlite3")
    services.contacts.delete(services.search.search("lovelace")[0].uid)
    add_contacts(services, "Alan Turing")
    right = services.backups.backup(tmp_path / "right.sqlite3")
    add_contacts(services, "Original Only")  # the clock does not move: all within one second

    _, first = services.backups.restore(wrong)
    _, second = services.backups.restore(right)

    assert first != second
    assert len(before_restore_copies(services)) == 2
    assert file_names(first) == ["Alan Turing", "Original Only"]
    assert file_names(second) == ["Ada Lovelace"]
    assert live_names(services) == ["Alan Turing"]


def test_restore_of_the_live_database_onto_itself_refused(services: Services, store: Store) -> None:
    add_contacts(services, "Ada Lovelace", "Grace Hopper")
    with pytest.raises(StoreError, match="in use"):
        services.backups.restore(store.path)
    _assert_untouched(services, store)


@pytest.mark.faults
def test_a_damaged_database_makes_no_daily_backup_and_prunes_none(tmp_path: Path) -> None:
    """Days of a damaged database (the user chose to keep working) must not push the last sound daily
    backups out: its copy is refused, said, and the earlier ones stay."""
    from app import demo

    clock = FakeClock(datetime(2026, 3, 2, 9))
    store = Store.open(tmp_path / "data")
    demo.fill(store, clock, contacts=300)
    services = Services.build(store, clock)
    for day in range(3):
        clock.set(datetime(2026, 3, 2 + day, 9))
        assert services.backups.daily(keep=3) is not None
    store.close()
    database = tmp_path / "data" / "rapport.sqlite3"
    connection = sqlite3.connect(database)
    page = connection.execute(
        "SELECT rootpage - 1 FROM sqlite_master WHERE name = 'search_index_content'").fetchone()[0]
    connection.close()
    data = bytearray(database.read_bytes())
    data[page * 4096 : (page + 1) * 4096] = b"\x00damaged" * 512
    database.write_bytes(bytes(data))
    store = Store.open(tmp_path / "data", check=False)  # as the window opens a large file: checked later
    services = Services.build(store, clock)
    try:
        for day in range(3, 6):
            clock.set(datetime(2026, 3, 2 + day, 9))
            with pytest.raises(StoreError, match="no backup was made today: the database is damaged"):
                services.backups.daily(keep=3)
        kept = services.backups.daily_backups()
        assert [d.isoformat() for d, _ in kept] == ["2026-03-02", "2026-03-03", "2026-03-04"]
        assert all(integrity(p) == "ok" for _, p in kept)
        assert not list(services.backups.folder.glob("*.partial"))

        # In the window the day's copy is the day's check of a large file's pages: what it found is told.
        from ui.application import DailyUpkeep

        clock.set(datetime(2026, 3, 9, 9))
        told: list[str] = []
        upkeep = DailyUpkeep(services, damaged=told.append, unchecked=lambda: told.append("unchecked"))
        upkeep.start()
        upkeep.join(30)
        assert told == ["database disk image is malformed"]  # SQLite's finding, as the copy's check read it
    finally:
        store.close()


def test_a_copy_that_cannot_be_made_leaves_the_pages_to_be_read_apart(services: Services,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """No copy today (a full disk): the pages were not read, and the window is told so (it reads them on
    their own); a copy made earlier today was the day's check, and nothing is told."""
    import errno

    from app import backup
    from ui.application import DailyUpkeep

    def full(_source: Path, _target: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "copy_database", full)
    told: list[str] = []
    upkeep = DailyUpkeep(services, damaged=told.append, unchecked=lambda: told.append("unchecked"))
    upkeep.start()
    upkeep.join(30)
    assert told == ["unchecked"]
    monkeypatch.undo()
    services.backups.daily()  # today's copy, made
    again = DailyUpkeep(services, damaged=told.append, unchecked=lambda: told.append("unchecked"))
    again.start()
    again.join(30)
    assert told == ["unchecked"]


def test_a_closing_window_waits_for_the_days_copy_and_starts_nothing_new(services: Services,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader still copying the database when the program ends keeps SQLite from emptying its log, and the
    next start then reads every page of the file (15 s for a million contacts): the window waits for the
    copy before the store closes; the tidying not begun by then is left for the next start."""
    import threading

    from app import backup
    from ui.application import DailyUpkeep

    copying, go_on = threading.Event(), threading.Event()
    copy = backup.copy_database

    def slow_copy(source: Path, target: Path) -> None:
        copying.set()
        go_on.wait(10)
        copy(source, target)

    monkeypatch.setattr(backup, "copy_database", slow_copy)
    upkeep = DailyUpkeep(services)
    upkeep.start()
    assert copying.wait(10)
    assert not upkeep.finish(0.2)  # still copying
    go_on.set()
    assert upkeep.finish(10)
    upkeep.join(10)
    assert [path.name for _, path in services.backups.daily_backups()] == [
        f"rapport-{services.clock.now().date().isoformat()}.sqlite3"]

    tidied: list[str] = []
    monkeypatch.setattr(type(services.files), "tidy", lambda _self: tidied.append("files"))
    closing_early = DailyUpkeep(services)
    closing_early.finish(0)  # closed before it began: nothing is started
    closing_early.start()
    closing_early.join(10)
    assert tidied == []


def test_the_days_copy_begins_after_the_start_at_a_lower_priority(services: Services) -> None:
    """The window's start is the user's: the day's copy waits (UPKEEP_DELAY in the window), and a window
    closed before it begins begins none — closing does not wait out the delay. Once begun, its thread runs
    at a lower priority than the window's (Linux gives each thread its own)."""
    import os
    import sys
    import threading
    import time

    from ui.application import DailyUpkeep

    waiting = DailyUpkeep(services, delay=60)
    waiting.start()
    started = time.monotonic()
    assert waiting.finish(5)
    waiting.join(5)
    assert not waiting.is_alive() and time.monotonic() - started < 5
    assert services.backups.daily_backups() == []

    seen: list[int] = []
    copy = services.backups.daily

    def daily(**kwargs: object) -> object:
        if sys.platform == "linux":
            seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return copy(**kwargs)  # type: ignore[arg-type]

    services.backups.daily = daily  # type: ignore[method-assign]
    later = DailyUpkeep(services, delay=0.1)
    later.start()
    later.join(30)
    assert len(services.backups.daily_backups()) == 1
    if sys.platform == "linux":
        assert seen and seen[0] > os.getpriority(os.PRIO_PROCESS, 0)
