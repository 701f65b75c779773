"""View ▸ Pipeline on a Past Day…: the pipeline as it stood at the end of a day (each stage's deals, totals and
weighted forecast, added up in the home currency at that day's rates), and what moved between two days —
rebuilt from the deals' stage history (app/pipeline_history.py). Read only; Enter on a deal opens it.

    PastPipelineDialog(services, pipeline_uid, parent).open()
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.currencies import Total
from app.errors import RapportError
from app.pipeline_history import Move, PastPipeline
from app.services import Services
from app.validation import minor_digits
from ui.focus_return import enter_stays_in_its_field
from ui.pipeline import look
from ui.qt_dates import pydate, qdate
from ui.said import in_words

DealRole = Qt.ItemDataRole.UserRole


def _local(moment: datetime) -> datetime:
    """A stored moment (naive UTC) in the user's time zone."""
    return moment.replace(tzinfo=UTC).astimezone()


class PastPipelineDialog(QDialog):
    """Signals:
        open_record(str, str): a deal chosen in it ("deal", its uid)."""

    open_record = Signal(str, str)

    def __init__(self, services: Services, pipeline_uid: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("pastPipeline")
        self.setWindowTitle(self.tr("Pipeline on a Past Day"))
        today = _local(services.clock.now()).date()  # the user's day, not UTC's

        self.pipeline = QComboBox()
        self.pipeline.setAccessibleName(self.tr("Pipeline"))
        for found in services.pipelines.list():
            self.pipeline.addItem(found.name, found.uid)
        self.pipeline.setCurrentIndex(max(0, self.pipeline.findData(pipeline_uid)))
        self.pipeline.currentIndexChanged.connect(self._on_pipeline_changed)

        self.day = QDateEdit(qdate(today - timedelta(days=30)))
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(qdate(today))
        self.day.setAccessibleName(self.tr("Day"))
        self.day.setKeyboardTracking(False)  # typed 2-0-2-5: read once, not at each digit
        self.day.dateChanged.connect(self._reload_board)
        self.board = self._tree([self.tr("Stage and deal"), self.tr("Deals"), self.tr("Amount"),
                                 self.tr("Weighted")])
        self.board.itemActivated.connect(self._on_tree_item_activated)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        day_form = QFormLayout()
        day_form.addRow(self.tr("At the end of &day:"), self.day)
        on_a_day = QWidget()
        column = QVBoxLayout(on_a_day)
        column.addLayout(day_form)
        column.addWidget(self.board, 1)
        column.addWidget(self.summary)

        self.first = QDateEdit(qdate(today - timedelta(days=30)))
        self.last = QDateEdit(qdate(today))
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setMaximumDate(qdate(today))
            edit.setAccessibleName(name)
            edit.setKeyboardTracking(False)
            edit.dateChanged.connect(self._reload_moves)
        self.moves = self._tree([self.tr("When"), self.tr("Deal"), self.tr("What"), self.tr("Amount")])
        self.moves.setRootIsDecorated(False)  # a flat list: no room kept for branches
        self.moves.itemActivated.connect(self._on_tree_item_activated)
        span = QHBoxLayout()
        for text, edit in ((self.tr("&From:"), self.first), (self.tr("&To:"), self.last)):
            label = QLabel(text)
            label.setBuddy(edit)
            span.addWidget(label)
            span.addWidget(edit)
        span.addStretch(1)
        what_moved = QWidget()
        moved_column = QVBoxLayout(what_moved)
        moved_column.addLayout(span)
        moved_column.addWidget(self.moves, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(on_a_day, self.tr("On a &Day"))
        self.tabs.addTab(what_moved, self.tr("What &Moved"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Pipeline:"), self.pipeline)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        enter_stays_in_its_field(self)  # Enter opens the deal it is on, and never closes the dialog as well
        line = self.fontMetrics().height()
        self.resize(line * 44, line * 32)
        self.reload()
        self.day.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _tree(headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setUniformRowHeights(True)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        for column in range(1, len(headers)):
            tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    # --- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Both tabs read again (the pipeline chosen, a write in the window)."""
        self._reload_board()
        self._reload_moves()

    def _pipeline_uid(self) -> str | None:
        return str(self.pipeline.currentData() or "") or None

    def _reload_board(self) -> None:
        try:
            past = self._services.queries.past_pipeline(pydate(self.day.date()), self._pipeline_uid())
        except RapportError as exc:
            self.board.clear()
            self.summary.setText(in_words(exc))
            return
        self._show_board(past)

    def _reload_moves(self) -> None:
        try:
            moves = self._services.queries.pipeline_moves(pydate(self.first.date()), pydate(self.last.date()),
                                                          self._pipeline_uid())
        except RapportError as exc:  # (From after To): said where the moves are, the board stays as it is
            self.moves.clear()
            item = QTreeWidgetItem([in_words(exc)])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.moves.addTopLevelItem(item)
            return
        self._show_moves(moves)

    def _show_board(self, past: PastPipeline) -> None:
        self.board.clear()
        locale = QLocale()
        for stage in past.stages:
            item = QTreeWidgetItem([self.tr("%1 (%2 %)").replace("%1", stage.name).replace(
                "%2", locale.toString(stage.probability)), locale.toString(len(stage.deals)),
                self._sums(stage.totals), self._sums(stage.weighted)])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for deal in stage.deals:
                child = QTreeWidgetItem([f"{deal.title} · {deal.account}" if deal.account else deal.title, "",
                                         look.money(deal.amount_minor, deal.currency, compact=True), ""])
                child.setData(0, DealRole, deal.uid)
                child.setToolTip(0, self.tr("In this stage since %1").replace(
                    "%1", look.short_date(_local(deal.entered).date())))
                item.addChild(child)
            self.board.addTopLevelItem(item)
            item.setExpanded(len(stage.deals) <= 12)
        day = look.long_date(past.day)
        count = look.count_text(self.tr("%n open deal(s)", "", past.count), past.count)
        text = self.tr("%1 at the end of %2: %3.").replace("%1", past.name).replace("%2", day).replace("%3", count)
        if past.total is not None and past.weighted_total is not None:
            text += " " + self.tr("≈ %1 in all, %2 weighted, at that day's rates.").replace(
                "%1", self._total(past.total)).replace("%2", self._total(past.weighted_total))
        self.summary.setText(text + " " + self.tr(
            "Each deal in the stage it stood in that day; amounts and names are today's, and a deal won or lost"
            " and reopened since counts as open."))

    def _show_moves(self, moves: list[Move]) -> None:
        self.moves.clear()
        for move in moves:
            what = {"made": self.tr("made in %1").replace("%1", move.to_stage),
                    "moved": self.tr("%1 → %2").replace("%1", move.from_stage).replace("%2", move.to_stage),
                    "won": self.tr("won (in %1)").replace("%1", move.from_stage),
                    "lost": self.tr("lost (in %1)").replace("%1", move.from_stage)}[move.kind]
            item = QTreeWidgetItem([look.short_date(_local(move.at).date()), move.title, what,
                                    look.money(move.amount_minor, move.currency, compact=True)])
            item.setData(0, DealRole, move.deal_uid)
            self.moves.addTopLevelItem(item)
        if not moves:
            item = QTreeWidgetItem([self.tr("Nothing moved in these days.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.moves.addTopLevelItem(item)

    @staticmethod
    def _sums(totals: tuple[tuple[str, int], ...]) -> str:
        return " · ".join(look.money(value, currency, compact=True) for currency, value in totals)

    def _total(self, total: Total) -> str:
        digits = 10 ** minor_digits(total.currency)
        text = look.money(round(total.amount_minor / digits) * digits, total.currency, compact=True)
        if total.without_rate:
            more = len(total.without_rate)
            text = look.count_text(self.tr("%1 + %n other currency(ies)", "", more), more).replace("%1", text)
        return text

    def _on_pipeline_changed(self, _index: int) -> None:
        self.reload()

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        uid = item.data(0, DealRole)
        if isinstance(uid, str) and uid:
            self.open_record.emit("deal", uid)
