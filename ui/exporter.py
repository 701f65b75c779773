"""The export dialog: every export format (vCard 4.0 and 3.0, Google and Outlook CSV, iCalendar), an
optional search to export only some records, and a file to write, off the UI thread with progress and
Cancel.

Entry point for the main window: `ExportDialog(services, parent).open()`. Exporting reads the database
and writes a file; it changes no record, so the dialog has no `changed` signal.

Signals:
    exported(str path, int count): after the file was written (the dialog then closes).

The file is written next to its target as NAME.partial and renamed when complete, so a cancelled or
failed export never leaves half a file under the chosen name (or destroys the file it would replace).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.exporting import EXPORT_ENCODINGS, export_to_file
from app.segments import Segment
from app.services import Services
from ui.workers import READS, Task

Report = Callable[[int, int], None]  # (records written, records in all; 0 when unknown)


# lupdate reads only translate("Context", "literal") calls: a helper taking a variable hides the text.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ExportFormat:
    key: str  # as `rapport export --format` names it
    label: str
    description: str
    suffix: str
    encoding: str = "utf-8"


def export_formats() -> list[ExportFormat]:
    return [
        ExportFormat("vcard4", translate("ExportDialog", "vCard 4.0 (.vcf)"),
                     translate("ExportDialog", "Contacts and companies, for Apple Contacts, Thunderbird,"
                                               " Nextcloud and other current address books."), ".vcf"),
        ExportFormat("vcard3", translate("ExportDialog", "vCard 3.0 (.vcf)"),
                     translate("ExportDialog", "Contacts and companies, for older phones and programs"
                                               " that do not read vCard 4.0."), ".vcf"),
        ExportFormat("csv-google", translate("ExportDialog", "Google Contacts CSV (.csv)"),
                     translate("ExportDialog", "Contacts, in the columns Google Contacts imports."), ".csv",
                     EXPORT_ENCODINGS["csv-google"]),
        ExportFormat("csv-outlook", translate("ExportDialog", "Outlook CSV (.csv)"),
                     translate("ExportDialog", "Contacts, in the columns Outlook imports."),
                     ".csv", EXPORT_ENCODINGS["csv-outlook"]),
        ExportFormat("ics", translate("ExportDialog", "iCalendar (.ics)"),
                     translate("ExportDialog", "Meetings, tasks, calls, e-mails and notes, for any calendar program."),
                     ".ics"),
    ]


class ExportDialog(QDialog):
    exported = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None, segment: Segment | None = None) -> None:
        """`segment`: only its members (contacts, or accounts), in a format for them."""
        super().__init__(parent)
        self._services = services
        self._segment = segment
        self.task: Task | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export") if segment is None else
                            self.tr("Export the Segment “%1”").replace("%1", segment.name))
        # A segment's members: contacts in any format of contacts; accounts only as vCards (CSV holds people).
        self.formats = [f for f in export_formats() if segment is None or (
            f.key != "ics" and (segment.list == "contacts" or f.key.startswith("vcard")))]

        self.format_combo = QComboBox()
        for export in self.formats:
            self.format_combo.addItem(export.label, export.key)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.query_field = QLineEdit()
        self.query_field.setObjectName("exportQuery")
        self.query_field.setPlaceholderText(self.tr("Everything; or words to export only what a search finds"))
        self.query_field.setClearButtonEnabled(True)
        self.path_field = QLineEdit()
        self.path_field.setObjectName("exportPath")
        self.path_field.setPlaceholderText(self.tr("Choose where to save the file"))
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_field, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_combo)
        form.addRow(format_label, self.format_combo)
        form.addRow("", self.description)
        query_label = QLabel(self.tr("&Only matching:"))
        query_label.setBuddy(self.query_field)
        if segment is None:
            form.addRow(query_label, self.query_field)
        else:
            self.query_field.hide()
            form.addRow(self.tr("Only:"), QLabel(self.tr("The segment “%1”, as its list shows it now").replace(
                "%1", segment.name)))
        path_label = QLabel(self.tr("&Save to:"))
        path_label.setBuddy(self.path_field)
        form.addRow(path_label, path_row)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.format_combo.currentIndexChanged.connect(self._on_format_combo_current_index_changed)
        self.path_field.textChanged.connect(self._on_path_field_text_changed)
        self._on_format_combo_current_index_changed(0)
        self._update_buttons()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

    @property
    def current_format(self) -> ExportFormat:
        return self.formats[max(self.format_combo.currentIndex(), 0)]

    def set_format(self, key: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(key))

    def export(self) -> None:
        """Start writing the file chosen (the Export button)."""
        text = self.path_field.text().strip()
        if not text or self.task is not None:
            return
        target = Path(text).expanduser()
        if not target.suffix:
            target = target.with_suffix(self.current_format.suffix)
            self.path_field.setText(str(target))
        services, export, query, segment = self._services, self.current_format, self.query_field.text(), self._segment

        def work(task: Task) -> tuple[str, int]:
            members = set(services.segments.members(segment)) if segment is not None else None
            count = export_to_file(services, export.key, target, query.strip() or None, task.report,
                                   task.check_cancelled, members)
            return str(target), count

        task = Task(work, services)
        task.progress.connect(self._on_task_progress)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self.task = task
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        self._update_buttons()
        task.start(READS)

    def reject(self) -> None:
        """Cancel stops a running export (and keeps the dialog open to say so); otherwise it closes."""
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Stopping…"))
            return
        super().reject()

    def _update_buttons(self) -> None:
        running = self.task is not None
        self.export_button.setEnabled(not running and bool(self.path_field.text().strip()))
        for widget in (self.format_combo, self.query_field, self.path_field, self.browse_button):
            widget.setEnabled(not running)

    def _on_format_combo_current_index_changed(self, _index: int) -> None:
        export = self.current_format
        self.description.setText(export.description)
        text = self.path_field.text().strip()
        if text:  # keep the name, change the extension to the format's
            path = Path(text)
            if path.suffix.lower() in {f.suffix for f in self.formats}:
                self.path_field.setText(str(path.with_suffix(export.suffix)))

    def _on_path_field_text_changed(self, _text: str) -> None:
        self._update_buttons()

    def _on_browse_button_clicked(self) -> None:
        export = self.current_format
        start = self.path_field.text().strip() or str(Path(QDir.homePath()) / f"rapport{export.suffix}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), start,
                                              self.tr("%1 (*%2);;All files (*)").replace("%1", export.label)
                                              .replace("%2", export.suffix))
        if name:
            self.path_field.setText(name)

    def _on_buttons_accepted(self) -> None:
        self.export()

    def _on_task_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.status.setText(self.tr("%1 of %2 records written…").replace("%1", QLocale().toString(done))
                                .replace("%2", QLocale().toString(total)))

    def _on_task_succeeded(self, value: object) -> None:
        if value is None:
            self.status.setText(self.tr("Export cancelled; no file was written."))
            return
        if isinstance(value, tuple):
            path, count = value
            self.progress.setValue(self.progress.maximum())  # the last report may have been throttled away
            self.status.setText(self.tr("Exported %1 records to %2.").replace("%1", QLocale().toString(count))
                                .replace("%2", path))
            self.exported.emit(path, count)
            self.accept()

    def _on_task_failed(self, message: str) -> None:
        self.status.setText(self.tr("The export failed: %1").replace("%1", message))

    def _on_task_finished(self) -> None:
        self.task = None
        self.progress.hide()
        self._update_buttons()
