"""The new-meeting sheet: subject, when (start and length), repeats, location, and who is in it.

The people are picked with a completer that asks the search index as one types (100,000 contacts never
sit in a list model); each one picked is linked to the meeting, so it lands on their timelines. Saving
goes through ActivityService like every sheet (ui/detail/sheets.py): its messages show under the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, QStringListModel, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.activities import ActivityData
from app.errors import ValidationError
from app.links import Link
from app.services import Services
from ui.calendar.zone import to_utc
from ui.detail.sheets import Sheet
from ui.qt_dates import qdate

DURATIONS = (15, 30, 45, 60, 90, 120, 180)
REPEATS = ("", "FREQ=DAILY", "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY")
SEARCH_DELAY_MS = 150


class MeetingSheet(Sheet):
    def __init__(self, services: Services, start: datetime, zone: tzinfo, parent: QWidget | None = None,
                 links: tuple[Link, ...] = ()) -> None:
        super().__init__(services, links, self.tr("New meeting"), parent)
        self._zone = zone
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
        self.people_field = QLineEdit()
        self.people_field.setPlaceholderText(self.tr("Type a name to add a contact"))
        self._matches = QStringListModel(self)
        self._match_uids: dict[str, str] = {}
        self.completer = QCompleter(self._matches, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated.connect(self._on_completer_activated)
        self.people_field.setCompleter(self.completer)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.people_field.textEdited.connect(lambda _: self._search_timer.start())
        self.people = QListWidget()
        self.people.setMaximumHeight(self.fontMetrics().height() * 5)
        self.remove_person = QPushButton(self.tr("Remove"))
        self.remove_person.clicked.connect(self._on_remove_person_clicked)
        people_box = QWidget()
        column = QVBoxLayout(people_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.people_field)
        people_row = QHBoxLayout()
        people_row.addWidget(self.people, 1)
        people_row.addWidget(self.remove_person, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(people_row)
        for link in links:
            if link.kind == "contact":
                self.add_person(link.uid, services.contacts.get(link.uid).data.display_name)
        self.add_row(self.tr("&Subject"), self.subject, "subject")
        self.add_row(self.tr("&When"), when, "occurred_at")
        self.add_row(self.tr("&Repeats"), self.repeats, "rrules[0]")
        self.add_row(self.tr("&Location"), self.location, "location")
        self.add_row(self.tr("W&ith"), people_box, "links")
        self.subject.setFocus()

    def add_person(self, uid: str, name: str) -> None:
        for row in range(self.people.count()):
            if self.people.item(row).data(Qt.ItemDataRole.UserRole) == uid:
                return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, uid)
        self.people.addItem(item)

    def person_uids(self) -> tuple[str, ...]:
        return tuple(self.people.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.people.count()))

    def search_people(self, text: str) -> None:
        """Fill the completer with the contacts the search index finds for `text`."""
        hits = self._services.search.search(text, kinds=("contact",), limit=20) if text.strip() else []
        self._match_uids = {hit.display: hit.uid for hit in hits}
        self._matches.setStringList(list(self._match_uids))
        if hits and self.people_field.hasFocus():
            self.completer.complete()

    def _on_search_timer_timeout(self) -> None:
        self.search_people(self.people_field.text())

    def _on_completer_activated(self, text: str) -> None:
        uid = self._match_uids.get(text)
        if uid is not None:
            self.add_person(uid, text)
            QTimer.singleShot(0, self.people_field.clear)

    def _on_remove_person_clicked(self) -> None:
        for item in self.people.selectedItems():
            self.people.takeItem(self.people.row(item))

    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        wall = cast(datetime, self.start.dateTime().toPython()).replace(second=0, microsecond=0)
        starts = to_utc(wall, self._zone)
        minutes = int(self.duration.currentData())
        rule = str(self.repeats.currentData() or "")
        zone_name = self._zone.key if isinstance(self._zone, ZoneInfo) else ""
        links = tuple(Link("contact", uid) for uid in self.person_uids())
        links += tuple(link for link in self._links if link.kind != "contact")
        data = ActivityData(kind="meeting", subject=self.subject.text(), occurred_at=starts,
                            ends_at=starts + timedelta(minutes=minutes), duration_minutes=minutes,
                            location=self.location.text(), timezone=zone_name, rrules=(rule,) if rule else (),
                            links=links)
        if not data.subject.strip():
            raise ValidationError.single("subject", self.tr("A meeting needs a subject."))
        return lambda services: ("activity", services.activities.log(data).value.uid)
