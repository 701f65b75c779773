"""The deal detail pane (UI.md 2): header, next step, stage stepper with days per stage, Won/Lost, key
facts (amount, probability — the stage's unless overridden —, expected close), people, the stage
history with the time spent in each stage, and the linked tasks and activities.

Small lists here (a deal's history, its tasks and activities) are QTreeWidgets: a handful of rows each,
read in full whenever the deal is shown, so a model of their own would add code and nothing else.

Signals (DealDetailPane):
    open_record(str, str)  kind ("deal", "contact", "account", "task", "activity") and uid to open
    changed()              the deal was changed here (won, lost, reopened, moved, probability)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import cast

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QPoint,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.accounts import AccountData
from app.deals import DealRecord
from app.errors import NotFoundError, RapportError, ValidationError
from app.pipelines import PipelineInfo, StageInfo
from app.services import Services
from app.validation import to_minor_units
from ui.detail.custom_fields import CustomFieldsBox
from ui.detail.files_box import FilesBox, dropped_files
from ui.detail.inline_field import Done, InlineField
from ui.detail.pickers import AccountChoice, RecordCompleter, contacts_matching
from ui.detail.sheets import amount_typed
from ui.external_links import is_external, open_external, reach_html
from ui.flow_layout import FlowLayout
from ui.operations.operation import Op
from ui.pipeline import look
from ui.pipeline.lost_dialog import LostReasonDialog
from ui.pipeline.stage_editor import error_text
from ui.qt_dates import parse_date, qdate
from ui.said import in_words
from ui.views.keys import undo_falls_through

UID_ROLE = Qt.ItemDataRole.UserRole + 1
ACTIVITY_LIMIT = 20


def local_datetime(moment: datetime, *, long: bool = False) -> str:
    """A naive UTC moment in the user's time zone and locale."""
    clock = QTime(moment.hour, moment.minute, moment.second)
    value = QDateTime(qdate(moment.date()), clock, QTimeZone.utc()).toLocalTime()
    return QLocale().toString(value, QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat)


class StageStepper(QWidget):
    """The pipeline's stages side by side with the days the deal spent in each; the current one
    highlighted. A click on another stage asks to move the deal there.

    Signals: stage_clicked(str) the stage uid.
    """

    stage_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageStepper")
        self._stages: list[StageInfo] = []
        self._days: dict[str, float] = {}
        self._current = ""
        self._clickable = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_stages(self, stages: list[StageInfo], days: dict[str, float], current: str, clickable: bool) -> None:
        self._stages, self._days, self._current, self._clickable = stages, days, current, clickable
        words = []
        for stage in stages:
            spent = days.get(stage.uid)
            if spent is not None:
                whole = round(spent)
                words.append(look.count_text(self.tr("%1: %n day(s)", "", whole), whole).replace("%1", stage.name))
            else:
                words.append(stage.name)
        self.setToolTip("\n".join(words))
        self.setAccessibleName(self.tr("Stages"))
        self.setAccessibleDescription("; ".join(words))
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 12 * max(1, len(self._stages)), metrics.lineSpacing() * 2 + 8)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 4 * max(1, len(self._stages)), metrics.lineSpacing() * 2 + 8)

    def _segment(self, index: int) -> QRect:
        count = max(1, len(self._stages))
        gap = 2
        width = (self.width() - gap * (count - 1)) / count
        return QRect(round(index * (width + gap)), 0, round(width), self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        current_index = next((i for i, s in enumerate(self._stages) if s.uid == self._current), -1)
        for index, stage in enumerate(self._stages):
            rect = self._segment(index)
            if index == current_index:
                fill = palette.color(QPalette.ColorRole.Highlight)
                text = palette.color(QPalette.ColorRole.HighlightedText)
            elif index < current_index:
                fill, text = palette.color(QPalette.ColorRole.Midlight), palette.color(QPalette.ColorRole.Text)
                if look.is_dark(palette):
                    fill = palette.color(QPalette.ColorRole.Mid)
            else:
                fill, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
            painter.fillRect(rect, fill)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            inner = rect.adjusted(4, 3, -4, -3)
            line = metrics.lineSpacing()
            bold = QFont(self.font())
            bold.setBold(index == current_index)
            painter.setFont(bold)
            painter.setPen(text)
            name = QFontMetrics(bold).elidedText(stage.name, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignCenter, name)
            spent = self._days.get(stage.uid)
            days = self.tr("%1 d", "days in a stage").replace("%1", QLocale().toString(round(spent))) if (
                spent is not None) else "–"
            painter.setFont(self.font())
            days = metrics.elidedText(days, Qt.TextElideMode.ElideRight, inner.width())  # "27…", never "78 d"
            painter.drawText(QRect(inner.left(), inner.top() + line, inner.width(), line),
                             Qt.AlignmentFlag.AlignCenter, days)
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._clickable or event.button() != Qt.MouseButton.LeftButton:
            return
        point: QPoint = event.position().toPoint()
        for index, stage in enumerate(self._stages):
            if self._segment(index).contains(point) and stage.uid != self._current:
                self.stage_clicked.emit(stage.uid)
                return


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # only if a row is taller than thought
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # The pane decides the width: a list never widens it past the window (its first column elides).
    tree.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return tree


class DealDetailPane(QWidget):
    """See the module docstring for the signals. `show_deal(uid)` fills it; `clear()` empties it."""

    open_record = Signal(str, str)
    changed = Signal()
    deal_moved = Signal(str, str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealDetail")
        self._services = services
        self._query = services.queries.board()
        self._deal: DealRecord | None = None
        self._gone = ""
        self.lost_dialog: LostReasonDialog | None = None

        # The deal's own facts are edited in place (click, F2 or Enter; Enter saves, Esc cancels), each save
        # an Op on the write worker, undone with Ctrl+Z (ui/operations).
        self.title = self._field("title", self.tr("Title"))
        font = self.title.display.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.display.setFont(font)
        self.title.editor.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("dealSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.linkActivated.connect(self._on_link_activated)
        self.status = QLabel()
        self.status.setObjectName("dealStatus")
        self.status.setWordWrap(True)

        self.won_button = QPushButton(self.tr("Won"))
        self.lost_button = QPushButton(self.tr("Lost…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.delete_button = QPushButton(self.tr("Move to Trash"))
        self.delete_button.setObjectName("dealDelete")
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.won_button.clicked.connect(self._on_won_button_clicked)
        self.lost_button.clicked.connect(self._on_lost_button_clicked)
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        buttons = FlowLayout()  # Move to Trash is at the foot of the pane: a narrow pane keeps Won and Lost whole
        buttons.addWidget(self.won_button)
        buttons.addWidget(self.lost_button)
        buttons.addWidget(self.reopen_button)
        self.private_box = QCheckBox(self.tr("Private"))
        self.private_box.setObjectName("dealPrivate")
        self.private_box.setToolTip(self.tr("Only you see this deal: sync puts it in your own calendar, never in the"
                                          " office's (with no calendar of your own it stays on this computer)"))
        self.private_box.clicked.connect(self._on_private_box_clicked)
        buttons.addWidget(self.private_box)

        self.next_step = QLabel()
        self.next_step.setObjectName("dealNextStep")
        self.next_step.setWordWrap(True)
        self.stepper = StageStepper()
        self.stepper.stage_clicked.connect(self._on_stepper_stage_clicked)

        self.amount = self._field("amount", self.tr("Amount"))
        self.currency = self._field("currency", self.tr("Currency"))
        self.probability = QSpinBox()
        self.probability.setObjectName("dealProbability")
        self.probability.setRange(-1, 100)  # -1: the stage's (shown as the special text)
        self.probability.setSuffix(self.tr(" %"))
        self.probability.setKeyboardTracking(False)
        # As wide as the field column: "Stage's (10 %)" is longer in some languages than Qt's guess.
        self.probability.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.probability.setAccessibleName(self.tr("Probability"))
        self.probability.setToolTip(self.tr("The stage's probability unless you set one for this deal"))
        self.probability.valueChanged.connect(self._on_probability_value_changed)
        self.expected_close = self._field("expected_close", self.tr("Expected close"), picks_date=True)
        self.account = InlineField("account", self.tr("Account"), "", self._commit_account,
                                   placeholder=self.tr("Add"))
        self.account.setObjectName("dealField:account")
        self.account_choice = AccountChoice(services, cast(QLineEdit, self.account.editor))
        self.account_choice.completer.picked.connect(self._on_account_picked)
        self.account.editing_changed.connect(self.account_choice.reload_when_editing)
        self.pipeline = QComboBox()
        self.pipeline.setObjectName("dealPipeline")
        self.pipeline.setAccessibleName(self.tr("Pipeline"))
        self.pipeline.activated.connect(self._on_pipeline_activated)
        self.owner = self._field("owner", self.tr("Owner"))
        # The office's people complete the name as it is typed (a new name is a new person of the office).
        self.owner_completer = QCompleter(self)
        self.owner_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner_completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        cast(QLineEdit, self.owner.editor).setCompleter(self.owner_completer)
        self.owner.editing_changed.connect(self._on_owner_editing_changed)
        self.source = self._field("lead_source", self.tr("Lead source"))
        self.created = QLabel()
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        probability_label = QLabel(self.tr("&Probability:"))
        probability_label.setBuddy(self.probability)
        pipeline_label = QLabel(self.tr("Pipe&line:"))
        pipeline_label.setBuddy(self.pipeline)
        facts.addRow(self.tr("Account:"), self.account)
        facts.addRow(pipeline_label, self.pipeline)
        facts.addRow(self.tr("Amount:"), self.amount)
        facts.addRow(self.tr("Currency:"), self.currency)
        facts.addRow(probability_label, self.probability)
        facts.addRow(self.tr("Expected close:"), self.expected_close)
        facts.addRow(self.tr("Owner:"), self.owner)
        facts.addRow(self.tr("Lead source:"), self.source)
        facts.addRow(self.tr("Created:"), self.created)

        self.people = QLabel()
        self.people.setObjectName("dealPeople")
        self.people.setWordWrap(True)
        self.people.setTextFormat(Qt.TextFormat.RichText)
        self.people.linkActivated.connect(self._on_people_link_activated)
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.add_person = QLineEdit()
        self.add_person.setObjectName("dealAddPerson")
        undo_falls_through(self.add_person)
        self.add_person.setPlaceholderText(self.tr("Type a name to add a contact"))
        self.add_person.setAccessibleName(self.tr("Add a person to this deal"))
        self.person_completer = RecordCompleter(self.add_person, self._complete_person)
        self.person_completer.picked.connect(self._on_person_picked)

        self.history = _tree([self.tr("Stage"), self.tr("Entered"), self.tr("Days")])
        self.history.setObjectName("dealHistory")
        self.tasks = _tree([self.tr("Task"), self.tr("Due")])
        self.tasks.setObjectName("dealTasks")
        self.tasks.itemActivated.connect(self._on_tasks_item_activated)
        self.activities = _tree([self.tr("Activity"), self.tr("When")])
        self.activities.setObjectName("dealActivities")
        self.activities.itemActivated.connect(self._on_activities_item_activated)

        self.custom_fields = CustomFieldsBox(services, "deal")
        self.custom_fields.changed.connect(self.changed)
        self.custom_fields.open_record.connect(self._on_custom_record_opened)
        self.files_box = FilesBox(services, "deal")
        self.files_box.changed.connect(self.changed)
        self.setAcceptDrops(True)  # a file dropped anywhere on the deal goes onto it

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.status)
        column.addLayout(buttons)
        column.addWidget(self.next_step)
        column.addWidget(self.stepper)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addLayout(facts)
        column.addWidget(self.custom_fields)
        column.addWidget(_section(self.tr("People")))
        column.addWidget(self.people)
        column.addWidget(self.add_person)
        column.addWidget(_section(self.tr("Stage history")))
        column.addWidget(self.history)
        column.addWidget(_section(self.tr("Tasks")))
        column.addWidget(self.tasks)
        column.addWidget(_section(self.tr("Activities")))
        column.addWidget(self.activities)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(self.files_box)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.placeholder = QLabel(self.tr("Select a deal to see its details here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)

    # --- public API ----------------------------------------------------------------------------------

    @property
    def deal_uid(self) -> str:
        return self._deal.uid if self._deal else ""

    def clear(self) -> None:
        self._deal = None
        self.files_box.set_record(None)
        self.custom_fields.show_record("")
        # After a delete, what became of it stays said until another deal is shown.
        self.placeholder.setText(self._gone or self.tr("Select a deal to see its details here."))
        self.stack.setCurrentWidget(self.placeholder)

    def show_deal(self, uid: str) -> None:
        deal = self._stored(uid)
        if deal is None:
            return
        if self._deal is None or self._deal.uid != deal.uid:
            for field in (self.title, self.account, self.amount, self.currency, self.expected_close, self.owner,
                          self.source):
                field.discard()  # an edit of the deal shown before never lands on this one
            self.add_person.clear()
        self._deal = deal
        self._gone = ""
        self._fill(deal)
        self.files_box.set_record(deal.uid)
        self.stack.setCurrentIndex(1)

    def attach_file(self) -> None:
        """Attach a File…: the file dialog, for the deal shown."""
        if self._deal is not None:
            self.files_box.choose_files()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._deal is not None and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._deal is not None and dropped_files(event):
            self.files_box.dropEvent(event)

    def refresh(self) -> None:
        self.show_deal(self.deal_uid)

    def show_stage_moved(self, uid: str) -> None:
        """The deal `uid` moved to another stage of its pipeline: of the pane, only what the stage decides is
        read again (filling it whole took 15 ms of each move at 100,000 contacts)."""
        if uid != self.deal_uid:
            self.refresh()
            return
        deal = self._stored(uid)
        if deal is None:
            return
        self._deal = deal
        self._fill_stage(deal)
        self.history.setFixedHeight(self._tree_height(self.history))

    def _stored(self, uid: str) -> DealRecord | None:
        """The deal as stored now; None, and the pane cleared, when there is none (no uid, or deleted for good)."""
        if uid:
            try:
                return self._services.deals.get(uid)
            except NotFoundError:
                pass
        self.clear()
        return None

    # --- filling -------------------------------------------------------------------------------------

    def _fill(self, deal: DealRecord) -> None:
        data = deal.data
        self.title.set_value(data.title)
        amount_minor = self._amount_minor(deal)
        money = look.money(amount_minor, data.currency)
        parts = []
        if money:
            parts.append(money)
        account_name = self._account_name(data.account_uid)
        if account_name:
            parts.append(f'<a href="account:{data.account_uid}">{_escape(account_name)}</a>')
        self.subtitle.setText(" · ".join(parts) if parts else self.tr("No amount or account yet"))

        pipeline = self._fill_stage(deal)
        is_open = deal.status == "open"
        self.private_box.setChecked(self._services.privacy.is_private("deal", deal.uid))

        amount = data.amount
        digits = max(0, -int(amount.as_tuple().exponent)) if amount is not None else 0
        self.amount.set_value("" if amount is None else QLocale().toString(float(amount), "f", digits), shown=money)
        self.currency.set_value(data.currency)
        self.expected_close.set_value(data.expected_close.isoformat() if data.expected_close else "",
                                      shown=look.long_date(data.expected_close))
        self.account.set_value(account_name)
        self.pipeline.blockSignals(True)
        self.pipeline.clear()
        for choice in self._services.pipelines.list():
            self.pipeline.addItem(choice.name, choice.uid)
        self.pipeline.setCurrentIndex(self.pipeline.findData(pipeline.uid))
        self.pipeline.setEnabled(is_open and self.pipeline.count() > 1)
        self.pipeline.blockSignals(False)
        self.owner.set_value(data.owner)
        self.source.set_value(data.lead_source)
        self.created.setText(local_datetime(deal.meta.created_at))
        self.custom_fields.show_record(deal.uid)

        remove, role = _escape(self.tr("remove")), _escape(self.tr("role"))
        people = [" · ".join([f'<a href="contact:{p.uid}">{_escape(p.name)}</a>'
                              + (f" ({_escape(p.role)})" if p.role else ""), *reach_html(p.email, p.phone),
                              f'<a href="role:{p.uid}">{role}</a>', f'<a href="remove:{p.uid}">{remove}</a>'])
                  for p in self._query.people(deal.uid)]
        self.people.setText("<br>".join(people) if people else self.tr("No contacts linked to this deal."))

        self._fill_tasks_and_activities(deal)
        for tree in (self.history, self.tasks, self.activities):
            tree.setFixedHeight(self._tree_height(tree))

    def _fill_stage(self, deal: DealRecord) -> PipelineInfo:
        """What the deal's stage decides: its status, buttons, stepper, stage history and the stage's probability.
        Returns its pipeline."""
        data = deal.data
        stage = self._services.pipelines.stage(data.stage_uid)
        pipeline = self._services.pipelines.get(stage.pipeline_uid)
        if deal.status == "won":
            closed = local_datetime(deal.closed_at or deal.meta.updated_at)
            self.status.setText(self.tr("Won on %1").replace("%1", closed))
        elif deal.status == "lost":
            self.status.setText(self.tr("Lost on %1: %2").replace(
                "%1", local_datetime(deal.closed_at or deal.meta.updated_at)).replace("%2", deal.lost_reason))
        else:
            self.status.setText(self.tr("Open · %1 · %2").replace("%1", pipeline.name).replace("%2", deal.stage_name))
        self._colour_status(deal.status)
        is_open = deal.status == "open"
        self.won_button.setVisible(is_open)
        self.lost_button.setVisible(is_open)
        self.reopen_button.setVisible(not is_open)

        history = self._services.deals.history(deal.uid)
        days: dict[str, float] = defaultdict(float)
        names = {s.name: s.uid for s in pipeline.stages}
        for move in history:
            if move.to_stage in names:
                days[names[move.to_stage]] += move.days_in_stage
        self.stepper.set_stages(list(pipeline.stages), dict(days), data.stage_uid, is_open)
        self.history.clear()
        for move in reversed(history):  # newest first, as in the timeline
            item = QTreeWidgetItem([move.to_stage, local_datetime(move.changed_at),
                                    QLocale().toString(move.days_in_stage, "f", 1)])
            item.setToolTip(1, local_datetime(move.changed_at, long=True))
            if move.from_stage:
                item.setToolTip(0, self.tr("From %1").replace("%1", move.from_stage))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.history.addTopLevelItem(item)
        self.probability.blockSignals(True)
        self.probability.setSpecialValueText(self.tr("Stage's (%1 %)").replace("%1", str(deal.stage_probability)))
        # Never narrower than that text: in a narrow pane the row goes under its label instead of cutting it.
        self.probability.setMinimumWidth(self.probability.sizeHint().width())
        self.probability.setValue(-1 if data.probability is None else data.probability)
        self.probability.setEnabled(is_open)
        self.probability.blockSignals(False)
        return pipeline

    def _fill_tasks_and_activities(self, deal: DealRecord) -> None:
        tasks = self._query.tasks(deal.uid)
        self.tasks.clear()
        palette = self.palette()
        for task in tasks:
            due = look.short_date(task.due_date)
            if task.due_time:
                due = f"{due} {task.due_time}"
            item = QTreeWidgetItem([task.title, due or "—"])
            item.setData(0, UID_ROLE, task.uid)
            words = {"overdue": self.tr("Overdue"), "today": self.tr("Due today"), "later": self.tr("Planned"),
                     "done": self.tr("Done")}
            item.setToolTip(0, words.get(task.state, ""))
            if task.state in ("overdue", "today"):
                item.setForeground(1, look.status_colour(task.state, palette))
            if task.done:
                font = item.font(0)
                font.setStrikeOut(True)
                item.setFont(0, font)
                item.setForeground(0, palette.color(QPalette.ColorRole.PlaceholderText))
            self.tasks.addTopLevelItem(item)
        if not tasks:
            self.tasks.addTopLevelItem(QTreeWidgetItem([self.tr("No tasks linked to this deal."), ""]))

        now = self._services.clock.now()
        upcoming = [t for t in tasks if not t.done]
        activities = self._services.activities.timeline("deal", deal.uid, limit=ACTIVITY_LIMIT)
        future = sorted((a for a in activities if a.data.occurred_at and a.data.occurred_at >= now),
                        key=lambda a: a.data.occurred_at or now)
        self.activities.clear()
        kinds = {"call": self.tr("Call"), "meeting": self.tr("Meeting"), "email": self.tr("E-mail"),
                 "note": self.tr("Note")}
        for activity in activities:
            data = activity.data
            summary = data.subject or data.text.split("\n")[0] or data.outcome
            text = f"{kinds.get(data.kind, data.kind)}: {summary}" if summary else kinds.get(data.kind, data.kind)
            when = local_datetime(data.occurred_at) if data.occurred_at else ""
            item = QTreeWidgetItem([text, when])
            item.setData(0, UID_ROLE, activity.uid)
            item.setToolTip(0, data.text or summary)
            if data.occurred_at:
                item.setToolTip(1, local_datetime(data.occurred_at, long=True))
            self.activities.addTopLevelItem(item)
        if not activities:
            self.activities.addTopLevelItem(QTreeWidgetItem([self.tr("No activities linked to this deal."), ""]))

        # Next step: the most urgent open task, else the next activity to come (UI.md 2).
        if upcoming and upcoming[0].due_date is not None:
            task = upcoming[0]
            words = {"overdue": self.tr("Next step (overdue): %1, due %2"),
                     "today": self.tr("Next step (today): %1"), "later": self.tr("Next step: %1, due %2")}
            text = words.get(task.state, words["later"]).replace("%1", task.title).replace(
                "%2", look.long_date(task.due_date))
            self._colour(self.next_step, task.state)
        elif future:
            activity = future[0]
            what = activity.data.subject or kinds[activity.data.kind]
            when = local_datetime(activity.data.occurred_at or now, long=True)
            text = self.tr("Next step: %1, %2").replace("%1", what).replace("%2", when)
            self._colour(self.next_step, "later")
        elif upcoming:
            text = self.tr("Next step: %1 (no due date)").replace("%1", upcoming[0].title)
            self._colour(self.next_step, "later")
        else:
            text = self.tr("⚠ No next step planned for this deal.")
            self._colour(self.next_step, "none")
        self.next_step.setText(text)

    # --- helpers -------------------------------------------------------------------------------------

    @staticmethod
    def _amount_minor(deal: DealRecord) -> int | None:
        data = deal.data
        return to_minor_units(data.amount, data.currency) if data.amount is not None and data.currency else None

    def _tree_height(self, tree: QTreeWidget) -> int:
        """Tall enough for every row: the pane scrolls as a whole, not each list inside it."""
        rows = max(1, tree.topLevelItemCount())
        row = tree.sizeHintForRow(0) if tree.sizeHintForRow(0) > 0 else self.fontMetrics().height() + 4
        header = tree.header().sizeHint().height()
        return header + row * rows + 2 * tree.frameWidth() + self.fontMetrics().height() // 3

    def _colour(self, label: QLabel, state: str) -> None:
        palette = label.palette()
        colour = look.status_colour(state, self.palette()) if state in ("overdue", "today", "none") else (
            self.palette().color(QPalette.ColorRole.WindowText))
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)

    def _colour_status(self, status: str) -> None:
        palette = self.status.palette()
        colour = look.status_colour(status, self.palette()) if status in ("won", "lost") else (
            self.palette().color(QPalette.ColorRole.WindowText))
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.status.setPalette(palette)

    def _run(self, change: Callable[[Services], object], label: str = "", *, moves: bool = False) -> None:
        """Make a change to the deal shown (on the write worker); `label` names the step for Edit → Undo
        ("%1": its title). What the service refuses is said on the status line; anything else gets the
        default message with Retry."""
        title = self._deal.data.title if self._deal is not None else ""
        uid = self.deal_uid
        Op(self, self._services, label.replace("%1", title) or self.tr("Edit “%1”").replace("%1", title), change) \
            .success(lambda _value: self._on_run_done(uid, title, moves)) \
            .failure(self._on_run_refused, (RapportError,)).run(initiator=self)

    def _on_run_done(self, uid: str, title: str, moved: bool) -> None:
        self.refresh()
        self.changed.emit()
        if moved:
            self.deal_moved.emit(uid, title)

    def _on_run_refused(self, error: Exception) -> None:
        assert isinstance(error, RapportError)
        self.status.setText(error_text(error))

    def _on_owner_editing_changed(self, editing: bool) -> None:
        if editing:
            self.owner_completer.setModel(QStringListModel(self._services.office.people(), self.owner_completer))

    def _field(self, key: str, name: str, *, picks_date: bool = False) -> InlineField:
        field = InlineField(key, name, "", lambda text, done: self._commit(key, name, text, done),
                            placeholder=self.tr("Add"), picks_date=picks_date)
        field.setObjectName(f"dealField:{key}")
        return field

    def _commit(self, key: str, name: str, text: str, done: Done) -> None:
        """Save one fact of the deal shown: the text as the user's locale writes it (an amount, a date),
        read here; the write on the worker; the service's message under the field when refused."""
        if self._deal is None:
            done(None)
            return
        try:
            value = self._parse(key, text)
        except ValueError as exc:
            done(in_words(exc))
            return
        uid, title = self._deal.uid, self._deal.data.title

        def change(services: Services) -> object:
            if key == "amount" and value is not None and not services.deals.get(uid).data.currency:
                return services.deals.update(uid, amount=value, currency=QLocale().currencySymbol(
                    QLocale.CurrencySymbolFormat.CurrencyIsoCode) or "EUR")
            return services.deals.update(uid, **{key: value})

        Op(self, self._services, self.tr("Edit %1 of “%2”").replace("%1", name).replace("%2", title), change) \
            .success(lambda _value: self._on_fact_saved(done)) \
            .failure(lambda error: done(error_text(error))).run(initiator=self)

    def _parse(self, key: str, text: str) -> object:
        text = text.strip()
        if key == "amount":
            try:
                return amount_typed(text)
            except ValidationError as exc:
                raise ValueError(exc.errors[0].message) from None
        if key == "expected_close":
            return parse_date(text) if text else None
        if key == "currency":
            return text.upper()
        return text

    def _on_fact_saved(self, done: Done) -> None:
        done(None)
        self.refresh()
        self.changed.emit()

    def _account_name(self, uid: str | None) -> str:
        """The live account's name; "" for none, or one in the Trash."""
        return self._query.account_name(uid) if uid else ""

    def _commit_account(self, text: str, done: Done) -> None:
        """Link the deal to the account typed: one there is (picked from the list or named exactly), a new
        one (made in the same step; asked about first when it nearly duplicates one), or none (emptied)."""
        if self._deal is None:
            done(None)
            return
        account_uid, new_name, question = self.account_choice.resolve(text)
        if question:
            done(question)
            return
        uid, title = self._deal.uid, self._deal.data.title

        def change(services: Services) -> object:
            linked = account_uid
            if new_name:
                linked = services.accounts.create(AccountData(name=new_name)).value.uid
            return services.deals.update(uid, account_uid=linked)

        Op(self, self._services, self.tr("Edit %1 of “%2”").replace("%1", self.tr("Account")).replace("%2", title),
           change).success(lambda _value: self._on_fact_saved(done)) \
            .failure(lambda error: done(error_text(error))).run(initiator=self)

    def _on_account_picked(self, _uid: str, _name: str) -> None:
        self.account.commit()  # chosen from the list: saved, as Enter on a typed name is

    def _on_pipeline_activated(self, index: int) -> None:
        """Into another pipeline: the stage of the same name there, else its first stage."""
        deal = self._deal
        target = str(self.pipeline.itemData(index) or "")
        if deal is None or not target:
            return
        stages = self._services.pipelines.get(target).stages
        if not stages or self._services.pipelines.stage(deal.data.stage_uid).pipeline_uid == target:
            return
        stage = next((s for s in stages if s.name.casefold() == deal.stage_name.casefold()), stages[0])
        uid = deal.uid
        self._run(lambda services: services.deals.move_to_stage(uid, stage.uid),
                  self.tr("Move “%1” to %2").replace("%2", f"{self.pipeline.itemText(index)} · {stage.name}"),
                  moves=True)

    def _complete_person(self, text: str) -> list[tuple[str, str]]:
        taken = set(self._deal.data.contact_uids) if self._deal is not None else set()
        return contacts_matching(self._services, text, taken)

    def _on_person_picked(self, contact_uid: str, name: str) -> None:
        deal = self._deal
        if deal is None:
            return
        uid = deal.uid
        QTimer.singleShot(0, self.add_person.clear)  # after the completer has written the name in

        def change(services: Services) -> object:
            people = services.deals.get(uid).data.contact_uids
            return services.deals.update(uid, contact_uids=(*people, contact_uid))

        self._run(change, self.tr("Add %1 to “%2”").replace("%1", name).replace("%2", "%1"))

    def _on_people_link_activated(self, link: str) -> None:
        kind, _, contact_uid = link.partition(":")
        deal = self._deal
        if kind not in ("remove", "role"):
            self._on_link_activated(link)
            return
        if deal is None:
            return
        uid = deal.uid
        if kind == "role":
            self._ask_role(uid, contact_uid)
            return
        name = next((p.name for p in self._query.people(uid) if p.uid == contact_uid), "")

        def change(services: Services) -> object:
            people = services.deals.get(uid).data.contact_uids
            return services.deals.update(uid, contact_uids=tuple(p for p in people if p != contact_uid))

        self._run(change, self.tr("Remove %1 from “%2”").replace("%1", name).replace("%2", "%1"))

    def _ask_role(self, uid: str, contact_uid: str) -> None:
        """A person's part in the deal, asked in a small sheet (Enter saves, Esc cancels)."""
        person = next((p for p in self._query.people(uid) if p.uid == contact_uid), None)
        if person is None:
            return
        ask = QInputDialog(self)
        ask.setObjectName("dealRoleSheet")
        ask.setWindowTitle(self.tr("Role in the deal"))
        ask.setLabelText(self.tr("%1's role in this deal, such as Decision maker:").replace("%1", person.name))
        ask.setTextValue(person.role)
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save(role: str) -> None:
            self._run(lambda services: services.deals.set_role(uid, contact_uid, role),
                      self.tr("Role of %1 in “%2”").replace("%1", person.name).replace("%2", "%1"))

        ask.textValueSelected.connect(save)
        ask.open()

    def _on_delete_button_clicked(self) -> None:
        if self._deal is None:
            return
        uid, title = self._deal.uid, self._deal.data.title
        Op(self, self._services, self.tr("Delete “%1”").replace("%1", title), lambda s: s.deals.delete(uid)) \
            .success(lambda _value: self._on_deleted(uid, title)).run(initiator=self)

    def _on_deleted(self, uid: str, title: str) -> None:
        if self.deal_uid == uid:  # still the deal shown (the user may have moved on)
            self._gone = self.tr("“%1” is in the Trash. Edit → Undo brings it back.").replace("%1", title)
            self.clear()
        self.changed.emit()

    # --- slots ---------------------------------------------------------------------------------------

    def _on_custom_record_opened(self, kind: str, uid: str) -> None:
        self._on_link_activated(f"{kind}:{uid}")

    def _on_link_activated(self, link: str) -> None:
        kind, _, uid = link.partition(":")
        if is_external(link):
            open_external(link)
        elif uid:
            self.open_record.emit(kind, uid)

    def _on_private_box_clicked(self, checked: bool) -> None:
        uid = self.deal_uid
        if uid:
            label = self.tr("Make “%1” private") if checked else self.tr("Share “%1” with the office")
            self._run(lambda services: services.privacy.set_private("deal", uid, checked), label)

    def _on_won_button_clicked(self) -> None:
        uid = self.deal_uid
        if uid:
            self._run(lambda services: services.deals.mark_won(uid), self.tr("Mark “%1” won"))

    def _on_lost_button_clicked(self) -> None:
        if self._deal is None:
            return
        uid = self._deal.uid
        dialog = LostReasonDialog(self._deal.data.title, self._query.lost_reasons(), self)
        self.lost_dialog = dialog

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                reason = dialog.reason()  # read here: the change runs on the write worker
                self._run(lambda services: services.deals.mark_lost(uid, reason), self.tr("Mark “%1” lost"))
            dialog.deleteLater()
            self.lost_dialog = None

        dialog.finished.connect(done)
        dialog.open()

    def _on_reopen_button_clicked(self) -> None:
        uid = self.deal_uid
        if uid:
            self._run(lambda services: services.deals.reopen(uid), self.tr("Reopen “%1”"))

    def _on_stepper_stage_clicked(self, stage_uid: str) -> None:
        uid = self.deal_uid
        if uid:
            stage = self._services.pipelines.stage(stage_uid).name
            self._run(lambda services: services.deals.move_to_stage(uid, stage_uid),
                      self.tr("Move “%1” to %2").replace("%2", stage), moves=True)

    def _on_probability_value_changed(self, value: int) -> None:
        uid = self.deal_uid
        if uid:
            probability = None if value < 0 else value
            self._run(lambda services: services.deals.update(uid, probability=probability))

    def _on_tasks_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        uid = item.data(0, UID_ROLE)
        if uid:
            self.open_record.emit("task", str(uid))

    def _on_activities_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        uid = item.data(0, UID_ROLE)
        if uid:
            self.open_record.emit("activity", str(uid))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

