"""The first start (UI.md: empty states say what to do): an empty Rapport offers three ways in —
import contacts, add one by hand, or look around with sample data that can be removed later by
starting with a new data folder."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    import_requested = Signal()
    add_contact_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to Rapport"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Your contacts, companies, deals and follow-ups, on this computer, working offline. "
            "How would you like to begin?"
        ))
        intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import contacts…"))
        self.import_button.setToolTip(self.tr("vCard files from a phone, Outlook, Apple or Google Contacts; CSV; "
                                              "iCalendar for meetings and tasks"))
        self.add_button = QPushButton(self.tr("&Add a contact…"))
        self.sample_button = QPushButton(self.tr("&Explore with sample data"))
        self.sample_button.setToolTip(self.tr("300 made-up contacts with companies, deals, calls and tasks"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_requested)
        self.add_button.clicked.connect(self.add_contact_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        hint = QLabel(self.tr("You can also drop vCard or CSV files on this window."))
        hint.setEnabled(False)  # the palette's quieter text colour

        column = QVBoxLayout()
        column.setSpacing(self.fontMetrics().height() // 2)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(self.fontMetrics().height())
        for button in (self.import_button, self.add_button, self.sample_button):
            column.addWidget(button)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(hint)
        box = QWidget()
        box.setLayout(column)
        box.setFixedWidth(self.fontMetrics().averageCharWidth() * 60)  # fixed: wrapped text needs a width
        # Centred by stretches, not by an alignment flag: an aligned item gets its size hint only, and
        # the hint of wrapped text is a line short.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
