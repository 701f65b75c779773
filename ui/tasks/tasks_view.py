"""The Tasks view: a quick-add line on top, then the Overdue, Today, Upcoming and Done lists.

The quick-add line reads dates as it is typed (app.quick_dates) and shows what it understood under it
("call Ann · Tomorrow 10:00"), so a word taken for a date is seen before Enter; "double quotes" keep
words out. Ticking a task completes it (a repeating one makes its next occurrence); Space does the
same from the keyboard, Enter opens what the task concerns, Delete moves it to the Trash with Undo.

Signals:
    open_record(str, str): kind and uid of a record to open (the task's contact, account or deal,
                           or the task itself when it concerns none).
    changed(): a task was added, completed, snoozed or deleted here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import RapportError
from app.quick_dates import parse_quick
from app.services import Services
from app.task_list import DONE, OVERDUE, SECTIONS, TODAY, UPCOMING, TaskRow
from app.tasks import TaskData, TaskRecord
from ui.calendar.zone import local_now, system_zone
from ui.flow_layout import FlowLayout
from ui.office import MineFilter
from ui.operations.operation import Op
from ui.pipeline import look
from ui.said import in_words
from ui.tasks.task_model import DUE, OWNER, RELATED, TITLE, TaskListModel, day_text, time_text
from ui.views.keys import down_enters, undo_falls_through
from ui.views.tables import record_table


class TasksView(QWidget):
    open_record = Signal(str, str)
    changed = Signal()

    def __init__(self, services: Services, settings: QSettings, parent: QWidget | None = None, *,
                 zone: tzinfo | None = None, mine: MineFilter | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._zone = zone or system_zone()
        self._query = services.queries.task_list()
        self._mine = mine
        self._query.owner = mine.owner() if mine is not None else ""
        self._deleted: str = ""

        self.quick_add = QLineEdit()
        self.quick_add.setObjectName("quickAdd")
        undo_falls_through(self.quick_add)
        self.quick_add.setPlaceholderText(self.tr("Add a task: “call Ann tomorrow 10:00”, “report every friday”"))
        self.quick_add.setAccessibleName(self.tr("New task"))
        self.quick_add.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add the task (Enter)"))
        self.add_button.setEnabled(False)
        self.preview = QLabel()
        self.preview.setObjectName("quickAddPreview")
        self.preview.setEnabled(False)  # quiet text
        self.preview.setWordWrap(True)

        self.filter_field = QLineEdit()
        self.filter_field.setObjectName("tasksFilter")
        self.filter_field.setPlaceholderText(self.tr("Filter tasks by title, notes or whom they concern"))
        self.filter_field.setAccessibleName(self.tr("Filter tasks"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        undo_falls_through(self.filter_field)
        self.tabs = QTabBar()
        self.tabs.setObjectName("taskSections")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for _ in SECTIONS:
            self.tabs.addTab("")

        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("Mark the task done or not done (Space)"))
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.snooze_button.setToolTip(self.tr("Move the due date later"))
        self.snooze_menu = QMenu(self)
        for label, key in ((self.tr("To today"), "today"), (self.tr("To tomorrow"), "tomorrow"),
                           (self.tr("By 2 days"), "2days"), (self.tr("To next week"), "week")):
            action = self.snooze_menu.addAction(label)
            action.setData(key)
        self.snooze_menu.triggered.connect(self._on_snooze_menu_triggered)
        self.snooze_button.setMenu(self.snooze_menu)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the contact, account or deal the task concerns (Enter)"))

        section = str(settings.value("tasks/section", TODAY))
        self.model = TaskListModel(self._query, section if section in SECTIONS else TODAY, self._today(),
                                   self._zone, self)
        self.model.completion_requested.connect(self._on_model_completion_requested)
        self.table = record_table(self.model, "taskTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RELATED, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DUE, self.fontMetrics().averageCharWidth() * 18)
        header.resizeSection(RELATED, self.fontMetrics().averageCharWidth() * 28)
        header.resizeSection(OWNER, self.fontMetrics().averageCharWidth() * 16)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("tasksPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.placeholder)

        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.undo_bar = QWidget()
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(30_000)
        self._undo_timer.timeout.connect(self.undo_bar.hide)

        add_row = QHBoxLayout()
        add_row.addWidget(self.quick_add, 1)
        add_row.addWidget(self.add_button)
        # The lists' tabs whole, the buttons beside them or, narrow, on a line of their own.
        actions_row = FlowLayout()
        actions_row.addWidget(self.tabs)  # at its full width: never squeezed behind scroll arrows
        for button in (self.done_button, self.snooze_button, self.open_button):
            actions_row.addWidget(button)
        if mine is not None:
            actions_row.addWidget(mine.button(self))
            mine.changed.connect(self._on_mine_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.preview)
        layout.addWidget(self.filter_field)
        layout.addLayout(actions_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.undo_bar)

        self._add_shortcuts()
        self.quick_add.textChanged.connect(self._on_quick_add_text_changed)
        self.quick_add.returnPressed.connect(self.add_from_quick_line)
        self.filter_field.textChanged.connect(self._on_filter_field_text_changed)
        down_enters(self.filter_field, self.table)
        self.add_button.clicked.connect(self.add_from_quick_line)
        self.done_button.clicked.connect(self.toggle_current)
        self.open_button.clicked.connect(self.open_current)
        self.tabs.setCurrentIndex(SECTIONS.index(self.model.section))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        state = settings.value("tasks/header")
        if state is not None:
            header.restoreState(state)
        self._on_quick_add_text_changed("")
        self.reload()

    # --- public ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the lists again (after a change anywhere, or when the day turned)."""
        current = self.current_task()
        self.model.reload(self._today(), local_now(self._services.clock.now(), self._zone))
        counts = self._query.counts(self._today(), self.model.filter_text)
        names = {OVERDUE: self.tr("Overdue"), TODAY: self.tr("Today"), UPCOMING: self.tr("Upcoming"),
                 DONE: self.tr("Done")}
        for index, section in enumerate(SECTIONS):
            count = counts[section]
            text = names[section] if section == DONE or not count else f"{names[section]}  {count}"
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, look.count_text(self.tr("%n task(s)", "", count), count))
        if counts[OVERDUE]:
            self.tabs.setTabTextColor(0, look.status_colour("overdue", self.palette()))
        else:
            self.tabs.setTabTextColor(0, self.palette().color(self.foregroundRole()))
        self._show_placeholder()
        if current is not None and self.model.row_of(current.uid) >= 0:
            self.select(current.uid)
        elif self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, TITLE), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def _on_mine_changed(self) -> None:
        self._query.owner = self._mine.owner() if self._mine is not None else ""
        self.reload()

    def focus_filter(self) -> None:
        """Ctrl+F here: the tasks are filtered (UI.md 6), not everything searched."""
        self.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_field.selectAll()

    def _on_filter_field_text_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self.reload()

    def show_section(self, section: str) -> None:
        self.tabs.setCurrentIndex(SECTIONS.index(section))

    def select(self, uid: str) -> bool:
        row = self.model.row_of(uid)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def current_task(self) -> TaskRow | None:
        index = self.table.currentIndex()
        return self.model.task(index.row()) if index.isValid() else None

    def add_from_quick_line(self) -> bool:
        """Create the task the quick-add line describes (on the write worker); False when there is nothing
        to add. Once it is in, the line clears and the new task is selected."""
        text = self.quick_add.text().strip()
        if not text:
            return False
        parsed = parse_quick(text, self._now_local(), week_start=self._week_start())
        data = TaskData(title=parsed.title, due_date=parsed.due_date, due_time=parsed.due_time,
                        recurrence=parsed.recurrence)
        self.quick_add.clear()  # at once: a second Enter must not add it twice
        Op(self, self._services, self.tr("Add task “%1”").replace("%1", parsed.title),
           lambda services: services.tasks.create(replace(data, owner=services.office.me())).value) \
            .success(self._on_task_added) \
            .failure(lambda error: self._on_task_refused(error, text), (RapportError,)).run(initiator=self)
        return True

    def _on_task_added(self, record: TaskRecord) -> None:
        self._show_list_of(record.data.due_date)
        self.reload()
        self.select(record.uid)
        self.changed.emit()

    def _on_task_refused(self, error: Exception, text: str) -> None:
        if not self.quick_add.text():
            self.quick_add.setText(text)  # what was typed comes back to be put right
        self.preview.setText(in_words(error))

    def set_done(self, uid: str, done: bool) -> None:
        title = self._services.tasks.get(uid).data.title
        label = (self.tr("Complete “%1”") if done else self.tr("Reopen “%1”")).replace("%1", title)

        def change(services: Services) -> None:
            if done:
                services.tasks.complete(uid)
            else:
                services.tasks.update(uid, status="needs-action", percent_complete=0)

        Op(self, self._services, label, change).success(self._on_changed).run(initiator=self)

    def _on_changed(self, _value: object = None) -> None:
        self.reload()
        self.changed.emit()

    def toggle_current(self) -> None:
        task = self.current_task()
        if task is not None:
            self.set_done(task.uid, not task.done)

    def snooze(self, uid: str, how: str) -> None:
        """Move a task's due date: "today", "tomorrow", "2days" or "week" (the next week's first day);
        its reminder moves with it."""
        record = self._services.tasks.get(uid)
        today = self._today()
        due = record.data.due_date
        base = max(due, today) if due is not None else today
        target = {"today": today, "tomorrow": today + timedelta(days=1), "2days": base + timedelta(days=2),
                  "week": today + timedelta(days=7 - (today.weekday() - self._week_start()) % 7)}[how]
        changes: dict[str, object] = {"due_date": target}
        if record.data.reminder_at is not None and due is not None:
            changes["reminder_at"] = record.data.reminder_at + (target - due)
        Op(self, self._services, self.tr("Snooze “%1”").replace("%1", record.data.title),
           lambda services: services.tasks.update(uid, **changes)).success(self._on_changed).run(initiator=self)

    def open_current(self) -> None:
        task = self.current_task()
        if task is None:
            return
        if task.related_kind:
            self.open_record.emit(task.related_kind, task.related_uid)
        else:
            self.open_record.emit("task", task.uid)

    def delete_current(self) -> None:
        task = self.current_task()
        if task is None:
            return

        def delete(services: Services) -> None:
            unit = services.writer.current
            assert unit is not None  # the Op's own unit of work
            unit.action = "delete task"  # the bar's Undo takes back the newest of these
            services.tasks.delete(task.uid)

        Op(self, self._services, self.tr("Delete “%1”").replace("%1", task.title), delete) \
            .success(lambda _value: self._on_deleted(task.uid, task.title)).run(initiator=self)

    def _on_deleted(self, uid: str, title: str) -> None:
        self._deleted = uid
        self.undo_label.setText(self.tr("“%1” moved to the Trash.").replace("%1", title))
        self.undo_bar.show()
        self._undo_timer.start()
        self._on_changed()

    # --- slots -------------------------------------------------------------------------------------

    def _on_undo_clicked(self) -> None:
        if not self._deleted:
            return
        step = self._services.undo.next_undo("delete task")
        Op(self, self._services, step.label if step is not None else self.tr("Undo"),
           lambda services: services.undo.undo("delete task", move_on=False), own_units=True) \
            .success(self._on_undone).failure(self._on_undo_refused, (RapportError,)).run(initiator=self)

    def _on_undone(self, _value: object) -> None:
        uid, self._deleted = self._deleted, ""
        self.undo_bar.hide()
        self.reload()
        self.select(uid)
        self.changed.emit()

    def _on_undo_refused(self, error: Exception) -> None:
        self.undo_label.setText(in_words(error))

    def _on_quick_add_text_changed(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))
        if not text.strip():
            self.preview.setText(self.tr("Dates are understood as you type: today, tomorrow 10:00, next friday,"
                                         " in 3 days, every monday…"))
            return
        parsed = parse_quick(text, self._now_local(), week_start=self._week_start())
        parts = [parsed.title]
        if parsed.due_date is not None:
            parts.append(f"{day_text(parsed.due_date, self._today())} {time_text(parsed.due_time)}".strip())
            parts[-1] = f"{parts[-1]} ({look.long_date(parsed.due_date)})"
        else:
            parts.append(self.tr("no due date"))
        if parsed.recurrence:
            parts.append(self.tr("repeats"))
        self.preview.setText("→ " + " · ".join(parts))

    def _on_model_completion_requested(self, uid: str, done: bool) -> None:
        self.set_done(uid, done)

    def _on_tabs_current_changed(self, index: int) -> None:
        section = SECTIONS[index]
        self._settings.setValue("tasks/section", section)
        self.model.set_section(section)
        self.reload()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_current()

    def _on_table_context_menu(self, position: QPoint) -> None:
        task = self.current_task()
        if task is None:
            return
        menu = QMenu(self)
        menu.addAction(self.toggle_action)
        if not task.done:
            menu.addMenu(self.snooze_menu).setText(self.tr("Snooze"))
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _on_snooze_menu_triggered(self, action: QAction) -> None:
        task = self.current_task()
        if task is not None:
            self.snooze(task.uid, str(action.data()))

    def _update_buttons(self) -> None:
        task = self.current_task()
        has = task is not None
        self.done_button.setEnabled(has)
        self.done_button.setText(self.tr("Mark not done") if task is not None and task.done else self.tr("Mark done"))
        self.snooze_button.setEnabled(has and task is not None and not task.done)
        self.open_button.setEnabled(has)
        for action in self.snooze_menu.actions():
            action.setVisible(action.data() != "today" or self.model.section == OVERDUE)

    # --- helpers -----------------------------------------------------------------------------------

    def _add_shortcuts(self) -> None:
        self.toggle_action = QAction(self.tr("Mark done / not done"), self)
        self.toggle_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.toggle_action.triggered.connect(self.toggle_current)
        self.open_action = QAction(self.tr("Open"), self)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.triggered.connect(self.open_current)
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_current)
        # Enter on the table comes through the event filter: item views take Return for themselves.
        self.table.installEventFilter(self)
        for action in (self.toggle_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(action)
        self.new_action = QAction(self.tr("New task"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(lambda: self.quick_add.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(self.new_action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def _show_placeholder(self) -> None:
        empty = self.model.rowCount() == 0
        texts = {
            OVERDUE: self.tr("Nothing overdue. Well done."),
            TODAY: self.tr("Nothing due today.\nType a task above — “call Ann at 3pm” — and press Enter."),
            UPCOMING: self.tr("Nothing coming up.\nTasks with a later date, or none, are listed here."),
            DONE: self.tr("No task done yet.\nTick a task to mark it done."),
        }
        if self.model.filter_text.strip():
            texts = dict.fromkeys(texts, self.tr("No task here matches “%1”.").replace(
                "%1", self.model.filter_text.strip()))
        self.placeholder.setText(texts[self.model.section])
        self.stack.setCurrentWidget(self.placeholder if empty else self.table)

    def _show_list_of(self, due: date | None) -> None:
        today = self._today()
        section = UPCOMING if due is None or due > today else TODAY if due == today else OVERDUE
        if section != self.model.section:
            self.show_section(section)

    def _now_local(self) -> datetime:
        return local_now(self._services.clock.now(), self._zone)

    def _today(self) -> date:
        return self._now_local().date()

    @staticmethod
    def _week_start() -> int:
        return QLocale().firstDayOfWeek().value - 1  # Qt: Monday 1 .. Sunday 7

    def hideEvent(self, event: QHideEvent) -> None:
        self._settings.setValue("tasks/header", self.table.horizontalHeader().saveState())
        super().hideEvent(event)
