"""Reminders while the app runs: a timer that fires due alarms (app.reminders) as desktop notifications
and lists them in a small Reminders window, where each can be opened, snoozed or dismissed.

Timing. The scheduler sleeps until the next alarm, but never longer than `max_wait_ms` (a minute): Qt's
timers count time the computer is awake (a monotonic clock), so after a laptop sleeps for two hours a
timer set for "in 30 minutes" would fire 30 awake minutes later, far too late. Each tick compares the
Clock with when the tick was due; a tick that arrives much later than scheduled (more than
`JUMP_TOLERANCE`) means the computer slept or the clock was changed: `clock_jumped` is emitted and the
alarms are read again from the database, so the ones missed meanwhile are shown at once (app.reminders
keeps only what is still useful). The same re-scan follows any change of tasks or meetings (reload()).

Never twice. Firing an alarm writes its acknowledgement to the database (app.reminders), so neither a
second tick nor a restart shows it again; a session set of fired keys guards the time in between.

Desktop notifications go through QSystemTrayIcon.showMessage when the tray exists and supports
messages (UI.md 9); without one (stock GNOME) through org.freedesktop.Notifications on the session bus
(ui/desktop_notifications.py); clicking either opens the record. The Reminders window is shown as well.

Signals (ReminderScheduler):
    open_record(str, str): kind ("task" or "activity") and uid of the record a reminder is about.
    changed(): a reminder was fired (acknowledged), snoozed or dismissed — tasks or meetings changed.
    fired(object): a DueAlarm that was just shown.
    clock_jumped(int): seconds the clock moved beyond what the timer expected (sleep, clock change).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.errors import RapportError
from app.reminders import DueAlarm, ReminderService
from app.services import Services
from app.unit_of_work import Origin
from ui.calendar.zone import system_zone
from ui.desktop_notifications import DesktopNotifications
from ui.operations.operation import Op

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
SNOOZE_MINUTES = (5, 15, 60)
JUMP_TOLERANCE = timedelta(seconds=90)
AlarmRole = Qt.ItemDataRole.UserRole + 1


# lupdate reads only translate("Context", "literal") calls: a helper taking a variable hides the text.
translate = QCoreApplication.translate


def describe(alarm: DueAlarm, zone: tzinfo, now: datetime) -> str:
    """"Starts 10:00 · Room 4" / "Due 10:00" / "Due today" — when the thing itself is, local time."""
    locale = QLocale()
    if alarm.starts is None:
        return translate("Reminders", "Due today")
    local = alarm.starts.replace(tzinfo=UTC).astimezone(zone)
    moment = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() != now.replace(tzinfo=UTC).astimezone(zone).date():
        moment = f"{locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)} {moment}"
    text = (translate("Reminders", "Starts %1") if alarm.kind == "meeting"
            else translate("Reminders", "Due %1")).replace("%1", moment)
    return f"{text} · {alarm.location}" if alarm.location else text


class FiredRemindersModel(QAbstractListModel):
    """The reminders shown and not yet dismissed, newest last."""

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._alarms: list[DueAlarm] = []
        self.now = datetime(2000, 1, 1)

    def alarms(self) -> list[DueAlarm]:
        return list(self._alarms)

    def add(self, alarm: DueAlarm) -> None:
        self.add_all([alarm])

    def add_all(self, alarms: Sequence[DueAlarm]) -> None:
        """Append these at the end in one insertion (a morning's 250 reminders, not 250 repaints of the
        panel); one line per record: its newest reminder."""
        newest: dict[tuple[str, str], DueAlarm] = {}
        for alarm in alarms:
            newest.pop((alarm.kind, alarm.uid), None)  # as one add after another: the later one, at the end
            newest[(alarm.kind, alarm.uid)] = alarm
        if not newest:
            return
        for row in reversed(range(len(self._alarms))):
            if (self._alarms[row].kind, self._alarms[row].uid) in newest:
                self.remove(row)
        self.beginInsertRows(QModelIndex(), len(self._alarms), len(self._alarms) + len(newest) - 1)
        self._alarms.extend(newest.values())
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._alarms):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._alarms[row]
            self.endRemoveRows()

    def remove_record(self, kind: str, uid: str) -> None:
        for row in reversed(range(len(self._alarms))):
            if (self._alarms[row].kind, self._alarms[row].uid) == (kind, uid):
                self.remove(row)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._alarms)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._alarms):
            return None
        alarm = self._alarms[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = alarm.title or translate("Reminders", "(no title)")  # not inside the f-string: lupdate skips those
            return f"{title}\n{describe(alarm, self._zone, self.now)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{alarm.title} — {describe(alarm, self._zone, self.now)}"
        if role == AlarmRole:
            return alarm
        return None


class ReminderPanel(QWidget):
    """A small window listing the reminders that fired: Open (Enter), Snooze, Dismiss (Delete)."""

    def __init__(self, scheduler: ReminderScheduler) -> None:
        super().__init__(None, Qt.WindowType.Tool)
        self.setWindowTitle(translate("Reminders", "Reminders"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._scheduler = scheduler
        self.list = QListView()
        self.list.setModel(scheduler.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.activated.connect(self._on_list_activated)
        self.open_button = QPushButton(translate("Reminders", "Open"))
        self.snooze_button = QPushButton(translate("Reminders", "Snooze"))
        self.snooze_menu = QMenu(self)
        for minutes in SNOOZE_MINUTES:
            if minutes == 60:
                text = translate("Reminders", "1 hour")
            else:
                text = translate("Reminders", "%1 minutes").replace("%1", QLocale().toString(minutes))
            action = self.snooze_menu.addAction(text)
            action.setData(minutes)
        self.snooze_menu.triggered.connect(self._on_snooze_menu_triggered)
        self.snooze_button.setMenu(self.snooze_menu)
        self.dismiss_button = QPushButton(translate("Reminders", "Dismiss"))
        self.dismiss_button.setToolTip(translate("Reminders", "Dismiss (Delete)"))
        self.dismiss_all_button = QPushButton(translate("Reminders", "Dismiss all"))
        dismiss = QAction(self)
        dismiss.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        dismiss.triggered.connect(self.dismiss_current)
        self.addAction(dismiss)
        self.open_button.clicked.connect(self.open_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.dismiss_all_button.clicked.connect(self._on_dismiss_all_clicked)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_all_button)
        hint = QLabel(translate("Reminders", "Reminders that came due. Snooze one to see it again later."))
        hint.setEnabled(False)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        if scheduler.model.rowCount():
            self.list.setCurrentIndex(scheduler.model.index(scheduler.model.rowCount() - 1, 0))
        scheduler.model.rowsInserted.connect(self._on_model_rows_inserted)
        scheduler.model.rowsRemoved.connect(self._on_model_rows_removed)
        self.resize(self.fontMetrics().averageCharWidth() * 64, self.fontMetrics().height() * 18)

    def current(self) -> tuple[int, DueAlarm | None]:
        index = self.list.currentIndex()
        if not index.isValid():
            return -1, None
        return index.row(), index.data(AlarmRole)

    def open_current(self) -> None:
        _row, alarm = self.current()
        if alarm is not None:
            self._scheduler.open_alarm(alarm)

    def dismiss_current(self) -> None:
        row, alarm = self.current()
        if alarm is not None:
            self._scheduler.model.remove(row)

    def _on_list_activated(self, index: QModelIndex) -> None:
        self.open_current()

    def _on_snooze_menu_triggered(self, action: QAction) -> None:
        _row, alarm = self.current()
        if alarm is not None:
            self._scheduler.snooze(alarm, int(action.data()))

    def _on_dismiss_all_clicked(self) -> None:
        while self._scheduler.model.rowCount():
            self._scheduler.model.remove(0)

    def _on_model_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self.list.setCurrentIndex(self._scheduler.model.index(last, 0))

    def _on_model_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        if self._scheduler.model.rowCount() == 0:
            self.hide()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()  # closing only hides: the reminders stay listed until dismissed


class ReminderScheduler(QObject):
    open_record = Signal(str, str)
    changed = Signal()
    fired = Signal(object)
    clock_jumped = Signal(int)

    def __init__(self, services: Services, tray_icon: QSystemTrayIcon | None, parent: QObject | None = None, *,
                 zone: tzinfo | None = None, max_wait_ms: int = 60_000, show_panel: bool = True,
                 desktop: DesktopNotifications | None = None) -> None:
        """`desktop`: notifications over D-Bus, for when there is no tray (started by the caller)."""
        super().__init__(parent)
        self._services = services
        self._tray = tray_icon
        self._desktop = desktop
        self._sent: dict[str, DueAlarm] = {}  # what went to the desktop, by key, until clicked
        self._zone = zone or system_zone()
        self._reminders = ReminderService(services, self._zone)
        self._max_wait_ms = max_wait_ms
        self._show_panel = show_panel
        self._fired: set[str] = set()
        self._expected: datetime | None = None
        self._last_message: DueAlarm | None = None
        self._next: datetime | None = None
        self.model = FiredRemindersModel(self._zone, self)
        self.panel: ReminderPanel | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        if tray_icon is not None:
            tray_icon.messageClicked.connect(self._on_tray_message_clicked)
        if desktop is not None:
            desktop.activated.connect(self._on_desktop_notification_activated)
        self.reload()

    # --- public ------------------------------------------------------------------------------------

    @property
    def next_alarm_at(self) -> datetime | None:
        return self._next

    def reload(self) -> list[DueAlarm]:
        """Fire what is due now and plan the next tick (after any change to tasks or meetings)."""
        shown = self.check()
        self._schedule()
        return shown

    def check(self) -> list[DueAlarm]:
        """Show every alarm due at the Clock's now, once; returns those shown."""
        now = self._services.clock.now()
        self.model.now = now
        shown = []
        try:
            due = self._reminders.due(now)
        except RapportError as exc:
            log.warning("could not read reminders: %s", exc)
            return []
        for alarm in due:
            if alarm.key in self._fired:
                continue
            self._fired.add(alarm.key)
            shown.append(alarm)
        if shown:
            self._show(shown, now)
            self._acknowledge(shown, now)
            self.changed.emit()
        return shown

    def _acknowledge(self, alarms: list[DueAlarm], now: datetime) -> None:
        """Store that these fired (on the write worker; upkeep, not a step the user undoes). Failing, they
        were shown anyway, and the session's set keeps them from showing twice."""
        reminders = self._reminders

        def acknowledge(_services: Services) -> None:
            for alarm in alarms:
                reminders.acknowledge(alarm, now)

        Op(None, self._services, "Note reminders shown", acknowledge, origin=Origin.SYSTEM) \
            .failure(lambda exc: log.warning("could not store that a reminder fired: %s", exc)).run(initiator=self)

    def snooze(self, alarm: DueAlarm, minutes: int) -> datetime:
        """Show `alarm` again `minutes` from now (5, 15 or 60 in the window); it leaves the list meanwhile."""
        now = self._services.clock.now()
        reminders = self._reminders
        self.model.remove_record(alarm.kind, alarm.uid)  # at once; the write follows on the write worker
        label = translate("Reminders", "Snooze “%1”").replace("%1", alarm.title or translate("Reminders", "(no title)"))
        Op(self.panel, self._services, label, lambda _services: reminders.snooze(alarm, now, minutes)) \
            .success(self._on_snoozed).run(initiator=self)
        return now + timedelta(minutes=minutes)

    def _on_snoozed(self, _until: object) -> None:
        self.changed.emit()
        self._schedule()

    def stop(self) -> None:
        """No more reminders (the window is closing): the timer stops and the panel goes now, before
        the model it shows is deleted with this scheduler."""
        self.timer.stop()
        if self.panel is not None:
            self.panel.hide()
            self.panel.list.setModel(None)
            self.panel.deleteLater()
            self.panel = None

    def open_alarm(self, alarm: DueAlarm) -> None:
        self.open_record.emit("task" if alarm.kind == "task" else "activity", alarm.uid)

    # --- slots -------------------------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        now = self._services.clock.now()
        if self._expected is not None and now - self._expected > JUMP_TOLERANCE:
            late = int((now - self._expected).total_seconds())
            log.info("the clock moved %s s past the timer (sleep or clock change); reading reminders again", late)
            self.clock_jumped.emit(late)
        self.reload()

    def _on_desktop_notification_activated(self, key: str) -> None:
        alarm = self._sent.pop(key, None)
        if alarm is not None:
            self.open_alarm(alarm)

    def _on_tray_message_clicked(self) -> None:
        if self._last_message is not None:
            self.open_alarm(self._last_message)

    # --- helpers -----------------------------------------------------------------------------------

    def _schedule(self) -> None:
        now = self._services.clock.now()
        try:
            self._next = self._reminders.next_at(now)
        except RapportError:
            self._next = None
        wait = self._max_wait_ms
        if self._next is not None:
            wait = min(wait, max(1000, int((self._next - now).total_seconds() * 1000) + 50))
        self._expected = now + timedelta(milliseconds=wait)
        self.timer.start(wait)

    def _show(self, alarms: list[DueAlarm], now: datetime) -> None:
        self.model.add_all(alarms)
        for alarm in alarms:
            self.fired.emit(alarm)
        alarm = alarms[-1]  # a desktop message replaces the one before: the last is the one seen
        tray = self._tray
        if tray is not None and QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            self._last_message = alarm
            tray.showMessage(alarm.title or translate("Reminders", "Reminder"), describe(alarm, self._zone, now),
                             QSystemTrayIcon.MessageIcon.Information, 15_000)
        elif self._desktop is not None:  # queued until its bus is connected: the alarms due at start too
            self._sent = {alarm.key: alarm}  # the one before is replaced on the desktop too
            self._desktop.notify(alarm.title or translate("Reminders", "Reminder"), describe(alarm, self._zone, now),
                                 alarm.key)
        if self._show_panel:
            if self.panel is None:
                self.panel = ReminderPanel(self)
                self.panel.setObjectName("reminderPanel")
                self.destroyed.connect(self.panel.deleteLater)  # a top-level window: no parent owns it
            self.panel.show()
