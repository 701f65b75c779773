"""A value shown as text that becomes an editor in place (UI.md 5).

Click, F2 or Enter edits; Enter commits (Ctrl+Enter in a multi-line field), Esc cancels, and leaving
the field commits too. A value that is also a link (an e-mail address, a phone number, a web address) is
drawn as one: a click on the link opens it with the user's program (mail client, dialler, browser), as
Ctrl+Enter and the context menu's first entry do; a click beside it, F2 or Enter edits.

The commit goes to a handler that saves it through a service on the write worker (ui/operations) and calls
back `done(problem)`: None when it was saved, else the service's message. Meanwhile the editor stays open,
read-only ("saving"); an error is written under the field, the editor stays open with what the user typed,
and nothing is saved. An untouched field is never validated.

InlineOptions give a field a custom field's ways (ui/detail/custom_fields.py): a list of choices completed as
typed (Down opens it; several, separated by commas), a checkbox that Enter, Space, F2 or a click turns over
and saves, and a record picked by its name (the uid saved, the name shown).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape as escape_html
from typing import Any, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.detail.pickers import RecordCompleter
from ui.external_links import open_external
from ui.qt_dates import parse_date, qdate


@dataclass(frozen=True)
class InlineOptions:
    """`choices`: completed as typed (`several`: a comma-separated list of them). `toggle`: (on, off), the
    value a checkbox turns to and from, saved at once. `lookup(text) -> [(uid, name)]`: records completed as
    typed; the one picked is saved as its uid. `edit_shown`: the editor opens on the shown text (a record's
    name, choices with commas), and that text unchanged is no change."""

    choices: Sequence[str] = ()
    several: bool = False
    toggle: tuple[str, str] | None = None
    lookup: Callable[[str], list[tuple[str, str]]] | None = None
    edit_shown: bool = False


class ChoiceCompleter(QCompleter):
    """Completes a field's choices; with `several`, the piece after the last comma, keeping those before.

    Signals:
        entered(): Enter while the list is open with nothing chosen in it (what is typed is meant: save it;
            the completer would hand the key to the editor past the field's own filter, so that saving
            took a second Enter).
    """

    entered = Signal()

    def __init__(self, choices: Sequence[str], several: bool, editor: QLineEdit) -> None:
        super().__init__(list(choices), editor)
        self._several = several
        self._choices = list(choices)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setWidget(editor)
        self._editor = editor
        cast(Any, self.activated)[str].connect(self._on_activated)  # the text overload
        editor.textEdited.connect(self._on_text_edited)
        popup = self.popup()
        if popup is not None:
            popup.installEventFilter(self)  # after the completer's own filter: this one sees keys first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.popup()
        if (watched is popup and popup is not None and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not popup.currentIndex().isValid()):
            popup.hide()
            self.entered.emit()
            return True
        return super().eventFilter(watched, event)

    def _piece(self, text: str) -> tuple[str, str]:
        """(what stays, what is being typed): with several, the longest tail after a comma that a choice
        starts with ("Food, Oil, g" → "Food, ", "Oil, g"), else the piece after the last comma."""
        if not self._several or "," not in text:
            return "", text.strip()
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == ","]
        choices = [c.casefold() for c in self._choices]
        for start in starts:  # from the longest tail
            tail = text[start:].strip()
            if tail and any(c.startswith(tail.casefold()) for c in choices):
                return (text[:start].rstrip(", ") + ", " if start else ""), tail
        head, _, tail = text.rpartition(",")
        return head + ", ", tail.strip()

    def open_list(self) -> None:
        self.setCompletionPrefix(self._piece(self._editor.text())[1])
        if self.completionCount() == 0:
            self.setCompletionPrefix("")
        self.complete()

    def _on_text_edited(self, text: str) -> None:
        self.setCompletionPrefix(self._piece(text)[1])
        if self._piece(text)[1] and self.completionCount():
            self.complete()
        else:
            popup = self.popup()
            if popup is not None:
                popup.hide()

    def _on_activated(self, choice: str) -> None:
        head, _ = self._piece(self._editor.text())
        self._editor.setText(head + choice)


def toggled_text(value: str, on: str) -> str:
    yes = value == on
    return ("☑ " if yes else "☐ ") + (QCoreApplication.translate("InlineField", "Yes") if yes else
                                      QCoreApplication.translate("InlineField", "No"))


Done = Callable[[str | None], None]
CommitHandler = Callable[[str, Done], None]  # (text, done): done(None) once saved, done(message) if refused


def error_color(palette: QPalette) -> QColor:
    """The error token: a dark red on light backgrounds, a light red on dark ones (≥4.5:1 on both)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ffb4ab") if dark else QColor("#b3261e")


def link_caption(href: str) -> str:
    """What following a link does, as a menu says it."""
    scheme = href.partition(":")[0].lower()
    if not href:
        return ""
    if scheme == "mailto":
        return QCoreApplication.translate("InlineField", "Write an e-mail")
    if scheme == "tel":
        return QCoreApplication.translate("InlineField", "Call")
    if scheme in ("contact", "account"):
        return QCoreApplication.translate("InlineField", "Open")
    return QCoreApplication.translate("InlineField", "Open in the browser")


class ValueLabel(QLabel):
    """The shown value: focusable, so the keyboard can reach and edit it.

    Signals:
        activated(): edit me (a click beside the link, F2, Enter, or "Edit" in the context menu; Space too,
            where `space_activates`: a checkbox).
        open_link(): open the link the value is drawn as (a click on it, Ctrl+Enter, the context menu).
        copy_value(): the context menu's Copy.
    """

    activated = Signal()
    open_link = Signal()
    copy_value = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.IBeamCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.link_caption = ""  # what opening the link does ("Write an e-mail"); "" while it is no link
        self.space_activates = False
        self._link_clicked = False
        self.linkActivated.connect(self._on_link_activated)

    def show_link(self, text: str, href: str, caption: str) -> None:
        """Draw `text` as a link to `href`; "" for either shows plain text."""
        self.link_caption = caption if text and href else ""
        if self.link_caption:
            self.setTextFormat(Qt.TextFormat.RichText)
            self.setText(f'<a href="{escape_html(href)}">{escape_html(text)}</a>')
            self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        else:
            self.setTextFormat(Qt.TextFormat.PlainText)
            self.setText(text)
            self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # QLabel sets its focus policy from the interaction flags (ClickFocus for mouse links, NoFocus for
        # none): the value must stay reachable with Tab either way.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _on_link_activated(self, _href: str) -> None:
        self._link_clicked = True
        self.open_link.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._link_clicked = False
        super().mouseReleaseEvent(event)  # on the link, the label emits linkActivated meanwhile
        if event.button() == Qt.MouseButton.LeftButton and not self._link_clicked:
            self.activated.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.link_caption \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.open_link.emit()
            return
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
                key == Qt.Key.Key_Space and self.space_activates):
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.setObjectName("valueMenu")
        if self.link_caption:
            menu.addAction(self.link_caption, self.open_link.emit)
        if self.link_caption or self.textFormat() == Qt.TextFormat.PlainText:
            menu.addAction(self.tr("Copy"), self.copy_value.emit)
        menu.addAction(self.tr("Edit"), self.activated.emit)
        menu.exec(event.globalPos())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setFrameShape(QLabel.Shape.Box)  # a visible focus mark (labels draw none)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setFrameShape(QLabel.Shape.NoFrame)


class InlineField(QWidget):
    """`key` names the field for the pane (e.g. "job_title", "emails[1]", "custom:size").

    Signals:
        editing_changed(bool): the editor opened (True) or closed (False).
        open_record(str): a record's link ("contact:UID") was followed.
    """

    editing_changed = Signal(bool)
    open_record = Signal(str)

    def __init__(self, key: str, name: str, value: str, on_commit: CommitHandler, *, placeholder: str = "",
                 multiline: bool = False, shown: str = "", picks_date: bool = False,
                 link: Callable[[str], str] | None = None, options: InlineOptions | None = None,
                 parent: QWidget | None = None) -> None:
        """`shown`: how the value reads when not edited (a date in the user's format), if not as typed.
        `picks_date`: a calendar beside the editor (its button, or Alt+Down) puts a date in, as the user's
        locale writes it, and saves it. `link`: the value's link (app/hrefs.py), made again from each value
        saved; "" where a value is none."""
        super().__init__(parent)
        self.key = key
        self._value = value
        self._shown = shown
        self._link = link
        self._placeholder = placeholder
        self._on_commit = on_commit
        self._multiline = multiline
        self._options = options or InlineOptions()
        self._picked: tuple[str, str] | None = None  # (uid, name) of the record picked from the list
        self._finishing = False
        self._generation = 0  # a save's answer for an older generation (the field was discarded) is dropped
        self.setObjectName(f"field:{key}")

        self.display = ValueLabel()
        self.display.setAccessibleName(name)
        self.display.activated.connect(self._on_display_activated)
        self.display.open_link.connect(self.open_link)
        self.display.copy_value.connect(self._on_copy)
        if multiline:
            self.editor: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.editor.setTabChangesFocus(True)
            lines = self.fontMetrics().height()
            self.editor.setMinimumHeight(lines * 5)
            self.editor.setPlaceholderText(self.tr("Ctrl+Enter saves, Esc cancels"))
        else:
            self.editor = QLineEdit()
        self.choices: ChoiceCompleter | None = None
        self.records: QCompleter | None = None
        if isinstance(self.editor, QLineEdit) and self._options.choices:
            self.choices = ChoiceCompleter(self._options.choices, self._options.several, self.editor)
            self.choices.entered.connect(self.commit)
        if isinstance(self.editor, QLineEdit) and self._options.lookup is not None:
            completer = RecordCompleter(self.editor, self._options.lookup)
            completer.picked.connect(self._on_record_picked)
            self.records = completer
        self.display.space_activates = self._options.toggle is not None
        self.editor.setAccessibleName(name)
        self.editor.installEventFilter(self)
        self.editor.hide()
        self.calendar_button: QToolButton | None = None
        if picks_date and isinstance(self.editor, QLineEdit):
            self.calendar_button = QToolButton()
            self.calendar_button.setText("📅")
            self.calendar_button.setToolTip(self.tr("Pick a date (Alt+Down)"))
            self.calendar_button.setAccessibleName(self.tr("Pick a date"))
            self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on; Alt+Down opens it
            self.calendar_button.clicked.connect(self.pick_date)
            self.calendar_button.hide()
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.display)
        if self.calendar_button is not None:
            row = QHBoxLayout()
            row.setSpacing(2)
            row.addWidget(self.editor, 1)
            row.addWidget(self.calendar_button)
            layout.addLayout(row)
        else:
            layout.addWidget(self.editor)
        layout.addWidget(self.error)
        self.setFocusProxy(self.display)
        self._show_value()

    # --- state --------------------------------------------------------------------------------

    @property
    def value(self) -> str:
        return self._value

    @property
    def editing(self) -> bool:
        return not self.editor.isHidden()

    @property
    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def editor_text(self) -> str:
        editor = self.editor
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def set_value(self, value: str, shown: str = "") -> None:
        """Show a new value (the record was read again); an editor open on the old one is left alone."""
        if self.editing:
            return
        self._value = value
        self._shown = shown
        self._show_value()

    def resume_editing(self, text: str) -> None:
        """Open the editor holding `text` (what the user was typing when the pane was rebuilt under it),
        the cursor at its end."""
        self.start_editing()
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        else:
            self.editor.setText(text)
            self.editor.setCursorPosition(len(text))

    def start_editing(self) -> None:
        if self.editing:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._picked = None
        start = self._shown if self._options.edit_shown and self._value else self._value
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(start)
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)  # notes grow at their end
        else:
            self.editor.setText(start)
            self.editor.selectAll()
        self.display.hide()
        self.editor.show()
        if self.calendar_button is not None:
            self.calendar_button.show()
        self.setFocusProxy(self.editor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editing_changed.emit(True)

    def commit(self) -> bool:
        """Save what the editor holds (as leaving the field does). True when it was unchanged or went to be
        saved (the answer comes later); False while an error from before is still shown and nothing new
        was typed."""
        if not self.editing or self._finishing:
            return not self.error_text
        text = self.editor_text()
        if not self._multiline:
            text = text.strip()
        if self._picked is not None and text == self._picked[1]:
            text = self._picked[0]  # the record picked, not whichever has its name (nor the one shown)
        elif self._options.edit_shown and self._value and text == self._shown:
            text = self._value  # the name or list it opened on
        if text == self._value:  # untouched: nothing to check or save
            self._close_editor()
            return True
        self._finishing = True
        self.error.hide()
        self.editor.setReadOnly(True)  # saving: what is typed now would be lost
        generation = self._generation
        self._on_commit(text, lambda problem: self._on_saved(text, problem, generation))
        return True

    @property
    def saving(self) -> bool:
        return self._finishing

    def discard(self) -> None:
        """Forget what the editor holds and any save under way (another record is shown in this field, or
        the field is about to go): nothing is saved when it loses the focus, a late answer is dropped."""
        self._generation += 1
        self._finishing = False
        self.editor.setReadOnly(False)
        if self.editing:
            self._close_editor()

    def _on_saved(self, text: str, problem: str | None, generation: int | None = None) -> None:
        if not shiboken6.isValid(self):  # the pane was rebuilt meanwhile (another record shown)
            return
        if generation is not None and generation != self._generation:
            return  # discarded meanwhile: this answer is for what it showed before
        self._finishing = False
        self.editor.setReadOnly(False)
        if problem:
            self._show_error(problem)
            if not self.editor.hasFocus() and self.isVisible():
                self.editor.setFocus(Qt.FocusReason.OtherFocusReason)  # back to what needs putting right
            return
        self._value = text
        self._shown = self._picked[1] if self._picked is not None and text == self._picked[0] else ""
        self._close_editor()

    def cancel(self) -> None:
        if not self._finishing:  # while saving, the answer decides
            self._close_editor()

    # --- internals ----------------------------------------------------------------------------

    @property
    def href(self) -> str:
        """The link the value is drawn as; "" when it is none."""
        return self._link(self._value) if self._link is not None and self._value else ""

    def open_link(self) -> None:
        """Hand the link to the user's program for it (mail client, dialler, browser); a record's, to the
        window."""
        href = self.href
        if href.partition(":")[0] in ("contact", "account"):
            self.open_record.emit(href)
        else:
            open_external(href)

    def _list_open(self) -> bool:
        """A completion list under the editor is shown (where a window system lets it take the focus)."""
        for completer in (self.choices, self.records):
            popup = completer.popup() if completer is not None else None
            if popup is not None and popup.isVisible():
                return True
        return False

    def _on_record_picked(self, uid: str, name: str) -> None:
        self._picked = (uid, name)
        self.commit()

    def toggle(self) -> None:
        """A checkbox turned over and saved (nothing while the last turn is being saved)."""
        if self._options.toggle is None or self._finishing:
            return
        on, off = self._options.toggle
        text = off if self._value == on else on
        self._finishing = True
        self.error.hide()
        generation = self._generation
        self._on_commit(text, lambda problem: self._on_saved(text, problem, generation))

    def _on_copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._value and clipboard is not None:
            clipboard.setText(self._value)

    def _show_value(self) -> None:
        text = (self._shown or self._value) if self._value else self._placeholder
        if self._options.toggle is not None:
            text = toggled_text(self._value, self._options.toggle[0])
        href = self.href
        self.display.show_link(text, href, link_caption(href))
        self.display.setToolTip(self.tr("Click the link to open it (Ctrl+Enter); click beside it or press F2 to edit")
                                if href else self.tr("Click or press Space to change") if self._options.toggle
                                else self.tr("Click or press F2 to edit"))
        self._colour_display()

    def _colour_display(self) -> None:
        # An empty field shows its placeholder in the placeholder colour; it stays enabled, so it
        # can still be clicked and reached with Tab.
        palette = self.palette()
        if not self._value:
            palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.display.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light/dark switched: colours are re-read
            self._colour_display()

    def show_problem(self, message: str) -> None:
        """Say what is wrong with what the editor holds, under it (a refusal kept across a rebuild)."""
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(self.palette()))
        self.error.setPalette(palette)
        self.error.setText(message)
        self.error.show()
        self.editor.setAccessibleDescription(message)

    def _close_editor(self) -> None:
        refocus = self.editor.hasFocus()
        self.error.hide()
        self.error.clear()
        self.editor.setAccessibleDescription("")
        self._show_value()
        self.editor.hide()
        if self.calendar_button is not None:
            self.calendar_button.hide()
        self.display.show()
        self.setFocusProxy(self.display)
        if refocus:
            self.display.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editing_changed.emit(False)

    def _on_display_activated(self) -> None:
        if self._options.toggle is not None:
            self.toggle()
        else:
            self.start_editing()

    def pick_date(self) -> QCalendarWidget | None:
        """The calendar under the editor, on the date typed (else today); a day chosen (click, Enter) is
        written as the locale writes dates, and saved."""
        if self.calendar_button is None or not isinstance(self.editor, QLineEdit):
            return None
        if not self.editing:
            self.start_editing()
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.WindowType.Popup)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.setGridVisible(True)
        try:
            typed = parse_date(self.editor.text()) if self.editor.text().strip() else None
        except ValueError:
            typed = None
        if typed is not None:
            popup.setSelectedDate(qdate(typed))
        popup.activated.connect(lambda day: self._on_date_picked(popup, day))
        popup.clicked.connect(lambda day: self._on_date_picked(popup, day))
        popup.move(self.editor.mapToGlobal(self.editor.rect().bottomLeft()))
        popup.show()
        popup.setFocus(Qt.FocusReason.PopupFocusReason)
        return popup

    def _on_date_picked(self, popup: QCalendarWidget, day: QDate) -> None:
        popup.close()
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(QLocale().toString(day, QLocale.FormatType.ShortFormat))
            self.editor.setFocus(Qt.FocusReason.PopupFocusReason)
            self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                key, modifiers = event.key(), event.modifiers()
                if key == Qt.Key.Key_Escape:
                    self.cancel()
                    return True
                if (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier
                        and self.calendar_button is not None):
                    self.pick_date()
                    return True
                popup = self.choices.popup() if self.choices is not None else None
                if key == Qt.Key.Key_Down and self.choices is not None and not (popup and popup.isVisible()):
                    self.choices.open_list()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                    not self._multiline or modifiers & Qt.KeyboardModifier.ControlModifier
                ):
                    self.commit()
                    return True
            elif (event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent)
                  and event.reason() != Qt.FocusReason.PopupFocusReason and self.editing
                  and not self._list_open()):
                self.commit()  # leaving the field saves it (a context menu or the completion list opening does not)
        return super().eventFilter(watched, event)
