"""A deal as a VTODO (app/formats/ical_deals.py): what Rapport writes reads back the same, other programs
read it as a task, and what a phone edits in the standard properties comes back while what it adds stays."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import icalendar
import vobject

from app.formats import ical_deals
from app.formats.ical_deals import DealEntry, StageDef

NOW = datetime(2026, 12, 6, 9, 0, 0)
STAGES = (StageDef("p-1", 0, "s-lead", "Lead", 10, "Sales; north"),
          StageDef("p-1", 1, "s-prop", "Proposal, signed?", 50, "Sales; north"))


def _entry(**changes: object) -> DealEntry:
    values: dict[str, object] = dict(
        uid="deal-1", title="Globex: 40 seats, renewal", stage="s-prop", stages=STAGES, account="acc-1",
        people=(("c-1", 'Decision "maker"; CFO'), ("c-2", "")), amount="12000.50", currency="EUR", probability=60,
        expected_close=date(2027, 1, 15), lead_source="Trade fair", owner="Ann Lee", notes="Line one\nЦена: 12 000",
        status="open", stage_entered_at=datetime(2026, 12, 1, 10, 0),
        history=((datetime(2026, 11, 2, 8, 0), "", "s-lead"), (datetime(2026, 12, 1, 10, 0), "s-lead", "s-prop")),
        extra=("PRIORITY:1", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M",
               "DESCRIPTION:Globex", "END:VALARM"),
        tags=("VIP", "Кириллица, с запятой", "重要"),
        fields=(("budget", "Budget; approved", "number", "", "12000.00"),
                ("region", "Region", "choice", "North\nSouth", "Юг, север")),
        created_at=datetime(2026, 11, 2, 8, 0))
    values.update(changes)
    return DealEntry(**values)  # type: ignore[arg-type]


def test_what_rapport_writes_reads_back_the_same() -> None:
    entry = _entry()
    text = ical_deals.write(entry, NOW)
    assert ical_deals.is_deal(text)
    assert ical_deals.read(text) == entry
    for status, closed in (("won", datetime(2026, 12, 5, 16, 0)), ("lost", datetime(2026, 12, 5, 17, 0))):
        closed_entry = _entry(status=status, closed_at=closed, lost_reason="Price" if status == "lost" else "")
        assert ical_deals.read(ical_deals.write(closed_entry, NOW)) == closed_entry
    bare = DealEntry(uid="d-2", title="Bare", stage="s-lead", stages=STAGES)
    assert ical_deals.read(ical_deals.write(bare, NOW)) == bare


def test_other_programs_read_it_as_a_task_due_at_the_expected_close() -> None:
    text = ical_deals.write(_entry(), NOW)
    todo = next(iter(icalendar.Calendar.from_ical(text).walk("VTODO")))
    assert str(todo["SUMMARY"]) == "Globex: 40 seats, renewal"
    assert todo["DUE"].dt == date(2027, 1, 15)
    assert str(todo["DESCRIPTION"]).startswith("Proposal, signed? · 12,000.50 EUR · 60 %\n\nLine one\n")
    parsed = vobject.readOne(text)
    assert parsed.vtodo.summary.value == "Globex: 40 seats, renewal"
    assert parsed.vtodo.status.value == "NEEDS-ACTION"
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))


def test_a_phones_edits_of_the_standard_properties_come_back_and_its_additions_stay() -> None:
    text = ical_deals.write(_entry(), NOW).replace("\r\n ", "")
    text = text.replace("SUMMARY:Globex: 40 seats\\, renewal", "SUMMARY:Globex: 45 seats")
    text = text.replace("DUE;VALUE=DATE:20270115", "DUE;VALUE=DATE:20270201")
    text = text.replace("\\n\\nLine one\\n", "\\n\\nLine one (called back)\\n")
    text = text.replace("END:VTODO", "BEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-P1D\r\nEND:VALARM\r\n"
                                     "X-PHONE-THING;X-A=b:kept\r\nEND:VTODO")
    read = ical_deals.read(text)
    assert (read.title, read.expected_close) == ("Globex: 45 seats", date(2027, 2, 1))
    assert read.notes == "Line one (called back)\nЦена: 12 000"
    assert read.extra[-5:] == ("BEGIN:VALARM", "ACTION:AUDIO", "TRIGGER:-P1D", "END:VALARM", "X-PHONE-THING;X-A=b:kept")
    assert read.extra.count("BEGIN:VALARM") == 2
    assert ical_deals.read(ical_deals.write(read, NOW)) == read

    # Ticked on the phone: won, at the time it says; unticked again: open.
    ticked = ical_deals.write(_entry(), NOW).replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED\r\n"
                                                                           "COMPLETED:20261206T120000Z")
    won = ical_deals.read(ticked)
    assert (won.status, won.closed_at) == ("won", datetime(2026, 12, 6, 12, 0))
    unticked = ical_deals.write(won, NOW).replace("STATUS:COMPLETED", "STATUS:NEEDS-ACTION")
    assert ical_deals.read(unticked).status == "open" and ical_deals.read(unticked).closed_at is None
    cancelled = ical_deals.write(_entry(), NOW).replace("STATUS:NEEDS-ACTION", "STATUS:CANCELLED")
    assert ical_deals.read(cancelled).status == "lost"


def test_a_description_whose_headline_a_phone_changed_is_kept_whole_as_notes() -> None:
    text = ical_deals.write(_entry(notes="Call Ann"), NOW)
    edited = text.replace("DESCRIPTION:Proposal\\, signed? · 12\\,000.50 EUR · 60 %\\n\\nCall Ann",
                          "DESCRIPTION:Proposal almost signed\\n\\nCall Ann")
    assert edited != text
    assert ical_deals.read(edited).notes == "Proposal almost signed\n\nCall Ann"


def test_when_the_pipeline_last_changed_travels_and_a_bad_moment_is_none() -> None:
    changed = tuple(replace(s, changed="20261206T080000Z") for s in STAGES)
    entry = _entry(stages=changed)
    text = ical_deals.write(entry, NOW)
    assert ical_deals.read(text) == entry
    assert ical_deals.read(text.replace("X-CHANGED=20261206T080000Z", "X-CHANGED=yesterday")).stages == STAGES


def test_tags_are_categories_a_phone_shows_and_custom_values_keep_their_field() -> None:
    text = ical_deals.write(_entry(), NOW)
    todo = icalendar.Calendar.from_ical(text).walk("VTODO")[0]
    assert sorted(str(c) for c in todo["CATEGORIES"].cats) == sorted(["VIP", "Кириллица, с запятой", "重要"])
    assert vobject.readOne(text).vtodo.contents["x-rapport-field"][0].params["LABEL"] == ["Budget; approved"]
    # A phone adds a category on a line of its own: a tag like the others (one each, whatever the case).
    added = text.replace("END:VTODO", "CATEGORIES:From the phone,vip\r\nEND:VTODO")
    assert ical_deals.read(added).tags == ("From the phone", "VIP", "Кириллица, с запятой", "重要")
