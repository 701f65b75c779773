"""Two-way CalDAV sync against real Radicale and Xandikos: meetings ↔ VEVENT, tasks ↔ VTODO (with
VALARM), a recurring meeting with a moved instance, a deal's next step, merges, conflicts, races."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from app.activities import ActivityData, Alarm
from app.board import BoardQuery
from app.deals import DealData
from app.links import Link
from app.tasks import TaskData
from tests.sync.conftest import BOTH_SERVERS, Book, Calendars, Laptop, make_laptop
from tests.sync.proxy import FaultProxy

INSTANCE = ";RECURRENCE-ID=2026-03-17T09:00:00"  # how Rapport keys the moved instance below


@pytest.fixture
def laptop(tmp_path: Path, proxy: FaultProxy, book: Book, calendars: Calendars) -> Iterator[Laptop]:
    made = make_laptop(tmp_path / "laptop1", proxy, book, calendars=calendars)
    yield made
    made.store.close()


def ics(*components: str) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//A Phone//EN"]
    for component in components:
        lines.extend(component.strip().splitlines())
    return "\r\n".join([*lines, "END:VCALENDAR"]) + "\r\n"


def vevent(uid: str, summary: str, start: str = "20260305T100000Z", end: str = "20260305T110000Z",
           *extra: str) -> str:
    return "\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260301T080000Z", f"DTSTART:{start}", f"DTEND:{end}",
                      f"SUMMARY:{summary}", *extra, "END:VEVENT"])


def vtodo(uid: str, summary: str, *extra: str) -> str:
    return "\n".join(["BEGIN:VTODO", f"UID:{uid}", "DTSTAMP:20260301T080000Z", f"SUMMARY:{summary}", *extra,
                      "END:VTODO"])


def _meeting(laptop: Laptop, subject: str, **more: object) -> str:
    laptop.store.activate()
    data = ActivityData(kind="meeting", occurred_at=datetime(2026, 3, 4, 9), ends_at=datetime(2026, 3, 4, 10),
                        subject=subject, **more)  # type: ignore[arg-type]
    return laptop.services.activities.log(data).value.uid


def _task(laptop: Laptop, title: str, **more: object) -> str:
    laptop.store.activate()
    return laptop.services.tasks.create(TaskData(title=title, **more)).value.uid  # type: ignore[arg-type]


def _text_of(calendars: Calendars, calendar: str, uid: str) -> str:
    return next(t for t in calendars.objects(calendar).values() if f"UID:{uid}\n" in t)


@BOTH_SERVERS
def test_first_sync_with_meetings_and_tasks_on_both_sides(laptop: Laptop, calendars: Calendars) -> None:
    here = _meeting(laptop, "Kick-off", location="Room 4")
    todo = _task(laptop, "Send the offer", due_date=date(2026, 3, 6), priority=1)
    both = _meeting(laptop, "Review", text="agenda here")
    laptop.services.activities.log(ActivityData(kind="call", subject="A call stays here"))
    calendars.put(calendars.events, "phone.ics", ics(vevent("phone-1", "Dentist", "20260310T080000Z",
                                                            "20260310T090000Z", "X-APPLE-TRAVEL-ADVISORY:1")))
    calendars.put(calendars.events, "review.ics", ics(vevent(both, "Review", "20260304T090000Z", "20260304T100000Z",
                                                             "LOCATION:Room 9")))
    calendars.put(calendars.tasks, "milk.ics", ics(vtodo("todo-1", "Buy milk", "DUE;VALUE=DATE:20260307",
                                                         "X-TASKS-ORG-FLAG:3")))

    report = laptop.run()

    assert report.ok, report.as_dict()
    activities, tasks = laptop.services.activities, laptop.services.tasks
    assert activities.get("phone-1").data.subject == "Dentist"
    assert activities.get("phone-1").data.occurred_at == datetime(2026, 3, 10, 8)
    review = activities.get(both).data
    assert (review.text, review.location) == ("agenda here", "Room 9")  # merged: one field from each side
    milk = tasks.get("todo-1").data
    assert milk.due_date == date(2026, 3, 7) and any(p.name == "X-TASKS-ORG-FLAG" for p in milk.ical_extra)
    assert calendars.uids(calendars.events) == sorted([here, both, "phone-1"])  # no call, no task in there
    assert calendars.uids(calendars.tasks) == sorted([todo, "todo-1"])
    assert "LOCATION:Room 4" in _text_of(calendars, calendars.events, here)
    review_text = _text_of(calendars, calendars.events, both)
    assert "agenda here" in review_text and "Room 9" in review_text
    assert "PRIORITY:1" in _text_of(calendars, calendars.tasks, todo)
    assert laptop.sync.conflicts() == []
    assert laptop.sync.status().pending == 0


@BOTH_SERVERS
def test_incremental_calendar_sync_moves_only_the_change(laptop: Laptop, calendars: Calendars,
                                                         proxy: FaultProxy) -> None:
    uids = [_meeting(laptop, f"Meeting {i}") for i in range(4)]
    _task(laptop, "A task")
    calendars.put(calendars.events, "remote.ics", ics(vevent("remote-1", "Remote")))
    assert laptop.run().ok
    assert laptop.run().ok  # lists our own uploads once
    # Radicale's answers touched its folders (its cache) in this very second: a getlastmodified from
    # that second cannot be compared, and the getctag would be asked too. Counting starts a second later.
    time.sleep(1.1)

    proxy.reset_counts()
    assert laptop.run().ok
    assert [m for m, _, _ in proxy.log] == ["PROPFIND"] * 4  # one ctag per collection (book, 3 calendars)

    proxy.reset_counts()
    laptop.store.activate()
    laptop.services.activities.update(uids[1], location="Room 1")
    report = laptop.run()
    assert report.ok and sum(c.pushed_changed for c in report.collections) == 1
    assert sorted(m for m, _, _ in proxy.log) == ["PROPFIND"] * 4 + ["PUT"]
    assert "LOCATION:Room 1" in _text_of(calendars, calendars.events, uids[1])

    proxy.reset_counts()
    calendars.edit(calendars.events + "remote.ics", "SUMMARY:Remote", "SUMMARY:Remote renamed")
    report = laptop.run()
    assert report.ok and sum(c.pulled_changed for c in report.collections) == 1
    assert proxy.count("PUT") == 0 and proxy.count("REPORT", b"calendar-multiget") == 1
    assert laptop.services.activities.get("remote-1").data.subject == "Remote renamed"


@BOTH_SERVERS
def test_both_sides_edit_a_meeting(laptop: Laptop, calendars: Calendars) -> None:
    uid = _meeting(laptop, "Planning", location="Room 1", text="first")
    assert laptop.run().ok
    href = next(iter(calendars.objects(calendars.events)))
    calendars.edit(href, "LOCATION:Room 1", "LOCATION:Room 2")
    laptop.store.activate()
    laptop.services.activities.update(uid, text="second")

    report = laptop.run()  # different properties: merged, no conflict

    assert report.ok and sum(c.conflicts for c in report.collections) == 0
    data = laptop.services.activities.get(uid).data
    assert (data.location, data.text) == ("Room 2", "second")
    text = calendars.objects(calendars.events)[href]
    assert "LOCATION:Room 2" in text and "DESCRIPTION:second" in text

    calendars.edit(href, "SUMMARY:Planning", "SUMMARY:Planning (phone)")
    laptop.store.activate()
    laptop.services.activities.update(uid, subject="Planning (laptop)")
    report = laptop.run()  # the same property: the server's value stays, ours waits in the conflict list

    assert sum(c.conflicts for c in report.collections) == 1
    [conflict] = laptop.sync.conflicts()
    assert conflict.record_kind == "activity" and conflict.fields == ["subject"]
    assert "Planning (laptop)" in conflict.local_text
    assert laptop.services.activities.get(uid).data.subject == "Planning (phone)"
    laptop.sync.resolve(uid, "local")
    assert laptop.services.activities.get(uid).data.subject == "Planning (laptop)"
    assert laptop.run().ok
    assert "SUMMARY:Planning (laptop)" in calendars.objects(calendars.events)[href]


@BOTH_SERVERS
def test_delete_and_edit_races_keep_the_data(laptop: Laptop, calendars: Calendars) -> None:
    gone_there = _meeting(laptop, "Deleted on the phone")
    gone_here = _task(laptop, "Deleted here")
    assert laptop.run().ok
    calendars.delete(next(h for h, t in calendars.objects(calendars.events).items() if gone_there in t))
    laptop.store.activate()
    laptop.services.activities.update(gone_there, location="Edited here")
    task_href = next(iter(calendars.objects(calendars.tasks)))
    calendars.edit(task_href, "SUMMARY:Deleted here", "SUMMARY:Edited on the phone")
    laptop.store.activate()
    laptop.services.tasks.delete(gone_here)

    report = laptop.run()

    assert report.ok, report.as_dict()
    assert calendars.uids(calendars.events) == [gone_there]  # uploaded again, with the edit
    assert "LOCATION:Edited here" in _text_of(calendars, calendars.events, gone_there)
    assert laptop.services.tasks.get(gone_here).data.title == "Edited on the phone"  # back from the Trash
    assert calendars.uids(calendars.tasks) == [gone_here]


RECURRING = ics(
    "BEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:STANDARD\nDTSTART:19701025T030000\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD\n"
    "BEGIN:DAYLIGHT\nDTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nTZOFFSETFROM:+0100\n"
    "TZOFFSETTO:+0200\nTZNAME:CEST\nEND:DAYLIGHT\nEND:VTIMEZONE",
    vevent("weekly-1", "Weekly sync", "", "", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY").replace(
        "DTSTART:\nDTEND:\n", "DTSTART;TZID=Europe/Berlin:20260303T100000\nDTEND;TZID=Europe/Berlin:20260303T110000\n"
        "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=10\nEXDATE;TZID=Europe/Berlin:20260310T100000\n"),
    vevent("weekly-1", "Weekly sync (moved)", "", "").replace(
        "DTSTART:\nDTEND:\n", "RECURRENCE-ID;TZID=Europe/Berlin:20260317T100000\n"
        "DTSTART;TZID=Europe/Berlin:20260317T140000\nDTEND;TZID=Europe/Berlin:20260317T150000\n"),
)


@BOTH_SERVERS
def test_a_recurring_meeting_with_a_moved_instance_round_trips(laptop: Laptop, calendars: Calendars) -> None:
    href = calendars.put(calendars.events, "weekly.ics", RECURRING)

    assert laptop.run().ok

    activities = laptop.services.activities
    master, moved = activities.get("weekly-1").data, activities.get("weekly-1" + INSTANCE).data
    assert master.rrules == ("FREQ=WEEKLY;BYDAY=TU;COUNT=10",) and master.timezone == "Europe/Berlin"
    assert master.exdates == (datetime(2026, 3, 10, 9),) and master.occurred_at == datetime(2026, 3, 3, 9)
    assert moved.recurrence_id == datetime(2026, 3, 17, 9) and moved.occurred_at == datetime(2026, 3, 17, 13)

    laptop.store.activate()
    activities.update("weekly-1" + INSTANCE, location="Room 7")  # edit the moved instance only
    report = laptop.run()

    assert report.ok and sum(c.pushed_changed for c in report.collections) == 1
    text = calendars.objects(calendars.events)[href]
    assert text.count("BEGIN:VEVENT") == 2 and "LOCATION:Room 7" in text
    rule = next(line for line in text.split("\n") if line.startswith("RRULE:"))
    assert sorted(rule[6:].split(";")) == ["BYDAY=TU", "COUNT=10", "FREQ=WEEKLY"]  # Xandikos reorders the parts
    assert "EXDATE;TZID=Europe/Berlin:20260310T100000" in text
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20260317T100000" in text
    assert "X-MICROSOFT-CDO-BUSYSTATUS:BUSY" in text  # unmodelled: kept

    calendars.edit(href, "SUMMARY:Weekly sync\n", "SUMMARY:Weekly team sync\n")
    assert laptop.run().ok
    assert activities.get("weekly-1").data.subject == "Weekly team sync"
    assert activities.get("weekly-1" + INSTANCE).data.location == "Room 7"

    # Made here: a recurring meeting and a moved instance go up as one object.
    laptop.store.activate()
    own = activities.log(ActivityData(kind="meeting", occurred_at=datetime(2026, 4, 1, 8), subject="Standup",
                                      ends_at=datetime(2026, 4, 1, 8, 15), timezone="Europe/Berlin",
                                      rrules=("FREQ=DAILY;COUNT=5",))).value.uid
    activities.log(ActivityData(kind="meeting", occurred_at=datetime(2026, 4, 2, 9), subject="Standup, later",
                                ends_at=datetime(2026, 4, 2, 9, 15), timezone="Europe/Berlin",
                                recurrence_id=datetime(2026, 4, 2, 8)), uid=own + ";RECURRENCE-ID=2026-04-02T08:00:00")
    assert laptop.run().ok
    text = _text_of(calendars, calendars.events, own)
    assert text.count("BEGIN:VEVENT") == 2 and "RECURRENCE-ID;TZID=Europe/Berlin:20260402T100000" in text
    assert "DTSTART;TZID=Europe/Berlin:20260402T110000" in text


@BOTH_SERVERS
def test_a_task_with_alarms_round_trips(laptop: Laptop, calendars: Calendars) -> None:
    href = calendars.put(calendars.tasks, "call.ics", ics(vtodo(
        "alarm-1", "Call the bank", "DUE;TZID=Europe/Paris:20260309T150000", "PRIORITY:2",
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER;RELATED=END:-PT30M", "DESCRIPTION:Bank", "X-WR-ALARMUID:a-1",
        "END:VALARM", "BEGIN:VALARM", "ACTION:AUDIO", "TRIGGER:-PT10S", "END:VALARM")))

    assert laptop.run().ok

    task = laptop.services.tasks.get("alarm-1").data
    assert (task.due_date, task.due_time, task.timezone) == (date(2026, 3, 9), "15:00", "Europe/Paris")
    assert task.alarms[0].trigger_minutes == -30 and task.alarms[0].trigger_related == "END"
    laptop.store.activate()
    laptop.services.tasks.update("alarm-1", title="Call the bank about the loan", reminder_at=datetime(2026, 3, 9, 8))
    assert laptop.run().ok
    text = calendars.objects(calendars.tasks)[href]
    assert "SUMMARY:Call the bank about the loan" in text
    assert "TRIGGER;RELATED=END:-PT30M" in text and "X-WR-ALARMUID:a-1" in text
    assert "TRIGGER:-PT10S" in text  # a trigger with seconds: kept as it came
    assert "TRIGGER;VALUE=DATE-TIME:20260309T080000Z" in text  # Rapport's own reminder reaches the phone
    assert text.count("BEGIN:VALARM") == 3

    mine = _task(laptop, "Renew the insurance", due_date=date(2026, 5, 1),
                 alarms=(Alarm(trigger_minutes=-1440, trigger_related="END", description="Insurance"),))
    assert laptop.run().ok
    assert "TRIGGER;RELATED=END:-P1D" in _text_of(calendars, calendars.tasks, mine)


@BOTH_SERVERS
def test_a_deals_next_step_travels_linked_to_the_deal(tmp_path: Path, book: Book, calendars: Calendars,
                                                      proxy: FaultProxy) -> None:
    first = make_laptop(tmp_path / "first", proxy, book, calendars=calendars)
    second = make_laptop(tmp_path / "second", proxy, book, calendars=calendars)
    first.store.activate()
    stage = first.services.pipelines.default().stages[0].uid
    deal = first.services.deals.create(DealData(title="Globex renewal", stage_uid=stage)).value.uid
    step = first.services.tasks.create(TaskData(title="Send the quote", due_date=date(2026, 3, 9),
                                                links=(Link("deal", deal),))).value.uid
    assert first.run().ok
    assert f"X-RAPPORT-DEAL:{deal}" in _text_of(calendars, calendars.tasks, step)

    # The deal itself travels too (a VTODO in the tasks calendar, issue 14), before the task that links to it.
    assert "X-RAPPORT-KIND:deal" in _text_of(calendars, calendars.tasks, deal)
    assert second.run().ok
    second.store.activate()
    assert second.services.deals.get(deal).data.title == "Globex renewal"
    assert second.services.tasks.get(step).data.links == (Link("deal", deal),)
    second.services.tasks.update(step, title="Send the revised quote")
    assert second.run().ok
    assert f"X-RAPPORT-DEAL:{deal}" in _text_of(calendars, calendars.tasks, step)

    assert first.run().ok
    first.store.activate()
    data = first.services.tasks.get(step).data
    assert data.title == "Send the revised quote" and data.links == (Link("deal", deal),)
    card = BoardQuery(first.store.database, first.services.clock).card(deal)
    assert card is not None and card.next_due == date(2026, 3, 9)  # still the deal's next step on the board
    first.store.close()
    second.store.close()
