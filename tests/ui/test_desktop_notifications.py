"""Reminders as desktop notifications over D-Bus, where the desktop has no tray (issue 17): a real
dbus-daemon on a socket of the test's own, a notification server of the test's own on it (jeepney), and
Rapport's notifier talking to it as it talks to GNOME Shell's."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.services import Services
from app.tasks import TaskData
from ui.desktop_notifications import INTERFACE, PATH, SERVICE, DesktopNotifications
from ui.reminders import ReminderScheduler

jeepney = pytest.importorskip("jeepney", reason="jeepney is Linux-only (the notifier is for Linux desktops)")


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    """A session bus of the test's own: dbus-daemon listening on a socket in the test's folder."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian: dbus-daemon; .ci/run installs it)")
    config = tmp_path / "session.conf"
    config.write_text(f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:path={tmp_path / 'bus'}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/>
<allow own="*"/></policy></busconfig>""", encoding="utf-8")
    process = subprocess.Popen([daemon, "--config-file", str(config), "--nofork", "--print-address"],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    assert address.startswith("unix:"), address
    yield address
    process.terminate()
    process.wait(10)


@dataclass
class NotificationServer:
    """What a desktop's notification server is to Rapport: it answers GetCapabilities and Notify, keeps the
    calls it got, and sends ActionInvoked when told the user clicked."""

    address: str
    capabilities: tuple[str, ...] = ("body", "actions")
    calls: list[tuple[str, str, tuple[Any, ...]]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _connection: Any = None

    def start(self) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self._connection = open_dbus_connection(bus=self.address)
        self._connection.send_and_get_reply(message_bus.RequestName(SERVICE), timeout=5)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_method_return

        next_id = 41
        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.1)
            except TimeoutError:
                continue
            if message.header.message_type is not MessageType.method_call:
                continue
            member = message.header.fields.get(HeaderFields.member)
            signature = message.header.fields.get(HeaderFields.signature, "")
            self.calls.append((member, signature, message.body))
            if member == "GetCapabilities":
                self._connection.send(new_method_return(message, "as", (list(self.capabilities),)))
            elif member == "Notify":
                replaces = message.body[1]
                next_id += 1
                self._connection.send(new_method_return(message, "u", (replaces or next_id,)))

    def click(self, notification_id: int) -> None:
        from jeepney import DBusAddress, new_signal

        signal = new_signal(DBusAddress(PATH, interface=INTERFACE), "ActionInvoked", "us", (notification_id, "default"))
        self._connection.send(signal)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._connection.close()


@pytest.fixture
def notification_server(session_bus: str) -> Iterator[NotificationServer]:
    server = NotificationServer(session_bus)
    server.start()
    yield server
    server.stop()


def _started(qtbot: QtBot, notifier: DesktopNotifications) -> bool:
    with qtbot.waitSignal(notifier.ready, timeout=10_000) as ready:
        notifier.start()
    return bool(ready.args[0])


def test_without_a_tray_a_reminder_is_a_desktop_notification_and_clicking_it_opens_the_task(
        qtbot: QtBot, services: Services, clock: FakeClock, notification_server: NotificationServer) -> None:
    uid = services.tasks.create(TaskData(title="Call Ann about the quote", reminder_at=clock.now(),
                                         due_date=clock.now().date())).value.uid
    notifier = DesktopNotifications(bus=notification_server.address)
    # As the window starts them: the scheduler fires what is due at once, before the bus has answered.
    with qtbot.waitSignal(notifier.ready, timeout=10_000) as ready:
        notifier.start()
        scheduler = ReminderScheduler(services, None, zone=UTC, show_panel=False, desktop=notifier)
    assert ready.args == [True] and notifier.available and notifier.actions
    try:
        qtbot.waitUntil(lambda: any(c[0] == "Notify" for c in notification_server.calls), timeout=10_000)
        [(_notify, signature, body)] = [c for c in notification_server.calls if c[0] == "Notify"]
        # The spec's types, UINT32 replaces_id included: GNOME Shell refuses a call with any other signature.
        assert signature == "susssasa{sv}i"
        app_name, replaces, icon, summary, text, actions, hints, timeout = body
        assert (app_name, replaces, icon, summary) == ("Rapport", 0, "org.rapportcrm.Rapport",
                                                        "Call Ann about the quote")
        assert text and actions == ["default", "Open"] and timeout == -1
        assert hints["desktop-entry"] == ("s", "org.rapportcrm.Rapport")

        with qtbot.waitSignal(scheduler.open_record, timeout=10_000) as opened:
            notification_server.click(42)
        assert opened.args == ["task", uid]
        # A second reminder replaces the first on the desktop, as a tray message does.
        services.tasks.create(TaskData(title="Send the contract", reminder_at=clock.now()))
        scheduler.reload()
        qtbot.waitUntil(lambda: len([c for c in notification_server.calls if c[0] == "Notify"]) == 2,
                        timeout=10_000)
        assert [c for c in notification_server.calls if c[0] == "Notify"][1][2][1] == 42
    finally:
        notifier.stop()
        scheduler.deleteLater()


def test_a_bus_without_a_notification_server_or_no_bus_at_all_shows_nothing_and_says_so(
        qtbot: QtBot, session_bus: str, tmp_path: Path) -> None:
    for address in (session_bus, f"unix:path={tmp_path / 'nobody-listens'}"):
        notifier = DesktopNotifications(bus=address)
        assert not _started(qtbot, notifier) and not notifier.available
        notifier.notify("Call Ann", "now", "task:x")  # dropped, not an error
        notifier.stop()
