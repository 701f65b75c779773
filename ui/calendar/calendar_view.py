"""The Calendar: day, week and month views of meetings and task due dates (app.calendar_view), in the
user's time zone, with drag to reschedule and a new-meeting sheet.

Keys (while the calendar has focus): arrows move the selected day (Up/Down: a week in the month view,
the previous/next entry of the day in the day and week views); Enter opens the selected entry;
T today; D, W, M day, week, month; Page Up/Down the previous/next period; Ctrl+N a new meeting.
Dragging an instance of a repeating meeting asks whether to move this event or all events.

Signals:
    open_record(str, str): "activity" or "task" and its uid (Enter or double-click on an entry).
    changed(): a meeting or task was moved or created here.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.calendar_view import ALL, MEETING, THIS, Occurrence, reschedule
from app.errors import RapportError
from app.services import Services
from ui.calendar.canvas import DAY, MONTH, WEEK, CalendarCanvas
from ui.calendar.meeting_dialog import MeetingSheet
from ui.calendar.zone import local_now, system_zone
from ui.qt_dates import month_title
from ui.said import in_words

MODES = (DAY, WEEK, MONTH)


class CalendarView(QWidget):
    open_record = Signal(str, str)
    changed = Signal()

    def __init__(self, services: Services, settings: QSettings, parent: QWidget | None = None, *,
                 zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self.zone = zone or system_zone()
        self._query = services.queries.calendar(self.zone)
        self._month_days = services.queries.month_days(self._query)
        self.scope_box: QMessageBox | None = None
        self.sheet: MeetingSheet | None = None
        mode = str(settings.value("calendar/mode", WEEK))
        self.mode = mode if mode in MODES else WEEK

        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Previous (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.mode_buttons = QButtonGroup(self)
        mode_row = QHBoxLayout()
        mode_row.setSpacing(0)
        for index, (name, label, key) in enumerate(((DAY, self.tr("Day"), "D"), (WEEK, self.tr("Week"), "W"),
                                                    (MONTH, self.tr("Month"), "M"))):
            button = QToolButton()
            button.setText(label)
            button.setCheckable(True)
            button.setToolTip(self.tr("%1 view (%2)").replace("%1", label).replace("%2", key))
            button.setChecked(name == self.mode)
            self.mode_buttons.addButton(button, index)
            mode_row.addWidget(button)
        self.new_button = QPushButton(self.tr("New meeting"))
        self.new_button.setToolTip(self.tr("New meeting (Ctrl+N)"))

        self.canvas = CalendarCanvas()
        self.canvas.setObjectName("calendarCanvas")
        self.canvas.setAccessibleName(self.tr("Calendar"))
        self.canvas.occurrence_activated.connect(self._on_canvas_occurrence_activated)
        self.canvas.occurrence_dropped.connect(self._on_canvas_occurrence_dropped)
        self.canvas.slot_activated.connect(self._on_canvas_slot_activated)
        self.canvas.selection_changed.connect(self._on_canvas_selection_changed)
        self.canvas.installEventFilter(self)
        self.setFocusProxy(self.canvas)  # the section focused is the grid: arrows, Page Down, Enter
        self.canvas.setFocus()

        top = QHBoxLayout()
        top.addWidget(self.today_button)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addWidget(self.title, 1)
        top.addLayout(mode_row)
        top.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)

        self.today_button.clicked.connect(self.go_today)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.new_button.clicked.connect(lambda: self.new_meeting())
        self.mode_buttons.idClicked.connect(lambda index: self.set_mode(MODES[index]))
        self._add_actions()
        self.canvas.selected_day = self._today()
        self.reload()

    # --- public ------------------------------------------------------------------------------------

    @property
    def selected_day(self) -> date:
        return self.canvas.selected_day

    def reload(self) -> None:
        """Read the visible period again (after any change to meetings or tasks)."""
        first, days, month = self.period()
        last = first + timedelta(days=days - 1)
        now = local_now(self._services.clock.now(), self.zone)
        if self.mode == MONTH:  # a cell draws a few lines and "+N more": read those and count the rest
            shown = self._month_days.read(first, last)
            self.canvas.set_data(self.mode, first, days, month, shown.occurrences, now.date(), now,
                                 counted=(shown.counts, shown.limit))
        else:
            self.canvas.set_data(self.mode, first, days, month, self._query.occurrences(first, last), now.date(),
                                 now)
        self.title.setText(self._title(first, days))
        self._describe_selection()

    def period(self) -> tuple[date, int, int]:
        """First day shown, number of days, and the month in focus."""
        day = self.canvas.selected_day
        start = QLocale().firstDayOfWeek().value - 1  # 0 Monday .. 6 Sunday
        if self.mode == DAY:
            return day, 1, day.month
        if self.mode == WEEK:
            return day - timedelta(days=(day.weekday() - start) % 7), 7, day.month
        first_of_month = day.replace(day=1)
        return first_of_month - timedelta(days=(first_of_month.weekday() - start) % 7), 42, day.month

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._settings.setValue("calendar/mode", mode)
        self.mode_buttons.button(MODES.index(mode)).setChecked(True)
        self.reload()

    def go_to(self, day: date) -> None:
        shown = self.period()
        self.canvas.selected_day = day
        self.canvas.selected = None
        if self.period() != shown:
            self.reload()
            return
        # A day within the days shown: nothing to read again (a million contacts' month takes 0.1 s to read).
        self.canvas.update()
        self.title.setText(self._title(shown[0], shown[1]))
        self._describe_selection()

    def go_today(self) -> None:
        self.go_to(self._today())

    def step(self, direction: int) -> None:
        """The previous (-1) or next (+1) day, week or month."""
        day = self.canvas.selected_day
        if self.mode == DAY:
            self.go_to(day + timedelta(days=direction))
        elif self.mode == WEEK:
            self.go_to(day + timedelta(days=7 * direction))
        else:
            month = day.month - 1 + direction
            year = day.year + month // 12
            month = month % 12 + 1
            last = QDate(year, month, 1).daysInMonth()
            self.go_to(date(year, month, min(day.day, last)))

    def select(self, occurrence: Occurrence | None) -> None:
        self.canvas.selected = occurrence
        if occurrence is not None:
            self.canvas.selected_day = occurrence.start.date()
        self.canvas.update()
        self._describe_selection()

    def open_selected(self) -> None:
        occurrence = self.canvas.selected
        if occurrence is None:
            entries = self.canvas.on_day(self.canvas.selected_day)
            occurrence = entries[0] if entries else None
        if occurrence is not None:
            self._open(occurrence)

    def new_meeting(self, start: datetime | None = None) -> MeetingSheet:
        """Open the new-meeting sheet (non-modal) at `start` (local wall clock), by default the selected
        day at the next full hour."""
        if start is None:
            now = local_now(self._services.clock.now(), self.zone)
            hour = min(now.hour + 1, 23) if self.canvas.selected_day == now.date() else 9
            start = datetime.combine(self.canvas.selected_day, time(hour))
        sheet = MeetingSheet(self._services, start, self.zone, self)
        sheet.created.connect(self._on_sheet_created)
        self.sheet = sheet
        sheet.open()
        return sheet

    def move_entry(self, occurrence: Occurrence, start: datetime, scope: str | None = None) -> bool:
        """Reschedule an entry to `start`. An instance of a repeating meeting without a `scope` asks
        "this event or all events" first (non-modal; the answer finishes the move). True when moved."""
        if occurrence.kind == MEETING and occurrence.recurring and not occurrence.series_uid and scope is None:
            self._ask_scope(occurrence, start)
            return False
        try:
            reschedule(self._services, occurrence, start, self.zone, scope or THIS)
        except RapportError as exc:
            QMessageBox.warning(self, self.tr("Could not move"), in_words(exc))
            return False
        self.canvas.selected_day = start.date()
        self.reload()
        moved = [o for o in self.canvas.occurrences if o.start == start and o.title == occurrence.title]
        self.select(moved[0] if moved else None)
        self.changed.emit()
        return True

    # --- slots -------------------------------------------------------------------------------------

    def _on_canvas_occurrence_activated(self, occurrence: Occurrence) -> None:
        self._open(occurrence)

    def _on_canvas_occurrence_dropped(self, occurrence: Occurrence, start: datetime) -> None:
        self.move_entry(occurrence, start)

    def _on_canvas_slot_activated(self, start: datetime) -> None:
        self.new_meeting(start)

    def _on_canvas_selection_changed(self) -> None:
        first, days, _ = self.period()
        if not first <= self.canvas.selected_day < first + timedelta(days=days):
            self.reload()
        self._describe_selection()

    def _on_sheet_created(self, kind: str, uid: str) -> None:
        record = self._services.activities.get(uid)
        if record.data.occurred_at is not None:
            self.canvas.selected_day = local_now(record.data.occurred_at, self.zone).date()
        self.reload()
        self.select(next((o for o in self.canvas.occurrences if o.uid == uid), None))
        self.changed.emit()

    # --- keys --------------------------------------------------------------------------------------

    def _add_actions(self) -> None:
        keys = (("T", self.go_today), ("D", lambda: self.set_mode(DAY)), ("W", lambda: self.set_mode(WEEK)),
                ("M", lambda: self.set_mode(MONTH)), ("PgUp", lambda: self.step(-1)), ("PgDown", lambda: self.step(1)))
        for key, slot in keys:
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.new_action = QAction(self.tr("New meeting"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(lambda: self.new_meeting())
        self.addAction(self.new_action)

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.canvas and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            return self._canvas_key(event)
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _canvas_key(self, event: QKeyEvent) -> bool:
        if event.modifiers() not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return False
        key = event.key()
        day = self.canvas.selected_day
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.go_to(day + timedelta(days=-1 if key == Qt.Key.Key_Left else 1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            direction = -1 if key == Qt.Key.Key_Up else 1
            if self.mode == MONTH:
                self.go_to(day + timedelta(days=7 * direction))
            else:
                self._step_entry(direction)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
        else:
            return False
        return True

    def _step_entry(self, direction: int) -> None:
        entries = self.canvas.on_day(self.canvas.selected_day)
        if not entries:
            return
        keys = [o.key for o in entries]
        current = self.canvas.selected
        if current is None or current.key not in keys:
            index = 0 if direction > 0 else len(entries) - 1
        else:
            index = max(0, min(len(entries) - 1, keys.index(current.key) + direction))
        self.select(entries[index])

    # --- helpers -----------------------------------------------------------------------------------

    def _open(self, occurrence: Occurrence) -> None:
        self.open_record.emit("task" if occurrence.kind != MEETING else "activity", occurrence.uid)

    def _ask_scope(self, occurrence: Occurrence, start: datetime) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Move a repeating meeting"),
                          self.tr("“%1” repeats. Move only this event, or all events of the series?")
                          .replace("%1", occurrence.title), QMessageBox.StandardButton.Cancel, self)
        this = box.addButton(self.tr("This event"), QMessageBox.ButtonRole.AcceptRole)
        every = box.addButton(self.tr("All events"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(this)

        def answered() -> None:
            clicked = box.clickedButton()
            self.scope_box = None
            if clicked is this:
                self.move_entry(occurrence, start, THIS)
            elif clicked is every:
                self.move_entry(occurrence, start, ALL)
            box.deleteLater()

        box.finished.connect(lambda _: answered())
        self.scope_box = box
        box.open()

    def _describe_selection(self) -> None:
        locale = QLocale()
        day = self.canvas.selected_day
        text = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        selected = self.canvas.selected
        if selected is not None:
            text = f"{selected.title}, {text}"
        self.canvas.setAccessibleDescription(text)

    def _title(self, first: date, days: int) -> str:
        locale = QLocale()
        if self.mode == MONTH:
            day = self.canvas.selected_day
            return month_title(day.year, day.month, locale)
        if self.mode == DAY:
            return locale.toString(QDate(first.year, first.month, first.day), QLocale.FormatType.LongFormat)
        last = first + timedelta(days=days - 1)
        start_text = locale.toString(QDate(first.year, first.month, first.day), "d MMMM" if first.year == last.year
                                     else "d MMMM yyyy")
        end_text = locale.toString(QDate(last.year, last.month, last.day), "d MMMM yyyy")
        return f"{start_text} – {end_text}"

    def _today(self) -> date:
        return local_now(self._services.clock.now(), self.zone).date()
