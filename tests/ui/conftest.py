"""What the window's tests share: the offscreen QApplication comes from pytest-qt (one per run, set up
in tests/conftest.py before Qt is imported); settings are an ini file of the test's own, never the
user's."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from ui.workers import WRITES, pool

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from app.services import Services
    from ui.main_window import MainWindow


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """Install one language's translators (indirect parameter: "en", "ru", "uk", "bg", "zh_CN") into the test run's
    QApplication, and take them out again."""
    from PySide6.QtCore import QLocale, QTranslator

    from ui import i18n

    code: str = request.param
    default = QLocale()
    translators: list[QTranslator] = []
    try:
        if code != "en":
            translators = i18n.install(qapp, code)
        yield code
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(default)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, services: Services, settings: QSettings) -> MainWindow:
    """The main window over the test's store, shown at 1200×760 offscreen."""
    from ui.main_window import MainWindow

    shown = MainWindow(services, settings)
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture(autouse=True)
def widgets_live_until_teardown(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """pytest-qt keeps only a weak reference to each widget a test gives `qtbot.addWidget`: a shown window
    that nothing but a reference cycle held (a signal's closure) was collected whenever Python's GC next
    ran — once in the middle of its own paint event, after the test returned (the C++ widget deleted under
    the painter: "Internal C++ object (QToolButton) already deleted", then a segmentation fault; one more
    SQL statement a write was enough to move the GC there). Held here until pytest-qt has closed them."""
    from pytestqt.qtbot import QtBot

    held: list[object] = []
    original = QtBot.addWidget

    def add_widget(self: QtBot, widget: object, **options: object) -> None:
        held.append(widget)
        original(self, widget, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(QtBot, "addWidget", add_widget)
    yield
    held.clear()


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    """After pytest-qt closed the test's widgets (deleteLater): Qt deletes them, then the test's garbage is
    collected here, on the UI thread, rather than by whichever thread next crosses a threshold (a pool
    thread of the next test's sync run would run Qt destructors off the UI thread)."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture(autouse=True)
def writes_end_with_their_test(qapp: QApplication) -> Iterator[None]:
    """A user action a test started and did not wait for lands before its store closes: never in the next
    test's database (opening a store binds the models to it)."""
    yield
    pool(WRITES).waitForDone(30_000)
    qapp.processEvents()


class OpenedLinks(QObject):
    """Stands in for the desktop's mail client, dialler and browser: the links handed to them."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def take(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened() -> Iterator[OpenedLinks]:
    taker = OpenedLinks()
    for scheme in ("mailto", "tel", "https"):
        QDesktopServices.setUrlHandler(scheme, taker, "take")
    yield taker
    for scheme in ("mailto", "tel", "https"):
        QDesktopServices.unsetUrlHandler(scheme)
