"""A list filtered by one of its columns (issue 18, point 1: custom fields too, in SQL): "Budget more than 1000",
"City is Munich", "VIP is filled". Asked from the column's header menu; the conditions in force are listed
in the list's bar, each removed from there.

    ColumnFilterDialog(title, field_type, parent) → .condition() once accepted: (operator, value)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.contact_list import Condition
from app.custom_fields import yes_or_no_word
from app.messages import QT_TRANSLATE_NOOP
from ui.qt_dates import parse_date

_OPERATORS = {"is": QT_TRANSLATE_NOOP("ColumnFilter", "is"), "is_not": QT_TRANSLATE_NOOP("ColumnFilter", "is not"),
              "contains": QT_TRANSLATE_NOOP("ColumnFilter", "contains"),
              "less": QT_TRANSLATE_NOOP("ColumnFilter", "is less than"),
              "more": QT_TRANSLATE_NOOP("ColumnFilter", "is more than"),
              "empty": QT_TRANSLATE_NOOP("ColumnFilter", "is empty"),
              "filled": QT_TRANSLATE_NOOP("ColumnFilter", "is filled in")}
NO_VALUE = ("empty", "filled")


def operator_text(operator: str) -> str:
    return QCoreApplication.translate("ColumnFilter", _OPERATORS.get(operator, operator))


def condition_text(title: str, operator: str, value: str) -> str:
    """"Budget is more than 1000", as the list's bar lists it."""
    said = f"{title} {operator_text(operator)}"
    return said if operator in NO_VALUE else f"{said} “{value}”"


class ColumnFilterDialog(QDialog):
    def __init__(self, title: str, field_type: str = "text", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnFilter")
        self.setWindowTitle(self.tr("Filter by %1").replace("%1", title))
        self._field_type = field_type
        self.operator = QComboBox()
        self.operator.setAccessibleName(self.tr("How"))
        for operator in _OPERATORS:
            self.operator.addItem(operator_text(operator), operator)
        self.operator.currentIndexChanged.connect(self._on_operator_current_index_changed)
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("Value"))
        self.value.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)  # (at any scale)
        if field_type == "date":
            self.value.setPlaceholderText(self.tr("A date"))
        elif field_type == "checkbox":
            self.value.setPlaceholderText(self.tr("Yes or no"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(title))
        row.addWidget(self.operator)
        row.addWidget(self.value, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Show only the rows where")))
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.value.setFocus(Qt.FocusReason.OtherFocusReason)

    def condition(self, column: str) -> Condition:
        operator = str(self.operator.currentData())
        value = "" if operator in NO_VALUE else self.value.text().strip()
        if self._field_type == "date" and value:
            value = parse_date(value).isoformat()  # checked when accepted
        if self._field_type == "checkbox" and value:
            value = yes_or_no_word(value) or value  # "да", "✓": as the field keeps it
        return column, operator, value

    def _on_operator_current_index_changed(self, _index: int) -> None:
        self.value.setEnabled(str(self.operator.currentData()) not in NO_VALUE)

    def _on_buttons_accepted(self) -> None:
        operator = str(self.operator.currentData())
        text = self.value.text().strip()
        if operator not in NO_VALUE and not text:
            self.status.setText(self.tr("Type the value to compare with."))
            self.value.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._field_type == "date" and operator not in NO_VALUE:
            try:
                parse_date(text)
            except ValueError as exc:
                self.status.setText(str(exc))
                self.value.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.accept()
