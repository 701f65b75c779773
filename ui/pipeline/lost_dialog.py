"""Asking why a deal was lost: one editable field offering the reasons given before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class LostReasonDialog(QDialog):
    """`reason()` is the text typed or picked; OK stays disabled until there is one (the service
    refuses a lost deal without a reason, so the dialog never offers what would fail)."""

    def __init__(self, deal_title: str, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lostReasonDialog")
        self.setWindowTitle(self.tr("Mark as lost"))
        prompt = QLabel(self.tr("Why was “%1” lost?").replace("%1", deal_title))
        prompt.setWordWrap(True)
        self.reason_field = QComboBox()
        self.reason_field.setObjectName("lostReason")
        self.reason_field.setEditable(True)
        self.reason_field.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_field.addItems(reasons)
        self.reason_field.setCurrentIndex(-1)
        self.reason_field.setEditText("")
        self.reason_field.setAccessibleName(self.tr("Reason"))
        line_edit = self.reason_field.lineEdit()
        assert line_edit is not None  # the field is editable
        line_edit.setPlaceholderText(self.tr("For example: chose a competitor"))
        completer = self.reason_field.completer()
        assert completer is not None  # an editable combo box makes one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        prompt.setBuddy(self.reason_field)
        # Wide enough for a sentence in the user's font, whatever the language.
        self.reason_field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark lost"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        line_edit.textChanged.connect(self._on_reason_text_changed)
        self._on_reason_text_changed("")

        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason_field)
        layout.addWidget(self.buttons)

    def reason(self) -> str:
        return self.reason_field.currentText().strip()

    def _on_reason_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
