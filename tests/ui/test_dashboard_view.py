"""The dashboard view (ui/dashboard): charts, exports (PNG, CSV, PDF), empty state, clicks, screenshots."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from app import demo
from app.clock import FakeClock
from app.contacts import ContactData
from app.deals import DealData
from app.links import Link
from app.services import Services
from app.tasks import TaskData
from tests.ui.writes import wait_for_writes
from ui.dashboard.charts import BarChart, FunnelChart, nice_step
from ui.dashboard.view import CONTENT, EMPTY, DashboardView


@pytest.fixture(autouse=True)
def utc_and_english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time UTC and an English locale, so that the texts checked are known."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)
    monkeypatch.undo()
    time.tzset()



def make_view(qtbot, services: Services, settings: QSettings) -> DashboardView:  # type: ignore[no-untyped-def]
    view = DashboardView(services, settings)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def small_crm(services: Services, clock: FakeClock) -> dict[str, str]:
    sales = services.pipelines.default()
    uids = {}
    uids["a"] = services.deals.create(DealData(title="A", stage_uid=sales.stages[0].uid, amount=Decimal(1000),
                                               currency="EUR", expected_close=date(2026, 3, 15))).value.uid
    uids["b"] = services.deals.create(DealData(title="B", stage_uid=sales.stages[2].uid, amount=Decimal(2000),
                                               currency="EUR", probability=40,
                                               expected_close=date(2026, 3, 20))).value.uid
    uids["c"] = services.deals.create(DealData(title="C", stage_uid=sales.stages[2].uid, amount=Decimal(500),
                                               currency="USD", expected_close=date(2026, 2, 10))).value.uid
    clock.set(datetime(2026, 1, 10, 9))
    won = services.deals.create(DealData(title="W", stage_uid=sales.stages[3].uid, amount=Decimal(3000),
                                         currency="EUR")).value.uid
    clock.set(datetime(2026, 2, 9, 9))
    services.deals.mark_won(won)
    clock.set(datetime(2026, 3, 2, 9))
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    uids["task"] = services.tasks.create(TaskData(title="Send the offer", due_date=date(2026, 2, 20),
                                                  links=(Link("contact", ann),))).value.uid
    return uids


def test_charts_tiles_and_numbers(qtbot, services: Services, settings: QSettings,  # type: ignore[no-untyped-def]
                                  small_crm: dict[str, str], tmp_path: Path) -> None:
    view = make_view(qtbot, services, settings)
    assert view.stack.currentIndex() == CONTENT
    assert view.win_tile.value.text() == "100%"
    assert view.days_tile.value.text() == "30 days"
    assert view.open_tile.value.text() == "€3,000"  # EUR has the most open deals; USD on its own line
    assert "$500" in view.open_tile.detail.text() and "3 open deals now" in view.open_tile.detail.text()
    assert view.overdue_tile.value.text() == "1"

    funnel = view.funnel_panel.chart
    assert isinstance(funnel, FunnelChart)
    assert [(r.label, r.value) for r in funnel.data.rows] == [
        ("Lead", 1), ("Qualified", 0), ("Proposal", 2), ("Negotiation", 0), ("Contract sent", 0)]
    assert funnel.data.rows[2].value_text == "2 deals · €2K · $500"

    # CSV: the service's numbers, exactly.
    path = tmp_path / "forecast.csv"
    view.forecast_panel.export_csv(path)
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Month", "Currency", "Open deals", "Open amount", "Weighted forecast", "Won deals",
                       "Won amount"]
    assert ["2026-03", "EUR", "2", "3000.00", "900.00", "0", "0.00"] in rows
    assert ["2026-02", "EUR", "0", "0.00", "0.00", "1", "3000.00"] in rows
    assert ["2026-02", "USD", "1", "500.00", "250.00", "0", "0.00"] in rows
    data = view.data
    assert data is not None
    expected = {(m.month, m.currency): m for m in data.forecast}
    for month, currency, open_deals, _, weighted, won, _ in rows[1:]:
        row = expected.get((month, currency))
        assert int(open_deals) == (row.open_deals if row else 0)
        assert Decimal(weighted) == Decimal(row.weighted_minor if row else 0) / 100
        assert int(won) == (row.won_deals if row else 0)

    view.funnel_panel.export_csv(tmp_path / "funnel.csv")
    with open(tmp_path / "funnel.csv", encoding="utf-8") as handle:
        funnel_rows = list(csv.reader(handle))
    assert funnel_rows[0] == ["Stage", "Probability (%)", "Open deals", "Amount EUR", "Amount USD"]
    assert funnel_rows[3] == ["Proposal", "50", "2", "2000.00", "500.00"]
    view.activity_panel.export_csv(tmp_path / "activities.csv")
    with open(tmp_path / "activities.csv", encoding="utf-8") as handle:
        weekly = list(csv.reader(handle))
    assert weekly[0] == ["Week starting", "Calls", "Meetings", "E-mails", "Notes", "Total"]
    assert len(weekly) - 1 == len(data.activity_weeks) == 10  # 29 Dec … 2 Mar, weeks from Sunday or Monday

    # PNG: a real image of a useful size.
    png = tmp_path / "forecast.png"
    assert view.forecast_panel.save_png(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 400 and image.height() >= 200
    assert png.stat().st_size > 5_000
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 5  # bars, text and grid, not a blank rectangle

    # PDF report.
    pdf = tmp_path / "report.pdf"
    pages = view.print_pdf(pdf)
    content = pdf.read_bytes()
    assert content.startswith(b"%PDF")
    assert pages >= 1
    assert content.count(b"/Type /Page\n") + content.count(b"/Type /Page ") + content.count(b"/Type /Page/") \
        == pages or content.count(b"/Type /Page") - content.count(b"/Type /Pages") == pages


def test_clicks_open_records(qtbot, services: Services, settings: QSettings,  # type: ignore[no-untyped-def]
                             small_crm: dict[str, str]) -> None:
    view = make_view(qtbot, services, settings)
    widget = view.funnel_panel.chart_widget
    widget.grab()  # paints it, which places the stages
    funnel = view.funnel_panel.chart
    hit = next(h for h in funnel._hits if h.category == 2)
    with qtbot.waitSignal(view.open_record) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=hit.rect.center().toPoint())
    proposal = services.pipelines.default().stages[2].uid
    assert blocker.args == ["stage", proposal]
    assert "Proposal" in funnel.tooltip_at(QPointF(hit.rect.center()))

    assert view.overdue_model.rowCount() == 1
    with qtbot.waitSignal(view.open_record) as blocker:
        view.overdue_view.activated.emit(view.overdue_model.index(0, 0))
    assert blocker.args == ["task", small_crm["task"]]


def test_period_and_pipeline_choices(qtbot, services: Services, settings: QSettings,  # type: ignore[no-untyped-def]
                                     small_crm: dict[str, str]) -> None:
    partners = services.pipelines.create("Partnerships", (("Intro", 10), ("Pilot", 40))).value
    view = make_view(qtbot, services, settings)
    assert view.period().kind == "quarter"
    assert not view.first_edit.isVisible()
    view.period_combo.setCurrentIndex(view.period_combo.findData("custom"))
    view.period_combo.activated.emit(view.period_combo.currentIndex())
    assert view.first_edit.isVisible() and view.period().kind == "custom"
    view.first_edit.setDate(view.first_edit.date().addYears(-1))
    assert view.data is not None and view.data.period.first.year == 2025
    view.period_combo.setCurrentIndex(view.period_combo.findData("month"))
    view.period_combo.activated.emit(view.period_combo.currentIndex())
    assert view.data.period.first == date(2026, 3, 1)
    assert settings.value("dashboard/period") == "month"
    assert view.pipeline_combo.count() == 2
    view.pipeline_combo.setCurrentIndex(view.pipeline_combo.findData(partners.uid))
    view.pipeline_combo.activated.emit(view.pipeline_combo.currentIndex())
    assert view.data.pipeline_uid == partners.uid
    funnel = view.funnel_panel.chart
    assert isinstance(funnel, FunnelChart) and funnel.is_empty()
    # A new view remembers the choices.
    again = make_view(qtbot, services, settings)
    assert again.period().kind == "month" and again.data is not None and again.data.pipeline_uid == partners.uid


def test_overdue_model(qtmodeltester, services: Services, settings: QSettings,  # type: ignore[no-untyped-def]
                       qtbot, small_crm: dict[str, str]) -> None:
    view = make_view(qtbot, services, settings)
    model = view.overdue_model
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Send the offer"
    assert model.index(0, 1).data() == "Ann Lee"
    assert model.index(0, 3).data() == "10 days"


def test_empty_state_offers_a_new_deal(qtbot, services: Services, settings: QSettings,  # type: ignore[no-untyped-def]
                                       artifacts: Path) -> None:
    view = make_view(qtbot, services, settings)
    assert view.stack.currentIndex() == EMPTY
    assert not view.choosers.isVisible()  # no empty pipeline list, no report of nothing
    assert "first deal" in view.empty_text.text()
    view.grab().save(str(artifacts / "dashboard_empty.png"))
    qtbot.mouseClick(view.new_deal_button, Qt.MouseButton.LeftButton)
    sheet = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "New deal")
    sheet.title.setText("First deal")  # type: ignore[attr-defined]
    sheet.accept()  # type: ignore[attr-defined]
    wait_for_writes(qtbot, services)
    assert services.deals.count() == 1
    assert view.stack.currentIndex() == CONTENT


def test_nice_axis_steps() -> None:
    assert nice_step(9) == 2.5 and nice_step(9, whole=True) == 5
    assert nice_step(3, whole=True) == 1 and nice_step(900) == 250 and nice_step(1_234) == 500
    empty = BarChart()
    assert empty.is_empty()


@pytest.mark.slow
def test_screenshots_with_demo_data(qtbot, store, clock: FakeClock, settings: QSettings,  # type: ignore[no-untyped-def]
                                    artifacts: Path, tmp_path: Path) -> None:
    demo.fill(store, clock, contacts=1500)
    services = Services.build(store, clock, phone_region="US")
    view = make_view(qtbot, services, settings)
    view.grab().save(str(artifacts / "dashboard.png"))
    for panel in (view.funnel_panel, view.forecast_panel, view.activity_panel):
        assert not panel.chart.is_empty()
    view.forecast_panel.save_png(artifacts / "dashboard_forecast_export.png")
    view.period_combo.setCurrentIndex(view.period_combo.findData("last12"))
    view.period_combo.activated.emit(view.period_combo.currentIndex())
    view.grab().save(str(artifacts / "dashboard_last12.png"))
    assert view.print_pdf(tmp_path / "demo.pdf") >= 2

    dark = QPalette(view.palette())
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base, "#17181a"),
                         (QPalette.ColorRole.AlternateBase, "#232427"), (QPalette.ColorRole.Text, "#e8e8e8"),
                         (QPalette.ColorRole.WindowText, "#e8e8e8"), (QPalette.ColorRole.Button, "#2b2c2f"),
                         (QPalette.ColorRole.ButtonText, "#e8e8e8"), (QPalette.ColorRole.PlaceholderText, "#9aa0a6")):
        dark.setColor(role, colour)
    view.setPalette(dark)
    view.resize(1280, 768)
    view.grab().save(str(artifacts / "dashboard_dark.png"))
    assert view.funnel_panel.chart_widget.grab().toImage().pixelColor(QPoint(2, 2)).lightness() < 60


def test_the_forecast_offers_every_currency_added_up_in_the_home_one(  # type: ignore[no-untyped-def]
        qtbot, services: Services, settings: QSettings, small_crm: dict[str, str]) -> None:
    """With a home currency and rates, the forecast's chooser starts on "All, in EUR ≈" (each deal at its date's
    rate), each currency still one choice away; the PDF report has both."""
    from app.dashboard import ALL_IN_HOME

    view = make_view(qtbot, services, settings)
    assert [view.currency_combo.itemText(i) for i in range(view.currency_combo.count())] == ["EUR", "USD"]
    services.currencies.set_home("EUR")
    services.currencies.set_rate("USD", "1.25", date(2026, 1, 1))
    view.reload()
    combo = view.currency_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All, in EUR ≈", "EUR", "USD"]
    assert view.currency() == ALL_IN_HOME and combo.isVisible()
    assert view.open_tile.value.text() == "≈ €3,400"  # €3,000 and $500 at 1.25, today's rate
    funnel = view.funnel_panel.chart
    assert isinstance(funnel, FunnelChart)
    assert funnel.data.rows[2].value_text == "2 deals · ≈ €2.4K"  # B €2,000 and C $500
    assert "$500 (1 deal)" in funnel.data.rows[2].tooltip and "€2,000 (1 deal)" in funnel.data.rows[2].tooltip
    assert "€3,000" in view.open_tile.detail.text() and "$500" in view.open_tile.detail.text()
    chart = view.forecast_panel.chart
    assert isinstance(chart, BarChart)
    weighted = dict(zip(chart.data.categories, chart.data.series[1].values, strict=True))
    assert weighted["Feb"] == 200.0  # C: $500 × 50 % at 1.25
    assert weighted["Mar"] == 900.0  # A €1,000 × 10 % + B €2,000 × 40 %
    assert "Every currency with a rate, each deal at the rate of its date" in chart.data.tooltip(1, 1)
    combo.setCurrentIndex(combo.findData("USD"))
    combo.activated.emit(combo.currentIndex())
    assert view.currency() == "USD" and settings.value("dashboard/currency") == "USD"
