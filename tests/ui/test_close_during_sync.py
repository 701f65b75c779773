"""Closing the window mid-sync (issue 11, point 7): the run under way stops at its next chunk, the window's
close waits for it (bounded at 5 s, SHUTDOWN_MS) so the store is never closed under a write, and the next
run goes on from where this one stopped: nothing lost, nothing twice."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services import Services
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSWORD, Server, fresh_user, seed_radicale_book, vcard
from tests.sync.proxy import FaultProxy
from ui.main_window import MainWindow
from ui.workers import SYNC, pool

BOOK = 3_000

radicale, server, proxy = sync_fixtures.radicale, sync_fixtures.server, sync_fixtures.proxy
memory_keyring = sync_fixtures.memory_keyring


@pytest.mark.slow
@pytest.mark.parametrize("server", ["radicale"], indirect=True)
def test_closing_the_window_mid_sync_stops_the_run_and_the_next_goes_on(
        qtbot: QtBot, services: Services, settings: QSettings, server: Server, proxy: FaultProxy,
        tmp_path: Path) -> None:
    cards = [(f"c{i:05d}.vcf", vcard(f"seed-{i:05d}", f"Given{i}", "Closing")) for i in range(BOOK)]
    book = seed_radicale_book(server, fresh_user(), cards)
    proxy.faults.delay_report = 0.3  # a server farther than loopback: the pull lasts many seconds

    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    controller = window.start_sync()
    controller.stop()
    added = controller.sync.add_account(f"http://127.0.0.1:{proxy.port}/", book.user, PASSWORD)
    for collection in added.collections:
        controller.sync.state.set_collection_flags(collection.id, enabled=collection.href == book.href)
    reports: list[object] = []
    controller.finished.connect(reports.append)
    controller.sync_now()
    qtbot.waitUntil(lambda: services.contacts.count() > 0, timeout=120_000)  # the pull is writing
    assert controller.running

    started = time.monotonic()
    window.close()  # as the user closes it: closeEvent stops the sync and waits for it
    took = time.monotonic() - started
    print(f"close took {took * 1000:.0f} ms with a sync under way")
    assert pool(SYNC).activeThreadCount() == 0, "the run was still going after the window closed"
    QApplication.processEvents()
    assert reports and any("stopped" in e for e in reports[0].errors), reports  # type: ignore[attr-defined]
    pulled = services.contacts.count()
    assert 0 < pulled < BOOK

    proxy.faults.delay_report = 0.0  # opened again: the next run goes on from there
    assert controller.sync.run().ok
    assert services.contacts.count() == BOOK  # nothing lost, nothing twice
