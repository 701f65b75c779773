"""Two contacts side by side: which record stays, and for each field where they differ, whose value.

Single-valued fields (name parts, job, dates, photo, notes) get a radio button per side where the two
differ; notes may also keep both texts, as a merge does by default. Lists (e-mails, phones, addresses,
websites, companies, ...) are shown for comparison only: a merge keeps every distinct entry of both.

`choices()` gives DuplicateService.merge's `choose` mapping ({field: "keep" | "other"}), listing only
the fields where the user picked something else than the merge would by itself; so a name the kept
contact never set by hand is still composed again from the merged name parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.contacts import ContactData, ContactRecord
from app.duplicates import CHOOSABLE
from app.validation import PartialDate
from ui.qt_dates import qdate

FIRST, SECOND, BOTH = 0, 1, 2  # button ids of a field's radio group
LABEL_COLUMN, FIRST_COLUMN, SECOND_COLUMN = range(3)
PHOTO_SIZE = 4  # line heights


@dataclass
class _Field:
    name: str
    group: QButtonGroup
    touched: bool = False


def _date(value: PartialDate | None) -> str:
    if value is None:
        return ""
    if value.year is None:  # a birthday without a year: day and month as the locale writes them
        return QLocale().toString(QDate(2000, value.month, value.day), "d MMMM")
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


class ComparePanel(QWidget):
    """Shows one pair at a time (`set_pair`); `keep_first()` and `choices()` say what to merge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first: ContactRecord | None = None
        self._second: ContactRecord | None = None
        self._fields: dict[str, _Field] = {}
        self.keep_group = QButtonGroup(self)
        self.keep_group.idToggled.connect(self._on_keep_group_id_toggled)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.clear()

    def labels(self) -> dict[str, str]:
        return {
            "display_name": self.tr("Name shown"), "prefix": self.tr("Prefix"), "given": self.tr("First name"),
            "additional": self.tr("Middle name"), "family": self.tr("Last name"), "suffix": self.tr("Suffix"),
            "nickname": self.tr("Nickname"), "job_title": self.tr("Job title"), "department": self.tr("Department"),
            "birthday": self.tr("Birthday"), "anniversary": self.tr("Anniversary"), "photo": self.tr("Photo"),
            "notes": self.tr("Notes"),
        }

    # --- what the user chose -----------------------------------------------------------------------

    def keep_first(self) -> bool:
        return self.keep_group.checkedId() != SECOND

    def kept_and_other(self) -> tuple[ContactRecord, ContactRecord] | None:
        if self._first is None or self._second is None:
            return None
        return (self._first, self._second) if self.keep_first() else (self._second, self._first)

    def choices(self) -> dict[str, str]:
        kept_side = FIRST if self.keep_first() else SECOND
        found: dict[str, str] = {}
        for name, item in self._fields.items():
            chosen = item.group.checkedId()
            if chosen != self._default(name):
                if chosen == BOTH:
                    continue  # only notes have it, and no choice is what combines them
                found[name] = "keep" if chosen == kept_side else "other"
        return found

    def choose(self, field_name: str, side: int) -> None:
        """Pick a side for a field (FIRST, SECOND or, for notes, BOTH), as clicking its radio does."""
        button = self._fields[field_name].group.button(side)
        if button is not None:
            button.click()

    def field_names(self) -> list[str]:
        """The fields that have a choice for this pair, top to bottom."""
        return list(self._fields)

    # --- showing a pair ------------------------------------------------------------------------------

    def clear(self, message: str = "") -> None:
        self._first = self._second = None
        self._fields = {}
        for button in self.keep_group.buttons():
            self.keep_group.removeButton(button)
        placeholder = QLabel(message or self.tr("Select a pair to compare the two contacts."))
        placeholder.setObjectName("comparePlaceholder")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        placeholder.setEnabled(False)
        self.scroll_area.setWidget(placeholder)

    def set_pair(self, first: ContactRecord, second: ContactRecord, accounts: dict[str, str]) -> None:
        self.clear()
        self._first, self._second = first, second
        body = QWidget()
        body.setObjectName("compareBody")
        grid = QGridLayout(body)
        grid.setColumnStretch(FIRST_COLUMN, 1)
        grid.setColumnStretch(SECOND_COLUMN, 1)
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)

        row = 0
        for side, record in ((FIRST, first), (SECOND, second)):
            button = QRadioButton(self.tr("Keep “%1”").replace("%1", record.display_name))
            button.setToolTip(self.tr("This record stays, with its history; the other one goes to the Trash."))
            self.keep_group.addButton(button, side)
            added = QLocale().toString(qdate(record.meta.created_at.date()), QLocale.FormatType.ShortFormat)
            since = QLabel(self.tr("Added %1").replace("%1", added))
            since.setEnabled(False)
            column = FIRST_COLUMN + side
            grid.addWidget(button, row, column)
            grid.addWidget(since, row + 1, column)
        self.keep_group.button(FIRST).setChecked(True)
        row += 2
        grid.addWidget(self._rule(), row, 0, 1, 3)
        row += 1

        labels = self.labels()
        for name in ("display_name", *(n for n in CHOOSABLE if n != "display_name")):
            a, b = self._shown(first.data, name), self._shown(second.data, name)
            if not a and not b:
                continue
            title = QLabel(labels.get(name, name))
            title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(title, row, LABEL_COLUMN)
            if self._same(first.data, second.data, name):
                grid.addWidget(self._value_label(first.data, name), row, FIRST_COLUMN, 1, 2)
            else:
                group = QButtonGroup(body)  # goes with the pair's widgets
                self._fields[name] = _Field(name, group)
                for side, data in ((FIRST, first.data), (SECOND, second.data)):
                    cell = self._choice(group, side, data, name, title.text())
                    grid.addWidget(cell, row, FIRST_COLUMN + side)
                if name == "notes" and a and b:
                    both = QRadioButton(self.tr("Keep both notes"))
                    group.addButton(both, BOTH)
                    row += 1
                    grid.addWidget(both, row, FIRST_COLUMN, 1, 2)
                group.idClicked.connect(self._on_field_group_id_clicked)
            row += 1

        grid.addWidget(self._rule(), row, 0, 1, 3)
        row += 1
        lists = QLabel(self.tr("Combined: every e-mail address, phone number, address, website and company of"
                               " both is kept, and so are their activities, deals, tasks and tags."))
        lists.setWordWrap(True)
        lists.setEnabled(False)
        grid.addWidget(lists, row, 0, 1, 3)
        row += 1
        for title_text, a_text, b_text in self._lists(first.data, second.data, accounts):
            title = QLabel(title_text)
            title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(title, row, LABEL_COLUMN)
            for side, text in ((FIRST, a_text), (SECOND, b_text)):
                value = QLabel(text or "—")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(value, row, FIRST_COLUMN + side)
            row += 1
        grid.setRowStretch(row, 1)
        self._reset_defaults()
        self.scroll_area.setWidget(body)

    # --- pieces ----------------------------------------------------------------------------------------

    def _rule(self) -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    @staticmethod
    def _shown(data: ContactData, name: str) -> str:
        if name == "photo":
            return "photo" if data.photo else data.photo_uri
        value = getattr(data, name)
        if isinstance(value, PartialDate) or value is None:
            return _date(value)
        return str(value).strip()

    def _same(self, a: ContactData, b: ContactData, name: str) -> bool:
        if name == "photo":
            return (a.photo, a.photo_uri) == (b.photo, b.photo_uri)
        return bool(getattr(a, name) == getattr(b, name))

    def _value_text(self, data: ContactData, name: str) -> str:
        if name == "photo":
            return self.tr("Linked photo: %1").replace("%1", data.photo_uri) if data.photo_uri else ""
        return self._shown(data, name)

    def _value_label(self, data: ContactData, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name == "photo" and data.photo:
            pixmap = QPixmap()
            if pixmap.loadFromData(data.photo):
                side = self.fontMetrics().height() * PHOTO_SIZE
                label.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
                return label
            label.setText(self.tr("A photo that cannot be shown (%1)").replace("%1", data.photo_mime or "?"))
            return label
        text = self._value_text(data, name)
        if name == "notes" and text.count("\n") > 4:
            label.setToolTip(text)
            text = "\n".join(text.splitlines()[:4]) + " …"
        label.setText(text or "—")
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _choice(self, group: QButtonGroup, side: int, data: ContactData, name: str, field_title: str) -> QWidget:
        """A radio button with the value beside it (the value may be long, a photo, or empty)."""
        cell = QWidget()
        layout = QGridLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        button = QRadioButton()
        shown = self._value_text(data, name) or (self.tr("(photo)") if name == "photo" and data.photo else "")
        button.setAccessibleName(self.tr("%1: %2").replace("%1", field_title).replace("%2", shown or self.tr("empty")))
        group.addButton(button, side)
        value = self._value_label(data, name)
        value.setBuddy(button)
        layout.addWidget(button, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(value, 0, 1)
        layout.setColumnStretch(1, 1)
        return cell

    def _lists(self, a: ContactData, b: ContactData, accounts: dict[str, str]) -> list[tuple[str, str, str]]:
        def emails(d: ContactData) -> str:
            return "\n".join(e.value for e in d.emails)

        def phones(d: ContactData) -> str:
            return "\n".join(p.value for p in d.phones)

        def addresses(d: ContactData) -> str:
            return "\n".join(", ".join(part for part in (x.street, x.locality, x.region, x.postal_code, x.country)
                                       if part) for x in d.addresses)

        def urls(d: ContactData) -> str:
            return "\n".join(u.value for u in d.urls)

        def ims(d: ContactData) -> str:
            return "\n".join(f"{i.protocol}: {i.handle}" if i.protocol else i.handle for i in d.ims)

        def related(d: ContactData) -> str:
            return "\n".join(f"{r.value} ({r.label})" if r.label else r.value for r in d.related)

        def dates(d: ContactData) -> str:
            return "\n".join(f"{x.label}: {_date(x.value)}" if x.label else _date(x.value) for x in d.dates)

        def companies(d: ContactData) -> str:
            return "\n".join(accounts.get(link.account_uid, link.account_uid) for link in d.accounts)

        found: list[tuple[str, str, str]] = []
        for title, show in ((self.tr("Company"), companies), (self.tr("E-mail"), emails), (self.tr("Phone"), phones),
                            (self.tr("Address"), addresses), (self.tr("Website"), urls), (self.tr("Chat"), ims),
                            (self.tr("Related"), related), (self.tr("Dates"), dates)):
            left, right = show(a), show(b)
            if left or right:
                found.append((title, left, right))
        return found

    # --- defaults ---------------------------------------------------------------------------------------

    def _default(self, name: str) -> int:
        """The side DuplicateService.merge takes for a field when not told."""
        kept_side = FIRST if self.keep_first() else SECOND
        other_side = SECOND if kept_side == FIRST else FIRST
        pair = self.kept_and_other()
        if pair is None:
            return kept_side
        kept, other = pair[0].data, pair[1].data
        if name == "photo":
            return kept_side if kept.photo or kept.photo_uri else other_side
        if name == "notes":
            if kept.notes.strip() and other.notes.strip() and other.notes.strip() not in kept.notes:
                return other_side if kept.notes.strip() in other.notes else BOTH
            return kept_side if kept.notes.strip() else other_side
        value: Any = getattr(kept, name)
        return other_side if value is None or value == "" else kept_side

    def _reset_defaults(self) -> None:
        """Fields the user has not touched follow the merge's own choice for the record kept."""
        for name, item in self._fields.items():
            if not item.touched:
                button = item.group.button(self._default(name))
                if button is not None:
                    button.setChecked(True)

    def _on_keep_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._reset_defaults()

    def _on_field_group_id_clicked(self, _id: int) -> None:
        group = self.sender()
        for item in self._fields.values():
            if item.group is group:
                item.touched = True
