"""The pipeline board: a column per stage with deal cards; drag or Ctrl+Shift+Left/Right to move a deal.

Why a QListView per column with a painted delegate (UI.md 4) rather than one custom-painted view:
each column gets scrolling, keyboard navigation, selection, accessibility and drag and drop from Qt
for free, the cards stay data (app.board.Card) in a model rather than a widget each, and the only
custom painting is the card itself. A single painted canvas would have to re-implement all of that;
what it would save — a few widgets per stage — does not matter at a dozen stages.

After a move the board does not reload: the deal's new card is read alone (one small query) and put in
its new column at its place by urgency, so a move costs the service call and little else.

Signals (PipelineBoard):
    open_record(str, str)      kind and uid of a record to open (Enter or double-click on a card)
    changed()                  a deal or the pipeline was changed here
    stage_moved(str)           a deal moved to another stage here (its uid), and nothing else of it changed
    current_deal_changed(str)  the selected card's deal uid ("" when none)
    deal_moved(str, str)       after a move, the deal's uid and title (for the next-step sheet)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.board import Board, Card
from app.currencies import Converter
from app.errors import ValidationError
from app.services import Services
from app.validation import minor_digits
from ui.elided_label import ElidedLabel
from ui.operations.operation import Op
from ui.pipeline import look
from ui.pipeline.board_model import StageCardsModel, decode
from ui.pipeline.card_delegate import CardDelegate
from ui.pipeline.lost_dialog import LostReasonDialog
from ui.pipeline.stage_editor import StageEditorDialog, error_text

COLUMN_CHARS = 30  # a column's width in average characters of the user's font


class CardListView(QListView):
    """One column's cards. Left/Right step to the neighbouring column (Up/Down stay Qt's own).

    Signals: step(int) -1 or +1 for Left/Right; menu_requested(QPoint) at a card, in global coordinates.
    """

    step = Signal(int)
    menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # the order is by urgency: there is no place to show
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)  # cards (Base) stand out on it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # From the keyboard (the Menu key, Shift+F10) the menu is for the current card, shown at it.
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        index = self.currentIndex() if keyboard else self.indexAt(event.pos())
        if keyboard and index.isValid():
            self.menu_requested.emit(self.viewport().mapToGlobal(self.visualRect(index).center()))
            event.accept()
            return
        if index.isValid():
            self.setCurrentIndex(index)
            self.menu_requested.emit(event.globalPos())
            event.accept()


class StageColumn(QWidget):
    """A stage: header (name, count, totals), its cards, and "Show more" when some are not shown."""

    summary_clicked = Signal()  # the totals: shown in each currency, or added up in the home one

    def __init__(self, model: StageCardsModel, delegate: CardDelegate, parent: QWidget | None = None, *,
                 converter: Converter | None = None, each_currency: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(f"stageColumn:{model.name}")
        self.model = model
        self.converter = converter  # today's rates into the home currency (None: none chosen)
        self.each_currency = each_currency
        self.title = ElidedLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setFont(font)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.summary = ElidedLabel()
        self.summary.setEnabled(False)  # the palette's quiet text
        self.summary.installEventFilter(self)  # a click shows the totals the other way
        # A long total never widens the column: it ends in "…", and is whole in the tooltip.
        self.view = CardListView()
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)
        self.view.setAccessibleName(model.name)
        self.more_button = QPushButton()
        self.more_button.setFlat(True)
        header = QVBoxLayout()
        header.setSpacing(0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.count_label)
        header.addLayout(title_row)
        header.addWidget(self.summary)
        layout = QVBoxLayout(self)
        margin = self.fontMetrics().height() // 4
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(margin)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.more_button)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * COLUMN_CHARS)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.refresh_header()

    def refresh_header(self) -> None:
        model = self.model
        self.title.setText(model.name)
        count = look.count_text(self.tr("%n deal(s)", "", model.count), model.count)
        totals = model.totals
        self.count_label.setText(QLocale().toString(model.count))
        self.count_label.setAccessibleName(count)
        converted = self.converter.total(totals) if self.converter is not None and totals else None
        if converted is not None and not self.each_currency and len(converted.without_rate) < len(totals):
            # Added up at today's rates, to whole units ("≈": a conversion is an estimate).
            digits = 10 ** minor_digits(converted.currency)
            whole = round(converted.amount_minor / digits) * digits
            text = look.money(whole, converted.currency, compact=True)
            if converted.converted:
                text = self.tr("≈ %1").replace("%1", text)
            others = len(converted.without_rate)
            if others:  # no rate converts them: said, never left out
                text = look.count_text(self.tr("%1 + %n other currency(ies)", "", others), others).replace("%1", text)
        elif totals:
            text = look.money(totals[0][1], totals[0][0], compact=True)
            if len(totals) > 1:  # sums in other currencies are not added up: each is in the tooltip
                others = len(totals) - 1
                text = look.count_text(self.tr("%1 + %n other currency(ies)", "", others), others).replace("%1", text)
        else:
            text = self.tr("No amounts")
        self.summary.setText(text)
        lines = [self.tr("%1, probability %2 %").replace("%1", model.name).replace("%2", str(model.probability)),
                 count]
        lines += [look.money(total, currency) for currency, total in totals]
        if converted is not None and converted.converted:
            lines.append(self.tr("≈ %1 in all, at today's rates").replace(
                "%1", look.money(converted.amount_minor, converted.currency)))
            lines += [self.tr("%1 at the rate of %2 (no newer one)").replace("%1", code).replace(
                "%2", look.short_date(day)) for code, day in converted.stale]
        if self._toggles():
            lines.append(self.tr("Click to show the totals the other way"))
        self.summary.setCursor(Qt.CursorShape.PointingHandCursor if self._toggles() else Qt.CursorShape.ArrowCursor)
        self.summary.setToolTip("\n".join(lines))
        self.title.setToolTip(self.summary.toolTip())
        hidden = model.hidden
        self.more_button.setVisible(hidden > 0)
        self.more_button.setText(look.count_text(self.tr("Show more (%n not shown)", "", hidden), hidden))


    def _toggles(self) -> bool:
        """Whether a click on the total shows it the other way: in each currency, or added up."""
        totals = self.model.totals
        return self.converter is not None and bool(totals) and (
            len(totals) > 1 or totals[0][0] != self.converter.home)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.summary and event.type() == QEvent.Type.MouseButtonRelease and self._toggles():
            self.summary_clicked.emit()
            return True
        return super().eventFilter(watched, event)


class DropZone(QPushButton):
    """Won / Lost: click for the selected card, or drop a card on it (UI.md 4, drop zones).

    Signals: dropped(str) the uid of the deal dropped on it.
    """

    dropped = Signal(str)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if decode(event.mimeData()) is not None:
            self.setDown(True)
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if decode(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: object) -> None:
        self.setDown(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self.setDown(False)
        dragged = decode(event.mimeData())
        if dragged is None:
            return
        # Close the deal once the drag has finished (the lost dialog must not open inside it); the
        # column the card came from removes nothing itself (its model has no removeRows).
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.dropped.emit(dragged[0]))


class PipelineBoard(QWidget):
    """See the module docstring for the signals. `services` are the app's; nothing else is needed."""

    open_record = Signal(str, str)
    changed = Signal()
    stage_moved = Signal(str)
    current_deal_changed = Signal(str)
    deal_moved = Signal(str, str)
    each_currency_changed = Signal(bool)
    converting = Signal(bool)  # on each load: whether totals are added up in a home currency (one is chosen)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineBoard")
        self._services = services
        self._query = services.queries.board()
        self._pipeline_uid = ""
        self.owner = ""  # only this person's deals ("" everyone's): the "Mine" filter (ui/office.py)
        self.each_currency = False  # column totals in each currency rather than added up in the home one
        self._columns: list[StageColumn] = []
        self._delegate = CardDelegate(services.clock.now().date(), self)
        self._current = ""
        self._taking = False  # a moved card leaving its column (_on_moved)
        self.stage_editor: StageEditorDialog | None = None
        self.lost_dialog: LostReasonDialog | None = None

        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setObjectName("pipelineChooser")
        self.pipeline_combo.setAccessibleName(self.tr("Pipeline"))
        self.pipeline_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.pipeline_combo.currentIndexChanged.connect(self._on_pipeline_combo_current_index_changed)
        self.edit_button = QPushButton(self.tr("Edit stages…"))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.message = ElidedLabel()  # "Moved “…” to …" ends in "…" where the bar is narrow, whole in its tooltip
        self.message.setObjectName("boardMessage")
        self.message.setEnabled(False)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.won_button = DropZone(self.tr("Won"))
        self.won_button.setObjectName("wonZone")
        self.won_button.setToolTip(self.tr("Mark the selected deal won, or drop a card here"))
        self.lost_button = DropZone(self.tr("Lost…"))
        self.lost_button.setObjectName("lostZone")
        self.lost_button.setToolTip(self.tr("Mark the selected deal lost, or drop a card here"))
        self.won_button.clicked.connect(self._on_won_button_clicked)
        self.lost_button.clicked.connect(self._on_lost_button_clicked)
        self.won_button.dropped.connect(self._on_won_button_dropped)
        self.lost_button.dropped.connect(self._on_lost_button_dropped)

        bar = QHBoxLayout()
        bar.addWidget(self.pipeline_combo)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.won_button)
        bar.addWidget(self.lost_button)

        self._columns_host = QWidget(self)  # a parent at once: never a Python-owned widget inside the board
        self._columns_layout = QHBoxLayout(self._columns_host)
        self._columns_layout.setContentsMargins(0, 0, 0, 0)
        self._columns_layout.setSpacing(self.fontMetrics().height() // 3)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("boardScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # columns scroll
        self.scroll_area.setWidget(self._columns_host)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("boardEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll_area)
        self.stack.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self._build_actions()
        self._fill_pipelines()

    # --- public API ----------------------------------------------------------------------------------

    @property
    def pipeline_uid(self) -> str:
        return self._pipeline_uid

    @property
    def columns(self) -> list[StageColumn]:
        return list(self._columns)

    def column(self, stage_uid: str) -> StageColumn | None:
        return next((c for c in self._columns if c.model.stage_uid == stage_uid), None)

    def reload(self) -> None:
        """Read the pipelines and the board again (after changes made elsewhere: an undo, a sync). What the
        board said of its last move goes: it may no longer be so."""
        self._say("")
        self._fill_pipelines()

    def set_owner(self, owner: str) -> None:
        """Show only the deals `owner` owns ("" everyone's), and the stages' counts and totals of those."""
        if owner != self.owner:
            self.owner = owner
            self._load()

    def set_pipeline(self, pipeline_uid: str) -> None:
        index = self.pipeline_combo.findData(pipeline_uid)
        if index >= 0 and index != self.pipeline_combo.currentIndex():
            self.pipeline_combo.setCurrentIndex(index)  # loads through the signal
        elif index >= 0:
            self._load()

    def selected_uid(self) -> str:
        return self._current

    def select_deal(self, deal_uid: str, *, focus: bool = True) -> bool:
        """The deal's card selected and scrolled to; `focus`: the keyboard onto it too (not while the user
        is in the deal's pane, whose save brought the board up to date)."""
        for column in self._columns:
            row = column.model.row_of(deal_uid)
            if row >= 0:
                index = column.model.index(row, 0)
                column.view.setCurrentIndex(index)
                column.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                column.view.scrollTo(index)
                self.scroll_area.ensureWidgetVisible(column, 0, 0)  # its whole column, not cut at the edge
                if focus:
                    column.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def focus_cards(self) -> None:
        """The keyboard onto the board: the selected card, else the first one (Ctrl+Shift+Left/Right, Enter,
        Won and Lost then act on it)."""
        if self._current and self.select_deal(self._current):
            return
        first = next((c for c in self._columns if c.model.rowCount()), None)
        if first is not None:
            self.select_deal(first.model.card(0).uid)
        else:
            self.pipeline_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_card(self, deal_uid: str, stage_uid: str) -> bool:
        """Move a deal to a stage of this pipeline (recorded in its history) and show it there once the
        write is done. False when there is nothing to move; a failed write says why, with Retry."""
        target = self.column(stage_uid)
        source = next((c for c in self._columns if c.model.row_of(deal_uid) >= 0), None)
        if target is None or source is target:
            return False
        card = self._card(deal_uid)
        title = card.title if card is not None else self._services.deals.get(deal_uid).data.title
        label = self.tr("Move “%1” to %2").replace("%1", title).replace("%2", target.model.name)
        Op(self, self._services, label, lambda s: s.deals.move_to_stage(deal_uid, stage_uid)) \
            .success(lambda _value: self._on_moved(deal_uid, stage_uid)).run(initiator=self)
        return True

    def _on_moved(self, deal_uid: str, stage_uid: str) -> None:
        target = self.column(stage_uid)
        if target is None:  # the board was rebuilt meanwhile (another pipeline shown): nothing to place
            return
        card = self._query.card(deal_uid, owner=self.owner)
        self._taking = True  # the card leaving its column makes its neighbour current there for a moment
        try:
            for column in self._columns:
                if column is not target and column.model.row_of(deal_uid) >= 0:
                    column.model.take(deal_uid, card)
                    column.refresh_header()
        finally:
            self._taking = False
        if card is not None:
            target.model.put(card)
            target.refresh_header()
            self.select_deal(deal_uid)
            self._say(self.tr("Moved “%1” to %2.").replace("%1", card.title).replace("%2", target.model.name))
        self.stage_moved.emit(deal_uid)
        if card is not None:
            self.deal_moved.emit(deal_uid, card.title)

    def move_selected(self, steps: int) -> bool:
        """The selected deal to the previous (-1) or next (+1) stage."""
        index = self._column_index_of(self._current)
        if index < 0 or not 0 <= index + steps < len(self._columns):
            return False
        return self.move_card(self._current, self._columns[index + steps].model.stage_uid)

    def mark_won(self, deal_uid: str) -> bool:
        title = self._title(deal_uid)
        Op(self, self._services, self.tr("Mark “%1” won").replace("%1", title),
           lambda s: s.deals.mark_won(deal_uid)) \
            .success(lambda _value: self._on_closed(deal_uid, self.tr("“%1” marked won.").replace("%1", title))) \
            .run(initiator=self)
        return True

    def mark_lost(self, deal_uid: str, reason: str | None = None) -> bool:
        """With a reason, at once; without, a dialog asks for one (open() — the board stays usable)."""
        if reason is None:
            self._ask_lost_reason(deal_uid)
            return False
        title = self._title(deal_uid)
        said = self.tr("“%1” marked lost: %2").replace("%1", title).replace("%2", reason.strip())
        Op(self, self._services, self.tr("Mark “%1” lost").replace("%1", title),
           lambda s: s.deals.mark_lost(deal_uid, reason)) \
            .success(lambda _value: self._on_closed(deal_uid, said)) \
            .failure(self._on_close_refused, (ValidationError,)) \
            .run(initiator=self)
        return True

    def _title(self, deal_uid: str) -> str:
        card = self._card(deal_uid)
        return card.title if card is not None else self._services.deals.get(deal_uid).data.title

    def _on_closed(self, deal_uid: str, said: str) -> None:
        self._remove_closed(deal_uid)
        self._say(said)
        self.changed.emit()

    def _on_close_refused(self, error: Exception) -> None:
        """A reason the service refuses (empty, too long) is said beside the board, not in a box."""
        assert isinstance(error, ValidationError)
        self._say(error_text(error))

    def edit_stages(self) -> StageEditorDialog | None:
        """Open the stage editor of the pipeline shown; the board follows its changes when it closes."""
        if not self._pipeline_uid:
            return None
        self.stage_editor = StageEditorDialog(self._services, self._pipeline_uid, self)
        self.stage_editor.changed.connect(self._on_stage_editor_changed)
        self.stage_editor.finished.connect(self._on_stage_editor_finished)
        self.stage_editor.open()
        return self.stage_editor

    # --- building ------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, key: QKeySequence | None, slot: object) -> QAction:
            made = QAction(text, self)
            if key is not None:
                made.setShortcut(key)
                # Window-wide (UI.md 6): the keys work from the detail pane too; a focused text field
                # still gets them first (it claims word-selection keys through ShortcutOverride).
                made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                made.setToolTip(f"{text} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.move_left_action = action(self.tr("Move to previous stage"), QKeySequence("Ctrl+Shift+Left"),
                                       self._on_move_left_action_triggered)
        self.move_right_action = action(self.tr("Move to next stage"), QKeySequence("Ctrl+Shift+Right"),
                                        self._on_move_right_action_triggered)
        self.open_action = action(self.tr("Open"), None, self._on_open_action_triggered)
        self.won_action = action(self.tr("Mark won"), None, self._on_won_button_clicked)
        self.lost_action = action(self.tr("Mark lost…"), None, self._on_lost_button_clicked)
        self._update_actions()

    def _fill_pipelines(self) -> None:
        pipelines = self._services.pipelines.list() or [self._services.pipelines.default()]
        current = self._pipeline_uid
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for pipeline in pipelines:
            self.pipeline_combo.addItem(pipeline.name, pipeline.uid)
        index = max(0, self.pipeline_combo.findData(current))
        self.pipeline_combo.setCurrentIndex(index)
        self.pipeline_combo.blockSignals(False)
        # One pipeline needs no chooser; its name then shows as the first column's context.
        self.pipeline_combo.setVisible(len(pipelines) > 1)
        self._pipeline_uid = str(self.pipeline_combo.currentData())
        self._load()

    def _load(self) -> None:
        board = self._query.load(self._pipeline_uid, owner=self.owner)
        self._delegate.today = self._services.clock.now().date()
        self._show(board)

    def _show(self, board: Board) -> None:
        keep = self._current
        focused = self.window().focusWidget()  # (the window's, also while another program is active)
        on_cards = focused is not None and any(c.isAncestorOf(focused) for c in self._columns)
        converter = self._services.currencies.converter(self._services.clock.now().date())
        self.converting.emit(converter is not None)
        for column in self._columns:
            column.hide()
            column.deleteLater()  # its view and model with it (the model is the column's child)
        self._columns = []
        while self._columns_layout.count():
            self._columns_layout.takeAt(0)
        for data in board.columns:
            model = StageCardsModel(data, self.move_card)
            column = StageColumn(model, self._delegate, self._columns_host, converter=converter,
                                 each_currency=self.each_currency)
            column.summary_clicked.connect(self._on_column_summary_clicked)
            model.setParent(column)
            column.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
            column.view.activated.connect(self._on_view_activated)
            column.view.step.connect(self._on_view_step)
            column.view.menu_requested.connect(self._on_view_menu_requested)
            column.more_button.clicked.connect(self._on_more_button_clicked)
            self._columns_layout.addWidget(column, 1)
            self._columns.append(column)
        if board.count:
            self.stack.setCurrentWidget(self.scroll_area)
        else:
            name = self.pipeline_combo.currentText()
            self.empty_label.setText(self.tr(
                "No open deals in “%1”.\nDeals you add appear here, a column per stage; won and lost deals are in the"
                " list.").replace("%1", name))
            self.stack.setCurrentWidget(self.empty_label)
        self._current = ""
        # The keyboard back onto the card only when it was on the cards (the columns went under it), never
        # away from the deal's pane whose save brought this reload.
        if keep and not self.select_deal(keep, focus=on_cards):
            self.current_deal_changed.emit("")
        self._update_actions()

    # --- helpers -------------------------------------------------------------------------------------

    def _column_index_of(self, deal_uid: str) -> int:
        if not deal_uid:
            return -1
        return next((i for i, c in enumerate(self._columns) if c.model.row_of(deal_uid) >= 0), -1)

    def _card(self, deal_uid: str) -> Card | None:
        index = self._column_index_of(deal_uid)
        if index < 0:
            return None
        model = self._columns[index].model
        return model.card(model.row_of(deal_uid))

    def _remove_closed(self, deal_uid: str) -> None:
        index = self._column_index_of(deal_uid)
        if index >= 0:
            column = self._columns[index]
            column.model.take(deal_uid)
            column.refresh_header()
        if deal_uid == self._current:
            self._current = ""
            self.current_deal_changed.emit("")
        self._update_actions()

    def _ask_lost_reason(self, deal_uid: str) -> None:
        card = self._card(deal_uid)
        title = card.title if card else self._services.deals.get(deal_uid).data.title
        dialog = LostReasonDialog(title, self._query.lost_reasons(), self)
        self.lost_dialog = dialog

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.mark_lost(deal_uid, dialog.reason())
            dialog.deleteLater()
            self.lost_dialog = None

        dialog.finished.connect(done)
        dialog.open()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _update_actions(self) -> None:
        index = self._column_index_of(self._current)
        for widget in (self.open_action, self.won_action, self.lost_action, self.won_button, self.lost_button):
            widget.setEnabled(index >= 0)
        self.move_left_action.setEnabled(index > 0)
        self.move_right_action.setEnabled(0 <= index < len(self._columns) - 1)

    # --- slots ---------------------------------------------------------------------------------------

    def set_each_currency(self, each: bool) -> None:
        """Column totals in each currency (True), or added up in the home currency at today's rates."""
        if each != self.each_currency:
            self.each_currency = each
            for column in self._columns:
                column.each_currency = each
                column.refresh_header()
            self.each_currency_changed.emit(each)

    def _on_column_summary_clicked(self) -> None:
        self.set_each_currency(not self.each_currency)

    def _on_pipeline_combo_current_index_changed(self, index: int) -> None:
        if index >= 0:
            self._pipeline_uid = str(self.pipeline_combo.itemData(index))
            self._load()

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = str(current.data(StageCardsModel.UidRole) or "") if current.isValid() else ""
        if not uid or self._taking:  # (not a choice of the user's: the moved card is chosen again next)
            return
        sender_model = current.model()
        for column in self._columns:  # one selected card on the whole board
            if column.model is not sender_model:
                column.view.selectionModel().clear()
        changed = uid != self._current
        self._current = uid
        self._update_actions()  # also when the same deal arrives in another column after a move
        if changed:
            self.current_deal_changed.emit(uid)

    def _on_view_activated(self, index: QModelIndex) -> None:
        uid = index.data(StageCardsModel.UidRole)
        if uid:
            self.open_record.emit("deal", str(uid))

    def _on_view_step(self, steps: int) -> None:
        index = self._column_index_of(self._current)
        view = self.sender()
        if index < 0 and isinstance(view, CardListView):
            index = next(i for i, c in enumerate(self._columns) if c.view is view)
        target = index + steps
        while 0 <= target < len(self._columns) and not self._columns[target].model.rowCount():
            target += steps  # skip empty columns
        if 0 <= target < len(self._columns):
            column = self._columns[target]
            row = 0
            if index >= 0 and self._current:
                row = min(self._columns[index].model.row_of(self._current), column.model.rowCount() - 1)
            self.select_deal(column.model.card(max(0, row)).uid)

    def _on_view_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.open_action)
        move_menu = menu.addMenu(self.tr("Move to"))
        here = self._column_index_of(self._current)
        for i, column in enumerate(self._columns):
            move = move_menu.addAction(column.model.name)
            move.setEnabled(i != here)
            move.triggered.connect(lambda _=False, s=column.model.stage_uid: self.move_card(self._current, s))
        menu.addSeparator()
        menu.addAction(self.move_left_action)
        menu.addAction(self.move_right_action)
        menu.addSeparator()
        menu.addAction(self.won_action)
        menu.addAction(self.lost_action)
        menu.popup(position)

    def _on_more_button_clicked(self) -> None:
        button = self.sender()
        column = next((c for c in self._columns if c.more_button is button), None)
        if column is None:
            return
        cards = column.model.cards()
        column.model.extend(self._query.more(column.model.stage_uid, cards[-1] if cards else None, owner=self.owner))
        column.refresh_header()

    def _on_move_left_action_triggered(self) -> None:
        self.move_selected(-1)

    def _on_move_right_action_triggered(self) -> None:
        self.move_selected(1)

    def _on_open_action_triggered(self) -> None:
        if self._current:
            self.open_record.emit("deal", self._current)

    def _on_won_button_clicked(self) -> None:
        if self._current:
            self.mark_won(self._current)

    def _on_lost_button_clicked(self) -> None:
        if self._current:
            self.mark_lost(self._current)

    def _on_won_button_dropped(self, deal_uid: str) -> None:
        self.mark_won(deal_uid)

    def _on_lost_button_dropped(self, deal_uid: str) -> None:
        self.mark_lost(deal_uid)

    def _on_edit_button_clicked(self) -> None:
        self.edit_stages()

    def _on_stage_editor_changed(self) -> None:
        self.changed.emit()

    def _on_stage_editor_finished(self, _result: int) -> None:
        self.reload()
        if self.stage_editor is not None:
            self.stage_editor.deleteLater()
            self.stage_editor = None
