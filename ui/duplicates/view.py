"""Reviewing duplicates, of contacts or of accounts (the switch at the top): the likely pairs on the left,
the two records side by side on the right, Merge, and Undo of the last merge.

Entry point for the main window: `DuplicatesView(services, parent)`, a widget to show as a section or
in a window of its own. Finding the pairs and loading a pair read the database off the UI thread;
a merge and an undo are writes and run on the write pool (one at a time, after any import).

Signals:
    changed(): after a merge or an undo wrote to the database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.account_duplicates import AccountDuplicateService
from app.accounts import AccountRecord
from app.contacts import ContactRecord
from app.duplicates import Candidate, DuplicateService
from app.services import Services
from ui.duplicates.account_compare import AccountComparePanel
from ui.duplicates.compare import ComparePanel
from ui.duplicates.model import CandidatesModel
from ui.operations.operation import Op
from ui.said import in_words
from ui.workers import READS, Task


class DuplicatesView(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._duplicates = DuplicateService(services)
        self._account_duplicates = AccountDuplicateService(services)
        self._kind = "contact"
        self._loading: Task | None = None
        self._pair_task: Task | None = None
        self._writing: Task | None = None
        self._undo_summary: str | None = None
        self.setObjectName("duplicatesView")
        self.setWindowTitle(self.tr("Duplicates"))

        self.model = CandidatesModel(self)
        self.table = QTableView()
        self.table.setObjectName("duplicateCandidates")
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(round(self.fontMetrics().height() * 1.7))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(CandidatesModel.SCORE, QHeaderView.ResizeMode.ResizeToContents)
        # The two names and the reasons share what is left: the reasons never go off to the right behind a
        # scroll bar in a narrow window (960 px); what is elided shows whole in its tooltip.
        for column in (CandidatesModel.FIRST, CandidatesModel.SECOND, CandidatesModel.REASONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("duplicatesPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.placeholder)
        self.list_stack.addWidget(self.table)

        self.contact_compare = ComparePanel()
        self.contact_compare.setObjectName("compare")
        self.account_compare = AccountComparePanel()
        self.account_compare.setObjectName("accountCompare")
        self.compare: ComparePanel | AccountComparePanel = self.contact_compare
        self.compare_stack = QStackedWidget()
        self.compare_stack.addWidget(self.contact_compare)
        self.compare_stack.addWidget(self.account_compare)
        self.kinds = QButtonGroup(self)
        kind_row = QHBoxLayout()
        for number, label in enumerate((self.tr("C&ontacts"), self.tr("A&ccounts"))):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setChecked(number == 0)
            self.kinds.addButton(button, number)
            kind_row.addWidget(button)
        kind_row.addStretch(1)
        self.kinds.idClicked.connect(self._on_kinds_id_clicked)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        merge_row = QHBoxLayout()
        merge_row.addStretch(1)
        merge_row.addWidget(self.merge_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare_stack, 1)
        right_layout.addLayout(merge_row)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setCollapsible(1, False)

        self.status = QLabel()
        self.status.setObjectName("duplicatesStatus")
        self.status.setWordWrap(True)
        self.undo_action = QAction(self.tr("&Undo merge"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        # Only while this view has focus: the main window's own Undo keeps Ctrl+Z elsewhere.
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self._on_undo_action_triggered)
        self.addAction(self.undo_action)
        self.undo_button = QPushButton(self.undo_action.text())
        self.undo_button.setObjectName("undoMergeButton")
        self.undo_button.clicked.connect(self.undo_action.trigger)
        self.refresh_button = QPushButton(self.tr("&Look again"))
        self.refresh_button.setToolTip(self.tr("Find the likely duplicates again"))
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._update_actions()
        self.refresh()

    # --- the list ---------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(t is not None for t in (self._loading, self._pair_task, self._writing))

    def show_kind(self, kind: str) -> None:
        """Contacts ("contact") or accounts ("account")."""
        if kind == self._kind:
            return
        self._kind = kind
        self.kinds.button(0 if kind == "contact" else 1).setChecked(True)
        self.compare = self.contact_compare if kind == "contact" else self.account_compare
        self.compare_stack.setCurrentWidget(self.compare)
        self.model.set_kind(kind)
        self.model.set_candidates([])
        self.compare.clear()
        self.status.clear()
        self.refresh()

    def refresh(self) -> None:
        """Find the pairs again (after edits elsewhere, or a merge here)."""
        duplicates = self._duplicates
        finder = self._account_duplicates if self._kind == "account" else duplicates

        def work(_task: Task) -> tuple[list[Candidate], str | None]:
            return finder.candidates(), duplicates.next_undo()

        task = Task(work, self._services)
        task.succeeded.connect(self._on_loading_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_loading_finished)
        self._loading = task
        self.placeholder.setText(self.tr("Looking for contacts that may be the same person…")
                                 if self._kind == "contact" else
                                 self.tr("Looking for accounts that may be the same company…"))
        self._update_actions()
        task.start(READS)

    def _on_loading_succeeded(self, value: object) -> None:
        if self.sender() is not self._loading or not isinstance(value, tuple):
            return
        candidates, self._undo_summary = value
        if candidates and candidates[0].kind != self._kind:
            return  # read for the other kind before the switch
        current = self._current_candidate()
        keep = (current.first_uid, current.second_uid) if current else None
        self.model.set_candidates(candidates)
        if candidates:
            self.list_stack.setCurrentWidget(self.table)
            row = self.model.row_of(*keep) if keep else -1
            self.table.selectRow(max(row, 0))
        else:
            self.placeholder.setText(self.tr(
                "No likely duplicates.\n\nContacts with the same e-mail address or phone number, or a close name"
                " at the same company, are listed here.") if self._kind == "contact" else self.tr(
                "No likely duplicates.\n\nAccounts with the same name but for case, punctuation or legal form, a"
                " name a letter or two apart, the same web site or the same phone number are listed here."))
            self.list_stack.setCurrentWidget(self.placeholder)
            self.compare.clear(self.tr("Nothing to compare."))
        if not self.status.text():
            self.status.setText(self.tr("Pairs that may be duplicates: %1").replace(
                "%1", QLocale().toString(len(candidates))))

    def _on_loading_finished(self) -> None:
        if self.sender() is self._loading:
            self._loading = None
            self._update_actions()

    def _current_candidate(self) -> Candidate | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.candidate(index.row())

    # --- a pair -----------------------------------------------------------------------------------

    def _on_table_current_row_changed(self) -> None:
        candidate = self._current_candidate()
        if candidate is None:
            self.compare.clear()
            self._update_actions()
            return
        services = self._services
        if candidate.kind == "account":
            self._load_account_pair(candidate)
            return

        def work(_task: Task) -> tuple[ContactRecord, ContactRecord, dict[str, str]]:
            first = services.contacts.get(candidate.first_uid)
            second = services.contacts.get(candidate.second_uid)
            accounts = {}
            for link in (*first.data.accounts, *second.data.accounts):
                accounts[link.account_uid] = services.accounts.get(link.account_uid).data.name
            return first, second, accounts

        self._read_pair(work)

    def _read_pair(self, work: Callable[[Task], object]) -> None:
        """Read a pair off the UI thread; its records come to _on_pair_succeeded."""
        task = Task(work, self._services)
        task.succeeded.connect(self._on_pair_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_pair_finished)
        self._pair_task = task
        self._update_actions()
        task.start(READS)

    def _load_account_pair(self, candidate: Candidate) -> None:
        services = self._services

        def work(_task: Task) -> tuple[AccountRecord, AccountRecord, dict[str, tuple[int, int]]]:
            first = services.accounts.get(candidate.first_uid)
            second = services.accounts.get(candidate.second_uid)
            counts = {a.uid: (len(services.accounts.members(a.uid)),
                              len(services.queries.timeline().deals("account", a.uid))) for a in (first, second)}
            return first, second, counts

        self._read_pair(work)

    def _on_pair_succeeded(self, value: object) -> None:
        if self.sender() is not self._pair_task or not isinstance(value, tuple):
            return  # the user moved on to another pair meanwhile
        first, second, extra = value
        current = self._current_candidate()
        if current is None or (current.first_uid, current.second_uid) != (first.uid, second.uid):
            return
        if isinstance(first, AccountRecord) and isinstance(second, AccountRecord):
            self.account_compare.set_pair(first, second, extra)
        else:
            self.contact_compare.set_pair(first, second, extra)

    def _on_pair_finished(self) -> None:
        if self.sender() is self._pair_task:
            self._pair_task = None
            self._update_actions()

    # --- merge and undo ---------------------------------------------------------------------------

    def merge(self) -> None:
        """Merge the pair shown, as the compare panel says (the Merge button)."""
        pair = self.compare.kept_and_other()
        if pair is None or self._writing is not None:
            return
        kept, other = pair
        if isinstance(kept, AccountRecord) and isinstance(other, AccountRecord):
            accounts = self._account_duplicates
            keep_uid, other_uid = kept.uid, other.uid
            kept_name, other_name = kept.data.name, other.data.name

            def merge_accounts(_services: Services) -> tuple[str, str, str]:
                merged = accounts.merge(keep_uid, other_uid).value
                return "merged", other_name, merged.data.name

            self._write(self.tr("Merge “%1” into “%2”").replace("%1", other_name).replace("%2", kept_name),
                        merge_accounts)
            return
        assert isinstance(kept, ContactRecord) and isinstance(other, ContactRecord)
        choose = self.contact_compare.choices()
        duplicates = self._duplicates

        def work(_services: Services) -> tuple[str, str, str]:
            merged = duplicates.merge(kept.uid, other.uid, choose).value
            return "merged", other.display_name, merged.display_name

        self._write(self.tr("Merge “%1” into “%2”").replace("%1", other.display_name)
                    .replace("%2", kept.display_name), work)

    def undo(self) -> None:
        """Undo the last merge (the Undo button, Ctrl+Z in this view)."""
        if self._writing is not None or self._undo_summary is None:
            return
        duplicates = self._duplicates

        def work(_services: Services) -> tuple[str, str, str]:
            return "undone", duplicates.undo().value or "", ""

        # An undo records into the step it takes back: it opens its own unit of work.
        self._write(self.tr("Undo the merge"), work, own_units=True)

    def _write(self, label: str, work: Callable[[Services], tuple[str, str, str]], *, own_units: bool = False) -> None:
        self._writing = Op(self, self._services, label, work, own_units=own_units) \
            .success(self._on_write_succeeded).failure(self._on_write_failed).run(initiator=self)
        self._update_actions()

    def _on_write_succeeded(self, value: object) -> None:
        if isinstance(value, tuple):
            what, first, second = value
            if what == "merged":
                self.status.setText(self.tr("Merged “%1” into “%2”.").replace("%1", first).replace("%2", second))
            else:
                self.status.setText(self.tr("Undone: %1").replace("%1", first))
            self.changed.emit()
        self._on_write_finished()

    def _on_write_failed(self, error: Exception) -> None:
        """Said in the view's status line (a merge the store refused, an undo blocked by a later change)."""
        self.status.setText(in_words(error))
        self._on_write_finished()

    def _on_write_finished(self) -> None:
        self._writing = None
        self.refresh()

    def _on_task_failed(self, message: str) -> None:
        self.status.setText(message)

    def _update_actions(self) -> None:
        writing = self._writing is not None
        self.merge_button.setEnabled(not writing and self._pair_task is None
                                     and self.compare.kept_and_other() is not None)
        self.undo_action.setEnabled(not writing and self._undo_summary is not None)
        self.undo_button.setEnabled(self.undo_action.isEnabled())
        self.undo_button.setToolTip(self.tr("Undo: %1 (%2)").replace("%1", self._undo_summary or "").replace(
            "%2", self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            if self._undo_summary else self.tr("No merge to undo"))
        self.refresh_button.setEnabled(not writing and self._loading is None)

    def _on_kinds_id_clicked(self, number: int) -> None:
        self.show_kind("contact" if number == 0 else "account")

    def _on_merge_button_clicked(self) -> None:
        self.merge()

    def _on_undo_action_triggered(self) -> None:
        self.undo()
