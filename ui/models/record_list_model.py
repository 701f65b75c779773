"""A table model over a list query (app/contact_list.py), read lazily page by page.

data() reads the page of PAGE_SIZE rows that holds the row asked for and caches it. The first page
comes from one top-N query (fast however the list is sorted); the full id order is read only when the
user scrolls past it, once per sort or filter, after which every page is a look-up by id.

rowCount() is the whole count. A first page shorter than PAGE_SIZE is the count; a full one is counted off
the UI thread where the list has a counter (`count_with`), the rows after the first page joining when the
count comes back — counting a million names for a one-letter filter took 0.2-0.3 s, while its first page
was there in a few milliseconds — and at once otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
)

from app.contact_list import Condition, ListQuery, Row
from app.custom_fields import YES, FieldDefinition
from app.list_names import CUSTOM_PREFIX
from ui.qt_dates import qdate

Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole + 1})
PAGE_SIZE = 200
MAX_CACHED_PAGES = 50  # 10,000 rows: enough to scroll back and forth without re-reading
# Runs a count off the UI thread: the function to run there, and the slot to hand its result to (a method of
# the model, so a model gone by then is not called).
Counter = Callable[[Callable[[], object], Callable[[object], None]], None]


class RecordListModel(QAbstractTableModel):
    """Subclasses set `headers` (one per query column, in order) and the index of the date column. The
    kind's custom fields follow as columns of their own (set_custom_fields), sorted in SQL too."""

    UidRole = Qt.ItemDataRole.UserRole + 1
    headers: tuple[object, ...] = ()  # marked with QT_TRANSLATE_NOOP, translated when shown
    # The query's other fields a list can be filtered by (app/contact_list.py ListQuery.fields), by name, and
    # the kind of value each holds ("text", "date"): marked as `headers` are.
    field_titles: dict[str, object] = {}  # noqa: RUF012
    field_types: dict[str, str] = {}  # noqa: RUF012
    date_column = -1

    def __init__(self, query: ListQuery, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = query
        self._sort_column = "name"
        self._descending = False
        self._filter = ""
        self._tag = ""
        self._count = 0
        self._counted = True  # False while a full first page waits for its count
        self._counter: Counter | None = None
        self._generation = 0  # each load's: a count that comes back for an earlier one is dropped
        self._first: list[Row] = []
        self._ids: list[int] | None = None
        self._pages: dict[int, list[Row]] = {}
        self._custom: list[FieldDefinition] = []
        self._load()

    # --- what is listed --------------------------------------------------------------------------

    def count_with(self, counter: Counter) -> None:
        """Count full lists off the UI thread from now on (ui/views/record_list.py gives the window's reads)."""
        self._counter = counter

    @property
    def counted(self) -> bool:
        """Whether rowCount() is the whole count (False until a full first page's count comes back)."""
        return self._counted

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str, tag: str = "") -> None:
        if (text, tag) != (self._filter, self._tag):
            self._filter, self._tag = text, tag
            self.reload()

    @property
    def sort_column(self) -> str:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def custom_fields(self) -> list[FieldDefinition]:
        return list(self._custom)

    def set_custom_fields(self, fields: list[FieldDefinition]) -> bool:
        """The custom fields to list after the fixed columns, in order; False when they are those already."""
        if fields == self._custom:
            return False
        self.beginResetModel()
        self._custom = list(fields)
        ids = self._query.field_ids([f.key for f in fields])
        self._query.set_custom([(ids[f.key], f.key, f.field_type) for f in fields if f.key in ids])
        if self._sort_column not in self._query.columns:
            self._sort_column, self._descending = "name", False  # the field sorted by went
        kept = [c for c in self._query.conditions if c[0] in self._query.filterable()]
        if len(kept) != len(self._query.conditions):
            self._query.set_conditions(kept, match_any=self._query.match_any)  # (one on a field that went goes)
        self._load()
        self.endResetModel()
        return True

    @property
    def conditions(self) -> tuple[Condition, ...]:
        return self._query.conditions

    @property
    def match_any(self) -> bool:
        return self._query.match_any

    def set_conditions(self, conditions: list[Condition], *, match_any: bool = False) -> None:
        """Rows only where each (column, operator, value) holds, or any one (`match_any`), in SQL
        (app/contact_list.py)."""
        if (tuple(conditions), match_any) != (self._query.conditions, self._query.match_any):
            self._query.set_conditions(conditions, match_any=match_any)
            self.reload()

    def column_name(self, column: int) -> str:
        """The query's name of a column ("city", "custom:budget"); "" past the last."""
        field = self.custom_field(column)
        if field is not None:
            return CUSTOM_PREFIX + field.key
        names = self._query.sort_columns
        return names[column] if 0 <= column < min(len(names), len(self.headers)) else ""

    def custom_field(self, column: int) -> FieldDefinition | None:
        offset = column - len(self.headers)
        return self._custom[offset] if 0 <= offset < len(self._custom) else None

    def reload(self) -> None:
        """Read the list again (after a change to the records, or a new sort or filter)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def uid(self, row: int) -> str | None:
        record = self._row(row)
        return record[0] if record else None

    def row_of(self, uid: str) -> int:
        """Where the record is listed under the current sort and filter; -1 when it is not."""
        for row, record in enumerate(self._first):
            if record[0] == uid:
                return row
        if self._counted and self._count <= len(self._first):
            return -1
        record_id = self._query.id_of(uid)
        if record_id is None:
            return -1
        if self._ids is None:
            self._ids = self._query.ids(self._sort_column, self._descending, self._filter, self._tag)
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def _load(self) -> None:
        self._ids = None
        self._pages = {}
        self._generation += 1
        self._first = self._query.page(0, PAGE_SIZE, self._sort_column, self._descending, self._filter, self._tag)
        if len(self._first) < PAGE_SIZE:
            self._count, self._counted = len(self._first), True
        elif self._counter is None:
            self._count, self._counted = self._query.count(self._filter, self._tag), True
        else:
            self._count, self._counted = len(self._first), False
            query, generation, text, tag = self._query, self._generation, self._filter, self._tag
            self._counter(lambda: (generation, query.count(text, tag)), self._on_counted)

    def _on_counted(self, answer: object) -> None:
        """A full first page's count, back from the counter: the rows after it join the list."""
        generation, count = answer if isinstance(answer, tuple) else (-1, 0)
        if generation != self._generation or self._counted:
            return
        self._counted = True
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()

    def _row(self, row: int) -> Row | None:
        number, within = divmod(row, PAGE_SIZE)
        page = self._first if number == 0 else self._page(number)
        return page[within] if within < len(page) else None

    def _page(self, number: int) -> list[Row]:
        page = self._pages.get(number)
        if page is None:
            if self._ids is None:
                self._ids = self._query.ids(self._sort_column, self._descending, self._filter, self._tag)
            if len(self._pages) >= MAX_CACHED_PAGES:
                self._pages.pop(next(iter(self._pages)))  # the oldest read
            page = self._query.rows(self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE])
            self._pages[number] = page
        return page

    # --- QAbstractItemModel ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers) + len(self._custom)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask every cell for half a dozen roles on each paint: the ones not shown answer first.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < self._count:
            return None
        record = self._row(index.row())
        if record is None:
            return None
        column = index.column()
        if role == self.UidRole:
            return record[0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            at = column + 1 if column < len(self.headers) else (
                len(type(self._query).columns) + column - len(self.headers) + 1)  # (after the query's own)
            value = record[at] if at < len(record) else ""
            if column == self.date_column and value:
                return self._date_text(value, long=role == Qt.ItemDataRole.ToolTipRole)
            if column >= len(self.headers) and value:
                return self._custom_text(self._custom[column - len(self.headers)], value)
            return value
        return None

    def field_title(self, name: str) -> str:
        """A field's name as the user reads it ("" for a name that is no field of the list's)."""
        title = self.field_titles.get(name)
        return self.tr(str(title)) if title is not None else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.tr(str(self.headers[section]))
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section - len(self.headers) < len(self._custom):
            return self._custom[section - len(self.headers)].label
        return None

    @staticmethod
    def _custom_text(field: FieldDefinition, value: str) -> str:
        """A custom field's value as a list cell shows it: money and dates the user's way, a checkbox ticked."""
        if field.field_type == "checkbox":
            return "✓" if value == YES else ""
        if field.field_type == "date":
            try:
                return QLocale().toString(qdate(datetime.fromisoformat(value).date()), QLocale.FormatType.ShortFormat)
            except ValueError:
                return value
        if field.field_type == "money":
            from ui.detail.custom_fields import money_text

            return money_text(value)
        return value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.column_name(column) or "name"  # -1: back to the natural order
        descending = order == Qt.SortOrder.DescendingOrder and bool(self.column_name(column))
        if (name, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = name, descending
        self.reload()

    @staticmethod
    def _date_text(value: str, *, long: bool) -> str:
        # Stored as naive UTC "YYYY-MM-DD HH:MM:SS"; lists show the local short date (UI.md 10).
        # Python's fromisoformat, not QDateTime.fromString: that parsed its format on each of the
        # list's 50 visible rows (0.2 ms each, on every keystroke of the filter).
        try:
            parsed = datetime.fromisoformat(value[:19])
        except ValueError:
            return value
        clock = QTime(parsed.hour, parsed.minute, parsed.second, parsed.microsecond // 1000)
        moment = QDateTime(qdate(parsed.date()), clock, QTimeZone.utc())
        local = moment.toLocalTime()
        fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
        return QLocale().toString(local if long else local.date(), fmt)
