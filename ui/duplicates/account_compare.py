"""Two accounts side by side: their facts, how many people and deals each has, and which one stays.

A merge keeps the chosen account's facts, fills what it lacks from the other, adds the other's phones and
addresses, and moves its people, deals, activities, tasks and tags over (app/account_duplicates.py): there
is nothing to pick field by field, only which record stays.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.accounts import AccountRecord


class AccountComparePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pair: tuple[AccountRecord, AccountRecord] | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setEnabled(False)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.keep = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.grid_host)
        layout.addStretch(1)
        self.clear()

    def clear(self, message: str = "") -> None:
        self._pair = None
        for button in self.keep.buttons():
            self.keep.removeButton(button)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.message.setText(message or self.tr("Choose a pair to compare."))
        self.message.show()
        self.grid_host.hide()

    def set_pair(self, first: AccountRecord, second: AccountRecord, counts: dict[str, tuple[int, int]]) -> None:
        """`counts`: each account's (people, deals)."""
        self.clear()
        self._pair = (first, second)
        self.message.hide()
        self.grid_host.show()
        locale = QLocale()
        rows = [
            (self.tr("Name"), lambda a: a.data.name),
            (self.tr("Industry"), lambda a: a.data.industry),
            (self.tr("Website"), lambda a: a.data.website),
            (self.tr("Phones"), lambda a: "\n".join(p.value for p in a.data.phones)),
            (self.tr("People"), lambda a: locale.toString(counts.get(a.uid, (0, 0))[0])),
            (self.tr("Deals"), lambda a: locale.toString(counts.get(a.uid, (0, 0))[1])),
        ]
        for column in (1, 2):
            choice = QRadioButton(self.tr("&Keep this one") if column == 1 else self.tr("Keep &this one"))
            choice.setChecked(column == 1)
            self.keep.addButton(choice, column - 1)
            self.grid.addWidget(choice, 0, column)
        for row, (caption, value_of) in enumerate(rows, start=1):
            heading = QLabel(caption)
            heading.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(heading, row, 0)
            for column, account in enumerate((first, second), start=1):
                value = QLabel(value_of(account) or "—")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.grid.addWidget(value, row, column)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)

    def kept_and_other(self) -> tuple[AccountRecord, AccountRecord] | None:
        if self._pair is None:
            return None
        first, second = self._pair
        return (first, second) if self.keep.checkedId() != 1 else (second, first)

    def choices(self) -> dict[str, str]:
        return {}  # nothing is chosen field by field for accounts
