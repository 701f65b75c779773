"""The status line's counts (schema 34): kept by triggers as records come, go to the Trash, come back, are
purged and undone, and counted anew by the upgrade that brings them. (Every test's store is also checked
against its rows when the test ends: tests/conftest.py.)"""

from __future__ import annotations

from pathlib import Path

import peewee

from app.activities import ActivityData
from app.contacts import ContactData
from app.deals import DealData
from app.services import Services
from app.unit_of_work import Origin
from db.migrations import migrate


def _counts(services: Services) -> dict[str, int]:
    counts = services.queries.live_counts()
    return {kind: counts[kind] for kind in ("contacts", "deals", "activities")}


def test_counts_follow_every_way_a_record_comes_and_goes(services: Services) -> None:
    start = _counts(services)
    with services.writer.step("Add", Origin.USER):
        ada = services.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid
        services.contacts.create(ContactData(given="Пётр", family="Иванов"))
        stage = services.pipelines.default().stages[0].uid
        deal = services.deals.create(DealData(title="Fleet renewal", stage_uid=stage)).value.uid
        services.activities.log(ActivityData(kind="call", subject="Asked for a quote"))
    assert _counts(services) == {"contacts": start["contacts"] + 2, "deals": start["deals"] + 1,
                                 "activities": start["activities"] + 1}
    services.contacts.delete(ada)
    services.deals.delete(deal)
    assert _counts(services) == {"contacts": start["contacts"] + 1, "deals": start["deals"],
                                 "activities": start["activities"] + 1}
    services.contacts.restore(ada)
    assert _counts(services)["contacts"] == start["contacts"] + 2
    while services.undo.next_undo() is not None:
        assert services.undo.undo().value is not None
    assert _counts(services) == start
    while services.undo.next_redo() is not None:
        assert services.undo.redo().value is not None
    assert _counts(services) == {"contacts": start["contacts"] + 2, "deals": start["deals"],
                                 "activities": start["activities"] + 1}
    services.contacts.delete(ada)
    services.contacts.purge(ada)  # out of the Trash for good: it was not counted there
    assert _counts(services)["contacts"] == start["contacts"] + 1

def test_the_upgrade_counts_what_is_there(tmp_path: Path) -> None:
    database = peewee.SqliteDatabase(str(tmp_path / "old.db"), pragmas={"foreign_keys": 1})
    migrate(database, 33)
    stamp = "'2026-01-01', '2026-01-01', 1"
    for number, deleted in enumerate((None, None, "2026-02-01")):
        database.execute_sql(f"INSERT INTO contact (uid, created_at, updated_at, version, display_name, deleted_at)"
                             f" VALUES (?, {stamp}, ?, ?)", (f"c{number}", f"Contact {number}", deleted))
    assert migrate(database) == [34, 35, 36]
    assert dict(database.execute_sql("SELECT kind, live FROM live_count").fetchall())["contact"] == 2
    database.execute_sql(f"INSERT INTO contact (uid, created_at, updated_at, version, display_name)"
                         f" VALUES ('c9', {stamp}, 'Late')")
    database.execute_sql("UPDATE contact SET deleted_at = NULL WHERE uid = 'c2'")
    database.execute_sql("DELETE FROM contact WHERE uid = 'c0'")
    assert dict(database.execute_sql("SELECT kind, live FROM live_count").fetchall())["contact"] == 3
