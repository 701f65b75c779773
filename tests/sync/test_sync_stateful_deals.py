"""The hypothesis state machine over deals, calls, tasks and meetings (issue 14, point 4): deals here through
the services (renamed, given a lead source, moved to another stage, deleted) and on the server as another
laptop would change their VTODO (SUMMARY, X-RAPPORT-LEAD-SOURCE, a move: X-RAPPORT-STAGE and one more
X-RAPPORT-MOVE); calls, tasks (a VTODO beside the deals in the same calendar) and meetings (VEVENT) made,
renamed and deleted on both sides; syncs in between, some broken off by a fault and run again.

After every sync both sides hold the same records with the same values, and nothing was lost:
each value last written on either side is in the record or (both sides changed the same field) in the
conflict list, and every move made on either side is in the deal's stage history on both.
"""

from __future__ import annotations

import itertools
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule, run_state_machine_as_test

from app import paths
from app.activities import ActivityData
from app.clock import FakeClock
from app.deal_entries import DealEntries
from app.deals import DealData
from app.formats import ical_deals
from app.formats.ical_deals import DealEntry, StageDef
from app.services import Services
from app.store import Store
from app.tasks import TaskData
from sync.calendars import CalendarRecords
from sync.dav import DavClient
from sync.errors import NetworkError
from sync.memory import MemoryServer
from sync.storage import CollectionStorage
from tests.sync.conftest import (
    PASSWORD,
    Book,
    Calendars,
    Laptop,
    Server,
    fresh_user,
    make_laptop,
    make_memory_laptop,
)
from tests.sync.proxy import FaultProxy

CALENDAR, JOURNAL = "/user/calendar/", "/user/journal/"  # on the in-memory server
CALENDAR_TYPE = "text/calendar; charset=utf-8"
FIELDS = {"deal": {"title": "SUMMARY", "lead_source": "X-RAPPORT-LEAD-SOURCE"}, "journal": {"subject": "SUMMARY"},
          "task": {"title": "SUMMARY"}, "meeting": {"subject": "SUMMARY"}}
KINDS = tuple(FIELDS)
ANCHORS = 2  # records of each kind never deleted: deleting "everything" would be a refused mass delete
STAGES = tuple(StageDef("p-office", n, f"s-{n}", name, 10 * (n + 1), "Office")
               for n, name in enumerate(("Lead", "Demo", "Offer", "Contract")))


@dataclass
class Expected:
    """What one deal or call should hold after the next sync."""

    kind: str  # deal | journal | task | meeting
    synced: dict[str, str] = field(default_factory=dict)  # field → value at the last sync
    local: dict[str, str] = field(default_factory=dict)
    remote: dict[str, str] = field(default_factory=dict)
    moves: set[tuple[str, str]] = field(default_factory=set)  # (from, to) of the moves at the last sync
    local_moves: set[tuple[str, str]] = field(default_factory=set)  # made here since
    remote_moves: set[tuple[str, str]] = field(default_factory=set)  # made on the server since
    local_deleted: bool = False
    remote_deleted: bool = False
    here: bool = False  # this side has it
    on_server: bool = False  # the server has it
    anchor: bool = False


def with_lines(text: str, name: str, value: str, *, also: tuple[str, ...] = ()) -> str:
    """A calendar object's text with property `name` set to `value`, and `also` lines added."""
    lines = [line for line in text.replace("\r\n ", "").split("\r\n") if line and not line.startswith(name + ":")]
    end = next(i for i, line in enumerate(lines) if line in ("END:VTODO", "END:VJOURNAL", "END:VEVENT"))
    lines[end:end] = [f"{name}:{value}", *also]
    return "\r\n".join(lines) + "\r\n"


@dataclass
class There:
    """The server as the machine's other laptop reaches it: a storage of its own, the calendar of deals and
    the journal calendar, their objects' texts, and the in-memory server itself where faults can be set."""

    storage: CollectionStorage
    calendar: str
    journal: str
    texts: Callable[[str], dict[str, str]]
    close: Callable[[], None]
    faults: MemoryServer | None = None
    events: str = ""  # the meetings' calendar ("": the deals' one takes them too)


class DealsAndCalls(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.values = (f"v{n}" for n in itertools.count(1))
        self.clock = itertools.count(1)
        self.laptop, self.there = self.world()
        self.storage = self.there.storage
        self.model: dict[str, Expected] = {}
        for i in range(ANCHORS):
            self._create_deal_here(f"Anchor deal {i}", anchor=True)
            self._create_call_here(f"Anchor call {i}", anchor=True)
            self._create_task_here(f"Anchor task {i}", anchor=True)
            self._create_meeting_here(f"Anchor meeting {i}", anchor=True)
        self.sync()

    def world(self) -> tuple[Laptop, There]:
        raise NotImplementedError

    def teardown(self) -> None:
        self.sync()
        self.laptop.store.close()
        self.there.close()

    # --- helpers -------------------------------------------------------------------------

    @property
    def services(self) -> Services:
        self.laptop.store.activate()
        return self.laptop.services

    def _create_deal_here(self, title: str, anchor: bool = False) -> None:
        uid = self.services.deals.create(DealData(title=title, stage_uid="s-0")).value.uid
        self.model[uid] = Expected("deal", synced={"title": title, "lead_source": "", "stage": "s-0"},
                                   moves={("", "s-0")}, here=True, anchor=anchor)

    def _create_call_here(self, subject: str, anchor: bool = False) -> None:
        uid = self.services.activities.log(ActivityData(kind="call", subject=subject,
                                                        occurred_at=datetime(2026, 3, 2, 9))).value.uid
        self.model[uid] = Expected("journal", synced={"subject": subject}, here=True, anchor=anchor)

    def _create_task_here(self, title: str, anchor: bool = False) -> None:
        uid = self.services.tasks.create(TaskData(title=title)).value.uid
        self.model[uid] = Expected("task", synced={"title": title}, here=True, anchor=anchor)

    def _create_meeting_here(self, subject: str, anchor: bool = False) -> None:
        uid = self.services.activities.log(ActivityData(kind="meeting", subject=subject,
                                                        occurred_at=datetime(2026, 3, 4, 10),
                                                        ends_at=datetime(2026, 3, 4, 11))).value.uid
        self.model[uid] = Expected("meeting", synced={"subject": subject}, here=True, anchor=anchor)

    def _server_objects(self) -> dict[str, tuple[str, str]]:
        """uid → (href, text) of every deal and call on the server."""
        found = {}
        records = CalendarRecords(self.laptop.services)
        there = self.there
        for calendar in dict.fromkeys((there.calendar, there.journal, there.events or there.calendar)):
            for href, text in self.there.texts(calendar).items():
                found[records.read(text, href).uid] = (href, text)
        return found

    def _pick(self, data: st.DataObject, candidates: list[str]) -> str:
        return data.draw(st.sampled_from(candidates))  # in the model's order: replays stay the same

    def _live(self, kind: str, *, here: bool) -> list[str]:
        return [u for u, e in self.model.items() if e.kind == kind
                and ((e.here and not e.local_deleted) if here else (e.on_server and not e.remote_deleted))]

    def _deletable(self, kind: str, *, here: bool) -> list[str]:
        return [u for u in self._live(kind, here=here) if not self.model[u].anchor]

    def _stage_here(self, uid: str) -> str:
        return self.services.deals.get(uid).data.stage_uid

    # --- this side, through the services ------------------------------------------------------

    @rule()
    def create_deal_here(self) -> None:
        self._create_deal_here(f"Deal {next(self.values)}")

    @rule()
    def create_call_here(self) -> None:
        self._create_call_here(f"Call {next(self.values)}")

    @rule()
    def create_meeting_here(self) -> None:
        self._create_meeting_here(f"Meeting {next(self.values)}")

    @precondition(lambda self: bool(self._live("meeting", here=True)))
    @rule(data=st.data())
    def edit_meeting_here(self, data: st.DataObject) -> None:
        uid = self._pick(data, self._live("meeting", here=True))
        value = next(self.values)
        self.services.activities.update(uid, subject=value)
        self.model[uid].local["subject"] = value

    @rule()
    def create_task_here(self) -> None:
        self._create_task_here(f"Task {next(self.values)}")

    @precondition(lambda self: bool(self._live("task", here=True)))
    @rule(data=st.data())
    def edit_task_here(self, data: st.DataObject) -> None:
        uid = self._pick(data, self._live("task", here=True))
        value = next(self.values)
        self.services.tasks.update(uid, title=value)
        self.model[uid].local["title"] = value

    @precondition(lambda self: bool(self._live("deal", here=True)))
    @rule(data=st.data(), name=st.sampled_from(sorted(FIELDS["deal"])))
    def edit_deal_here(self, data: st.DataObject, name: str) -> None:
        uid = self._pick(data, self._live("deal", here=True))
        value = next(self.values)
        self.services.deals.update(uid, **{name: value})
        self.model[uid].local[name] = value

    @precondition(lambda self: bool(self._live("deal", here=True)))
    @rule(data=st.data(), stage=st.sampled_from([s.uid for s in STAGES]))
    def move_deal_here(self, data: st.DataObject, stage: str) -> None:
        uid = self._pick(data, self._live("deal", here=True))
        current = self._stage_here(uid)
        if current == stage:
            return
        clock = self.services.clock
        assert isinstance(clock, FakeClock)
        clock.advance(timedelta(minutes=next(self.clock)))
        self.services.deals.move_to_stage(uid, stage)
        self.model[uid].local["stage"] = stage
        self.model[uid].local_moves.add((current, stage))

    @precondition(lambda self: bool(self._live("journal", here=True)))
    @rule(data=st.data())
    def edit_call_here(self, data: st.DataObject) -> None:
        uid = self._pick(data, self._live("journal", here=True))
        value = next(self.values)
        self.services.activities.update(uid, subject=value)
        self.model[uid].local["subject"] = value

    @precondition(lambda self: any(self._deletable(kind, here=True) for kind in KINDS))
    @rule(data=st.data())
    def delete_here(self, data: st.DataObject) -> None:
        uid = self._pick(data, [u for kind in KINDS for u in self._deletable(kind, here=True)])
        service = {"deal": self.services.deals, "journal": self.services.activities, "task": self.services.tasks,
                   "meeting": self.services.activities}[self.model[uid].kind]
        service.delete(uid)
        self.model[uid].local_deleted = True

    # --- the server, as another laptop ------------------------------------------------------------

    @rule()
    def create_deal_there(self) -> None:
        uid = f"remote-deal-{next(self.values)}"
        entry = DealEntry(uid=uid, title=f"Remote {uid}", stage="s-0", stages=STAGES,
                          history=((datetime(2026, 3, 1, 9), "", "s-0"),), stage_entered_at=datetime(2026, 3, 1, 9))
        self.storage.put(f"{self.there.calendar}{uid}.ics", ical_deals.write(entry, datetime(2026, 3, 1, 9)),
                         etag=None, content_type=CALENDAR_TYPE)
        self.model[uid] = Expected("deal", remote={"title": f"Remote {uid}", "lead_source": "", "stage": "s-0"},
                                   remote_moves={("", "s-0")}, on_server=True)

    @rule()
    def create_call_there(self) -> None:
        uid = f"remote-call-{next(self.values)}"
        text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//another laptop//", "BEGIN:VJOURNAL",
                            f"UID:{uid}", "DTSTAMP:20260301T090000Z", "DTSTART:20260301T090000Z",
                            f"SUMMARY:Remote {uid}", "X-RAPPORT-KIND:call", "END:VJOURNAL", "END:VCALENDAR", ""])
        self.storage.put(f"{self.there.journal}{uid}.ics", text, etag=None, content_type=CALENDAR_TYPE)
        self.model[uid] = Expected("journal", remote={"subject": f"Remote {uid}"}, on_server=True)

    @rule()
    def create_task_there(self) -> None:
        uid = f"remote-task-{next(self.values)}"
        text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//another laptop//", "BEGIN:VTODO",
                            f"UID:{uid}", "DTSTAMP:20260301T090000Z", f"SUMMARY:Remote {uid}", "STATUS:NEEDS-ACTION",
                            "END:VTODO", "END:VCALENDAR", ""])
        self.storage.put(f"{self.there.calendar}{uid}.ics", text, etag=None, content_type=CALENDAR_TYPE)
        self.model[uid] = Expected("task", remote={"title": f"Remote {uid}"}, on_server=True)

    @rule()
    def create_meeting_there(self) -> None:
        uid = f"remote-meeting-{next(self.values)}"
        text = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//another laptop//", "BEGIN:VEVENT",
                            f"UID:{uid}", "DTSTAMP:20260301T090000Z", "DTSTART:20260305T090000Z",
                            "DTEND:20260305T100000Z", f"SUMMARY:Remote {uid}", "END:VEVENT", "END:VCALENDAR", ""])
        self.storage.put(f"{self.there.events or self.there.calendar}{uid}.ics", text, etag=None,
                         content_type=CALENDAR_TYPE)
        self.model[uid] = Expected("meeting", remote={"subject": f"Remote {uid}"}, on_server=True)

    @precondition(lambda self: bool(self._live("meeting", here=False)))
    @rule(data=st.data())
    def edit_meeting_there(self, data: st.DataObject) -> None:
        uid = self._pick(data, self._live("meeting", here=False))
        value = next(self.values)
        self._edit_there(uid, "SUMMARY", value)
        self.model[uid].remote["subject"] = value

    @precondition(lambda self: bool(self._live("task", here=False)))
    @rule(data=st.data())
    def edit_task_there(self, data: st.DataObject) -> None:
        uid = self._pick(data, self._live("task", here=False))
        value = next(self.values)
        self._edit_there(uid, "SUMMARY", value)
        self.model[uid].remote["title"] = value

    def _edit_there(self, uid: str, name: str, value: str, also: tuple[str, ...] = ()) -> None:
        href, _ = self._server_objects()[uid]
        current = self.storage.get(href)
        assert current is not None
        self.storage.put(href, with_lines(current.text, name, value, also=also), etag=current.etag,
                         content_type=CALENDAR_TYPE)

    @precondition(lambda self: bool(self._live("deal", here=False)))
    @rule(data=st.data(), name=st.sampled_from(sorted(FIELDS["deal"])))
    def edit_deal_there(self, data: st.DataObject, name: str) -> None:
        uid = self._pick(data, self._live("deal", here=False))
        value = next(self.values)
        self._edit_there(uid, FIELDS["deal"][name], value)
        self.model[uid].remote[name] = value

    @precondition(lambda self: bool(self._live("deal", here=False)))
    @rule(data=st.data(), stage=st.sampled_from([s.uid for s in STAGES]))
    def move_deal_there(self, data: st.DataObject, stage: str) -> None:
        uid = self._pick(data, self._live("deal", here=False))
        _, text = self._server_objects()[uid]
        current = ical_deals.read(text).stage
        if current == stage:
            return
        when = datetime(2026, 4, 1) + timedelta(minutes=next(self.clock))
        self._edit_there(uid, "X-RAPPORT-STAGE", stage,
                         also=(f"X-RAPPORT-MOVE;X-FROM={current};X-TO={stage}:{when:%Y%m%dT%H%M%S}Z",))
        self.model[uid].remote["stage"] = stage
        self.model[uid].remote_moves.add((current, stage))

    @precondition(lambda self: bool(self._live("journal", here=False)))
    @rule(data=st.data())
    def edit_call_there(self, data: st.DataObject) -> None:
        uid = self._pick(data, self._live("journal", here=False))
        value = next(self.values)
        self._edit_there(uid, "SUMMARY", value)
        self.model[uid].remote["subject"] = value

    @precondition(lambda self: any(self._deletable(kind, here=False) for kind in KINDS))
    @rule(data=st.data())
    def delete_there(self, data: st.DataObject) -> None:
        uid = self._pick(data, [u for kind in KINDS for u in self._deletable(kind, here=False)])
        href, _ = self._server_objects()[uid]
        assert self.storage.delete(href, None)
        self.model[uid].remote_deleted = True

    # --- sync and the checks ---------------------------------------------------------------------

    @precondition(lambda self: self.there.faults is not None)
    @rule(operation=st.sampled_from(["marks", "sync_collection", "multiget", "get", "put", "delete"]),
          error=st.sampled_from([500, 503, NetworkError("the connection failed (test)")]), after=st.booleans(),
          skip=st.integers(0, 3))
    def sync_broken_off_then_again(self, operation: str, error: int | NetworkError, after: bool, skip: int) -> None:
        server = self.there.faults
        assert server is not None
        server.fail(operation, error, after=after and operation in ("put", "delete"), skip=skip)
        self.laptop.run()  # may fail, or end before the fault comes up
        server.clear_faults()
        self.sync()

    @rule()
    def sync(self) -> None:
        report = self.laptop.run()
        assert report.ok, report.as_dict()
        self._settle()

    def _settle(self) -> None:
        server = self._server_objects()
        conflicts = self.laptop.sync.conflicts()
        services = self.services
        for uid, expected in list(self.model.items()):
            edited_here, edited_there = bool(expected.local), bool(expected.remote)
            fresh_there = not expected.here  # made on the server since the last sync
            gone = ((expected.local_deleted and expected.remote_deleted)
                    or (expected.local_deleted and not edited_there)
                    or (expected.remote_deleted and not edited_here))
            if gone:
                assert uid not in server, f"{uid} should be gone from the server"
                assert not self._live_record(uid), f"{uid} should be gone here"
                del self.model[uid]
                continue
            names = [*FIELDS[expected.kind], *(("stage",) if expected.kind == "deal" else ())]
            values: dict[str, str] = dict(expected.synced)
            moves = set(expected.moves)
            if fresh_there or expected.local_deleted:  # the server's version (a deleted record comes back so)
                values.update(expected.remote)
                moves |= expected.remote_moves
            elif expected.remote_deleted:  # deleted there, changed here: this side's version goes up again
                values.update(expected.local)
                moves |= expected.local_moves
            else:
                moves |= expected.local_moves | expected.remote_moves
                for name in names:
                    # A stage moved away and back again is no change for the three-way merge: the base says so.
                    mine, theirs = expected.local.get(name), expected.remote.get(name)
                    mine = None if mine == expected.synced.get(name) else mine
                    theirs = None if theirs == expected.synced.get(name) else theirs
                    if mine is not None and theirs is not None and mine != theirs:
                        values[name] = theirs  # the server's value; ours waits in the conflict list
                        assert any(c.record_uid == uid and name in c.fields for c in conflicts), \
                            f"{uid}: the local {name} {mine} was lost"
                    elif mine is not None or theirs is not None:
                        values[name] = theirs if theirs is not None else mine  # type: ignore[assignment]
            assert uid in server, f"{uid} is missing on the server"
            there = CalendarRecords(services).read(server[uid][1]).fields
            if expected.kind == "deal":
                deal = services.deals.get(uid)
                here = {"title": deal.data.title, "lead_source": deal.data.lead_source, "stage": deal.data.stage_uid}
                moves_here = {(source or "", target) for _, source, target in
                              self._history(uid)}
                moves_there = {(source, target) for _, source, target in there["history"]}
                assert moves_here == moves_there == moves, (uid, moves_here, moves_there, moves)
                there_values = {"title": there["title"], "lead_source": there["lead_source"], "stage": there["stage"]}
            elif expected.kind == "task":
                here = {"title": services.tasks.get(uid).data.title}
                there_values = {"title": there["title"]}
            else:  # a call or a meeting
                here = {"subject": services.activities.get(uid).data.subject}
                there_values = {"subject": there["subject"]}
            for name in names:
                assert here[name] == values[name], (uid, name, "here", here[name], values[name])
                assert there_values[name] == values[name], (uid, name, "server")
            self.model[uid] = Expected(expected.kind, synced=values, moves=moves, here=True, on_server=True,
                                       anchor=expected.anchor)
        assert sorted(server) == sorted(self.model)
        live = {d.uid for d in services.deals.list(status=None, limit=10_000)}
        live |= {str(r[0]) for r in services.store.database.execute_sql(
            "SELECT uid FROM activity WHERE deleted_at IS NULL AND kind IN ('call', 'meeting')")}
        live |= {str(r[0]) for r in services.store.database.execute_sql(
            "SELECT uid FROM task WHERE deleted_at IS NULL")}
        assert sorted(live) == sorted(self.model)

    def _live_record(self, uid: str) -> bool:
        """Whether a deal, a call or a task with this uid is here, out of the Trash."""
        return self.services.store.database.execute_sql(
            "SELECT 1 FROM deal WHERE uid = ? AND deleted_at IS NULL UNION ALL"
            " SELECT 1 FROM activity WHERE uid = ? AND deleted_at IS NULL UNION ALL"
            " SELECT 1 FROM task WHERE uid = ? AND deleted_at IS NULL", (uid, uid, uid)).fetchone() is not None

    def _history(self, uid: str) -> list[tuple[str, str, str]]:
        return [(str(at), str(a or ""), str(b)) for at, a, b in self.services.store.database.execute_sql(
            "SELECT h.changed_at, f.uid, t.uid FROM deal_stage_change h JOIN deal d ON d.id = h.deal_id"
            " LEFT JOIN stage f ON f.id = h.from_stage_id JOIN stage t ON t.id = h.to_stage_id WHERE d.uid = ?",
            (uid,))]


def _office_pipeline(services: Services) -> None:
    """The office's pipeline, as the deals on the server define it (the same stage uids)."""
    with services.writer.write("Test pipeline"):
        DealEntries(services.writer, services.clock, services.deals)._make_stages(STAGES)


@pytest.mark.parametrize("content_tokens", [False, True], ids=["revision-tokens", "content-tokens"])
def test_random_deal_call_and_task_edits_and_faults_converge_and_lose_nothing(tmp_path: Path, template_database: Path,
                                                                      content_tokens: bool) -> None:
    """On the in-memory server, with faults; its sync-tokens counting revisions, or naming content as
    Xandikos's do (where an upload deleted again by the other laptop leaves no trace in a listing)."""

    class OnMemory(DealsAndCalls):
        def world(self) -> tuple[Laptop, There]:
            server = MemoryServer(password=PASSWORD, content_tokens=content_tokens)
            folder = tmp_path / uuid.uuid4().hex[:8]
            folder.mkdir()
            shutil.copyfile(template_database, paths.database_path(folder))
            services = Services.build(Store.open(folder), FakeClock(datetime(2026, 3, 2, 9, 0, 0)),
                                      phone_region="US")
            _office_pipeline(services)
            storage = server.storage()
            return make_memory_laptop(services, server), There(storage, CALENDAR, JOURNAL, server.texts,
                                                               storage.close, server)

    OnMemory.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None,
                                          suppress_health_check=list(HealthCheck))
    run_state_machine_as_test(OnMemory, settings=OnMemory.TestCase.settings)


@pytest.mark.slow
@pytest.mark.parametrize("server", ["radicale", "xandikos"], indirect=True)
def test_random_deal_call_and_task_edits_on_a_real_server_converge_and_lose_nothing(tmp_path: Path, server: Server,
                                                                              proxy: FaultProxy) -> None:
    """The same machine on Radicale and Xandikos (their own ETags, sync tokens and rewriting of what is put),
    the other laptop a plain DAV client; fresh collections for each example."""
    user = fresh_user() if server.has_auth else "user"

    class OnServer(DealsAndCalls):
        def world(self) -> tuple[Laptop, There]:
            direct = DavClient(f"http://127.0.0.1:{server.port}/", user, PASSWORD, timeout=10)
            home = f"/{user}/" if server.has_auth else direct.addressbook_home(direct.principal())
            tag = uuid.uuid4().hex[:8]
            book = Book(server, user, f"{home.rstrip('/')}/book-{tag}/", direct)
            direct.make_addressbook(book.href, "Test book")
            calendar_home = (f"/{user}/" if server.has_auth
                             else direct.calendar_home(direct.principal()) or "/user/calendars/")
            calendars = Calendars(server, user, f"{calendar_home.rstrip('/')}/events-{tag}/",
                                  f"{calendar_home.rstrip('/')}/tasks-{tag}/", direct,
                                  f"{calendar_home.rstrip('/')}/journal-{tag}/")
            for href, name, component in ((calendars.events, "Events", "VEVENT"), (calendars.tasks, "Tasks", "VTODO"),
                                          (calendars.journal, "Journal", "VJOURNAL")):
                direct.make_calendar(href, name, (component,))
            laptop = make_laptop(tmp_path / tag, proxy, book, calendars=calendars)
            laptop.store.activate()
            _office_pipeline(laptop.services)
            return laptop, There(direct, calendars.tasks, calendars.journal, calendars.objects, direct.close,
                                 events=calendars.events)

    OnServer.TestCase.settings = settings(max_examples=6, stateful_step_count=15, deadline=None,
                                          suppress_health_check=list(HealthCheck))
    run_state_machine_as_test(OnServer, settings=OnServer.TestCase.settings)
