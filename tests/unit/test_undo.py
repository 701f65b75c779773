"""The one undo log (app/undo.py): every user action through the services is undone exactly and redone
exactly, an import is one step, a change sync made is never undone and never blocks the stack; and a
hypothesis state machine of random actions, undos and redos against a model of what the store holds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.accounts import AccountData
from app.activities import ActivityData
from app.clock import FakeClock
from app.contacts import AccountLink, ContactData, Email, Phone
from app.deals import DealData
from app.duplicates import DuplicateService
from app.importing import ImportService
from app.links import Link
from app.services import Services
from app.store import Store
from app.tasks import TaskData
from app.undo import UndoConflictError
from app.unit_of_work import Origin

# Everything a user can see or sync, as stored: every table but the log itself, sync's bookkeeping and
# the FTS5 shadow tables; the search index as the user meets it. A record's version and updated_at are
# left out: an undo is a new change for sync, so they move on — as the count of local writes does.
_SKIPPED = ("undo_", "sync_", "search_index", "sqlite_", "set_aside", "local_change")
_META = ("version", "updated_at")


def dump(services: Services) -> dict[str, Any]:
    db = services.store.database
    state: dict[str, Any] = {}
    for (table,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        if table.startswith(_SKIPPED):
            continue
        columns = [c[1] for c in db.execute_sql(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c not in _META]
        state[table] = db.execute_sql(f"SELECT {', '.join(chr(34) + c + chr(34) for c in keep)} FROM {table}"
                                      " ORDER BY 1").fetchall()  # id, or live_count's kind
    state["search_index"] = db.execute_sql(
        "SELECT rowid, kind, uid, display, name, detail, body FROM search_index ORDER BY rowid").fetchall()
    return state


@pytest.fixture
def world(services: Services) -> dict[str, str]:
    """A small CRM made as the user would not undo it (already there when the test starts)."""
    s = services
    with s.writer.step("Test data", Origin.SYSTEM):
        account = s.accounts.create(AccountData(name="Acme Foods", industry="Food")).value.uid
        ada = s.contacts.create(ContactData(given="Ada", family="Lovelace", emails=(Email("ada@acme.example"),),
                                            phones=(Phone("+1 202 555 0143"),),
                                            accounts=(AccountLink(account, "CTO"),))).value.uid
        twin = s.contacts.create(ContactData(given="Ada", family="Lovelace", emails=(Email("ada@home.example"),),
                                             accounts=(AccountLink(account),))).value.uid
        stages = s.pipelines.default().stages
        deal = s.deals.create(DealData(title="Annual licence", stage_uid=stages[0].uid, account_uid=account,
                                       contact_uids=(ada,), amount=Decimal("1200"), currency="EUR")).value.uid
        call = s.activities.log(ActivityData(kind="call", subject="Intro call", links=(Link("contact", ada),
                                                                                    Link("deal", deal)))).value.uid
        task = s.tasks.create(TaskData(title="Send the quote", due_date=date(2026, 3, 9),
                                       links=(Link("deal", deal),))).value.uid
        s.tags.add("contact", twin, "Newsletter")
        s.custom_fields.define("contact", "shoe", "Shoe size", "number")
    return {"account": account, "ada": ada, "twin": twin, "deal": deal, "call": call, "task": task,
            "stage2": stages[1].uid, "stage3": stages[2].uid}


ACTIONS: dict[str, Callable[[Services, dict[str, str]], object]] = {
    "edit contact": lambda s, w: s.contacts.update(w["ada"], family="Byron", emails=(Email("ada@byron.example"),)),
    "new contact": lambda s, w: s.contacts.create(ContactData(given="Grace", family="Hopper")),
    "delete contact": lambda s, w: s.contacts.delete(w["ada"]),
    "new account": lambda s, w: s.accounts.create(AccountData(name="Globex", website="https://globex.example")),
    "rename account": lambda s, w: s.accounts.update(w["account"], name="Acme Foods Inc."),
    "link contact": lambda s, w: s.accounts.link_contact(w["account"], w["twin"], "Buyer"),
    "unlink contact": lambda s, w: s.accounts.unlink_contact(w["account"], w["ada"]),
    "move deal": lambda s, w: s.deals.move_to_stage(w["deal"], w["stage2"]),
    "move deal twice": lambda s, w: (s.deals.move_to_stage(w["deal"], w["stage2"]),
                                     s.deals.move_to_stage(w["deal"], w["stage3"])),
    "won": lambda s, w: s.deals.mark_won(w["deal"]),
    "lost": lambda s, w: s.deals.mark_lost(w["deal"], "Too expensive"),
    "edit deal": lambda s, w: s.deals.update(w["deal"], title="Three-year licence", amount=Decimal("3000")),
    "new deal": lambda s, w: s.deals.create(DealData(title="Pilot", stage_uid=w["stage2"], contact_uids=(w["twin"],))),
    "delete deal": lambda s, w: s.deals.delete(w["deal"]),
    "log call": lambda s, w: s.activities.log(ActivityData(kind="call", subject="Follow-up",
                                                            links=(Link("contact", w["twin"]),))),
    "edit activity": lambda s, w: s.activities.update(w["call"], subject="Intro call (long)"),
    "delete activity": lambda s, w: s.activities.delete(w["call"]),
    "new task": lambda s, w: s.tasks.create(TaskData(title="Call back", links=(Link("contact", w["ada"]),))),
    "complete task": lambda s, w: s.tasks.complete(w["task"]),
    "snooze task": lambda s, w: s.tasks.update(w["task"], due_date=date(2026, 3, 16)),
    "add tag": lambda s, w: s.tags.add("contact", w["ada"], "VIP"),
    "remove tag": lambda s, w: s.tags.remove("contact", w["twin"], "Newsletter"),
    "rename tag": lambda s, w: s.tags.rename("Newsletter", "Mailing list"),
    "delete tag": lambda s, w: s.tags.delete("Newsletter"),
    "custom value": lambda s, w: s.custom_fields.set("contact", w["ada"], "shoe", "38"),
    "new stage": lambda s, w: s.pipelines.add_stage(s.pipelines.default().uid, "Legal review", 85, 2),
    "move stage": lambda s, w: s.pipelines.move_stage(w["stage3"], 0),
    "merge": lambda s, w: DuplicateService(s).merge(w["ada"], w["twin"]),
    "set me": lambda s, w: s.office.set_me("Ann Lee"),
    "set me again": lambda s, w: (s.office.set_me("Ann Lee"), s.office.set_me("Boris")),
    "task owner": lambda s, w: s.tasks.update(w["task"], owner="Ann Lee"),
}


@pytest.mark.parametrize("name", list(ACTIONS))
def test_every_action_is_undone_and_redone_exactly(services: Services, world: dict[str, str], clock: FakeClock,
                                                    name: str) -> None:
    before = dump(services)
    versions = dict(services.store.database.execute_sql("SELECT uid, version FROM contact").fetchall())
    clock.advance(timedelta(minutes=1))
    ACTIONS[name](services, world)
    after = dump(services)
    assert after != before, "the action changed nothing: the test would prove nothing"
    clock.advance(timedelta(minutes=1))

    steps = 0
    while services.undo.next_undo() is not None:
        assert services.undo.undo().value is not None
        steps += 1
    assert steps >= 1
    assert dump(services) == before
    for uid, version in services.store.database.execute_sql("SELECT uid, version FROM contact").fetchall():
        assert version >= versions.get(uid, 0)  # versions never go back: sync sends an undo as a change

    for _ in range(steps):
        assert services.undo.redo().value is not None
    assert services.undo.redo().value is None
    assert dump(services) == after


def test_deleting_for_good_is_final_and_blocks_what_it_would_break(services: Services,
                                                                   world: dict[str, str]) -> None:
    """The user confirmed "Delete for good": no Undo brings it back, and the delete before it says why it
    cannot be undone (and the stack goes on past it)."""
    services.contacts.update(world["ada"], job_title="CTO")
    services.contacts.delete(world["twin"])
    services.contacts.purge(world["twin"])
    assert [s.state for s in services.undo.history(3)] == ["final", "done", "done"]
    with pytest.raises(UndoConflictError, match="there is no contact “Ada Lovelace” any more"):
        services.undo.undo()
    assert services.undo.undo().value.label == "Edit contact"  # type: ignore[union-attr]
    assert services.contacts.get(world["ada"]).data.job_title == ""


def test_labels_name_the_action(services: Services, world: dict[str, str]) -> None:
    services.deals.move_to_stage(world["deal"], world["stage2"])
    DuplicateService(services).merge(world["ada"], world["twin"])
    assert [s.label for s in services.undo.history(2)] == ["Merged “Ada Lovelace” into “Ada Lovelace”",
                                                           "Edit deal"]
    with services.writer.write("Move “Annual licence” to Proposal") as op:
        services.deals.move_to_stage(world["deal"], world["stage3"])
    assert op.label == services.undo.next_undo().label == "Move “Annual licence” to Proposal"  # type: ignore[union-attr]


def test_a_new_step_after_an_undo_drops_the_redo(services: Services, world: dict[str, str]) -> None:
    services.contacts.update(world["ada"], job_title="CTO")
    services.undo.undo()
    assert services.undo.next_redo() is not None
    services.contacts.update(world["ada"], job_title="CEO")
    assert services.undo.next_redo() is None
    assert services.contacts.get(world["ada"]).data.job_title == "CEO"


def test_a_change_sync_made_is_not_undone_and_does_not_block_the_stack(services: Services,
                                                                         world: dict[str, str]) -> None:
    services.contacts.update(world["twin"], job_title="Analyst")  # step 1
    services.contacts.update(world["ada"], job_title="Engineer")  # step 2
    with services.writer.write("Apply a card from the server", Origin.SYNC):  # sync changes Ada after step 2
        services.contacts.update(world["ada"], notes="Met at the fair")
    assert services.undo.next_undo().label == "Edit contact"  # type: ignore[union-attr]  # sync's is not undoable

    with pytest.raises(UndoConflictError, match="the contact “Ada Lovelace” was edited after it"):
        services.undo.undo()
    ada = services.contacts.get(world["ada"]).data
    assert (ada.job_title, ada.notes) == ("Engineer", "Met at the fair")  # nothing lost
    assert [s.state for s in services.undo.history(3)] == ["done", "blocked", "done"]

    assert services.undo.undo().value.label == "Edit contact"  # type: ignore[union-attr]  # the stack goes on
    assert services.contacts.get(world["twin"]).data.job_title == ""


def test_an_import_is_one_step(tmp_path: Path, services: Services, world: dict[str, str]) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:import-{i}\r\nFN:Person {i}\r\nN:{i};Person;;;\r\nORG:Org {i % 3}\r\n"
        f"EMAIL:p{i}@example.org\r\nCATEGORIES:Imported\r\nEND:VCARD\r\n" for i in range(40)), encoding="utf-8")
    before = dump(services)
    report = ImportService(services, batch_size=7).import_files([cards])  # six transactions
    assert report.imported == 40
    step = services.undo.next_undo()
    assert step is not None and step.label == "Import cards.vcf" and step.origin == "import"
    after = dump(services)
    services.undo.undo()
    assert dump(services) == before
    assert services.search.search("Person") == []
    services.undo.redo()
    assert dump(services) == after


def test_an_import_that_changes_what_its_earlier_batch_created_is_undone_whole(
        tmp_path: Path, services: Services, world: dict[str, str]) -> None:
    # The step knows the records its batches created as runs of ids (app/id_runs.py): a card again in a
    # later batch changes a contact the step created, which then needs no image of its own.
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:import-{i}\r\nFN:Person {i}\r\nN:{i};Person;;;\r\n"
            "TITLE:{title}\r\nORG:Org {org}\r\nEND:VCARD\r\n")
    cards = tmp_path / "cards.vcf"
    cards.write_text("".join(card.format(i=i, title="Buyer", org=i % 3) for i in range(30))
                     + card.format(i=3, title="Head of buying", org=7) + card.format(i=29, title="Owner", org=1),
                     encoding="utf-8")
    before = dump(services)
    assert ImportService(services, batch_size=7).import_files([cards]).imported == 30
    after = dump(services)
    assert services.contacts.get("import-3").data.job_title == "Head of buying"
    services.undo.undo()
    assert dump(services) == before
    services.undo.redo()
    assert dump(services) == after


def test_undo_writes_go_through_the_door_and_say_what_changed(services: Services, world: dict[str, str]) -> None:
    services.deals.mark_won(world["deal"])
    result = services.undo.undo()
    assert result.changes.deals
    assert services.deals.get(world["deal"]).data.title == "Annual licence"
    assert services.deals.get(world["deal"]).meta.deleted_at is None


# --- the state machine ------------------------------------------------------------------------------


class UndoMachine(RuleBasedStateMachine):
    """Random user actions, undos and redos. The model is the list of states the store went through
    (each a dump()) and where in it the store is now; undo walks back, redo forward, a new action drops
    what lies ahead."""

    def __init__(self) -> None:
        super().__init__()
        import tempfile

        self._folder = tempfile.TemporaryDirectory()
        self.store = Store.open(Path(self._folder.name))
        self.clock = FakeClock(datetime(2026, 3, 2, 9))
        self.s = Services.build(self.store, self.clock, "US")
        with self.s.writer.step("Test data", Origin.SYSTEM):
            self.s.pipelines.default()  # made on first use: there before the user's first step
        self.contacts: list[str] = []
        self.deals: list[str] = []
        self.states = [dump(self.s)]
        self.at = 0

    def teardown(self) -> None:
        self.store.close()
        self._folder.cleanup()

    def _did(self) -> None:
        self.clock.advance(timedelta(seconds=30))
        now = dump(self.s)
        if now != self.states[self.at]:
            self.states = [*self.states[: self.at + 1], now]
            self.at += 1

    def _live(self, uids: list[str], kind: str) -> list[str]:
        table = {"contact": "contact", "deal": "deal"}[kind]
        rows = self.store.database.execute_sql(f"SELECT uid FROM {table} WHERE deleted_at IS NULL").fetchall()
        alive = {r[0] for r in rows}
        return [u for u in uids if u in alive]

    @rule(given=st.sampled_from(["Ada", "Grace", "Мария", "李"]), email=st.booleans())
    def new_contact(self, given: str, email: bool) -> None:
        emails = (Email(f"{len(self.contacts)}@example.org"),) if email else ()
        self.contacts.append(self.s.contacts.create(ContactData(given=given, family="Test", emails=emails)).value.uid)
        self._did()

    @precondition(lambda self: self.contacts)
    @rule(pick=st.integers(0, 50), title=st.sampled_from(["CTO", "Buyer", ""]))
    def edit_contact(self, pick: int, title: str) -> None:
        live = self._live(self.contacts, "contact")
        if live:
            self.s.contacts.update(live[pick % len(live)], job_title=title)
        self._did()

    @precondition(lambda self: self.contacts)
    @rule(pick=st.integers(0, 50))
    def delete_contact(self, pick: int) -> None:
        live = self._live(self.contacts, "contact")
        if live:
            self.s.contacts.delete(live[pick % len(live)])
        self._did()

    @precondition(lambda self: self.contacts)
    @rule(pick=st.integers(0, 50), tag=st.sampled_from(["VIP", "Lead"]))
    def tag(self, pick: int, tag: str) -> None:
        live = self._live(self.contacts, "contact")
        if live:
            self.s.tags.add("contact", live[pick % len(live)], tag)
        self._did()

    @precondition(lambda self: self.contacts)
    @rule(pick=st.integers(0, 50), stage=st.integers(0, 5))
    def new_deal(self, pick: int, stage: int) -> None:
        live = self._live(self.contacts, "contact")
        stages = self.s.pipelines.default().stages
        people = (live[pick % len(live)],) if live else ()
        self.deals.append(self.s.deals.create(DealData(title=f"Deal {len(self.deals)}",
                                                       stage_uid=stages[stage % len(stages)].uid,
                                                       contact_uids=people)).value.uid)
        self._did()

    @precondition(lambda self: self.deals)
    @rule(pick=st.integers(0, 50), stage=st.integers(0, 5))
    def move_deal(self, pick: int, stage: int) -> None:
        live = self._live(self.deals, "deal")
        if live:
            stages = self.s.pipelines.default().stages
            self.s.deals.move_to_stage(live[pick % len(live)], stages[stage % len(stages)].uid)
        self._did()

    @precondition(lambda self: self.deals)
    @rule(pick=st.integers(0, 50))
    def log_call(self, pick: int) -> None:
        live = self._live(self.deals, "deal")
        if live:
            deal = live[pick % len(live)]
            self.s.activities.log(ActivityData(kind="call", subject="Call", links=(Link("deal", deal),)))
        self._did()

    @rule()
    def undo(self) -> None:
        step = self.s.undo.undo().value
        if self.at == 0:
            assert step is None
            return
        assert step is not None
        self.at -= 1

    @rule()
    def redo(self) -> None:
        step = self.s.undo.redo().value
        if self.at == len(self.states) - 1:
            assert step is None
            return
        assert step is not None
        self.at += 1

    @invariant()
    def store_is_what_the_model_says(self) -> None:
        assert dump(self.s) == self.states[self.at]


TestUndoMachine = UndoMachine.TestCase
TestUndoMachine.settings = settings(max_examples=25, stateful_step_count=25, deadline=None,
                                    suppress_health_check=[HealthCheck.too_slow])


def test_a_large_import_is_one_step_too(tmp_path: Path, services: Services, world: dict[str, str]) -> None:
    """Batches of more than a few dozen new records are noted by version, not by content: undo and redo
    still take the whole import, and a record edited after it still refuses the undo."""
    cards = tmp_path / "many.vcf"
    cards.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:many-{i}\r\nFN:Many {i}\r\nN:{i};Many;;;\r\nEND:VCARD\r\n"
        for i in range(240)), encoding="utf-8")
    before = dump(services)
    assert ImportService(services, batch_size=100).import_files([cards]).imported == 240
    after = dump(services)
    services.undo.undo()
    assert dump(services) == before
    services.undo.redo()
    assert dump(services) == after
    services.contacts.update("many-7", job_title="Edited after the import")
    services.undo.undo()  # the edit
    services.contacts.update("many-8", notes="Edited again")
    with services.writer.write("Apply a card from the server", Origin.SYNC):
        services.contacts.update("many-9", notes="From the server")
    services.undo.undo()  # the second edit
    # Many 7 and Many 8 were edited and the edits undone: they hold what the import left. Many 9 does not.
    with pytest.raises(UndoConflictError, match="cannot undo the import: the contact “Many 9” was edited after it"):
        services.undo.undo()
