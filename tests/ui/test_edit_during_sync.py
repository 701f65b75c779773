"""Sync never blocks an edit (issue 11, point 2): while the window's first sync pulls a 10,000-card address
book from Radicale, edits made in the window with the keyboard, and an import from the command line,
land while the sync is still running; the sync then finishes as it would alone, nothing lost, nothing
twice. Each edit's wait is printed (never asserted: the machine's speed is not the test's subject)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.contacts import ContactData
from app.services import Services
from tests.conftest import PROJECT, benchmark_cards
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSWORD, Server, fresh_user, seed_radicale_book, vcard, warm_up
from tests.ui.writes import wait_for_writes
from ui.main_window import CONTACTS, MainWindow
from ui.workers import SYNC, pool

BOOK = 10_000
IMPORTED = 150
RUN_TIMEOUT_MS = 300_000

radicale, server = sync_fixtures.radicale, sync_fixtures.server
memory_keyring = sync_fixtures.memory_keyring


@pytest.mark.slow
@pytest.mark.parametrize("server", ["radicale"], indirect=True)
def test_edits_in_the_window_and_an_import_land_while_a_10000_card_first_sync_runs(
        qtbot: QtBot, services: Services, settings: QSettings, data_dir: Path, tmp_path: Path,
        server: Server) -> None:
    cards = [(f"c{i:05d}.vcf", vcard(f"seed-{i:05d}", f"Given{i}", f"Family{i % 97}", f"EMAIL:p{i}@example.org"))
             for i in range(BOOK)]
    book = seed_radicale_book(server, fresh_user(), cards)
    warm_up(book)  # the subject is edits beside a running sync, not Radicale reading 10,000 files cold
    ann = services.contacts.create(ContactData(given="Ann", family="Lee", job_title="CTO")).value.uid
    imported = benchmark_cards(tmp_path / "import.vcf", IMPORTED)
    imported.write_text(imported.read_text(encoding="utf-8").replace("UID:", "UID:cli-"), encoding="utf-8")

    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    controller = window.start_sync()
    controller.stop()  # the test starts the run itself, once the account is there
    added = controller.sync.add_account(f"http://127.0.0.1:{server.port}/", book.user, PASSWORD)
    for collection in added.collections:
        controller.sync.state.set_collection_flags(collection.id, enabled=collection.href == book.href)
    window.show_section(CONTACTS)
    window.open_record("contact", ann)

    reports: list[object] = []
    controller.finished.connect(reports.append)
    try:
        with qtbot.waitSignal(controller.started, timeout=RUN_TIMEOUT_MS):
            controller.sync_now()
        qtbot.waitUntil(lambda: services.contacts.count() > 1, timeout=RUN_TIMEOUT_MS)  # the pull is writing

        waits: list[float] = []
        landed_during_sync: list[bool] = []
        window.contact_pane.field("job_title").display.setFocus()
        for n, title in enumerate(("Chief Technology Officer", "Head of Robotics", "VP Engineering")):
            # Keys go to whatever has the focus: the pane may be rebuilt between them (the last save).
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(QApplication.focusWidget(), title)
            started = time.monotonic()
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            wait_for_writes(qtbot, services, timeout=30_000)
            waits.append(time.monotonic() - started)
            landed_during_sync.append(controller.running)
            assert services.contacts.get(ann).data.job_title == title, n
            qtbot.waitUntil(lambda title=title: window.contact_pane.field("job_title").value == title)
            field = window.contact_pane.field("job_title")
            assert not field.editing and field.error_text == ""
            assert QApplication.focusWidget() is field.display  # the next F2 edits it again

        result = subprocess.run(
            [sys.executable, str(PROJECT / "main.py"), "--data-dir", str(data_dir), "import", str(imported)],
            capture_output=True, text=True, timeout=120)
        import_during_sync = controller.running
        assert result.returncode == 0, result.stderr
        assert "locked" not in result.stdout + result.stderr

        assert all(landed_during_sync) and import_during_sync, (
            "the sync ended before the edits: nothing was tested beside it")
        qtbot.waitUntil(lambda: bool(reports) and not controller.running, timeout=RUN_TIMEOUT_MS)
        report = reports[0]
        assert report.ok, report.as_dict()  # type: ignore[attr-defined]
        print(f"edit waits during a {BOOK:,}-card first sync: " + ", ".join(f"{w * 1000:.0f} ms" for w in waits))
    finally:
        controller.shutdown()
        pool(SYNC).waitForDone(RUN_TIMEOUT_MS)
        QApplication.processEvents()

    assert services.contacts.count() == BOOK + 1 + IMPORTED  # nothing lost, nothing twice
    assert services.contacts.get(ann).data.job_title == "VP Engineering"
