"""The new-meeting sheet: subject, when (start and length), repeats, location, and who is in it.

The people are picked with a completer that asks the search index as one types (ui/detail/pickers.py:
100,000 contacts never sit in a list model); each one picked is linked to the meeting, so it lands on
their timelines. Saving goes through ActivityService like every sheet (ui/detail/sheets.py): its
messages show under the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QLineEdit, QWidget

from app.activities import ActivityData, ActivityRecord
from app.errors import NotFoundError, ValidationError
from app.links import Link
from app.services import Services
from ui.calendar.zone import to_utc
from ui.detail.pickers import PeoplePicker
from ui.detail.sheets import Sheet
from ui.qt_dates import qdate

DURATIONS = (15, 30, 45, 60, 90, 120, 180)
REPEATS = ("", "FREQ=DAILY", "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY")


class MeetingSheet(Sheet):
    """A new meeting, or (`editing`) one opened from a timeline: its subject, time, length, how it
    repeats, place and people changed as one undoable step."""

    def __init__(self, services: Services, start: datetime, zone: tzinfo, parent: QWidget | None = None,
                 links: tuple[Link, ...] = (), *, editing: ActivityRecord | None = None) -> None:
        super().__init__(services, links, self.tr("New meeting"), parent)
        self._zone = zone
        self._editing = editing
        self._unshown: list[Link] = []  # links of the meeting edited that the sheet does not show
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("What is it about?"))
        clock = QTime(start.hour, start.minute, start.second, start.microsecond // 1000)
        self.start = QDateTimeEdit(QDateTime(qdate(start.date()), clock))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.duration = QComboBox()
        for minutes in DURATIONS:
            hours, rest = divmod(minutes, 60)
            text = (self.tr("%1 min").replace("%1", str(minutes)) if minutes < 60 else
                    self.tr("%1 h").replace("%1", QLocale().toString(minutes / 60, "g", 3)) if rest else
                    self.tr("%1 h").replace("%1", str(hours)))
            self.duration.addItem(text, minutes)
        self.duration.setCurrentIndex(DURATIONS.index(60))
        when = QWidget()
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start, 1)
        row.addWidget(self.duration)
        self.repeats = QComboBox()
        for label, rule in zip((self.tr("Does not repeat"), self.tr("Every day"), self.tr("Every week"),
                                self.tr("Every two weeks"), self.tr("Every month")), REPEATS, strict=True):
            self.repeats.addItem(label, rule)
        self.location = QLineEdit()
        self.people = PeoplePicker(services)
        for link in links:
            if link.kind == "contact":
                self.people.add_person(link.uid, services.contacts.get(link.uid).data.display_name)
        self.add_row(self.tr("&Subject"), self.subject, "subject")
        self.add_row(self.tr("&When"), when, "occurred_at")
        self.add_row(self.tr("&Repeats"), self.repeats, "rrules[0]")
        self.add_row(self.tr("&Location"), self.location, "location")
        self.add_row(self.tr("W&ith"), self.people, "links")
        self.add_private_box("activity", editing.uid if editing is not None else None)
        if editing is not None:
            self._fill(editing)
        self.subject.setFocus()

    def _fill(self, meeting: ActivityRecord) -> None:
        data = meeting.data
        self.setWindowTitle(self.tr("Edit meeting"))
        self.subject.setText(data.subject)
        minutes = data.duration_minutes or (
            int((data.ends_at - data.occurred_at).total_seconds() // 60) if data.ends_at and data.occurred_at else 60)
        if self.duration.findData(minutes) < 0:  # a length of its own (imported): offered as it is
            self.duration.addItem(self.tr("%1 min").replace("%1", str(minutes)), minutes)
        self.duration.setCurrentIndex(self.duration.findData(minutes))
        rule = data.rrules[0] if data.rrules else ""
        if self.repeats.findData(rule) < 0:  # a rule of its own (imported): kept unless another is chosen
            self.repeats.addItem(self.tr("As it was set up"), rule)
        self.repeats.setCurrentIndex(self.repeats.findData(rule))
        self.location.setText(data.location)
        for link in data.links:
            if link.kind == "contact":
                try:
                    self.people.add_person(link.uid, self._services.contacts.get(link.uid).data.display_name)
                except NotFoundError:
                    self._unshown.append(link)  # in the Trash: the link stays, unshown

    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        wall = cast(datetime, self.start.dateTime().toPython()).replace(second=0, microsecond=0)
        starts = to_utc(wall, self._zone)
        minutes = int(self.duration.currentData())
        rule = str(self.repeats.currentData() or "")
        zone_name = self._zone.key if isinstance(self._zone, ZoneInfo) else ""
        links = tuple(Link("contact", uid) for uid in self.people.uids())
        if self._editing is not None:  # its contacts as now chosen; its other links (deals, accounts) kept
            links += tuple(link for link in self._editing.data.links if link.kind != "contact")
            links += tuple(self._unshown)
        links += tuple(link for link in self._links if link.kind != "contact" and link not in links)
        data = ActivityData(kind="meeting", subject=self.subject.text(), occurred_at=starts,
                            ends_at=starts + timedelta(minutes=minutes), duration_minutes=minutes,
                            location=self.location.text(), timezone=zone_name, rrules=(rule,) if rule else (),
                            links=links)
        if not data.subject.strip():
            raise ValidationError.single("subject", self.tr("A meeting needs a subject."))
        if self._editing is not None:
            uid = self._editing.uid
            rrules = (rule, *self._editing.data.rrules[1:]) if rule else ()
            changes = {"subject": data.subject, "occurred_at": data.occurred_at, "ends_at": data.ends_at,
                       "duration_minutes": minutes, "location": data.location, "rrules": rrules, "links": links}
            return lambda services: ("activity", services.activities.update(uid, **changes).value.uid)
        return lambda services: ("activity", services.activities.log(data).value.uid)
