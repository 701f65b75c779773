"""The import wizard: files → column mapping (only for CSV files nobody recognises) → preview with a
dry run → the import, off the UI thread, with progress and Cancel → the result.

Entry points for the main window:
    ImportWizard(services, parent, paths=None).open()   # File → Import…, or with files already chosen
    local_paths(event.mimeData())                       # the files in a drop, for the window's dropEvent

Threads and the database: the preview and the import run as ui.workers.Task on the write pool (one
thread: writes never overlap) with the window's own Services. peewee keeps one SQLite connection per
thread, so the worker thread opens its own on first use and the task closes it when it ends; see
ui/workers.py for why a second Store on the same file would be wrong.

Signals:
    changed(): after an import wrote anything (also a cancelled one: its committed batches stay).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget, QWizard

from app.importing import ImportReport
from app.services import Services
from ui.importer.pages import (
    FILES,
    IMPORT,
    MAPPING,
    PREVIEW,
    RESULT,
    FilesPage,
    ImportPage,
    MappingPage,
    PreviewPage,
    ResultPage,
    WizardState,
)


def local_paths(mime: QMimeData | None) -> list[Path]:
    """The local files in a drag (folders and remote URLs are left out)."""
    if mime is None or not mime.hasUrls():
        return []
    found = (Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())
    return [path for path in found if path.is_file()]


class ImportWizard(QWizard):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, paths: Iterable[Path] | None = None,
                 *, batch_size: int | None = None) -> None:
        super().__init__(parent)
        self.state = WizardState(services, batch_size)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # no banner: titles in the palette's colours
        self.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage | QWizard.WizardOption.NoBackButtonOnLastPage
                        | QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setAcceptDrops(True)

        self.files_page = FilesPage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.preview_page = PreviewPage(self.state)
        self.import_page = ImportPage(self.state)
        self.result_page = ResultPage(self.state)
        for page_id, page in ((FILES, self.files_page), (MAPPING, self.mapping_page), (PREVIEW, self.preview_page),
                              (IMPORT, self.import_page), (RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.setStartId(FILES)
        self.currentIdChanged.connect(self._on_current_id_changed)

        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.lineSpacing() * 32)
        if paths:
            self.add_paths(list(paths))

    @property
    def report(self) -> ImportReport | None:
        """The report of the import, once it has run."""
        return self.state.report

    def add_paths(self, paths: list[Path]) -> None:
        """Add files to the list (from a drop on the main window, or the command line)."""
        if self.currentId() in (-1, FILES):
            self.files_page.add_paths(paths)

    # --- drops on the wizard ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.currentId() in (-1, FILES) and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if paths and self.currentId() in (-1, FILES):
            self.add_paths(paths)
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- closing ---------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel (the button, Esc, closing the window) while the import runs stops the import: the
        wizard then shows what was imported. Otherwise it stops a running check and closes."""
        if self.import_page.running:
            self.import_page.cancel()
            return
        self.preview_page.stop()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_page.running:
            self.import_page.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _on_current_id_changed(self, page_id: int) -> None:
        if page_id == RESULT:
            report = self.state.report
            wrote = report is None or bool(report.imported or report.updated or report.merged)
            if wrote or self.state.error:
                self.changed.emit()
