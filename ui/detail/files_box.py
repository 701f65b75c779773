"""A record's files in its pane: listed (name, size, when added), dropped on, attached with Attach a File…,
opened with Enter or a double click (the desktop's program, from a read-only copy), saved elsewhere,
renamed with F2 and taken off with Delete; each write one undoable operation (app/record_files.py).

While the list has the focus it owns Delete (ShortcutOverride), as the timeline does, so the window's
"Move to Trash" never takes the whole record instead of one file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QStandardPaths,
    Qt,
    QTime,
    QTimeZone,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFoundError, RapportError
from app.record_files import Attached, FileService, Prepared, RecordFile, cache_name
from app.services import Services
from ui.detail.inline_field import error_color
from ui.operations.operation import Op
from ui.pipeline.look import count_text
from ui.qt_dates import qdate
from ui.said import in_words
from ui.workers import READS, Task

FileRole = Qt.ItemDataRole.UserRole


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries (a file manager's, a mail program's saved attachment); none for text."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FilesBox(QWidget):
    """Signals:
        changed(): a file was attached, renamed or removed (the pane reads its record again)."""

    changed = Signal()

    def __init__(self, services: Services, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("files")
        self.services = services
        self.kind = kind
        self._uid: str | None = None
        self._filling = False
        self._preparing: dict[QObject, tuple[str, str, str]] = {}  # a task reading files → what to attach them to

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.attach_button = QPushButton(self.tr("Attach a File…"))
        self.attach_button.setObjectName("attachFile")
        self.attach_button.setToolTip(self.tr("Or drop files on the record"))
        self.attach_button.clicked.connect(self.choose_files)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.attach_button)

        self.list = QTreeWidget()
        self.list.setObjectName("fileList")
        self.list.setAccessibleName(self.tr("Files"))
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Added")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # F2 below: the name only
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.list.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.installEventFilter(self)

        self.empty = QLabel(self.tr("No files yet: drop one here, or attach one."))
        self.empty.setEnabled(False)
        self.empty.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("filesMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        self.setAcceptDrops(True)
        self._fill([])

    # --- public API -------------------------------------------------------------------------

    @property
    def uid(self) -> str | None:
        return self._uid

    def set_record(self, uid: str | None) -> None:
        if uid != self._uid:
            self.message.hide()
        self._uid = uid
        self.reload()

    def reload(self) -> None:
        files: list[RecordFile] = []
        if self._uid is not None:
            try:
                files = self.services.files.files_of(self.kind, self._uid)
            except NotFoundError:
                files = []  # in the Trash or gone: the pane shows that
        self._fill(files)

    def files(self) -> list[RecordFile]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item.data(0, FileRole) for item in items if item is not None]

    def current_file(self) -> RecordFile | None:
        item = self.list.currentItem()
        found = item.data(0, FileRole) if item is not None else None
        return found if isinstance(found, RecordFile) else None

    def choose_files(self) -> None:
        """Attach a File…: the system's file dialog, several files at once."""
        if self._uid is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach Files"), folder)
        if names:
            self.attach([Path(name) for name in names])

    def attach(self, paths: Sequence[Path]) -> Task | None:
        """Put files from the disk on the record: read for their digests off the UI thread and outside the
        write lock (a large file takes seconds), then attached as one step, whatever their number."""
        uid, kind = self._uid, self.kind
        if uid is None or not paths:
            return None
        label = (self.tr("Attach “%1”").replace("%1", paths[0].name) if len(paths) == 1
                 else count_text(self.tr("Attach %n file(s)", "", len(paths)), len(paths)))
        chosen = list(paths)
        task = Task(lambda _task: FileService.prepare(chosen), self.services)
        # Bound methods, not lambdas, take a worker's signals (ui/operations/operation.py says why).
        self._preparing[task] = (kind, uid, label)
        task.succeeded.connect(self._on_prepared)
        task.failed.connect(self._say_error_text)
        self.message.hide()
        task.start(READS)
        return task

    def _on_prepared(self, prepared: object) -> None:
        found = self._preparing.pop(self.sender(), None)
        if found is None or not isinstance(prepared, Prepared):
            return
        kind, uid, label = found
        Op(self, self.services, label, lambda services: services.files.attach_prepared(kind, uid, prepared)) \
            .success(self._on_attached).failure(self._say_error, (RapportError,)).run(initiator=self)

    def attach_data(self, items: Sequence[tuple[str, bytes]], record_uid: str | None = None) -> None:
        """Put files held in memory on the record (a message's attachments) — `record_uid`'s, when the user
        asked on another record than the one shown now: one step."""
        uid, kind = record_uid or self._uid, self.kind
        if uid is None or not items:
            return
        label = (self.tr("Attach “%1”").replace("%1", items[0][0]) if len(items) == 1
                 else count_text(self.tr("Attach %n file(s)", "", len(items)), len(items)))
        Op(self, self.services, label, lambda services: services.files.attach_data(kind, uid, list(items))) \
            .success(self._on_attached).failure(self._say_error, (RapportError,)).run(initiator=self)

    def open_current(self) -> Task | None:
        """The desktop's program for it opens a read-only copy (written off the UI thread)."""
        found = self.current_file()
        if found is None:
            return None
        services = self.services
        task = Task(lambda _task: services.files.open_copy(found.kind, found.id), services)
        task.succeeded.connect(self._on_copy_written)
        task.failed.connect(self._say_error_text)
        task.start(READS)
        return task

    def save_current(self, target: Path | None = None) -> Task | None:
        """Save a Copy As…: the file written where the user chooses."""
        found = self.current_file()
        if found is None:
            return None
        if target is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            suggested = str(Path(folder) / cache_name(found.name))
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a Copy"), suggested)
            if not name:
                return None
            target = Path(name)
        services, chosen = self.services, target
        task = Task(lambda _task: services.files.save_copy(found.kind, found.id, chosen), services)
        task.succeeded.connect(self._on_copy_saved)
        task.failed.connect(self._say_error_text)
        task.start(READS)
        return task

    def rename_current(self) -> None:
        """F2: the name is edited in place; Enter saves it as one undoable step, Escape leaves it."""
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item, 0)

    def remove_current(self) -> None:
        """Take the file off the record (Undo puts it back)."""
        found, uid, kind = self.current_file(), self._uid, self.kind
        if found is None or uid is None:
            return
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if current is not None else 0
        label = self.tr("Remove “%1”").replace("%1", found.name)
        Op(self, self.services, label, lambda services: services.files.remove(kind, uid, found.id)) \
            .success(lambda _value: self._on_removed(row)).failure(self._say_error, (RapportError,)) \
            .run(initiator=self)

    # --- drops ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._uid is not None and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if self._uid is not None and paths:
            event.acceptProposedAction()
            self.attach(paths)

    # --- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_F2) and self.list.state() != \
                QAbstractItemView.State.EditingState:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # Delete here is about the file, never the window's "Move to Trash"
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.remove_current() if event.key() == Qt.Key.Key_Delete else self.rename_current()
                return True
        return super().eventFilter(watched, event)

    # --- showing ----------------------------------------------------------------------------

    def _fill(self, files: list[RecordFile]) -> None:
        current = self.current_file()
        self._filling = True
        try:
            self.list.clear()
            locale = QLocale()
            for found in files:
                item = QTreeWidgetItem([found.name, locale.formattedDataSize(
                    found.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat),  # "2.3 MB", not "2.29 MiB"
                                        self._when(found.added_at)])
                item.setData(0, FileRole, found)
                item.setToolTip(0, found.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.list.addTopLevelItem(item)
                if current is not None and found.id == current.id:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        self.heading.setText(self.tr("Files (%1)").replace("%1", QLocale().toString(len(files))) if files
                             else self.tr("Files"))
        self.list.setVisible(bool(files))
        self.empty.setVisible(not files)
        self.attach_button.setEnabled(self._uid is not None)
        self.list.setFixedHeight(self._list_height())

    def _list_height(self) -> int:
        """Tall enough for every row: the pane scrolls as a whole, not each list inside it."""
        rows = max(1, self.list.topLevelItemCount())
        row = self.list.sizeHintForRow(0) if self.list.sizeHintForRow(0) > 0 else self.fontMetrics().height() + 4
        return self.list.header().sizeHint().height() + row * rows + 2 * self.list.frameWidth() + 2

    def _when(self, moment: datetime) -> str:
        utc = QDateTime(qdate(moment.date()), QTime(moment.hour, moment.minute), QTimeZone.utc())  # (naive UTC)
        return QLocale().toString(utc.toLocalTime().date(), QLocale.FormatType.ShortFormat)

    def _say(self, text: str, *, problem: bool) -> None:
        palette = self.message.palette()
        palette.setColor(self.message.foregroundRole(), error_color(self.palette()) if problem
                         else self.palette().color(self.palette().ColorRole.WindowText))
        self.message.setPalette(palette)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _say_error(self, error: Exception) -> None:
        self._say(in_words(error), problem=True)

    def _say_error_text(self, text: str) -> None:
        self._say(text, problem=True)

    # --- answers ----------------------------------------------------------------------------

    def _on_attached(self, value: object) -> None:
        self.reload()
        outcome = getattr(value, "value", value)
        if not isinstance(outcome, Attached):
            return
        lines = [self.tr("“%1” is on this record already.").replace("%1", name) for name in outcome.already]
        lines += [self.tr("“%1” was not attached: %2").replace("%1", name).replace("%2", in_words(why))
                  for name, why in outcome.refused]
        self._say("\n".join(lines), problem=bool(outcome.refused))
        if outcome.files:
            names = {found.id for found in outcome.files}
            for row in range(self.list.topLevelItemCount()):
                item = self.list.topLevelItem(row)
                if item is not None and item.data(0, FileRole).id in names:
                    self.list.setCurrentItem(item)
                    break
            self.changed.emit()

    def _on_removed(self, row: int) -> None:
        self.message.hide()
        self.reload()
        nearest = self.list.topLevelItem(min(row, self.list.topLevelItemCount() - 1))
        if nearest is not None:
            self.list.setCurrentItem(nearest)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # the last one went: the keys stay here, on Attach a File…, not on some field of the record
            self.attach_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _on_list_item_activated(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.open_current()

    def _on_list_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        found = item.data(0, FileRole)
        if self._filling or column != 0 or not isinstance(found, RecordFile) or self._uid is None:
            return
        name = item.text(0).strip()
        if not name or name == found.name:
            self._filling = True
            item.setText(0, found.name)
            self._filling = False
            return
        uid, kind = self._uid, self.kind
        label = self.tr("Rename “%1”").replace("%1", found.name)
        Op(self, self.services, label, lambda services: services.files.rename(kind, uid, found.id, name)) \
            .success(lambda _value: self._on_renamed()).failure(self._on_rename_failed, (RapportError,)) \
            .run(initiator=self)

    def _on_renamed(self) -> None:
        self.reload()
        self.changed.emit()

    def _on_rename_failed(self, error: Exception) -> None:
        self.reload()
        self._say_error(error)

    def _on_copy_written(self, path: object) -> None:
        if isinstance(path, Path) and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say(self.tr("No program opened the file (%1).").replace("%1", str(path)), problem=True)

    def _on_copy_saved(self, path: object) -> None:
        self._say(self.tr("Saved as %1.").replace("%1", str(path)), problem=False)

    def _on_list_context_menu_requested(self, position: QPoint) -> None:
        if self.current_file() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), self.open_current)
        menu.addAction(self.tr("&Save a Copy As…"), self.save_current)
        menu.addAction(self.tr("Re&name"), self.rename_current)
        menu.addSeparator()
        menu.addAction(self.tr("&Remove from the Record"), self.remove_current)
        menu.popup(self.list.viewport().mapToGlobal(position))
