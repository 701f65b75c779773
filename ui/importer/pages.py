"""The pages of the import wizard: files, column mapping, preview (dry run), import, result.

Every page that reads or writes files runs its work as a ui.workers.Task: the window keeps painting,
and Cancel reaches the work between two records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import import_plan as plan
from app.importing import ImportReport
from app.services import Services
from ui.importer.models import (
    FilesModel,
    MappingModel,
    PreviewModel,
    ProblemFilter,
    RejectedModel,
    TargetDelegate,
)
from ui.operations.operation import Op, running_task
from ui.said import in_words
from ui.workers import READS, WRITES, Task

FILES, MAPPING, PREVIEW, IMPORT, RESULT = range(5)
PROGRESS_STEPS = 1000  # the bar counts per mille of the bytes: a file may be larger than an int


@dataclass
class WizardState:
    """What the pages share: the services, and what each page found out for the next."""

    services: Services
    batch_size: int | None  # None: ImportService's own choice (larger batches for large files)
    files: list[plan.ChosenFile] = field(default_factory=list)
    mappings: dict[Path, dict[str, str]] = field(default_factory=dict)
    preview: plan.Preview | None = None
    report: ImportReport | None = None
    error: str = ""


def _table(model: Any, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(round(view.fontMetrics().height() * 1.7))
    view.horizontalHeader().setHighlightSections(False)
    return view


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)  # the palette's disabled text colour: secondary, in light and dark alike
    return label


def _fill(text: str, *values: object) -> str:
    """Put values into a translated text's %1, %2, … (no concatenation: translators move them)."""
    for number, value in reversed(list(enumerate(values, 1))):
        shown = QLocale().toString(value) if isinstance(value, int) else str(value)
        text = text.replace(f"%{number}", shown)
    return text


# --- 1. files -----------------------------------------------------------------------------------------


class FilesPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        self._inspecting: Task | None = None
        self._pending_paths: list[Path] = []
        self.setTitle(self.tr("Choose the files to import"))
        self.setSubTitle(self.tr("Contacts from vCard (.vcf) or CSV files, meetings and tasks from iCalendar (.ics)"
                                 " files. You can also drop files on this window."))
        self.model = FilesModel(parent=self)
        self.view = _table(self.model)
        self.view.setObjectName("importFiles")
        self.view.setAccessibleName(self.tr("Files to import"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(FilesModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (FilesModel.KIND, FilesModel.SIZE, FilesModel.NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.placeholder = _muted(self.tr("No files chosen yet.\n\nChoose “Add files…”, or drop vCard, CSV or"
                                          " iCalendar files here."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)

        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.add_button.setToolTip(self.tr("Choose files (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.Open).toString(QKeySequence.SequenceFormat.NativeText)))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.status = _muted()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self.model.rowsInserted.connect(self._on_model_rows_changed)
        self.model.rowsRemoved.connect(self._on_model_rows_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)

    def add_paths(self, paths: list[Path]) -> None:
        """Look at the files off the UI thread (a network folder may be slow), then list them."""
        fresh = [p for p in paths if p not in {f.path for f in self.model.items()}]
        if not fresh:
            return
        if self._inspecting is not None:  # add to the files being looked at: one task at a time
            fresh = [*self._pending_paths, *fresh]
            self._inspecting.cancel()
        self._pending_paths = fresh
        task = Task(lambda t: [plan.inspect(p) for p in fresh])
        task.succeeded.connect(self._on_inspect_succeeded)
        task.finished.connect(self._on_inspect_finished)
        self._inspecting = task
        self.status.setText(self.tr("Looking at the files…"))
        self.completeChanged.emit()
        task.start(READS)

    @property
    def busy(self) -> bool:
        return self._inspecting is not None

    def _on_inspect_succeeded(self, files: object) -> None:
        if self.sender() is not self._inspecting or not isinstance(files, list):
            return  # an earlier look, replaced by one with more files
        self.model.add(files)

    def _on_inspect_finished(self) -> None:
        if self.sender() is self._inspecting:
            self._inspecting = None
            self.status.setText("")
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._inspecting is None and any(not f.problem for f in self.model.items())

    def validatePage(self) -> bool:
        self._state.files = self.model.items()
        return True

    def nextId(self) -> int:
        return MAPPING if any(f.needs_mapping for f in self.model.items()) else PREVIEW

    def _on_model_rows_changed(self) -> None:
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.placeholder)
        self.completeChanged.emit()

    def _on_view_selection_changed(self) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())

    def _on_add_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import files"), "",
            self.tr("Contacts and calendars (*.vcf *.vcard *.csv *.ics *.ical *.txt);;All files (*)"),
        )
        self.add_paths([Path(n) for n in names])

    def _on_remove_button_clicked(self) -> None:
        self.model.remove([index.row() for index in self.view.selectionModel().selectedRows()])


# --- 2. column mapping -------------------------------------------------------------------------------


class MappingPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        self.models: dict[Path, MappingModel] = {}
        self.setTitle(self.tr("Match up the columns"))
        self.setSubTitle(self.tr("These CSV files are not Google or Outlook exports. Say what each column holds;"
                                 " columns kept as extra fields are stored with the contact and exported again."))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self._delegate = TargetDelegate(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hint)

    def _model(self, chosen: plan.ChosenFile) -> MappingModel:
        definitions = self._state.services.custom_fields.definitions("contact")
        custom = {folded: d.key for d in definitions for folded in (d.label.casefold(), d.key)}
        return MappingModel(chosen, plan.suggested_mapping(chosen, custom), self, definitions)

    def initializePage(self) -> None:
        wanted = [f for f in self._state.files if f.needs_mapping]
        kept = {f.path: self.models[f.path] for f in wanted if f.path in self.models
                and self.models[f.path].chosen == f}  # the user's choices survive Back and Next
        self.tabs.clear()
        self.models = {}
        for chosen in wanted:
            model = kept.get(chosen.path) or self._model(chosen)
            model.dataChanged.connect(self._on_model_data_changed)
            self.models[chosen.path] = model
            view = _table(model)
            view.setObjectName("mapping")
            view.setAccessibleName(self.tr("Columns of %1").replace("%1", chosen.path.name))
            view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
            view.setItemDelegateForColumn(MappingModel.TARGET, self._delegate)
            header = view.horizontalHeader()
            header.setSectionResizeMode(MappingModel.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(MappingModel.EXAMPLE, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(MappingModel.TARGET, QHeaderView.ResizeMode.ResizeToContents)
            for row in range(model.rowCount()):  # the combo boxes show at once, not after a click
                view.openPersistentEditor(model.index(row, MappingModel.TARGET))
            view.resizeColumnToContents(MappingModel.TARGET)
            self.tabs.addTab(view, chosen.path.name)
        self.tabs.tabBar().setVisible(len(wanted) > 1)
        self._update_hint()

    def isComplete(self) -> bool:
        return all(plan.usable(m.mapping()) for m in self.models.values())

    def validatePage(self) -> bool:
        self._state.mappings = {path: model.mapping() for path, model in self.models.items()}
        return True

    def _on_model_data_changed(self) -> None:
        self._update_hint()
        self.completeChanged.emit()

    def _update_hint(self) -> None:
        lacking = [path.name for path, model in self.models.items() if not plan.usable(model.mapping())]
        if lacking:
            self.hint.setText(self.tr("In %1, choose at least one column for a name, an e-mail address or a phone"
                                      " number: a row needs one of them to become a contact.")
                              .replace("%1", ", ".join(lacking)))
        else:
            self.hint.setText(self.tr("Rows are checked on the next page before anything is written."))


# --- 3. preview (dry run) ----------------------------------------------------------------------------


class PreviewPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        self.task: Task | None = None
        self.setTitle(self.tr("Check the records"))
        self.setSubTitle(self.tr("Nothing has been written yet: this is a dry run of the import."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setAccessibleName(self.tr("Checking progress"))
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setToolTip(self.tr("Stop checking; the import itself can still go ahead"))
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.only_problems = QCheckBox(self.tr("Show only records with &problems"))
        self.only_problems.toggled.connect(self._on_only_problems_toggled)

        self.model = PreviewModel(parent=self)
        self.filter = ProblemFilter(self)
        self.filter.setSourceModel(self.model)
        self.view = _table(self.filter)
        self.view.setObjectName("previewRecords")
        self.view.setAccessibleName(self.tr("Records in the files"))
        header = self.view.horizontalHeader()
        for column in (PreviewModel.RECORD, PreviewModel.LINE, PreviewModel.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        chars = self.fontMetrics().averageCharWidth()
        self.view.setColumnWidth(PreviewModel.FILE, chars * 20)  # the whole name is in the tooltip
        self.view.setColumnWidth(PreviewModel.NAME, chars * 26)
        self.notes = _muted()
        self.notes.setObjectName("previewNotes")
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.stop_button)
        self.running = QWidget()
        self.running.setLayout(running)
        running.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.running)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.only_problems)
        layout.addWidget(self.notes)

    def initializePage(self) -> None:
        state = self._state
        state.preview = None
        self.model.set_items([])
        self.notes.clear()
        self.notes.hide()
        self.only_problems.setChecked(False)
        self.only_problems.setEnabled(False)
        self.summary.setText(self.tr("Reading the files and trying the import without writing anything…"))
        self.progress.setValue(0)
        self.stop_button.setEnabled(True)
        self.running.show()
        files, mappings, services, batch_size = list(state.files), dict(state.mappings), state.services, (
            state.batch_size)

        def work(task: Task) -> plan.Preview:
            def progress(_records: int, done: int, total: int) -> None:
                task.report(done * PROGRESS_STEPS // total if total else 0, PROGRESS_STEPS)

            return plan.preview(services, files, mappings, progress, task.cancel_flag, batch_size)

        task = Task(work, services)
        task.progress.connect(self._on_task_progress)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self.task = task
        # The dry run writes and rolls back: it waits its turn with the other writes.
        task.start(WRITES)

    def cleanupPage(self) -> None:
        self.stop()  # Back: the dry run of files the user is about to change is of no use

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def isComplete(self) -> bool:
        return self.task is None

    def _on_task_progress(self, done: int, _total: int) -> None:
        if self.sender() is self.task:
            self.progress.setValue(done)

    def _on_task_succeeded(self, preview: object) -> None:
        if self.sender() is not self.task or not isinstance(preview, plan.Preview):
            return
        self._state.preview = preview
        self.model.set_items(preview.rows)
        report = preview.report
        problems = sum(1 for r in preview.rows if r.problems)
        self.only_problems.setEnabled(problems > 0)
        if report.cancelled:
            text = self.tr("Checking stopped after %1 records. You can still import: every record is checked"
                           " again as it is written.")
            self.summary.setText(_fill(text, len(preview.rows)))
        else:
            text = self.tr("Dry run: %1 new · %2 updated · %3 unchanged · %4 not importable · %5 with warnings.")
            warned = sum(1 for r in preview.rows if r.problems and not r.rejected)
            self.summary.setText(_fill(text, report.imported, report.updated, report.unchanged,
                                       len(report.rejected), warned))
        # One file: its name on every row says nothing.
        self.view.setColumnHidden(PreviewModel.FILE, len({r.file for r in preview.rows}) < 2)
        if preview.notes:
            self.notes.setText("\n".join(in_words(note) for note in preview.notes))
            self.notes.show()

    def _on_task_failed(self, message: str) -> None:
        if self.sender() is self.task:
            self.summary.setText(self.tr("The files could not be checked: %1").replace("%1", in_words(message)))

    def _on_task_finished(self) -> None:
        if self.sender() is self.task:
            self.task = None
            self.running.hide()
            self.completeChanged.emit()

    def _on_stop_button_clicked(self) -> None:
        self.stop()
        self.stop_button.setEnabled(False)
        self.summary.setText(self.tr("Stopping…"))

    def _on_only_problems_toggled(self, checked: bool) -> None:
        self.filter.set_only_problems(checked)


# --- 4. the import -----------------------------------------------------------------------------------


class ImportPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        self.task: Task | None = None
        self._records = 0
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Records are written in batches. Cancel stops after the record being written;"
                                 " what was imported until then stays."))
        self.label = QLabel()
        self.label.setObjectName("importStatus")
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addStretch(2)

    @property
    def running(self) -> bool:
        return self.task is not None

    def initializePage(self) -> None:
        state = self._state
        state.report, state.error = None, ""
        self._records = 0
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.label.setText(self.tr("Starting…"))
        files, mappings, services, batch_size = list(state.files), dict(state.mappings), state.services, (
            state.batch_size)

        def work(services: Services) -> ImportReport:
            task = running_task()

            def progress(records: int, done: int, total: int) -> None:
                task.report(records, done * PROGRESS_STEPS // total if total else 0)

            return plan.run_import(services, files, mappings, progress=progress, cancel=task.cancel_flag,
                                   batch_size=batch_size)

        # One operation (the import is one step in Edit → Undo, its batches units of work of their own);
        # its Changes reach every view when it ends, cancelled or not.
        names = ", ".join(f.path.name for f in files[:3]) + ("…" if len(files) > 3 else "")
        self.task = Op(self, services, self.tr("Import %1").replace("%1", names), work, own_units=True) \
            .progress(self._on_task_progress).success(self._on_task_succeeded) \
            .failure(self._on_task_failed).run(initiator=self)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(_fill(self.tr("Stopping after record %1…"), self._records))

    def isComplete(self) -> bool:
        return self.task is None

    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    def _on_task_progress(self, records: int, steps: int) -> None:
        self._records = records
        self.progress.setValue(steps)
        if self.cancel_button.isEnabled():
            self.label.setText(_fill(self.tr("%1 records written…"), records))

    def _on_task_succeeded(self, report: object) -> None:
        if isinstance(report, ImportReport):
            self._state.report = report
        self._on_task_finished()

    def _on_task_failed(self, error: Exception) -> None:
        """Said on the result page, with what was imported until then."""
        self._state.error = in_words(error)
        self._on_task_finished()

    def _on_task_finished(self) -> None:
        self.task = None
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()


# --- 5. result ---------------------------------------------------------------------------------------


class ResultPage(QWizardPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__()
        self._state = state
        self.setTitle(self.tr("Import finished"))

        self.counts = QFormLayout()
        self.counts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.count_labels: dict[str, QLabel] = {}
        for key, text in (("imported", self.tr("New records:")), ("updated", self.tr("Updated:")),
                          ("unchanged", self.tr("Unchanged:")), ("merged", self.tr("Merged:")),
                          ("rejected", self.tr("Not imported:"))):
            value = QLabel()
            value.setObjectName(f"count_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.counts.addRow(text, value)
            self.count_labels[key] = value

        self.rejected_title = QLabel(self.tr("Records not imported"))
        self.rejected_model = RejectedModel(parent=self)
        self.rejected_view = _table(self.rejected_model)
        self.rejected_view.setObjectName("rejectedRecords")
        self.rejected_view.setAccessibleName(self.tr("Records not imported"))
        header = self.rejected_view.horizontalHeader()
        for column in (RejectedModel.FILE, RejectedModel.RECORD, RejectedModel.LINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.rejected_title.setBuddy(self.rejected_view)

        self.notes_title = QLabel(self.tr("Notes"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("resultNotes")
        self.notes.setReadOnly(True)
        self.notes.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.notes_title.setBuddy(self.notes)

        layout = QVBoxLayout(self)
        layout.addLayout(self.counts)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(self.rejected_title)
        layout.addWidget(self.rejected_view, 1)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes)
        layout.addStretch(0)

    def initializePage(self) -> None:
        report = self._state.report or ImportReport()
        written = report.imported + report.updated + report.merged + report.unchanged
        preview = self._state.preview
        known_total = preview.report.records if preview and not preview.report.cancelled else 0
        self.setTitle(self.tr("Import cancelled") if report.cancelled else self.tr("Import finished"))
        if self._state.error:
            text = self.tr("The import stopped on an error: %1. Records written before it stay.")
            self.setSubTitle(text.replace("%1", self._state.error))
        elif report.cancelled and known_total:
            self.setSubTitle(_fill(self.tr("Imported %1 of %2 records before it was cancelled. They stay."),
                                   written, known_total))
        elif report.cancelled:
            self.setSubTitle(_fill(self.tr("Imported %1 records before it was cancelled. They stay."), written))
        elif report.rejected or report.unreadable:
            self.setSubTitle(_fill(self.tr("Imported %1 of %2 records. The others are listed below with the"
                                           " reason."), written, report.records))
        else:
            self.setSubTitle(_fill(self.tr("All %1 records imported."), report.records))
        for key, value in (("imported", report.imported), ("updated", report.updated),
                           ("unchanged", report.unchanged), ("merged", report.merged),
                           ("rejected", len(report.rejected))):
            self.count_labels[key].setText(QLocale().toString(value))
        self.rejected_model.set_items(report.rejected)
        has_rejected = bool(report.rejected)
        self.rejected_title.setVisible(has_rejected)
        self.rejected_view.setVisible(has_rejected)
        notes = [in_words(note) for note in (*report.unreadable, *report.warnings)]
        self.notes.setPlainText("\n".join(notes))
        self.notes_title.setVisible(bool(notes))
        self.notes.setVisible(bool(notes))
        # Beside the rejected records the notes keep to a few lines; alone they may take the page.
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 if has_rejected else 16_777_215)
