"""The main window, driven through its widgets offscreen."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app import demo
from app.activities import ActivityData
from app.clock import FakeClock
from app.services import Services
from app.tasks import TaskData
from tests.ui.writes import wait_for_writes
from ui.main_window import MainWindow
from ui.search_model import SearchResultsModel


def _window(qtbot: QtBot, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(960, 640)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_typing_in_the_search_field_lists_matching_records(
    qtbot: QtBot, services: Services, clock: FakeClock, settings: QSettings, artifacts: Path
) -> None:
    demo.fill(services.store, clock, contacts=300)
    window = _window(qtbot, services, settings)
    # The counts arrive just after the window is up (counting is left out of the start).
    qtbot.waitUntil(lambda: "300 contacts" in window.statusBar().currentMessage(), timeout=2000)

    qtbot.keyClicks(window.search_field, "smith")
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0, timeout=2000)
    assert window.stack.currentWidget() is window.results
    names = [window.results_model.hit(row).display for row in range(window.results_model.rowCount())]
    assert all("smith" in name.lower() for name in names[:3]), names
    window.grab().save(str(artifacts / "main_window_search.png"))

    window.search_field.clear()
    qtbot.keyClicks(window.search_field, "zzzqqq")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.placeholder, timeout=2000)
    assert "zzzqqq" in window.placeholder.text()


def test_an_empty_store_welcomes_with_three_ways_in(qtbot: QtBot, services: Services, settings: QSettings,
                                                    artifacts: Path) -> None:
    window = _window(qtbot, services, settings)
    assert window.stack.currentWidget() is window.welcome
    buttons = [b.text().replace("&", "") for b in (window.welcome.import_button, window.welcome.add_button,
                                                   window.welcome.sample_button)]
    assert buttons == ["Import contacts…", "Add a contact…", "Explore with sample data"]
    window.grab().save(str(artifacts / "main_window_welcome.png"))

    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    wait_for_writes(qtbot, services)
    assert services.contacts.count() == 300
    assert window.sections.currentWidget() is window.contacts_section
    # (its first page at once, the rest when the count comes back off the UI thread)
    qtbot.waitUntil(lambda: window.contacts_view.model.rowCount() == 300, timeout=3000)
    qtbot.waitUntil(lambda: "300 contacts" in window.statusBar().currentMessage(), timeout=3000)  # off the UI thread
    window.show_section(0)
    assert window.stack.currentWidget() is window.placeholder  # the welcome is gone


def test_ctrl_f_focuses_the_search_field(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    window = _window(qtbot, services, settings)
    window.results.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus, timeout=1000)


def test_window_geometry_is_remembered(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    window = _window(qtbot, services, settings)
    window.resize(700, 450)  # the offscreen screen is 800×600; larger sizes are clamped to it
    window.close()
    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 450)


def test_search_results_model_passes_the_model_tester(qtmodeltester, services: Services,  # type: ignore[no-untyped-def]
                                                      clock: FakeClock) -> None:
    demo.fill(services.store, clock, contacts=100)
    model = SearchResultsModel()
    model.set_hits(services.search.search("a"))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_a_reminder_of_a_task_or_meeting_linked_to_nothing_opens_it_where_it_is(
        qtbot: QtBot, services: Services, window: MainWindow, clock: FakeClock) -> None:
    """A reminder clicked (a desktop notification) for a task on its own selects it in the task list, in
    whichever tab holds it; for a meeting on its own, the calendar shows its day."""
    from ui.main_window import CALENDAR, TASKS

    later = services.tasks.create(TaskData(title="Renew the domain",
                                           due_date=clock.now().date() + timedelta(days=9))).value.uid
    window.open_record("task", later)
    assert window.sections.currentIndex() == TASKS
    current = window.tasks_view.current_task()
    assert current is not None and current.uid == later

    start = clock.now().replace(hour=0, minute=0) + timedelta(days=20, hours=14)
    meeting = services.activities.log(ActivityData(kind="meeting", subject="Dentist", occurred_at=start,
                                                   duration_minutes=30)).value.uid
    window.open_record("activity", meeting)
    assert window.sections.currentIndex() == CALENDAR
    assert window.calendar_view.selected_day == start.replace(tzinfo=UTC).astimezone(
        window.calendar_view.zone).date()
