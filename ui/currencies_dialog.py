"""File ▸ Currencies and Exchange Rates…: the home currency totals are added up in, and the rates (app/currencies.py):
each currency's newest, a rate typed for a day, one removed, and the European Central Bank's CSV file imported
as downloaded (off the UI thread: the whole history is 190,000 rates). Each change is one undoable operation.

    CurrenciesDialog(services, parent).open()
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.currencies import Rate, RatesImport
from app.errors import RapportError
from app.services import Services
from ui.detail.inline_field import error_color
from ui.focus_return import enter_stays_in_its_field
from ui.operations.operation import Op
from ui.pipeline import look
from ui.said import in_words

RateRole = Qt.ItemDataRole.UserRole
# Offered first in the home currency's list; any ISO 4217 code can be typed.
COMMON = ("EUR", "USD", "GBP", "CHF", "CNY", "JPY", "RUB", "UAH", "BGN", "PLN", "CZK", "SEK", "NOK", "DKK", "CAD",
          "AUD", "INR", "BRL")


class CurrenciesDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Currencies and Exchange Rates"))
        intro = QLabel(self.tr(
            "Totals over deals in several currencies are added up in the home currency, each deal at the rate"
            " of its date. Rates are units of a currency one euro buys, as the European Central Bank publishes"
            " them."))
        intro.setWordWrap(True)

        self.home = QComboBox()
        self.home.setEditable(True)
        self.home.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.home.setAccessibleName(self.tr("Home currency"))
        self.home.addItems(list(COMMON))
        self.home.setCurrentText(services.currencies.home())
        self.home_button = QPushButton(self.tr("&Use"))
        self.home_button.clicked.connect(self._on_home_button_clicked)
        home_row = QHBoxLayout()
        home_row.addWidget(self.home, 1)
        home_row.addWidget(self.home_button)
        form = QFormLayout()
        form.addRow(self.tr("&Home currency:"), home_row)
        label = form.labelForField(home_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.home)

        self.rates = QTreeWidget()
        self.rates.setObjectName("rates")
        self.rates.setAccessibleName(self.tr("Exchange rates"))
        self.rates.setHeaderLabels([self.tr("Currency"), self.tr("Units per euro"), self.tr("Date"),
                                    self.tr("From")])
        self.rates.setRootIsDecorated(False)
        self.rates.setUniformRowHeights(True)
        self.rates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rates.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rates.currentItemChanged.connect(self._on_rates_current_item_changed)

        self.currency = QLineEdit()
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.setPlaceholderText("USD")
        self.currency.setMaxLength(3)
        self.currency.textEdited.connect(self._on_currency_text_edited)
        self.rate = QLineEdit()
        self.rate.setAccessibleName(self.tr("Units per euro"))
        self.rate.setPlaceholderText("1.0812")
        self.day = QDateEdit()
        self.day.setAccessibleName(self.tr("Date"))
        self.day.setCalendarPopup(True)
        today = services.clock.now().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.set_button = QPushButton(self.tr("&Set Rate"))
        self.set_button.clicked.connect(self._on_set_button_clicked)
        self.rate.returnPressed.connect(self._on_set_button_clicked)
        self.currency.returnPressed.connect(self._on_set_button_clicked)
        typed = QHBoxLayout()
        rate_label = QLabel(self.tr("&Rate of"))
        rate_label.setBuddy(self.currency)
        for widget in (rate_label, self.currency, self.rate, QLabel(self.tr("to one euro, from")), self.day,
                       self.set_button):
            typed.addWidget(widget)
        self.remove_button = QPushButton(self.tr("Remo&ve the Rate"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.import_button = QPushButton(self.tr("&Import the ECB's File…"))
        self.import_button.setToolTip(self.tr(
            "eurofxref.csv or eurofxref-hist.csv from the European Central Bank's site, unzipped"))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)

        self.status = QLabel()
        self.status.setObjectName("currenciesStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.rates, 1)
        layout.addLayout(typed)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        enter_stays_in_its_field(self)  # Enter: Use in the home currency, Set Rate in a rate
        home_editor = self.home.lineEdit()
        if home_editor is not None:
            home_editor.returnPressed.connect(self._on_home_button_clicked)
        line = self.fontMetrics().height()
        self.resize(line * 34, line * 30)
        self.reload()

    # --- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        current = self._current_rate()
        self.rates.clear()
        for rate in self._services.currencies.latest_rates():
            item = QTreeWidgetItem([rate.currency, QLocale().toString(rate.per_euro, "g", 8),
                                    look.short_date(rate.day), self._source_text(rate.source)])
            item.setData(0, RateRole, rate)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rates.addTopLevelItem(item)
            if current is not None and rate.currency == current.currency:
                self.rates.setCurrentItem(item)
        self.remove_button.setEnabled(self._current_rate() is not None)
        if self.rates.topLevelItemCount() == 0:
            self.say(self.tr("No rates yet: type one below, or import the European Central Bank's file."))

    def _current_rate(self) -> Rate | None:
        item = self.rates.currentItem()
        found = item.data(0, RateRole) if item is not None else None
        return found if isinstance(found, Rate) else None

    def _source_text(self, source: str) -> str:
        return self.tr("the ECB") if source == "ecb" else self.tr("typed")

    def say(self, text: str, *, problem: bool = False) -> None:
        palette = self.status.palette()
        palette.setColor(self.status.foregroundRole(), error_color(self.palette()) if problem
                         else self.palette().color(self.palette().ColorRole.WindowText))
        self.status.setPalette(palette)
        self.status.setText(text)

    def _say_error(self, error: Exception) -> None:
        self.say(in_words(error), problem=True)

    # --- writing ----------------------------------------------------------------------------

    def _on_home_button_clicked(self) -> None:
        code = self.home.currentText().strip().upper()
        Op(self, self._services, self.tr("Use %1 as the home currency").replace("%1", code),
           lambda services: services.currencies.set_home(code)) \
            .success(self._on_home_set).failure(self._say_error, (RapportError,)).run(initiator=self)

    def _on_home_set(self, result: object) -> None:
        code = self._services.currencies.home()
        self.home.setCurrentText(code)
        self.say(self.tr("Totals are added up in %1.").replace("%1", code))

    def _on_set_button_clicked(self) -> None:
        code, text = self.currency.text().strip().upper(), self.rate.text().strip()
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        Op(self, self._services, self.tr("Set the rate of %1").replace("%1", code),
           lambda services: services.currencies.set_rate(code, text, day)) \
            .success(self._on_rate_set).failure(self._say_error, (RapportError,)).run(initiator=self)

    def _on_rate_set(self, result: object) -> None:
        rate = getattr(result, "value", None)
        self.reload()
        if isinstance(rate, Rate):
            self.say(self.tr("One euro buys %1 %2 from %3.").replace("%1", QLocale().toString(rate.per_euro, "g", 8))
                     .replace("%2", rate.currency).replace("%3", look.short_date(rate.day)))
        self.rate.clear()
        self.currency.setFocus(Qt.FocusReason.OtherFocusReason)
        self.currency.selectAll()  # the next code typed replaces this one (the field holds three letters)

    def _on_remove_button_clicked(self) -> None:
        rate = self._current_rate()
        if rate is None:
            return
        Op(self, self._services, self.tr("Remove the rate of %1").replace("%1", rate.currency),
           lambda services: services.currencies.remove_rate(rate.currency, rate.day)) \
            .success(lambda _result: self.reload()).failure(self._say_error, (RapportError,)).run(initiator=self)

    def _on_import_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import the ECB's Rates"), folder,
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        self.say(self.tr("Reading %1…").replace("%1", path.name))
        self.import_button.setEnabled(False)
        Op(self, self._services, self.tr("Import the rates of %1").replace("%1", path.name),
           lambda services: services.currencies.import_ecb(path)) \
            .success(self._on_imported).failure(self._on_import_failed, (RapportError,)).run(initiator=self)

    def _on_imported(self, result: object) -> None:
        self.import_button.setEnabled(True)
        self.reload()
        report = getattr(result, "value", None)
        if not isinstance(report, RatesImport):
            return
        locale = QLocale()
        text = self.tr("%1 days of %2 currencies read: %3 rates added, %4 changed.").replace(
            "%1", locale.toString(report.days)).replace("%2", locale.toString(len(report.currencies))).replace(
            "%3", locale.toString(report.added)).replace("%4", locale.toString(report.changed))
        if report.left_out:
            shown = [in_words(reason) for reason in report.left_out[:5]]
            more = len(report.left_out) - len(shown)
            if more:
                shown.append(look.count_text(self.tr("and %n more left out", "", more), more))
            text = "\n".join([text, *shown])
        self.say(text, problem=bool(report.left_out))

    def _on_import_failed(self, error: Exception) -> None:
        self.import_button.setEnabled(True)
        self._say_error(error)

    def _on_currency_text_edited(self, text: str) -> None:
        if text != text.upper():  # codes are written in capitals: usd reads USD as it is typed
            position = self.currency.cursorPosition()
            self.currency.setText(text.upper())
            self.currency.setCursorPosition(position)

    def _on_rates_current_item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        rate = current.data(0, RateRole) if current is not None else None
        self.remove_button.setEnabled(isinstance(rate, Rate))
        if isinstance(rate, Rate):  # ready to type the currency's rate of another day
            self.currency.setText(rate.currency)
