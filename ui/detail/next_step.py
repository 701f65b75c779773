"""The next step, offered as Pipedrive users expect it: after a call is logged or a deal moves, and nothing
is planned for that record yet, a sheet opens with the next activity ready (a call tomorrow at 10:00,
titled after the person or deal); Ctrl+Enter schedules it, Esc leaves the record without one.

A call, an e-mail or a to-do becomes a task due at that time; a meeting goes into the calendar. Either
is what "No next step" in the panes and the board's dot read. Whether it is offered at all is the
user's (SETTING, also in the Record menu).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import cast

from PySide6.QtCore import QDateTime, QLocale, QSettings, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLineEdit, QWidget

from app.activities import ActivityData
from app.links import Link
from app.services import Services
from app.tasks import TaskData
from ui.detail.sheets import Sheet, from_utc, to_utc

SETTING = "nextStep/offer"
KINDS = ("call", "meeting", "email", "todo")
MEETING_MINUTES = 60
DEFAULT_HOUR = 10


def offered(settings: QSettings) -> bool:
    return settings.value(SETTING, True, type=bool) is not False


class NextStepSheet(Sheet):
    def __init__(self, services: Services, settings: QSettings, links: tuple[Link, ...], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, links, self.tr("Schedule the next step"), parent)
        self._settings = settings
        self._name = name
        self._typed = False  # the user wrote a title of their own: a change of kind leaves it alone
        self.title = QLineEdit()
        self.title.textEdited.connect(self._on_title_edited)
        self.kind = QComboBox()
        for kind, label in zip(KINDS, (self.tr("Call"), self.tr("Meeting"), self.tr("E-mail"), self.tr("To-do")),
                               strict=True):
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        tomorrow = from_utc(services.clock.now()).date().addDays(1)
        self.when = QDateTimeEdit(QDateTime(tomorrow, QTime(DEFAULT_HOUR, 0)))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.offer = QCheckBox(self.tr("&Offer this after every call and stage move"))
        self.offer.setChecked(offered(settings))
        self.offer.toggled.connect(self._on_offer_toggled)
        self.add_row(self.tr("&Title"), self.title, "title")
        self.add_row(self.tr("&Kind"), self.kind, "kind")
        self.add_row(self.tr("&When"), self.when, "due_date")
        self.form.addRow("", self.offer)
        self._on_kind_changed()
        self.title.selectAll()

    def step_label(self) -> str:
        return self.tr("Schedule “%1”").replace("%1", self.title.text().strip() or self._name)

    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        kind = str(self.kind.currentData())
        title = self.title.text()
        local = cast(datetime, self.when.dateTime().toPython()).replace(second=0, microsecond=0)
        if kind == "meeting":
            starts = to_utc(self.when.dateTime())
            meeting = ActivityData(kind="meeting", subject=title, occurred_at=starts,
                                   ends_at=starts + timedelta(minutes=MEETING_MINUTES),
                                   duration_minutes=MEETING_MINUTES, links=self._links)
            return lambda services: ("activity", services.activities.log(meeting).value.uid)
        # A task due at a wall-clock time where the user is (TaskData.timezone ""), as the board reads it.
        task = TaskData(title=title, due_date=local.date(), due_time=local.strftime("%H:%M"), links=self._links)
        return lambda services: ("task", services.tasks.create(replace(task, owner=services.office.me())).value.uid)

    def _on_kind_changed(self) -> None:
        if self._typed:
            return
        kind = str(self.kind.currentData())
        if self._links and self._links[0].kind == "deal":  # about a deal, with whoever is in it
            words = {"call": self.tr("Call about %1"), "meeting": self.tr("Meeting about %1"),
                     "email": self.tr("E-mail about %1"), "todo": self.tr("Follow up on %1")}
        else:  # with a person or a company
            words = {"call": self.tr("Call %1"), "meeting": self.tr("Meeting with %1"),
                     "email": self.tr("E-mail %1"), "todo": self.tr("Follow up with %1")}
        self.title.setText(words[kind].replace("%1", self._name))

    def _on_title_edited(self, _text: str) -> None:
        self._typed = True

    def _on_offer_toggled(self, checked: bool) -> None:
        self._settings.setValue(SETTING, checked)
