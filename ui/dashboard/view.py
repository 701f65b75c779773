"""The dashboard: where the pipeline and the period stand, at a glance (issue 5, point 5).

Top: the pipeline and period choosers and "Print report (PDF)…". Then four KPI tiles (win rate, average
days to close, open pipeline, overdue tasks), the funnel of open deals by stage, the forecast by month
(one currency at a time: amounts in different currencies are never added), activities per week, and the
oldest overdue tasks. Everything comes from one DashboardQuery.load (app/dashboard.py) per reload.

Without any deal the dashboard says so and offers "New deal…" instead of empty charts (UI.md 7).
The choices are remembered in the QSettings passed in, under `dashboard/`.

Signals (DashboardView):
    open_record(str, str)  kind and uid to open: ("stage", stage uid) when a funnel stage is clicked,
                           ("task", task uid) when an overdue task is activated
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, QLocale, QModelIndex, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.dashboard import ACTIVITY_KINDS, ALL_IN_HOME, PERIOD_KINDS, Dashboard, Period
from app.services import Services
from app.validation import minor_digits
from ui.dashboard import texts
from ui.dashboard.charts import BarChart, BarData, FunnelChart, FunnelData, FunnelRow, Series
from ui.dashboard.overdue_model import OverdueTasksModel
from ui.dashboard.panels import ChartPanel, KpiTile, Table, file_stem
from ui.dashboard.report import write_report
from ui.detail.sheets import DealSheet
from ui.pipeline import look

CONTENT, EMPTY = 0, 1
FUNNEL_CURRENCIES = 2  # currencies written beside a funnel bar; the rest are in its tooltip and the CSV


class DashboardView(QWidget):
    open_record = Signal(str, str)

    def __init__(self, services: Services, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self._services = services
        self._settings = settings
        self.query = services.queries.dashboard()
        self.data: Dashboard | None = None

        # --- choosers ---
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setAccessibleName(self.tr("Pipeline"))
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period"))
        names = {"month": self.tr("This month"), "quarter": self.tr("This quarter"), "year": self.tr("This year"),
                 "last12": self.tr("Last 12 months"), "custom": self.tr("Custom range")}
        for kind in PERIOD_KINDS:
            self.period_combo.addItem(names[kind], kind)
        self.first_edit = QDateEdit()
        self.last_edit = QDateEdit()
        for edit, name in ((self.first_edit, self.tr("From")), (self.last_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        self.period_label = QLabel()
        self.period_label.setEnabled(False)
        self.print_button = QPushButton(self.tr("Print report (PDF)…"))
        self.print_button.setToolTip(self.tr("Write the whole dashboard to a PDF file"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        pipeline_label = QLabel(self.tr("&Pipeline"))
        pipeline_label.setBuddy(self.pipeline_combo)
        period_label = QLabel(self.tr("Peri&od"))  # (Alt+E is the Edit menu)
        period_label.setBuddy(self.period_combo)
        self.choosers = QWidget()
        bar = QHBoxLayout(self.choosers)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (pipeline_label, self.pipeline_combo, period_label, self.period_combo, self.first_edit,
                       self.last_edit, self.period_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)

        # --- tiles ---
        self.win_tile = KpiTile(self.tr("Win rate"))
        self.days_tile = KpiTile(self.tr("Average days to close"))
        self.open_tile = KpiTile(self.tr("Open pipeline"))
        self.overdue_tile = KpiTile(self.tr("Overdue tasks"))
        tiles = QHBoxLayout()
        for tile in (self.win_tile, self.days_tile, self.open_tile, self.overdue_tile):
            tiles.addWidget(tile, 1)

        # --- charts ---
        self.funnel_panel = ChartPanel(self.tr("Open deals by stage"), FunnelChart(), self._funnel_numbers,
                                       clickable=True)
        self.funnel_panel.item_clicked.connect(self._on_funnel_item_clicked)
        self.forecast_panel = ChartPanel(self.tr("Forecast by month"), BarChart(), self._forecast_numbers)
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        self.currency_combo.setToolTip(self.tr(
            "One currency's deals, or (with a home currency and rates) every currency added up in the home one"))
        self.forecast_panel.add_header_widget(self.currency_combo)
        self.activity_panel = ChartPanel(self.tr("Activities per week"), BarChart(), self._activity_numbers)

        # --- overdue tasks ---
        self.overdue_model = OverdueTasksModel(self)
        self.overdue_view = QTreeView()
        self.overdue_view.setModel(self.overdue_model)
        self.overdue_view.setRootIsDecorated(False)
        self.overdue_view.setUniformRowHeights(True)
        self.overdue_view.setAlternatingRowColors(True)
        self.overdue_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdue_view.setAccessibleName(self.tr("Oldest overdue tasks"))
        header = self.overdue_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.overdue_view.activated.connect(self._on_overdue_view_activated)
        self.overdue_title = QLabel(self.tr("Oldest overdue tasks"))
        bold = QFont(self.overdue_title.font())
        bold.setBold(True)
        self.overdue_title.setFont(bold)
        self.overdue_note = QLabel()
        self.overdue_note.setEnabled(False)
        self.overdue_note.setWordWrap(True)
        overdue_box = QFrame()
        overdue_box.setFrameShape(QFrame.Shape.StyledPanel)
        overdue_layout = QVBoxLayout(overdue_box)
        overdue_layout.addWidget(self.overdue_title)
        overdue_layout.addWidget(self.overdue_note)
        overdue_layout.addWidget(self.overdue_view, 1)

        grid = QGridLayout()
        grid.addWidget(self.funnel_panel, 0, 0)
        grid.addWidget(self.forecast_panel, 0, 1)
        grid.addWidget(self.activity_panel, 1, 0)
        grid.addWidget(overdue_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(tiles)
        content_layout.addLayout(grid, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        # --- empty state ---
        self.empty_title = QLabel(self.tr("No deals yet"))
        big = QFont(self.empty_title.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.empty_title.setFont(big)
        self.empty_text = QLabel(self.tr(
            "The dashboard shows your open pipeline, the forecast by month, your win rate and how busy the "
            "weeks were once there are deals. Add your first deal — or create deals from an account or a "
            "contact's page — and come back here."))
        self.empty_text.setWordWrap(True)
        width = self.fontMetrics().averageCharWidth() * 70
        self.empty_text.setFixedWidth(width)
        # A centred word-wrapped label in a box layout is not given its height-for-width: say it.
        self.empty_text.setMinimumHeight(self.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), self.empty_text.text()).height())
        self.new_deal_button = QPushButton(self.tr("New deal…"))
        self.new_deal_button.clicked.connect(self._on_new_deal_button_clicked)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        for part in (self.empty_title, self.empty_text, self.new_deal_button):
            empty_layout.addWidget(part, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll_area)
        self.stack.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choosers)
        layout.addWidget(self.stack, 1)

        self._restore_choices()
        self.pipeline_combo.activated.connect(self._on_choice_changed)
        self.period_combo.activated.connect(self._on_choice_changed)
        self.first_edit.dateChanged.connect(self._on_choice_changed)
        self.last_edit.dateChanged.connect(self._on_choice_changed)
        self.currency_combo.activated.connect(self._on_currency_combo_activated)
        self.reload()

    # --- loading ----------------------------------------------------------------------------

    def period(self) -> Period:
        kind = str(self.period_combo.currentData())
        if kind == "custom":
            first = cast(date, self.first_edit.date().toPython())
            last = cast(date, self.last_edit.date().toPython())
            return self.query.period(kind, min(first, last), max(first, last))
        return self.query.period(kind)

    def reload(self) -> None:
        """Read everything again (after a change elsewhere, or a new choice here)."""
        period = self.period()
        custom = period.kind == "custom"
        self.first_edit.setVisible(custom)
        self.last_edit.setVisible(custom)
        self.period_label.setVisible(not custom)
        self.period_label.setText(texts.period_text(period))
        week_start = QLocale().firstDayOfWeek().value  # Qt: Monday 1 .. Sunday 7, as ISO
        self.data = self.query.load(period, str(self.pipeline_combo.currentData() or "") or None,
                                    week_start=week_start)
        self._fill_pipelines()
        self.stack.setCurrentIndex(CONTENT if self.data.has_deals else EMPTY)
        self.choosers.setVisible(self.data.has_deals)  # nothing to choose between yet
        if not self.data.has_deals:
            return
        self._fill_currencies()
        self._show_tiles()
        self._show_funnel()
        self._show_forecast()
        self._show_activities()
        self._show_overdue()

    def _fill_pipelines(self) -> None:
        assert self.data is not None
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for pipeline in self._services.pipelines.list():
            self.pipeline_combo.addItem(pipeline.name, pipeline.uid)
        index = self.pipeline_combo.findData(self.data.pipeline_uid)
        self.pipeline_combo.setCurrentIndex(max(0, index))
        self.pipeline_combo.setEnabled(self.pipeline_combo.count() > 1)
        self.pipeline_combo.blockSignals(False)

    def _fill_currencies(self) -> None:
        assert self.data is not None
        chosen = str(self._settings.value("dashboard/currency", "") or "")  # what the user picked, if ever
        wanted = chosen or str(self.currency_combo.currentData() or "")
        self.currency_combo.blockSignals(True)
        self.currency_combo.clear()
        if self.data.home and self.data.home_forecast and set(self.data.currencies) - {self.data.home}:
            # Every currency added up in the home one, each deal at its date's rate: first, the default.
            self.currency_combo.addItem(self.tr("All, in %1 ≈").replace("%1", self.data.home), ALL_IN_HOME)
            if not chosen:
                wanted = ALL_IN_HOME
        for currency in self.data.currencies:
            self.currency_combo.addItem(currency, currency)
        self.currency_combo.setCurrentIndex(max(0, self.currency_combo.findData(wanted)))
        self.currency_combo.setVisible(self.currency_combo.count() > 1)
        self.currency_combo.blockSignals(False)

    def currency(self) -> str:
        return str(self.currency_combo.currentData() or "")

    # --- showing ----------------------------------------------------------------------------

    def _show_tiles(self) -> None:
        assert self.data is not None
        closing = self.data.closing
        if closing.rate is None:
            self.win_tile.set("—", self.tr("No deal of this pipeline closed in the period"))
        else:
            self.win_tile.set(texts.percent(closing.rate), self.tr("%1 won · %2 lost").replace(
                "%1", QLocale().toString(closing.won)).replace("%2", QLocale().toString(closing.lost)))
        if closing.average_days_to_close is None:
            self.days_tile.set("—", self.tr("No deal won in the period"))
        else:
            self.days_tile.set(texts.days_text(closing.average_days_to_close),
                               look.count_text(self.tr("from creation to won, over %n deal(s)", "", closing.won),
                                               closing.won))
        money = self.data.open_pipeline()
        deals = sum(stage.deals for stage in self.data.funnel)
        converter = self._services.currencies.converter(self.data.today) if self.data.home else None
        total = converter.total([(currency, amount) for currency, _, amount in money]) if converter and money \
            else None
        if total is not None and total.converted and len(total.without_rate) < len(money):
            # Added up in the home currency at today's rates; each currency's own sum under it.
            lines = [texts.money(amount, currency) for currency, _, amount in money[:3]]
            if len(money) > 3:
                more = len(money) - 3
                lines.append(look.count_text(self.tr("and %n more currency(ies)", "", more), more))
            whole = 10 ** minor_digits(total.currency)  # an estimate: to whole units, as the board writes it
            self.open_tile.set(self.tr("≈ %1").replace("%1", texts.money(
                round(total.amount_minor / whole) * whole, total.currency)),
                               look.count_text(self.tr("%n open deal(s) now", "", deals), deals), lines)
        elif money:
            first, *others = money
            lines = [texts.money(total, currency) for currency, _, total in others[:2]]
            if len(others) > 2:
                more = len(others) - 2
                lines.append(look.count_text(self.tr("and %n more currency(ies)", "", more), more))
            self.open_tile.set(texts.money(first[2], first[0]),
                               look.count_text(self.tr("%n open deal(s) now", "", deals), deals), lines)
        else:
            self.open_tile.set(QLocale().toString(deals),
                               look.count_text(self.tr("%n open deal(s) now", "", deals), deals))
        count = self.data.overdue_count
        if count:
            oldest = self.data.overdue[0]
            self.overdue_tile.set(QLocale().toString(count),
                                  self.tr("The oldest was due %1").replace("%1", texts.day_text(oldest.due_date)))
        else:
            self.overdue_tile.set("0", self.tr("Nothing overdue"))

    def _show_funnel(self) -> None:
        assert self.data is not None
        rows = []
        converter = self._services.currencies.converter(self.data.today) if self.data.home else None
        for stage in self.data.funnel:
            amounts = [texts.compact_money(texts.major(total, currency), currency)
                       for currency, _, total in stage.amounts]
            shown = amounts[:FUNNEL_CURRENCIES]
            if len(amounts) > FUNNEL_CURRENCIES:
                shown.append(self.tr("+%1").replace("%1", QLocale().toString(len(amounts) - FUNNEL_CURRENCIES)))
            total = converter.total([(c, t) for c, _, t in stage.amounts]) if converter and stage.amounts else None
            if total is not None and total.converted and len(total.without_rate) < len(stage.amounts):
                # Added up in the home currency at today's rates (each currency's own sum in the tooltip).
                shown = [self.tr("≈ %1").replace("%1", texts.compact_money(
                    texts.major(total.amount_minor, total.currency), total.currency))]
                if total.without_rate:
                    shown.append(self.tr("+%1").replace("%1", QLocale().toString(len(total.without_rate))))
            value = " · ".join([look.count_text(self.tr("%n deal(s)", "", stage.deals), stage.deals), *shown])
            full = "\n".join(
                texts.money(total, currency) + " (" + look.count_text(self.tr("%n deal(s)", "", n), n) + ")"
                for currency, n, total in stage.amounts)
            tip = "\n".join(part for part in (
                self.tr("%1 — %2 % probability").replace("%1", stage.name).replace(
                    "%2", QLocale().toString(stage.probability)),
                look.count_text(self.tr("%n open deal(s)", "", stage.deals), stage.deals), full,
                self.tr("Click to open this stage on the board")) if part)
            rows.append(FunnelRow(stage.name, stage.deals, value, tip))
        chart = self.funnel_panel.chart
        assert isinstance(chart, FunnelChart)
        chart.data = FunnelData(rows, self.tr("No open deals in this pipeline."))
        self.funnel_panel.chart_widget.set_lines(max(8.0, len(rows) * 2.2))
        self.funnel_panel.set_caption(self.tr("Now, whatever the period. Click a stage to open it."))
        self.funnel_panel.refresh()

    def forecast_data(self, currency: str) -> BarData:
        """The forecast chart's data for one currency (the view shows one; the report shows each)."""
        assert self.data is not None
        months = self.data.forecast_for(currency)
        all_in_home = currency == ALL_IN_HOME
        if all_in_home:
            currency = self.data.home
        spans_years = len({m.month[:4] for m in months}) > 1
        locale = QLocale()
        left_out = len(self.data.without_rate)
        without = look.count_text(self.tr("Not in it: %n currency(ies) with no rate (%1)", "", left_out), left_out) \
            .replace("%1", ", ".join(self.data.without_rate)) if left_out else ""

        def tooltip(index: int, _series: int) -> str:
            month = months[index]
            return "\n".join(line for line in (
                f"{texts.long_month(month.month)} · {currency}" + (" ≈" if all_in_home else ""),
                self.tr("Won: %1 (%2)").replace("%1", texts.money(month.won_minor, currency)).replace(
                    "%2", look.count_text(self.tr("%n deal(s)", "", month.won_deals), month.won_deals)),
                self.tr("Weighted forecast: %1 (%2, %3 in total)").replace(
                    "%1", texts.money(month.weighted_minor, currency)).replace(
                    "%2", look.count_text(self.tr("%n open deal(s)", "", month.open_deals), month.open_deals)).replace(
                    "%3", texts.money(month.open_minor, currency)),
                self.tr("Every currency with a rate, each deal at the rate of its date") if all_in_home else "",
                without if all_in_home else "",
            ) if line)

        return BarData(
            categories=[texts.month_label(m.month, spans_years) for m in months],
            series=[Series(self.tr("Won"), "won", [texts.major(m.won_minor, currency) for m in months]),
                    Series(self.tr("Weighted forecast"), "weighted",
                           [texts.major(m.weighted_minor, currency) for m in months])],
            axis_text=lambda value: texts.compact_money(value, currency, locale),
            tooltip=tooltip,
            empty_text=self.tr("Nothing won or expected to close in %1 in this period.").replace("%1", currency),
        )

    def _show_forecast(self) -> None:
        assert self.data is not None
        chart = self.forecast_panel.chart
        assert isinstance(chart, BarChart)
        currency = self.currency()
        if currency:
            chart.data = self.forecast_data(currency)
        else:
            chart.data = BarData([], [], empty_text=self.tr("No deal of this pipeline has an amount yet."))
        self.forecast_panel.set_caption(self.tr(
            "Open deals by expected close, weighted by probability, beside deals won in each month."))
        self.forecast_panel.refresh()

    def activity_data(self) -> BarData:
        assert self.data is not None
        weeks = self.data.activity_weeks
        today = self.data.today
        names = self._kind_names()

        def tooltip(index: int, _series: int) -> str:
            week = weeks[index]
            lines = [self.tr("Week of %1: %2").replace("%1", look.long_date(week.first_day)).replace(
                "%2", QLocale().toString(week.total))]
            lines += [f"{names[kind]}: {QLocale().toString(n)}" for kind, n in zip(ACTIVITY_KINDS, week.counts,
                                                                                    strict=True)]
            return "\n".join(lines)

        return BarData(
            categories=[texts.week_label(w.first_day, today) for w in weeks],
            series=[Series(names[kind], kind, [float(w.counts[i]) for w in weeks])
                    for i, kind in enumerate(ACTIVITY_KINDS)],
            stacked=True, whole=True,
            axis_text=texts.compact_number,
            tooltip=tooltip,
            empty_text=self.tr("No calls, meetings, e-mails or notes logged in this period yet."),
        )

    def _show_activities(self) -> None:
        chart = self.activity_panel.chart
        assert isinstance(chart, BarChart)
        chart.data = self.activity_data()
        self.activity_panel.set_caption(self.tr("All pipelines, up to today."))
        self.activity_panel.refresh()

    def _show_overdue(self) -> None:
        assert self.data is not None
        self.overdue_model.set_tasks(self.data.overdue)
        count = self.data.overdue_count
        if not count:
            self.overdue_note.setText(self.tr("No overdue tasks. Well done."))
        elif count > len(self.data.overdue):
            self.overdue_note.setText(self.tr("The oldest %1 of %2. Double-click one to open it.").replace(
                "%1", QLocale().toString(len(self.data.overdue))).replace("%2", QLocale().toString(count)))
        else:
            self.overdue_note.setText(self.tr("Double-click a task to open it."))
        self.overdue_view.setVisible(bool(count))

    def _kind_names(self) -> dict[str, str]:
        return {"call": self.tr("Calls"), "meeting": self.tr("Meetings"), "email": self.tr("E-mails"),
                "note": self.tr("Notes")}

    # --- numbers (CSV) ----------------------------------------------------------------------

    def _funnel_numbers(self) -> Table:
        assert self.data is not None
        currencies = sorted({c for stage in self.data.funnel for c, _, _ in stage.amounts})
        headers = [self.tr("Stage"), self.tr("Probability (%)"), self.tr("Open deals"),
                   *(self.tr("Amount %1").replace("%1", c) for c in currencies)]
        rows = []
        for stage in self.data.funnel:
            amounts = {c: total for c, _, total in stage.amounts}
            rows.append([stage.name, str(stage.probability), str(stage.deals),
                         *(texts.decimal_text(amounts.get(c, 0), c) for c in currencies)])
        return headers, rows

    def _forecast_numbers(self) -> Table:
        assert self.data is not None
        headers = [self.tr("Month"), self.tr("Currency"), self.tr("Open deals"), self.tr("Open amount"),
                   self.tr("Weighted forecast"), self.tr("Won deals"), self.tr("Won amount")]
        rows = [[m.month, m.currency, str(m.open_deals), texts.decimal_text(m.open_minor, m.currency),
                 texts.decimal_text(m.weighted_minor, m.currency), str(m.won_deals),
                 texts.decimal_text(m.won_minor, m.currency)]
                for currency in self.data.currencies for m in self.data.forecast_for(currency)]
        return headers, rows

    def _activity_numbers(self) -> Table:
        assert self.data is not None
        names = self._kind_names()
        headers = [self.tr("Week starting"), *(names[k] for k in ACTIVITY_KINDS), self.tr("Total")]
        rows = [[w.first_day.isoformat(), *(str(n) for n in w.counts), str(w.total)]
                for w in self.data.activity_weeks]
        return headers, rows

    # --- the report -------------------------------------------------------------------------

    def print_pdf(self, path: str | Path) -> int:
        """Write the dashboard as a PDF report; returns its page count."""
        assert self.data is not None
        pages = write_report(self, path)
        for panel in (self.funnel_panel, self.forecast_panel, self.activity_panel):
            panel.refresh()  # the charts painted on paper: repaint (and re-measure) them here
        return pages

    def _on_print_button_clicked(self) -> None:
        name = file_stem(self.tr("Dashboard") + " " + self.period().first.isoformat()) + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print report (PDF)"), name, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            self.print_pdf(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Print report"), self.tr("Could not write %1: %2")
                                .replace("%1", path).replace("%2", exc.strerror or str(exc)))

    # --- choices ----------------------------------------------------------------------------

    def _restore_choices(self) -> None:
        kind = str(self._settings.value("dashboard/period", "quarter"))
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(kind)))
        today = self.query.today()
        default = self.query.period("quarter")
        for edit, key, fallback in ((self.first_edit, "first", default.first), (self.last_edit, "last", today)):
            text = str(self._settings.value(f"dashboard/{key}", ""))
            try:
                day = date.fromisoformat(text) if text else fallback
            except ValueError:
                day = fallback
            edit.setDate(QDate(day.year, day.month, day.day))
        pipeline = str(self._settings.value("dashboard/pipeline", ""))
        if pipeline:
            self.pipeline_combo.addItem("", pipeline)  # replaced by the real list on the first reload

    def _save_choices(self) -> None:
        self._settings.setValue("dashboard/period", self.period_combo.currentData())
        self._settings.setValue("dashboard/pipeline", self.pipeline_combo.currentData() or "")
        self._settings.setValue("dashboard/first", cast(date, self.first_edit.date().toPython()).isoformat())
        self._settings.setValue("dashboard/last", cast(date, self.last_edit.date().toPython()).isoformat())

    def _on_choice_changed(self, *_args: object) -> None:
        self._save_choices()
        self.reload()

    def _on_currency_combo_activated(self, _index: int) -> None:
        self._settings.setValue("dashboard/currency", self.currency())
        self._show_forecast()

    def _on_funnel_item_clicked(self, index: int) -> None:
        if self.data is not None and 0 <= index < len(self.data.funnel):
            self.open_record.emit("stage", self.data.funnel[index].stage_uid)

    def _on_overdue_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_record.emit("task", self.overdue_model.task(index.row()).uid)

    def _on_new_deal_button_clicked(self) -> None:
        sheet = DealSheet(self._services, (), None, (), self)
        sheet.created.connect(self._on_sheet_created)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()

    def _on_sheet_created(self, _kind: str, _uid: str) -> None:
        self.reload()
