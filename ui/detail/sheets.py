"""Small sheets for the quick actions: log a call, add a note, add a task, new deal (≤5 fields each;
the rest is edited in place later). The call, note and task sheets also open an entry of the timeline to
edit it (`editing=` the record): Save then changes that record, as one undoable step. Ctrl+Enter saves,
on the write worker (ui/operations): the sheet closes once the record is in. A field the service refuses
gets the service's message under it; the sheet stays open and nothing is saved.

Signals (every sheet):
    created(str, str): the kind of record made or changed ("activity", "task", "deal") and its uid.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.accounts import AccountData
from app.activities import ActivityData, ActivityRecord
from app.deals import DealData
from app.errors import ValidationError
from app.links import Link
from app.services import Services
from app.tasks import TaskData, TaskRecord
from ui.detail.inline_field import error_color
from ui.detail.pickers import AccountChoice, PeoplePicker
from ui.focus_return import hand_back_focus
from ui.office import people_field
from ui.operations.operation import Op
from ui.qt_abc import QABCMeta
from ui.qt_dates import qdate
from ui.said import in_words


def to_utc(value: QDateTime) -> datetime:
    """A local date-time from an editor as the store's naive UTC."""
    moment = cast(datetime, value.toUTC().toPython())
    return moment.replace(tzinfo=None, microsecond=0)


def from_utc(moment: datetime) -> QDateTime:
    clock = QTime(moment.hour, moment.minute, moment.second)
    return QDateTime(qdate(moment.date()), clock, QTimeZone.utc()).toLocalTime()


class Sheet(QDialog, metaclass=QABCMeta):
    created = Signal(str, str)

    def __init__(self, services: Services, links: tuple[Link, ...], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._services = services
        self._links = links
        self._errors: dict[str, QLabel] = {}
        self._hands_back = False
        self.private_box: QCheckBox | None = None
        self._private_was = False
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def add_row(self, label: str, field: QWidget, key: str) -> None:
        """A labelled field with room under it for the service's error about `key`."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(field)
        error = QLabel()
        error.setObjectName(f"error:{key}")
        error.setWordWrap(True)
        error.hide()
        palette = error.palette()
        palette.setColor(error.foregroundRole(), error_color(self.palette()))
        error.setPalette(palette)
        column.addWidget(error)
        self.form.addRow(label, box)
        caption = self.form.labelForField(box)
        if isinstance(caption, QLabel):
            caption.setBuddy(field)
        self._errors[key] = error

    def add_private_box(self, kind: str, uid: str | None) -> None:
        """The "Private" box (app/privacy.py): the record kept to the user, never in the office's
        collections. Checked as the record is (a new one: not)."""
        self.private_box = QCheckBox(self.tr("Pri&vate"))
        self.private_box.setToolTip(self.tr("Only you see it: sync puts it in your own collection, never in the"
                                          " office's (with no collection of your own it stays on this computer)"))
        self._private_was = uid is not None and self._services.privacy.is_private(kind, uid)
        self.private_box.setChecked(self._private_was)
        self.form.addRow("", self.private_box)

    def first_field(self) -> QWidget | None:
        """The field a sheet opens on: the first row's (typing goes there, never to Save)."""
        if self.form.rowCount() == 0:
            return None
        item = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
        box = item.widget() if item is not None else None
        column = box.layout() if box is not None else None
        inner = column.itemAt(0) if column is not None else None
        return inner.widget() if inner is not None else box

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        field = self.first_field()
        if not event.spontaneous():
            if not self._hands_back:
                self._hands_back = True
                hand_back_focus(self)  # closed, the keys go back to the window (ui/focus_return.py)
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, key: str) -> str:
        label = self._errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    @abstractmethod
    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        """Read the fields (here, on the UI thread) into the function that creates the record through its
        service on the write worker and returns (kind, uid). Raises ValidationError for what the fields
        alone show is wrong."""

    def step_label(self) -> str:
        """The step's name in Edit → Undo."""
        return self.windowTitle()

    def accept(self) -> None:
        if not self.buttons.isEnabled():
            return  # saving already (Ctrl+Enter held or pressed twice): one record per Save
        for label in self._errors.values():
            label.hide()
        self.general_error.hide()
        try:
            create = self.prepare()
        except ValidationError as exc:
            self._show_errors(exc)
            return
        self.buttons.setEnabled(False)  # one record per Save, however often it is pressed meanwhile
        if self.private_box is not None and self.private_box.isChecked() != self._private_was:
            create = _keeping(create, self.private_box.isChecked())
        Op(self, self._services, self.step_label(), create) \
            .success(self._on_saved).failure(self._on_refused).run(initiator=self)

    def _on_saved(self, made: tuple[str, str]) -> None:
        self.buttons.setEnabled(True)
        kind, uid = made
        self.created.emit(kind, uid)
        super().accept()

    def _on_refused(self, error: Exception) -> None:
        """The service's field errors under their fields; anything else (a locked or full disk) above the
        buttons: nothing was saved, and Save tries again."""
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_errors(error)
            return
        self._show_general(QCoreApplication.translate("Operations", "Not done: %1").replace("%1", in_words(error)))

    def _show_general(self, text: str) -> None:
        palette = self.general_error.palette()
        palette.setColor(self.general_error.foregroundRole(), error_color(self.palette()))
        self.general_error.setPalette(palette)
        self.general_error.setText(text)
        self.general_error.show()
        self._fit_messages()

    def _fit_messages(self) -> None:
        """Tall enough for the messages just shown, wrapped at the sheet's width: a dialog keeps the size it
        opened at, which would cut a wrapped message at its top and bottom."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else (
            layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show_errors(self, exc: ValidationError) -> None:
        unplaced = []
        first: QLabel | None = None
        for error in exc.errors:
            label = self._errors.get(error.field)
            if label is None:
                unplaced.append(in_words(error.message))
                continue
            label.setText(in_words(error.message))
            label.show()
            first = first or label
        if unplaced:
            self._show_general("\n".join(unplaced))
        self._fit_messages()
        if first is not None:  # focus the first field in error (UI.md 5)
            box = first.parentWidget()  # the field's box from add_row: the field, then its error label
            column = box.layout() if box is not None else None
            item = column.itemAt(0) if column is not None else None
            buddy = item.widget() if item is not None else None
            assert buddy is not None
            buddy.setFocus(Qt.FocusReason.OtherFocusReason)


def amount_typed(typed: str) -> Decimal | None:
    """An amount as the user typed it: in their locale's way first ("12 500,50"), then the plain form the
    service reads; None for nothing typed. ValidationError on "amount" for what is no amount."""
    text = typed.strip()
    if not text:
        return None
    number, ok = QLocale().toDouble(text)
    try:
        return Decimal(str(number)) if ok else Decimal(text.replace(" ", "").replace("\u00a0", ""))
    except InvalidOperation:
        raise ValidationError.single("amount", QCoreApplication.translate("DealSheet", "“%1” is not an amount")
                                     .replace("%1", text)) from None


def _keeping(create: Callable[[Services], tuple[str, str]], private: bool) -> Callable[[Services], tuple[str, str]]:
    """`create`, then the record kept to the user or made the office's: one unit of work, one Undo step."""

    def write(services: Services) -> tuple[str, str]:
        kind, uid = create(services)
        services.privacy.set_private(kind, uid, private)
        return kind, uid

    return write


class LogCallSheet(Sheet):
    """A call (or, `kind` "email", an e-mail written or read elsewhere) logged, or (`editing`) a call or
    e-mail of the timeline changed."""

    def __init__(self, services: Services, links: tuple[Link, ...], parent: QWidget | None = None, *,
                 editing: ActivityRecord | None = None, kind: str = "call") -> None:
        self._kind = editing.data.kind if editing is not None else kind
        super().__init__(services, links, self.tr("Log an e-mail") if self._kind == "email" else self.tr("Log a call"),
                         parent)
        self._editing = editing
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("What was the e-mail about?") if self._kind == "email"
                                        else self.tr("What was it about?"))
        self.outcome = QComboBox()
        self.outcome.setEditable(True)
        self.outcome.addItems(["", self.tr("Interested"), self.tr("Left a message"), self.tr("No answer"),
                               self.tr("Not interested")])
        self.when = QDateTimeEdit(from_utc(services.clock.now()))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().height() * 5)
        self.add_row(self.tr("&Subject"), self.subject, "subject")
        if self._kind != "email":  # an e-mail has no outcome of its own: the answer is the next one
            self.add_row(self.tr("&Outcome"), self.outcome, "outcome")
        self.add_row(self.tr("&When"), self.when, "occurred_at")
        self.add_row(self.tr("&Notes"), self.text, "text")
        self.add_private_box("activity", editing.uid if editing is not None else None)
        if editing is not None:
            data = editing.data
            self.setWindowTitle(self.tr("Edit call") if data.kind == "call" else self.tr("Edit e-mail"))
            self.subject.setText(data.subject)
            self.outcome.setCurrentText(data.outcome)
            if data.occurred_at is not None:
                self.when.setDateTime(from_utc(data.occurred_at))
            self.text.setPlainText(data.text)

    def step_label(self) -> str:
        if self._editing is None:
            return self.windowTitle()
        return self.tr("Edit “%1”").replace("%1", self.subject.text().strip() or self.windowTitle())

    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        fields: dict[str, Any] = {"occurred_at": to_utc(self.when.dateTime()), "subject": self.subject.text(),
                  "outcome": self.outcome.currentText(), "text": self.text.toPlainText().strip()}
        if self._editing is not None:
            uid = self._editing.uid
            return lambda services: ("activity", services.activities.update(uid, **fields).value.uid)
        data = ActivityData(kind=self._kind, links=self._links, **fields)
        return lambda services: ("activity", services.activities.log(data).value.uid)


class NoteSheet(Sheet):
    def __init__(self, services: Services, links: tuple[Link, ...], parent: QWidget | None = None, *,
                 editing: ActivityRecord | None = None) -> None:
        super().__init__(services, links, self.tr("Add a note"), parent)
        self._editing = editing
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().height() * 8)
        self.add_row(self.tr("&Note"), self.text, "text")
        self.add_private_box("activity", editing.uid if editing is not None else None)
        if editing is not None:
            self.setWindowTitle(self.tr("Edit note"))
            self.text.setPlainText(editing.data.text)

    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        text = self.text.toPlainText().strip()
        if self._editing is not None:
            uid = self._editing.uid
            return lambda services: ("activity", services.activities.update(uid, text=text).value.uid)
        data = ActivityData(kind="note", text=text, links=self._links)
        return lambda services: ("activity", services.activities.log(data).value.uid)


class TaskSheet(Sheet):
    """A task added, or (`editing`) one of the timeline changed: its title, due date, notes, and done."""

    def __init__(self, services: Services, links: tuple[Link, ...], parent: QWidget | None = None, *,
                 editing: TaskRecord | None = None) -> None:
        super().__init__(services, links, self.tr("Add a task"), parent)
        self._editing = editing
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Call back, send the offer…"))
        self.has_due = QCheckBox(self.tr("Due"))
        self.has_due.setChecked(True)
        self.due = QDateEdit(from_utc(services.clock.now()).date().addDays(1))
        self.due.setCalendarPopup(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QWidget()
        row = QFormLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addRow(self.has_due, self.due)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)
        self.add_row(self.tr("&Title"), self.title, "title")
        self.add_row(self.tr("D&ue date"), due_row, "due_date")
        self.add_row(self.tr("&Notes"), self.notes, "notes")
        self.owner = people_field(services, editing.data.owner if editing is not None else services.office.me())
        self.owner.setAccessibleName(self.tr("Owner"))
        self.add_row(self.tr("O&wner"), self.owner, "owner")
        self.completed = QCheckBox(self.tr("&Done"))
        if editing is not None:
            data = editing.data
            self.setWindowTitle(self.tr("Edit task"))
            self.title.setText(data.title)
            self.has_due.setChecked(data.due_date is not None)
            if data.due_date is not None:
                self.due.setDate(qdate(data.due_date))
            self.notes.setPlainText(data.notes)
            self.completed.setChecked(data.status == "completed")
            self.form.addRow("", self.completed)
        self.add_private_box("task", editing.uid if editing is not None else None)

    def step_label(self) -> str:
        if self._editing is None:
            return self.windowTitle()
        return self.tr("Edit “%1”").replace("%1", self.title.text().strip() or self.windowTitle())

    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        due: QDate | None = self.due.date() if self.has_due.isChecked() else None
        fields: dict[str, Any] = {
            "title": self.title.text(), "due_date": cast(date, due.toPython()) if due is not None else None,
            "notes": self.notes.toPlainText().strip(), "owner": self.owner.currentText()}
        if self._editing is None:
            data = TaskData(links=self._links, **fields)
            return lambda services: ("task", services.tasks.create(data).value.uid)
        uid, done = self._editing.uid, self.completed.isChecked()
        was_done = self._editing.data.status == "completed"

        def change(services: Services) -> tuple[str, str]:
            # One unit of work (the Op's): the edit and done/undone together, one step for Undo.
            services.tasks.update(uid, **fields)
            if done and not was_done:
                services.tasks.complete(uid)  # a repeating task makes its next one
            elif was_done and not done:
                services.tasks.update(uid, status="needs-action", percent_complete=0)
            return "task", uid

        return change


class DealSheet(Sheet):
    """A new deal: what it is, its account and people (completed from those there are; an account not
    there yet is made with the deal, asked about first when it nearly duplicates one), amount, stage."""

    def __init__(self, services: Services, links: tuple[Link, ...], account_uid: str | None,
                 contact_uids: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(services, links, self.tr("New deal"), parent)
        self.title = QLineEdit()
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("Type to find an account, or a new name"))
        self.account_choice = AccountChoice(services, self.account)
        if account_uid:
            self.account.setText(services.accounts.get(account_uid).data.name)
        self.people = PeoplePicker(services)
        for uid in contact_uids:
            self.people.add_person(uid, services.contacts.get(uid).data.display_name)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(QLocale().toString(12500.0, "f", 2))
        self.currency = QLineEdit(QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) or "EUR")
        self.currency.setMaxLength(3)
        self.stage = QComboBox()
        for stage in services.pipelines.default().stages:
            self.stage.addItem(stage.name, stage.uid)
        self.add_row(self.tr("&Title"), self.title, "title")
        self.add_row(self.tr("A&ccount"), self.account, "account_uid")
        self.add_row(self.tr("&People"), self.people, "contact_uids")
        self.add_row(self.tr("&Amount"), self.amount, "amount")
        self.add_row(self.tr("C&urrency"), self.currency, "currency")
        self.add_row(self.tr("&Stage"), self.stage, "stage_uid")
        self.owner = people_field(services, services.office.me())
        self.owner.setAccessibleName(self.tr("Owner"))
        self.add_row(self.tr("O&wner"), self.owner, "owner")
        self.add_private_box("deal", None)

    def prepare(self) -> Callable[[Services], tuple[str, str]]:
        amount = amount_typed(self.amount.text())
        account_uid, new_account, question = self.account_choice.resolve(self.account.text())
        if question:
            raise ValidationError.single("account_uid", question)
        data = DealData(title=self.title.text(), stage_uid=str(self.stage.currentData() or ""),
                        account_uid=account_uid, contact_uids=self.people.uids(), amount=amount,
                        currency=self.currency.text() if amount is not None else "", owner=self.owner.currentText())

        def create(services: Services) -> tuple[str, str]:
            # One unit of work (the Op's): the new account only if the deal goes in too.
            services.deals.validate(replace(data, account_uid=None))
            made = data
            if new_account:
                made = replace(data, account_uid=services.accounts.create(AccountData(name=new_account)).value.uid)
            return "deal", services.deals.create(made).value.uid

        return create
