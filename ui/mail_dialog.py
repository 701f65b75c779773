"""File ▸ Import Mail…: e-mail from where it already is onto the contacts' timelines (app/mail_import.py).

The dialog lists the Thunderbird folders found on this computer and lets the user add an mbox file or a
Maildir folder; Import reads the chosen one as an operation (ui/operations: off the UI thread on the
write worker, its changes shown by every view, one step for Edit ▸ Undo) with the count of messages read
and Cancel (what was written stays, in that step); the end says what was put where. Nothing of the mail
but what concerns a contact is kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.mail_import import MailReport, import_mail
from app.mail_reader import thunderbird_homes
from app.services import Services
from ui.operations.operation import Op, running_task
from ui.said import in_words
from ui.workers import Task

PathRole = Qt.ItemDataRole.UserRole


class MailImportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None, *, home: Path | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._task: Task | None = None
        self._close_when_done = False  # closed while reading: closes once the import has stopped
        self.setWindowTitle(self.tr("Import Mail"))
        intro = QLabel(self.tr("E-mail from and to your contacts goes onto their timelines and their companies'."
                               " Nothing else of your mail is kept. A message imported before is passed over."))
        intro.setWordWrap(True)
        self.sources = QListWidget()
        for folder in thunderbird_homes(home):
            self._add_source(self.tr("Thunderbird — %1").replace("%1", str(folder)), folder)
        choose_file = QPushButton(self.tr("An &mbox File…"))
        choose_file.clicked.connect(self._choose_file)
        choose_folder = QPushButton(self.tr("A Mail&dir Folder…"))
        choose_folder.clicked.connect(self._choose_folder)
        for chooser in (choose_file, choose_folder):
            chooser.setAutoDefault(False)  # Enter imports; it never opens a file chooser
        choosers = QHBoxLayout()
        choosers.addWidget(choose_file)
        choosers.addWidget(choose_folder)
        choosers.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # how many messages a store holds is not known before reading it
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self.cancel_button.setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sources, 1)
        layout.addLayout(choosers)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if self.sources.count():
            self.sources.setCurrentRow(0)
        else:
            self.status.setText(self.tr("No Thunderbird profile was found here: choose an mbox file or a Maildir"
                                        " folder."))
        self._update_buttons()
        self.sources.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 22)

    def _add_source(self, text: str, path: Path) -> None:
        item = QListWidgetItem(text)
        item.setData(PathRole, str(path))
        self.sources.addItem(item)
        self.sources.setCurrentItem(item)

    def add_path(self, path: Path) -> None:
        """A store the user chose (or dropped): listed and chosen."""
        self._add_source(str(path), path)
        self._update_buttons()

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an mbox File"), str(Path.home()))
        if chosen:
            self.add_path(Path(chosen))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a Maildir Folder"), str(Path.home()))
        if chosen:
            self.add_path(Path(chosen))

    def _update_buttons(self) -> None:
        running = self._task is not None
        self.import_button.setEnabled(not running and self.sources.currentItem() is not None)
        self.sources.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def chosen(self) -> Path | None:
        item = self.sources.currentItem()
        return Path(item.data(PathRole)) if item is not None else None

    def start(self) -> None:
        path = self.chosen()
        if path is None or self._task is not None:
            return
        def run(services: Services) -> MailReport:
            task = running_task()
            return import_mail(services, path, lambda read: task.report(read), lambda: task.cancelled)

        self._task = Op(self, self._services, self.tr("Import mail from %1").replace("%1", path.name), run,
                        own_units=True) \
            .progress(self._on_progress).success(self._on_done).failure(self._on_failed).run(initiator=self)
        self.progress.show()
        self.status.setText(self.tr("Reading %1…").replace("%1", str(path)))
        self._update_buttons()

    def _on_progress(self, done: int, _total: int) -> None:
        self.status.setText(self.tr("%1 messages read…").replace("%1", f"{done:,}"))

    def _on_done(self, report: object) -> None:
        self._finish()
        if not isinstance(report, MailReport):
            return
        said = self.tr("%1 messages read: %2 e-mails put on timelines, %3 already here, %4 from and to no contact"
                       " (left out).")
        for number, value in enumerate((report.read, report.logged, report.already_here, report.not_for_the_crm),
                                       start=1):
            said = said.replace(f"%{number}", f"{value:,}")
        if report.unreadable or report.thrown_away:
            said += " " + self.tr("%1 could not be read, %2 were deleted in the mail program: both skipped.") \
                .replace("%1", f"{report.unreadable:,}").replace("%2", f"{report.thrown_away:,}")
        if report.stopped:
            said = self.tr("Stopped. %1").replace("%1", said)
        self.status.setText(said)

    def _on_failed(self, error: Exception) -> None:
        self._finish()
        self.status.setText(self.tr("Nothing more was imported: %1").replace("%1", in_words(error)))

    def _finish(self) -> None:
        self._task = None
        self.progress.hide()
        self._update_buttons()
        self.cancel_button.setFocus()
        if self._close_when_done:
            super().reject()

    def _cancel_or_close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Stopping after the messages being written…"))
            return
        self.reject()

    def reject(self) -> None:
        if self._task is not None:  # Esc or the window's close while reading: stop first, then close
            self._task.cancel()
            self._close_when_done = True
            self.status.setText(self.tr("Stopping after the messages being written…"))
            return
        super().reject()
