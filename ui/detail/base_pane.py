"""What the contact and account panes share (UI.md 2): a header with the picture, the name (edited in
place) and the quick actions; the next step; the key facts, edited in place, with empty ones behind
"+ N empty fields"; related records as links; the timeline. And the states around it: nothing
selected, the record moved to the Trash (with Undo), the record gone.

Every write goes through a service, which records it in the one undo log (app/undo.py); the pane then
names the step for Edit → Undo through the caller's LogUndoStack (ui/operations/undo_stack.py).
"""

from __future__ import annotations

import contextlib
from abc import abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import shiboken6
from babel.core import UnknownLocaleError
from babel.numbers import get_currency_symbol
from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.custom_fields import FieldDefinition
from app.errors import NotFoundError, RapportError
from app.hrefs import mail_href
from app.links import Link
from app.services import Services
from app.timeline import RelatedDeal
from ui.detail.avatar import Avatar
from ui.detail.custom_fields import custom_look, typed_value
from ui.detail.files_box import FilesBox, dropped_files
from ui.detail.inline_field import Done, InlineField, InlineOptions, error_color
from ui.detail.labels import label_text
from ui.detail.pickers import AccountChoice
from ui.detail.sheets import DealSheet, LogCallSheet, NoteSheet, Sheet, TaskSheet
from ui.detail.timeline_view import TimelineView
from ui.external_links import is_external, open_external
from ui.flow_layout import FlowLayout
from ui.operations.operation import Op
from ui.operations.undo_stack import LogUndoStack
from ui.qt_abc import QABCMeta
from ui.qt_dates import parse_date, qdate
from ui.said import field_problem, in_words
from ui.workers import Task

WIDE_IN_CHARS = 150  # wider than this, the timeline goes beside the facts instead of under them
KEEP_SCROLLED_MS = 1000  # this long a rebuilt pane keeps to where it was scrolled while it is laid out



@dataclass
class FieldSpec:
    """One editable fact. `save(text)` writes it through a service, on the write worker (it touches no
    widget); it raises ValidationError when the service refuses. Undo is the log's (app/undo.py)."""

    key: str
    label: str
    value: str
    save: Callable[[str], object]
    multiline: bool = False
    placeholder: str = ""
    shown: str = ""  # how the value reads when not edited, if not as typed
    # An account's name, completed from the accounts there are (ui/detail/pickers.py): saved as the account
    # meant (its uid) or a new one to make (its name), never as the text typed.
    save_account: Callable[[str | None, str], object] | None = None
    picks_date: bool = False  # a calendar beside the editor (InlineField)
    link: Callable[[str], str] | None = None  # the value as a link to open (app/hrefs.py), if it is one
    options: InlineOptions | None = None  # a custom field's ways: choices, a checkbox, a record picked


@dataclass
class LinkSpec:
    """A fact shown as text with links (`kind:uid` hrefs open the record); not edited in place."""

    key: str
    label: str
    html: str


@dataclass
class Group:
    title: str
    rows: list[FieldSpec | LinkSpec] = field(default_factory=list)


def quiet_color(palette: QPalette) -> QColor:
    """Field labels: between the text and the background, but still readable (≥4.5:1 on Fusion)."""
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    return QColor(round(text.red() * 0.62 + window.red() * 0.38), round(text.green() * 0.62 + window.green() * 0.38),
                  round(text.blue() * 0.62 + window.blue() * 0.38))


def money(amount: Decimal, currency: str) -> str:
    """An amount in its own currency, written the user's way ("$48,000.00", "48 000,00 €")."""
    try:
        symbol = get_currency_symbol(currency, QLocale().name())
    except (ValueError, LookupError, UnknownLocaleError):  # a locale babel does not know (such as "C")
        symbol = f"{currency}\u00a0"
    return QLocale().toCurrencyString(float(amount), symbol)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def link(kind: str, uid: str, text: str) -> str:
    return f'<a href="{kind}:{uid}">{escape(text)}</a>'


class RecordDetailPane(QWidget, metaclass=QABCMeta):
    """Subclasses set KIND and fill in the record-specific hooks at the end.

    Signals:
        open_record(str, str): the user followed a link to a record: its kind and uid.
        changed(): something was written (an edit, a delete, an undo or redo, a quick action).
        follow_up_due(tuple[Link, ...], str): a call was logged here: the next step may be offered for
            these links, named after the record.
    """

    open_record = Signal(str, str)
    changed = Signal()
    follow_up_due = Signal(object, str)
    KIND = ""
    FILES = True  # files kept on the record (app/record_files.py)
    PRIVACY = True  # a record that can be kept private (app/privacy.py)

    def __init__(self, services: Services, undo_stack: LogUndoStack, parent: QWidget | None = None, *,
                 shortcuts: bool = True) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = undo_stack
        undo_stack.replayed.connect(self._on_undo_stack_replayed)
        undo_stack.failed.connect(self._on_undo_stack_failed)
        self.timeline_service = services.queries.timeline()
        self._uid: str | None = None
        self._name = ""
        self._show_empty = False
        self._fields: dict[str, InlineField] = {}
        self._account_choices: dict[str, AccountChoice] = {}  # of the fields naming an account
        self._scroll_keeper: Callable[[int, int], None] | None = None  # see _keep_scrolled
        self._keeper_target = 0  # where the facts are kept scrolled while a keeper runs
        self._refresh_pending = False
        self._refresh_after_save = False  # a refresh waits for a field's save under way (_scheduled_refresh)
        self.setObjectName(f"{self.KIND}Detail")

        self.stack = QStackedWidget()
        self.empty_page = self._message_page()
        empty_message = self.empty_page.findChild(QLabel)
        assert empty_message is not None  # _message_page made it
        self.empty_message: QLabel = empty_message
        self.trashed_page = self._message_page()
        trashed_message = self.trashed_page.findChild(QLabel)
        assert trashed_message is not None
        self.trashed_message: QLabel = trashed_message
        self.undo_delete_button = QPushButton(self.tr("Undo"))
        self.undo_delete_button.clicked.connect(self._on_undo_delete_clicked)
        trashed_column = self.trashed_page.layout()
        assert isinstance(trashed_column, QVBoxLayout)  # _message_page's column
        trashed_column.insertWidget(2, self.undo_delete_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.record_page = QWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.trashed_page)
        self.stack.addWidget(self.record_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._build_actions(shortcuts)
        self._build_record_page()
        self.clear()

    # --- public API -------------------------------------------------------------------------

    @property
    def uid(self) -> str | None:
        return self._uid

    def show_record(self, uid: str) -> None:
        """Show this record (a uid of this pane's kind)."""
        self._uid = uid
        self._refresh(reset_timeline=True)

    def clear(self) -> None:
        """Show nothing: the "select a record" state."""
        self._uid = None
        self.timeline.set_record(None)
        self.files_box.set_record(None)
        self.empty_message.setText(self.empty_text())
        self.stack.setCurrentWidget(self.empty_page)
        self._set_actions_enabled(False)

    def focus_first_field(self) -> None:
        """The keyboard into the record: its first field (Enter or F2 then edits it)."""
        first = next(iter(self._fields.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def field(self, key: str) -> InlineField:
        """The in-place field of a fact (tests and the main window's "edit" commands)."""
        return self._fields[key]

    def delete_record(self) -> None:
        """Move the record to the Trash at once; Undo brings it back (no question asked, UI.md 5)."""
        uid = self._uid
        if uid is None or self.stack.currentWidget() is not self.record_page:
            return
        name, delete = self._name, self.delete
        Op(self, self.services, self.tr("Delete “%1”").replace("%1", name), lambda _services: delete(uid)) \
            .success(lambda _value: self._on_deleted(uid, name)) \
            .failure(lambda error: self._show_banner(in_words(error)), (RapportError,)).run(initiator=self)

    def set_private(self, private: bool) -> None:
        """Keep the record shown to oneself, or share it with the office again (app/privacy.py)."""
        uid = self._uid
        if uid is None or self.stack.currentWidget() is not self.record_page:
            return
        kind, name = self.KIND, self._name
        label = self.tr("Make “%1” private") if private else self.tr("Share “%1” with the office")
        Op(self, self.services, label.replace("%1", name),
           lambda services: services.privacy.set_private(kind, uid, private)) \
            .failure(lambda error: self._show_banner(in_words(error)), (RapportError,)).run(initiator=self)

    def _on_deleted(self, uid: str, name: str) -> None:
        if self._uid == uid:
            self._show_trashed(name)
        self.changed.emit()

    def log_call(self) -> Sheet:
        links, name = self.sheet_links(), self.title()
        sheet = self._open_sheet(LogCallSheet(self.services, links, self))
        sheet.created.connect(lambda *_made: self.follow_up_due.emit(links, name))
        return sheet

    def log_email(self) -> Sheet:
        """An e-mail written or read elsewhere (the mail program, a phone), put on the timeline."""
        return self._open_sheet(LogCallSheet(self.services, self.sheet_links(), self, kind="email"))

    def write_email(self) -> bool:
        """The user's mail program, a new message to the record's people (the contact, an account's
        people) filled in; False when there is no address to write to or no program took it."""
        href = mail_href(*self.mail_addresses()) if self._uid else ""
        if not href:
            self._show_banner(self.tr("There is no e-mail address to write to here."))
            return False
        if not open_external(href):
            self._show_banner(self.tr("No mail program opened the message: is one set as the default?"))
            return False
        return True

    def add_note(self) -> Sheet:
        return self._open_sheet(NoteSheet(self.services, self.sheet_links(), self))

    def add_task(self) -> Sheet:
        return self._open_sheet(TaskSheet(self.services, self.sheet_links(), self))

    def new_deal(self) -> Sheet:
        account, contacts = self.deal_defaults()
        return self._open_sheet(DealSheet(self.services, self.sheet_links(), account, contacts, self))

    # --- building ---------------------------------------------------------------------------

    def _message_page(self) -> QWidget:
        page = QWidget()
        message = QLabel()
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setWordWrap(True)
        message.setEnabled(False)  # the palette's disabled text colour
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(message)
        column.addStretch(1)
        return page

    def _build_actions(self, shortcuts: bool) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        self.delete_action = QAction(self.tr("Move to Trash"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_record)
        self.log_call_action = QAction(self.tr("Log a call…"), self)
        self.log_call_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.log_call_action.triggered.connect(self.log_call)
        self.write_email_action = QAction(self.tr("Write an e-mail…"), self)
        self.write_email_action.triggered.connect(self.write_email)
        self.log_email_action = QAction(self.tr("Log an e-mail…"), self)
        self.log_email_action.triggered.connect(self.log_email)
        self.note_action = QAction(self.tr("Add a note…"), self)
        self.note_action.triggered.connect(self.add_note)
        self.task_action = QAction(self.tr("Add a task…"), self)
        self.task_action.triggered.connect(self.add_task)
        self.deal_action = QAction(self.tr("New deal…"), self)
        self.deal_action.triggered.connect(self.new_deal)
        self.private_action = QAction(self.tr("Private"), self)
        self.private_action.setCheckable(True)
        self.private_action.setToolTip(self.tr(
            "Only you see it: sync puts it in your own address book, never in the office's (with no address"
            " book of your own it stays on this computer)"))
        self.private_action.triggered.connect(self.set_private)
        self.quick_actions = [self.log_call_action, self.write_email_action, self.note_action, self.task_action,
                              self.deal_action]
        self.record_actions = [*self.quick_actions, self.log_email_action]  # the last in menus only
        for action in (self.undo_action, self.redo_action, self.delete_action, *self.quick_actions):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                action.setToolTip(f"{action.text().replace('&', '')} ({keys})")
        if shortcuts:
            # Standalone (tests, a window that does not own these keys): they work anywhere in the pane.
            for action in (self.undo_action, self.redo_action, self.delete_action, self.log_call_action):
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
        else:
            # A main window owns these keys (Edit → Undo, Record → Log a Call, Delete). The tooltips above
            # still name them; the actions here carry none: a tool button takes its default action's key
            # as a window-wide shortcut of its own, and two on one key cancel each other out ("Ambiguous
            # shortcut overload": Ctrl+Shift+L logged one call, then none; Del never deleted).
            for action in (self.undo_action, self.redo_action, self.delete_action, *self.quick_actions):
                action.setShortcuts([])

    def _build_record_page(self) -> None:
        line = self.fontMetrics().height()
        self.avatar = Avatar()
        self.name_host = QVBoxLayout()
        self.name_host.setSpacing(0)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.RichText)
        self.subtitle.linkActivated.connect(self._on_link_activated)
        self.next_step = QLabel()
        self.next_step.setObjectName("nextStep")
        self.next_step.setWordWrap(True)
        self.next_step.setTextFormat(Qt.TextFormat.RichText)
        self.next_step.linkActivated.connect(self._on_link_activated)
        name_column = QVBoxLayout()
        name_column.setSpacing(max(2, line // 4))
        name_column.addLayout(self.name_host)
        name_column.addWidget(self.subtitle)
        name_column.addWidget(self.next_step)
        name_column.addStretch(1)

        # Wrapped onto a second line in a narrow pane rather than cut ("Зап…нок").
        buttons = FlowLayout(spacing=max(2, line // 4))
        for action in self.quick_actions:
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        for action in self.header_extras():
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        self.private_button = QToolButton()
        self.private_button.setDefaultAction(self.private_action)
        self.private_button.setVisible(self.PRIVACY)
        if self.PRIVACY:
            buttons.addWidget(self.private_button)
        self.delete_button = QToolButton()
        self.delete_button.setDefaultAction(self.delete_action)
        buttons.addWidget(self.delete_button)
        name_column.addLayout(buttons)

        header = QHBoxLayout()
        header.setSpacing(line)
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(name_column, 1)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.facts = QWidget()
        self.facts.setObjectName("facts")
        self.facts_layout = QVBoxLayout(self.facts)
        self.facts_layout.setContentsMargins(0, 0, line // 2, 0)
        self.facts_scroll = QScrollArea()
        self.facts_scroll.setWidgetResizable(True)
        self.facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.facts_scroll.setWidget(self.facts)
        self.facts_scroll.verticalScrollBar().sliderPressed.connect(self._stop_keeping_scrolled)  # the user's

        self.files_box = FilesBox(self.services, self.KIND)
        self.files_box.changed.connect(self._on_files_changed)
        self.setAcceptDrops(True)  # a file dropped anywhere on the record goes onto it

        self.timeline = TimelineView(self.timeline_service, self.services.clock)
        self.timeline.delete_requested.connect(self._on_timeline_delete_requested)
        self.timeline.open_requested.connect(self._on_timeline_open_requested)
        self.timeline.original_requested.connect(self.open_original)
        self.timeline.attachments_requested.connect(self.keep_attachments)
        self.timeline.deal_link_requested.connect(self._on_deal_link_requested)
        self.timeline.deal_choices = self._deal_choices
        self._deal_titles: dict[str, str] = {}  # of the deals the timeline's menu offered last
        self._attachments_for: dict[QObject, str | None] = {}  # an e-mail's original being read → the record
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("detailSplitter")
        self.splitter.addWidget(self.facts_scroll)
        self.splitter.addWidget(self.timeline)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._split_by_user = False
        self.splitter.splitterMoved.connect(self._on_splitter_moved)

        page = QVBoxLayout(self.record_page)
        page.setContentsMargins(line // 2, line // 2, line // 2, line // 2)
        page.setSpacing(line // 2)
        page.addLayout(header)
        page.addWidget(self.banner)
        page.addWidget(self.splitter, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() > self.fontMetrics().averageCharWidth() * WIDE_IN_CHARS
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self._split_by_user = False
        self._share_splitter()

    def _share_splitter(self) -> None:
        """Facts and timeline share the room 55:45 until the user drags the handle."""
        if self._split_by_user:
            return
        vertical = self.splitter.orientation() == Qt.Orientation.Vertical
        total = self.splitter.height() if vertical else self.splitter.width()
        if total > 0:
            self.splitter.setSizes([total * 55 // 100, total - total * 55 // 100])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Light/dark switched: colours are read again from the new palette (UI.md 11).
        if event.type() == QEvent.Type.PaletteChange and self.stack.currentWidget() is self.record_page:
            self._schedule_refresh()

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self._split_by_user = True

    # --- showing ----------------------------------------------------------------------------

    def _refresh(self, *, reset_timeline: bool = False) -> None:
        self._refresh_pending = False
        uid = self._uid
        if uid is None:
            self.clear()
            return
        try:
            self.load(uid)
        except NotFoundError:
            self._show_missing(uid)
            return
        focused = self._focused_key()
        # A field being typed in (the user went on to it while the last one saved): rebuilt, it stays open
        # with what was typed; a field still saving is the one whose answer brought this refresh.
        typing = {key: f.editor_text() for key, f in self._fields.items() if f.editing and not f.saving}
        refused = {key: f.error_text for key, f in self._fields.items() if key in typing and f.error_text}
        self._name = self.title()
        self.avatar.set_person(self._name, self.photo())
        self.subtitle.setText(self.subtitle_html())
        self.subtitle.setVisible(bool(self.subtitle.text()))
        self._fill_next_step(uid)
        self.private_action.setChecked(self.PRIVACY and self.services.privacy.is_private(self.KIND, uid))
        self.refresh_header_extras(uid)
        # The same record read again (after an edit): the facts stay scrolled where the user was.
        # (While an earlier rebuild is still being laid out, where it was keeping to, not the jumps meanwhile.)
        bar = self.facts_scroll.verticalScrollBar()
        scrolled = 0 if reset_timeline else self._keeper_target if self._scroll_keeper is not None else bar.value()
        self._rebuild_facts()
        self.files_box.set_record(uid if self.FILES else None)
        if reset_timeline:
            self.timeline.set_record(self.KIND, uid)
        else:
            self.timeline.reload()
        self.stack.setCurrentWidget(self.record_page)
        self._share_splitter()
        self._set_actions_enabled(True)
        for key, text in typing.items():
            if key in self._fields:
                self._fields[key].resume_editing(text)
                if key in refused:
                    self._fields[key].show_problem(refused[key])
        if focused and focused in self._fields:
            self._fields[focused].setFocus(Qt.FocusReason.OtherFocusReason)
        if scrolled:
            self._keep_scrolled(scrolled)

    def _keep_scrolled(self, value: int) -> None:
        """Back to `value` while the rebuilt facts are laid out: their widgets show on the next turns of the
        event loop, so the scroll range shrinks and grows back, maybe more than once. The user taking the
        scroll bar, or a moment passing, ends it."""
        bar = self.facts_scroll.verticalScrollBar()
        self._stop_keeping_scrolled()

        def restore(_minimum: int, maximum: int) -> None:
            if maximum >= value:
                bar.setValue(value)

        def stop() -> None:
            if self._scroll_keeper is restore:
                self._stop_keeping_scrolled()

        self._scroll_keeper = restore
        self._keeper_target = value
        bar.rangeChanged.connect(restore)
        restore(bar.minimum(), bar.maximum())
        QTimer.singleShot(KEEP_SCROLLED_MS, self, stop)  # not once the pane is gone

    def _stop_keeping_scrolled(self) -> None:
        keeper, self._scroll_keeper = self._scroll_keeper, None
        if keeper is not None:
            self.facts_scroll.verticalScrollBar().rangeChanged.disconnect(keeper)

    def _schedule_refresh(self) -> None:
        """Refresh once control is back in the event loop: the field that committed is still on the
        call stack and must not be deleted under itself."""
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self, self._scheduled_refresh)

    def _scheduled_refresh(self) -> None:
        """The refresh an edit's answer asked for — after any other field's save under way: rebuilt now, that
        field would be gone when its answer comes (a refusal never shown, the keyboard nowhere), as a slow
        machine showed when one field's save ended while the next was being saved."""
        if any(f.saving for f in self._fields.values()):
            self._refresh_pending = False
            self._refresh_after_save = True
            return
        self._refresh()

    def _focused_key(self) -> str | None:
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, InlineField):
            widget = widget.parentWidget()
        return widget.key if isinstance(widget, InlineField) else None

    def _show_missing(self, uid: str) -> None:
        try:
            record = self.load_deleted(uid)
        except NotFoundError:
            self.empty_message.setText(self.tr("This record no longer exists."))
            self.stack.setCurrentWidget(self.empty_page)
            self._set_actions_enabled(False)
            return
        self._show_trashed(record)

    def _show_trashed(self, name: str) -> None:
        self.trashed_message.setText(self.tr("“%1” is in the Trash.").replace("%1", name))
        self.undo_delete_button.setVisible(self.undo_stack.canUndo())
        self.stack.setCurrentWidget(self.trashed_page)
        self._set_actions_enabled(False)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for action in (self.delete_action, self.private_action, *self.record_actions):
            action.setEnabled(enabled)
        self.private_action.setEnabled(enabled and self.PRIVACY)
        self.write_email_action.setEnabled(enabled and bool(self.mail_addresses()))

    def _fill_next_step(self, uid: str) -> None:
        step = self.timeline_service.next_step(self.KIND, uid, self.services.clock.now())
        if step is None:
            self.next_step.setText(self.tr("No next step — <a href=\"action:task\">Add a task</a>"))
            return
        if step.due is None:
            text = self.tr("Next: %1").replace("%1", escape(step.title))
        else:
            today = self.services.clock.now().date()
            when = QLocale().toString(qdate(step.due), QLocale.FormatType.ShortFormat)
            if step.due < today:
                # Red and the word "overdue": never colour alone (UI.md 13).
                colour = error_color(self.palette()).name()
                text = self.tr("Next: %1 — <span style=\"color:%3\">overdue since %2</span>")
                text = text.replace("%1", escape(step.title)).replace("%2", when).replace("%3", colour)
            elif step.due == today:
                text = self.tr("Next: %1 — due today").replace("%1", escape(step.title))
            else:
                text = self.tr("Next: %1 — due %2").replace("%1", escape(step.title)).replace("%2", when)
        self.next_step.setText(text)

    def _rebuild_facts(self) -> None:
        for leaving in self._fields.values():
            leaving.discard()  # hidden below, an open editor would lose the focus and save what it holds
        old = self.facts_layout
        while old.count():
            item = old.takeAt(0)
            assert item is not None  # count() > 0
            widget = item.widget()
            if widget is not None and widget is not self.files_box:  # (kept: its list keeps its current row)
                widget.hide()
                widget.setParent(None)  # out of findChild()'s reach at once; freed below
                widget.deleteLater()
        self._fields = {}
        self._account_choices = {}
        line = self.fontMetrics().height()
        name_field = self.name_field()
        self._clear_layout(self.name_host)
        self.name_host.addWidget(name_field)
        # One grid for every group, so the values line up down the pane. A grid, not a QFormLayout: the
        # form under-counts the height of a field whose error wraps to a second line (its heightForWidth
        # is taken at another width), and squeezed the rows below it into one another.
        box = QWidget()
        form = QGridLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setColumnStretch(1, 1)
        label_palette = self.palette()
        label_palette.setColor(QPalette.ColorRole.WindowText, quiet_color(self.palette()))
        empty = rows = 0
        for group in self.fact_groups():
            shown = [r for r in group.rows if self._show_empty or not isinstance(r, FieldSpec) or r.value]
            empty += len(group.rows) - len(shown)
            if not shown:
                continue
            heading = QLabel(group.title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            if rows:
                heading.setContentsMargins(0, line // 2, 0, 0)
            form.addWidget(heading, rows, 0, 1, 2)
            rows += 1
            for row in shown:
                widget = self._row_widget(row)
                label = QLabel(row.label)
                label.setPalette(label_palette)  # quieter than the values, still ≥4.5:1
                if isinstance(widget, InlineField):
                    label.setBuddy(widget.display)
                form.addWidget(label, rows, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                form.addWidget(widget, rows, 1)
                rows += 1
        self.facts_layout.addWidget(box)
        if empty or self._show_empty:
            toggle = QPushButton(self.tr("Hide empty fields") if self._show_empty
                                 else self.tr("Show empty fields (%1)").replace("%1", QLocale().toString(empty)))
            toggle.setObjectName("emptyToggle")
            toggle.setFlat(True)
            toggle.clicked.connect(self._on_empty_toggle_clicked)
            self.facts_layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        for title, items in self.related_sections():
            heading = QLabel(f"{title} ({QLocale().toString(len(items))})" if items else title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.facts_layout.addWidget(heading)
            body = QLabel("<br>".join(items) if items else self.tr("None yet."))
            body.setObjectName(f"related:{title}")
            body.setTextFormat(Qt.TextFormat.RichText)
            body.setWordWrap(True)
            body.setEnabled(bool(items))
            body.linkActivated.connect(self._on_link_activated)
            body.setContentsMargins(0, 0, 0, line // 2)
            self.facts_layout.addWidget(body)
        if self.FILES:
            self.facts_layout.addWidget(self.files_box)
        self.facts_layout.addStretch(1)

    @staticmethod
    def _clear_layout(layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            assert item is not None  # count() > 0
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _row_widget(self, row: FieldSpec | LinkSpec) -> QWidget:
        if isinstance(row, LinkSpec):
            label = QLabel(row.html)
            label.setObjectName(f"links:{row.key}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # level with its caption
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label.linkActivated.connect(self._on_link_activated)
            return label
        return self._inline(row)

    def _inline(self, spec: FieldSpec) -> InlineField:
        widget = InlineField(spec.key, spec.label, spec.value, lambda text, done: self._commit(spec, text, done),
                             placeholder=spec.placeholder or self.tr("Add"), multiline=spec.multiline,
                             shown=spec.shown, picks_date=spec.picks_date, link=spec.link, options=spec.options)
        widget.open_record.connect(self._on_link_activated)
        self._fields[spec.key] = widget
        if spec.save_account is not None and isinstance(widget.editor, QLineEdit):
            choice = AccountChoice(self.services, widget.editor)
            choice.completer.picked.connect(lambda _uid, _name: widget.commit())  # picked: saved
            widget.editing_changed.connect(choice.reload_when_editing)
            self._account_choices[spec.key] = choice
        return widget

    def _name_inline(self, spec: FieldSpec) -> InlineField:
        widget = self._inline(spec)
        font = widget.display.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        widget.display.setFont(font)
        widget.editor.setFont(font)
        return widget

    # --- writing ----------------------------------------------------------------------------

    def _commit(self, spec: FieldSpec, text: str, done: Done) -> None:
        """Save a field on the write worker; `done` gets None, or the message to show under the field
        (what the service refused, or why it could not be written: Enter tries again)."""
        if self._uid is None:
            done(None)
            return
        save = spec.save
        choice = self._account_choices.get(spec.key)
        if spec.save_account is not None and choice is not None:
            account_uid, new_name, question = choice.resolve(text)
            if question:  # a near-duplicate: asked once, under the field; saved again, it is made
                done(question)
                return
            save_account = spec.save_account

            def save(_text: str) -> object:
                return save_account(account_uid, new_name)
        Op(self, self.services, self.tr("Edit %1").replace("%1", spec.label or self._name),
           lambda _services: save(text)) \
            .success(lambda _value: self._on_field_saved(done)) \
            .failure(lambda error: self._on_field_refused(done, error)).run(initiator=self)

    def _on_field_saved(self, done: Done) -> None:
        done(None)
        if shiboken6.isValid(self):
            self._refresh_after_save = False
            self.banner.hide()
            self._schedule_refresh()
            self.changed.emit()

    def _on_field_refused(self, done: Done, error: Exception) -> None:
        done(self._problem(error))
        if shiboken6.isValid(self) and self._refresh_after_save:
            self._refresh_after_save = False
            self._schedule_refresh()  # what another field's save asked for (the refused one stays as it is)

    @staticmethod
    def _problem(error: Exception) -> str:
        return field_problem(error)

    def _on_undo_stack_replayed(self) -> None:
        """An undo or redo may have changed the record shown (or brought it back from the Trash)."""
        if shiboken6.isValid(self) and self._uid is not None:
            self._refresh()
            self.changed.emit()

    def _on_undo_stack_failed(self, problem: str) -> None:
        if shiboken6.isValid(self) and self.isVisible():
            self._show_banner(problem)

    def _show_banner(self, text: str) -> None:
        palette = self.banner.palette()
        palette.setColor(self.banner.foregroundRole(), error_color(self.palette()))
        self.banner.setPalette(palette)
        self.banner.setText(text)
        self.banner.show()

    def _open_sheet(self, sheet: Sheet) -> Sheet:
        uid = self._uid
        sheet.created.connect(lambda kind, made: self._on_sheet_created(uid, sheet.windowTitle(), kind, made))
        sheet.finished.connect(sheet.deleteLater)
        sheet.open()
        return sheet

    def _on_sheet_created(self, uid: str | None, title: str, kind: str, made: str) -> None:
        if uid == self._uid:
            self._refresh()
        self.changed.emit()

    def _on_timeline_open_requested(self, kind: str, uid: str) -> None:
        """An entry opened: a deal's change shows the deal; a call, e-mail, note, meeting or task opens in
        its sheet to be changed (saved as one undoable step)."""
        if kind == "deal":
            self.open_record.emit("deal", uid)
            return
        try:
            if kind == "task":
                sheet: Sheet = TaskSheet(self.services, (), self, editing=self.services.tasks.get(uid))
            else:
                activity = self.services.activities.get(uid)
                if activity.data.kind == "note":
                    sheet = NoteSheet(self.services, (), self, editing=activity)
                elif activity.data.kind == "meeting":
                    from ui.calendar.meeting_dialog import MeetingSheet
                    from ui.calendar.zone import local_now, system_zone

                    zone = system_zone()
                    start = local_now(activity.data.occurred_at or self.services.clock.now(), zone)
                    sheet = MeetingSheet(self.services, start, zone, self, editing=activity)
                else:
                    sheet = LogCallSheet(self.services, (), self, editing=activity)
        except NotFoundError:
            self._refresh()  # gone meanwhile (a sync, another window): the timeline is read again
            return
        self._open_sheet(sheet)

    def open_original(self, uid: str) -> Task:
        """An imported e-mail's original message: found in its store and written as an .eml file off the
        UI thread (an mbox of gigabytes is read through to find it), then opened with the desktop's program
        for it (the mail program)."""
        from app.mail_import import original_file
        from ui.workers import READS

        services = self.services
        task = Task(lambda _task: original_file(services, uid), services)
        task.succeeded.connect(self._on_original_written)
        task.failed.connect(self._show_banner)
        task.start(READS)
        return task

    def keep_attachments(self, uid: str) -> Task:
        """An e-mail's attached files onto the record shown: its original read off the UI thread, then the
        files attached as one undoable step (those the record has already are said, not doubled)."""
        from app.mail_import import original_of
        from app.mail_reader import attachments_in
        from ui.workers import READS

        services, record_uid = self.services, self._uid

        def read(_task: Task) -> list[tuple[str, bytes]] | None:
            found = original_of(services, uid)
            return None if found is None else attachments_in(found[1])

        task = Task(read, services)
        self._attachments_for[task] = record_uid  # (bound methods take a worker's signals, not lambdas)
        task.succeeded.connect(self._on_attachments_read)
        task.failed.connect(self._show_banner)
        task.start(READS)
        return task

    def _on_attachments_read(self, items: object) -> None:
        record_uid = self._attachments_for.pop(self.sender(), None)
        if items is None:
            self._on_original_written(None)  # no original here: said as for opening it
        elif not items:
            self._show_banner(self.tr("This e-mail has no attached files."))
        else:
            assert isinstance(items, list)
            self.files_box.attach_data(items, record_uid)  # the record asked on, shown or not

    def _on_original_written(self, path: object) -> None:
        if not isinstance(path, Path):
            self._show_banner(self.tr("There is no original of this e-mail here: it was logged by hand, or the"
                                      " mail folder it was read from no longer holds it."))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._show_banner(self.tr("No program opened the message (%1).").replace("%1", str(path)))

    def attach_file(self) -> None:
        """Attach a File…: the file dialog, for the record shown."""
        if self.FILES and self._uid is not None and self.stack.currentWidget() is self.record_page:
            self.files_box.choose_files()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.FILES and self.stack.currentWidget() is self.record_page and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.FILES and self.stack.currentWidget() is self.record_page and dropped_files(event):
            self.files_box.dropEvent(event)

    def _on_files_changed(self) -> None:
        self.changed.emit()

    def header_extras(self) -> list[QAction]:
        """Toggles of a kind of record beside Private in the header (an account's mail from its domain)."""
        return []

    def refresh_header_extras(self, uid: str) -> None:
        """`header_extras` brought up to date with the record shown."""

    def _deal_choices(self, activity_uid: str) -> list[tuple[str, str, bool]]:
        """The deals a call, meeting, e-mail or note of this timeline can be linked to: this record's (open
        ones first), and any it is linked to already; each with whether it is linked now."""
        if self.uid is None:
            return []
        try:
            linked = [link.uid for link in self.services.activities.get(activity_uid).data.links
                      if link.kind == "deal"]
        except NotFoundError:
            return []
        deals = self.timeline_service.deals(self.KIND, self.uid)
        self._deal_titles = {deal.uid: deal.title for deal in deals}
        choices = [(deal.uid, f"{deal.title} · {deal.stage}", deal.uid in linked) for deal in deals]
        for uid in linked:
            if uid not in self._deal_titles:
                with contextlib.suppress(NotFoundError):  # (in the Trash: not offered)
                    self._deal_titles[uid] = self.services.deals.get(uid).data.title
                    choices.append((uid, self._deal_titles[uid], True))
        return choices

    def _on_deal_link_requested(self, activity_uid: str, deal_uid: str, link: bool) -> None:
        """Link a call, meeting, e-mail or note to a deal (it shows on the deal's timeline too) or unlink it:
        one undoable step."""
        label = (self.tr("Link to the deal “%1”") if link else self.tr("Unlink from the deal “%1”")).replace(
            "%1", self._deal_titles.get(deal_uid, ""))

        def relink(services: Services) -> object:
            links = services.activities.get(activity_uid).data.links
            kept = tuple(item for item in links if not (item.kind == "deal" and item.uid == deal_uid))
            return services.activities.update(activity_uid, links=(*kept, Link("deal", deal_uid)) if link else kept)

        Op(self, self.services, label, relink).success(lambda _value: self._refresh()).run(initiator=self)

    def _on_timeline_delete_requested(self, kind: str, uid: str, title: str) -> None:
        """A call, note, meeting or task off this record's timeline, as one undoable step."""
        label = self.tr("Delete “%1”").replace("%1", title) if title else self.tr("Delete a timeline entry")

        def delete(services: Services) -> object:
            return (services.activities if kind == "activity" else services.tasks).delete(uid)

        Op(self, self.services, label, delete).success(lambda _value: self._on_timeline_entry_deleted()) \
            .run(initiator=self)

    def _on_timeline_entry_deleted(self) -> None:
        self._refresh()
        self.timeline.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _on_undo_delete_clicked(self) -> None:
        self.undo_stack.undo()

    def _on_empty_toggle_clicked(self) -> None:
        self._show_empty = not self._show_empty
        self._rebuild_facts()

    def _on_link_activated(self, href: str) -> None:
        kind, _, uid = href.partition(":")
        if kind == "action":
            {"task": self.add_task, "call": self.log_call}[uid]()
        elif is_external(href):
            open_external(href)
        else:
            self.open_record.emit(kind, uid)

    # --- helpers for subclasses ---------------------------------------------------------------

    def scalar_spec(self, update: Callable[..., object], key: str, label: str, before: Any, *,
                    multiline: bool = False, placeholder: str = "", shown: str = "",
                    date_field: bool = False, link: Callable[[str], str] | None = None) -> FieldSpec:
        """A field of the record itself, saved with `update(**{key: text})`. A `date_field` takes a date as
        the user's locale writes it (or picked from its calendar) as well as the service's own forms."""

        def save(text: str) -> object:
            if date_field and text.strip():
                # Else ISO, a date without its year (--04-12), or a mistake the service names.
                with contextlib.suppress(ValueError):
                    text = parse_date(text).isoformat()
            return update(**{key: text})

        value = before.isoformat() if hasattr(before, "isoformat") else (before or "")
        return FieldSpec(key, label, value, save, multiline=multiline, placeholder=placeholder, shown=shown,
                         picks_date=date_field, link=link)

    def list_specs(self, update: Callable[..., object], attr: str, items: tuple[Any, ...], caption: str,
                   add_caption: str, text_of: Callable[[Any], str], with_text: Callable[[Any, str], Any],
                   new_item: Callable[[str], Any], *, multiline: bool = False,
                   shown_of: Callable[[Any], str] | None = None, placeholder: str = "",
                   link: Callable[[str], str] | None = None) -> list[FieldSpec]:
        """One field per item of a multi-valued part (e-mails, phones…), plus an empty one that adds.
        Emptying an item's field removes the item. `link` draws each value as a link (mailto:, tel:)."""
        specs = []

        def saver(index: int | None) -> Callable[[str], object]:
            def save(text: str) -> object:
                kept = list(items)
                if index is None:
                    kept.append(new_item(text))
                elif text.strip():
                    kept[index] = with_text(kept[index], text)
                else:
                    del kept[index]
                return update(**{attr: tuple(kept)})

            return save

        for index, item in enumerate(items):
            label = getattr(item, "label", "")
            title = f"{caption} ({label_text(label).lower()})" if label else caption
            specs.append(FieldSpec(f"{attr}[{index}]", title, text_of(item), saver(index), multiline=multiline,
                                   shown=shown_of(item) if shown_of else "", link=link))
        specs.append(FieldSpec(f"{attr}[new]", add_caption, "", saver(None), multiline=multiline,
                               placeholder=placeholder))
        return specs

    def tags_spec(self) -> FieldSpec:
        """Tags as one comma-separated field; a save adds and removes the difference in one transaction."""
        uid = self._uid
        assert uid is not None
        kind = self.KIND
        tags = self.services.tags
        current = tags.of(kind, uid)

        def save(text: str) -> None:  # in the Op's one unit of work: all the tags or none
            have = {n.casefold(): n for n in tags.of(kind, uid)}
            wanted = {n.casefold(): n for n in (" ".join(t.split()) for t in text.split(",") if t.strip())}
            for key, name in have.items():
                if key not in wanted:
                    tags.remove(kind, uid, name)
            for key, name in wanted.items():
                if key not in have:
                    tags.add(kind, uid, name)

        return FieldSpec("tags", self.tr("Tags"), ", ".join(current), save,
                         placeholder=self.tr("Add tags, separated by commas"))

    def custom_specs(self) -> list[FieldSpec]:
        uid = self._uid
        assert uid is not None
        kind = self.KIND
        service = self.services.custom_fields
        values = service.values(kind, uid)
        specs = []
        for definition in service.definitions(kind):
            key = definition.key
            before = values.get(key, "")

            def save(text: str, key: str = key, definition: FieldDefinition = definition) -> object:
                return service.set(kind, uid, key, typed_value(definition, text))

            look = custom_look(self.services, definition, before)
            specs.append(FieldSpec(f"custom:{key}", definition.label, before, save, multiline=look.multiline,
                                   placeholder=look.placeholder, shown=look.shown, picks_date=look.picks_date,
                                   link=look.link, options=look.options))
        return specs

    def deals_html(self, deals: list[RelatedDeal]) -> list[str]:
        status = {"won": self.tr("won"), "lost": self.tr("lost")}
        items = []
        for deal in deals:
            parts = [deal.stage if deal.status == "open" else status[deal.status]]
            if deal.amount is not None:
                parts.append(money(deal.amount, deal.currency))
            items.append(f"{link('deal', deal.uid, deal.title)} — {escape(' · '.join(parts))}")
        return items

    def sheet_links(self) -> tuple[Link, ...]:
        return (Link(self.KIND, self._uid),) if self._uid else ()

    # --- hooks: what each kind of record (ContactDetailPane, AccountDetailPane) provides ---------

    @abstractmethod
    def empty_text(self) -> str:
        ...

    @abstractmethod
    def load(self, uid: str) -> None:
        """Read the record (NotFoundError when it is not live)."""
        ...

    @abstractmethod
    def load_deleted(self, uid: str) -> str:
        """The name of the record in the Trash (NotFoundError when it does not exist at all)."""
        ...

    @abstractmethod
    def title(self) -> str:
        ...

    def photo(self) -> bytes | None:
        return None

    @abstractmethod
    def subtitle_html(self) -> str:
        ...

    @abstractmethod
    def name_field(self) -> InlineField:
        ...

    @abstractmethod
    def fact_groups(self) -> list[Group]:
        ...

    @abstractmethod
    def related_sections(self) -> list[tuple[str, list[str]]]:
        ...

    @abstractmethod
    def deal_defaults(self) -> tuple[str | None, tuple[str, ...]]:
        ...

    def mail_addresses(self) -> list[str]:
        """Whom "Write an e-mail" writes to (none: the action is off)."""
        return []

    @abstractmethod
    def delete(self, uid: str) -> object:
        ...


def format_day(value: date | None) -> str:
    return QLocale().toString(qdate(value), QLocale.FormatType.LongFormat) if value else ""
