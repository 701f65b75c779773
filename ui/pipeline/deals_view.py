"""The Deals section: Board | List toggle, the view chosen, and the deal detail pane beside it.

The board and the list share the detail pane: selecting a card or a row shows that deal, and a change
made in any of the three is followed by the other two. The toggle and the splitter are remembered in
the QSettings passed in, under `deals/`.

Signals (DealsView):
    open_record(str, str)         kind and uid of a record to open elsewhere (contact, account, task, activity)
    changed()                     deals or pipelines were changed here (counts elsewhere may be stale)
    current_deal_changed(str)     the deal chosen on the board or in the list ("" when none)

The list is built the first time it is shown: counting and paging every deal cost 0.28 s over the
million-contact demo's 200,000 deals, paid before the board could show when the list was built with it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from app.services import Services
from ui.office import MineFilter
from ui.pipeline.board import PipelineBoard
from ui.pipeline.deal_detail import DealDetailPane
from ui.pipeline.deals_list import DealsListView

BOARD, LIST = 0, 1


class DealsView(QWidget):
    open_record = Signal(str, str)
    changed = Signal()
    deal_moved = Signal(str, str)  # uid, title: a deal went to another stage here (the next step may follow)
    current_deal_changed = Signal(str)

    def __init__(self, services: Services, settings: QSettings, parent: QWidget | None = None, *,
                 mine: MineFilter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealsView")
        self._settings = settings
        self._mine = mine
        self._services = services
        self.board = PipelineBoard(services, self)
        self._list: DealsListView | None = None
        self.detail = DealDetailPane(services, self)

        self.board_button = QPushButton(self.tr("&Board"))
        self.list_button = QPushButton(self.tr("&List"))
        self.board_button.setToolTip(self.tr("Deals as cards, a column per stage"))
        self.list_button.setToolTip(self.tr("Deals as a table you can sort and filter"))
        self.toggle = QButtonGroup(self)
        self.toggle.setExclusive(True)
        for number, button in ((BOARD, self.board_button), (LIST, self.list_button)):
            button.setCheckable(True)
            self.toggle.addButton(button, number)
        self.toggle.idClicked.connect(self._on_toggle_id_clicked)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        switch.addWidget(self.board_button)
        switch.addWidget(self.list_button)
        if mine is not None:
            switch.addSpacing(self.fontMetrics().averageCharWidth() * 2)
            switch.addWidget(mine.button(self))
            mine.changed.connect(self._on_mine_changed)
            self._on_mine_changed()
        switch.addStretch(1)

        self.views = QStackedWidget()
        self.views.addWidget(self.board)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(switch)
        left_layout.addWidget(self.views, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("dealsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.board.current_deal_changed.connect(self.detail.show_deal)
        self.board.current_deal_changed.connect(self.current_deal_changed)
        self.board.open_record.connect(self._on_open_record)
        self.detail.open_record.connect(self._on_open_record)
        self.board.changed.connect(self._on_board_changed)
        self.board.stage_moved.connect(self._on_board_stage_moved)
        self.board.deal_moved.connect(self.deal_moved)
        self.detail.deal_moved.connect(self.deal_moved)
        self.detail.changed.connect(self._on_detail_changed)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)

        state = settings.value("deals/splitter")
        if not (isinstance(state, QByteArray) and self.splitter.restoreState(state)):
            detail_width = self.fontMetrics().averageCharWidth() * 56  # room for the stage stepper
            self.splitter.setSizes([detail_width * 3, detail_width])
        shown = str(settings.value("deals/view", BOARD))
        self.show_view(LIST if shown == str(LIST) else BOARD)

    @property
    def list(self) -> DealsListView:
        """The Deals list, built on first use (see the module docstring)."""
        if self._list is None:
            owner = self._mine.owner() if self._mine is not None else ""
            self._list = DealsListView(self._services, self._settings, self, owner=owner)
            self._list.current_deal_changed.connect(self.detail.show_deal)
            self._list.current_deal_changed.connect(self.current_deal_changed)
            self._list.open_record.connect(self._on_open_record)
            self.views.addWidget(self._list)
        return self._list

    def show_view(self, which: int) -> None:
        self.toggle.button(which).setChecked(True)
        self.views.setCurrentWidget(self.list if which == LIST else self.board)
        self._settings.setValue("deals/view", which)
        uid = self.board.selected_uid() if which == BOARD else self.list.selected_uid()
        self.detail.show_deal(uid)

    def select_deal(self, uid: str) -> None:
        """Show a deal opened from elsewhere (search, a reminder, a link), selected on the board or in the
        list when it is there, and in the pane in any case."""
        if self.views.currentWidget() is self.board:
            self.board.select_deal(uid)
        else:
            self.list.select_deal(uid)
        self.detail.show_deal(uid)

    def focus_work(self) -> None:
        """Where the keyboard starts in Deals: a card on the board, or the list's rows."""
        if self.views.currentWidget() is self.board:
            self.board.focus_cards()
        else:
            self.list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        self.board.reload()
        if self._list is not None:
            self._list.reload()
        self.detail.refresh()

    def _on_mine_changed(self) -> None:
        owner = self._mine.owner() if self._mine is not None else ""
        if self._list is not None:
            self._list.model.deal_query.owner = owner
            self._list.model.reload()
        self.board.set_owner(owner)

    def _on_toggle_id_clicked(self, which: int) -> None:
        self.show_view(which)

    def _on_open_record(self, kind: str, uid: str) -> None:
        if kind == "deal":
            self.detail.show_deal(uid)  # a deal opens here, beside the board or list
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.open_record.emit(kind, uid)

    def _on_board_changed(self) -> None:
        if self._list is not None:
            self._list.model.reload()
        self.detail.refresh()
        self.changed.emit()

    def _on_board_stage_moved(self, deal_uid: str) -> None:
        if self._list is not None:
            self._list.model.reload()
        self.detail.show_stage_moved(deal_uid)
        self.changed.emit()

    def _on_detail_changed(self) -> None:
        uid = self.detail.deal_uid
        self.board.reload()
        if self._list is not None:
            self._list.model.reload()
        if uid:
            self.board.select_deal(uid, focus=False)  # the user goes on in the pane
        self.changed.emit()

    def _on_splitter_moved(self, *_args: object) -> None:
        self._settings.setValue("deals/splitter", self.splitter.saveState())
