"""Qt models of the import wizard: the chosen files, a CSV file's column mapping, the preview of the
records, and the rejected records of the result. Each adapts a plain list; none touches the database."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.custom_fields import FieldDefinition
from app.formats import csv_contacts, detect
from app.import_plan import ChosenFile, PreviewRow
from app.importing import RejectedRecord
from ui.qt_abc import QABCMeta
from ui.said import in_words

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


# lupdate reads only translate("Context", "literal") calls: a helper taking a variable hides the text.
translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    return {
        detect.VCARD: translate("ImportWizard", "Contacts (vCard)"),
        detect.CSV: translate("ImportWizard", "Contacts (CSV)"),
        detect.ICALENDAR: translate("ImportWizard", "Calendar (iCalendar)"),
        detect.EMPTY: translate("ImportWizard", "Empty"), detect.UNKNOWN: translate("ImportWizard", "Unknown"),
        "contact": translate("ImportWizard", "Contact"), "company": translate("ImportWizard", "Company"),
        "meeting": translate("ImportWizard", "Meeting"), "task": translate("ImportWizard", "Task"),
        "note": translate("ImportWizard", "Note"), "deal": translate("ImportWizard", "Deal"),
    }.get(kind, kind)


class _ListModel(QAbstractTableModel, Generic[T], metaclass=QABCMeta):
    """A read-only table over a list of plain objects; subclasses say what each cell shows."""

    def __init__(self, items: Sequence[T] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[T] = list(items)

    @abstractmethod
    def headers(self) -> tuple[str, ...]:
        """The column titles."""

    @abstractmethod
    def cell(self, item: T, column: int, role: int) -> Any:
        """What `item` shows in `column` for `role` (None: nothing)."""

    def items(self) -> list[T]:
        return list(self._items)

    def item(self, row: int) -> T:
        return self._items[row]

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        return self.cell(self._items[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        return None


class FilesModel(_ListModel[ChosenFile]):
    NAME, KIND, SIZE, NOTE = range(4)

    def headers(self) -> tuple[str, ...]:
        return (translate("ImportWizard", "File"), translate("ImportWizard", "Contains"),
                translate("ImportWizard", "Size"), translate("ImportWizard", "Note"))

    def add(self, files: Sequence[ChosenFile]) -> None:
        known = {f.path for f in self._items}
        fresh = [f for f in files if f.path not in known]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(fresh) - 1)
            self._items.extend(fresh)
            self.endInsertRows()

    def remove(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._items):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()

    def cell(self, item: ChosenFile, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return item.path.name
            if column == self.KIND:
                return kind_label(item.kind)
            if column == self.SIZE:
                return QLocale().formattedDataSize(item.size)
            if column == self.NOTE:
                if item.problem:
                    return in_words(item.problem)
                if item.needs_mapping:
                    return translate("ImportWizard", "Columns to match up on the next page")
                return ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return str(item.path)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NOTE and item.problem:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return _ALIGN_NUMBER
        return None


# --- column mapping ---------------------------------------------------------------------------------

EXTRA, SKIP = "extra", ""  # a column kept as an extra property (not in the mapping) / left out ("")


def field_labels(custom: Sequence[FieldDefinition] = ()) -> dict[str, str]:
    """What each target of a column is called on screen, in the order the combo box lists them; the
    contacts' `custom` fields last."""
    labels = {
        EXTRA: translate("ImportWizard", "Keep as an extra field"), SKIP: translate("ImportWizard", "Leave out"),
        "display_name": translate("ImportWizard", "Full name"), "given": translate("ImportWizard", "First name"),
        "additional": translate("ImportWizard", "Middle name"), "family": translate("ImportWizard", "Last name"),
        "prefix": translate("ImportWizard", "Name prefix (Mr, Dr)"),
        "suffix": translate("ImportWizard", "Name suffix (Jr)"), "nickname": translate("ImportWizard", "Nickname"),
        "email": translate("ImportWizard", "E-mail"), "phone": translate("ImportWizard", "Phone"),
        "organisation": translate("ImportWizard", "Company"), "job_title": translate("ImportWizard", "Job title"),
        "department": translate("ImportWizard", "Department"), "street": translate("ImportWizard", "Street"),
        "locality": translate("ImportWizard", "City"), "region": translate("ImportWizard", "State or region"),
        "postal_code": translate("ImportWizard", "Postal code"), "country": translate("ImportWizard", "Country"),
        "po_box": translate("ImportWizard", "PO box"), "extended": translate("ImportWizard", "Address line 2"),
        "url": translate("ImportWizard", "Website"), "birthday": translate("ImportWizard", "Birthday"),
        "anniversary": translate("ImportWizard", "Anniversary"), "date": translate("ImportWizard", "Other date"),
        "related": translate("ImportWizard", "Related person"), "notes": translate("ImportWizard", "Notes"),
        "tags": translate("ImportWizard", "Tags"),
    }
    missing = set(csv_contacts.FIELDS) - set(labels)
    labels.update({name: name for name in sorted(missing)})  # a field added to the reader still shows
    labels.update({csv_contacts.CUSTOM_TARGET + d.key: translate("ImportWizard", "Custom field: %1").replace(
        "%1", d.label) for d in custom})
    return labels


class MappingModel(QAbstractTableModel):
    """One CSV file's columns: the header, an example value, and the field it goes to (editable)."""

    COLUMN, EXAMPLE, TARGET = range(3)
    TargetRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, chosen: ChosenFile, mapping: dict[str, str], parent: Any = None,
                 custom: Sequence[FieldDefinition] = ()) -> None:
        super().__init__(parent)
        self.chosen = chosen
        self._targets = [mapping.get(name, EXTRA) for name in chosen.header]
        self._labels = field_labels(custom)

    def labels(self) -> dict[str, str]:
        """{target: what it is called}: every field a column can go to, the contacts' custom fields too."""
        return dict(self._labels)

    def mapping(self) -> dict[str, str]:
        """{column: field} as ImportService takes it; columns kept as extras are not listed."""
        return {name: target for name, target in zip(self.chosen.header, self._targets, strict=True)
                if target != EXTRA}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.chosen.header)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section >= 3:
                return None
            return (translate("ImportWizard", "Column in the file"), translate("ImportWizard", "Example"),
                    translate("ImportWizard", "Import as"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.TARGET else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._targets):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COLUMN:
                return self.chosen.header[row]
            if column == self.EXAMPLE:
                values = [s[row] for s in self.chosen.samples if row < len(s) and s[row].strip()]
                return " · ".join(values) if role == Qt.ItemDataRole.DisplayRole else "\n".join(values)
            return self._labels.get(self._targets[row], self._targets[row])
        if role in (Qt.ItemDataRole.EditRole, self.TargetRole) and column == self.TARGET:
            return self._targets[row]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != self.TARGET or role != Qt.ItemDataRole.EditRole
                or value not in self._labels or index.row() >= len(self._targets)):
            return False
        if self._targets[index.row()] != value:
            self._targets[index.row()] = str(value)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


class TargetDelegate(QStyledItemDelegate):
    """A combo box of the fields a column can go to; it writes the choice as soon as it changes."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        labels = model.labels() if isinstance(model, MappingModel) else field_labels()
        for key, label in labels.items():
            combo.addItem(label, key)
        combo.setAccessibleName(translate("ImportWizard", "Import as"))
        combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.blockSignals(True)
            editor.setCurrentIndex(max(found, 0))
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _on_combo_current_index_changed(self, _row: int) -> None:
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)


# --- preview and result -----------------------------------------------------------------------------


class PreviewModel(_ListModel[PreviewRow]):
    FILE, RECORD, LINE, KIND, NAME, PROBLEMS = range(6)
    ProblemRole = Qt.ItemDataRole.UserRole + 1  # True when the record has a problem

    def headers(self) -> tuple[str, ...]:
        return (translate("ImportWizard", "File"), translate("ImportWizard", "Record"),
                translate("ImportWizard", "Line"), translate("ImportWizard", "Type"),
                translate("ImportWizard", "Name"), translate("ImportWizard", "Problems"))

    def cell(self, item: PreviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FILE:
                return item.file
            if column == self.RECORD:
                return QLocale().toString(item.number)
            if column == self.LINE:
                return QLocale().toString(item.line)
            if column == self.KIND:
                return kind_label(item.kind) if item.kind else "—"
            if column == self.NAME:
                return item.name or "—"
            if column == self.PROBLEMS:
                text = "; ".join(in_words(problem) for problem in item.problems)
                if item.rejected:
                    return translate("ImportWizard", "Will not be imported: %1").replace("%1", text)
                return text
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROBLEMS and item.problems:
            return "\n".join(in_words(problem) for problem in item.problems)
        if role == Qt.ItemDataRole.DecorationRole and column == self.PROBLEMS and item.problems:
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical if item.rejected else (
                QStyle.StandardPixmap.SP_MessageBoxWarning)
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.RECORD, self.LINE):
            return _ALIGN_NUMBER
        if role == self.ProblemRole:
            return bool(item.problems)
        return None


class ProblemFilter(QSortFilterProxyModel):
    """Shows every record, or only those with a problem."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._only_problems = False

    def set_only_problems(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_problems = only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._only_problems:
            return True
        source = self.sourceModel()
        return bool(source.data(source.index(source_row, 0, source_parent), PreviewModel.ProblemRole))


class RejectedModel(_ListModel[RejectedRecord]):
    FILE, RECORD, LINE, REASON = range(4)

    def headers(self) -> tuple[str, ...]:
        return (translate("ImportWizard", "File"), translate("ImportWizard", "Record"),
                translate("ImportWizard", "Line"), translate("ImportWizard", "Reason"))

    def cell(self, item: RejectedRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.REASON:
                return in_words(item.reason)
            return (item.file, QLocale().toString(item.number), QLocale().toString(item.line))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return in_words(item.reason)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.RECORD, self.LINE):
            return _ALIGN_NUMBER
        return None
