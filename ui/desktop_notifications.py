"""Desktop notifications through `org.freedesktop.Notifications` on the session bus (the Desktop
Notifications Specification 1.2), for desktops without a tray: stock GNOME has none, and there a tray
icon's messages never appear.

Why jeepney and not QtDBus: the spec's Notify takes `replaces_id` as a UINT32, and PySide6 can send a
Python int over QtDBus only as an INT32 (it has no typed QVariant); GNOME Shell's GDBus checks the
signature and refuses the call. jeepney (pure Python, already installed with keyring's Secret Service
backend) writes the signature it is given.

The bus is never spoken to on the UI thread: one thread owns the connection, takes notifications from a
queue, sends them, and turns the server's ActionInvoked signal (the user clicked the notification) into
`activated(key)` — Qt queues a signal emitted from another thread to the receiver's thread. Where there is
no session bus, or no notification server on it, `available` stays False and nothing is sent.

Signals:
    ready(bool): the connection was tried: True when a notification server answered.
    activated(str): the user clicked the notification sent with this key.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

import resources

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
_STOP = object()


class DesktopNotifications(QObject):
    ready = Signal(bool)
    activated = Signal(str)

    def __init__(self, parent: QObject | None = None, *, bus: str | None = None) -> None:
        """`bus`: the address of the session bus; None takes the desktop's (DBUS_SESSION_BUS_ADDRESS)."""
        super().__init__(parent)
        self._address = bus if bus is not None else os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
        self._queue: queue.Queue[Any] = queue.Queue()
        self._keys: dict[int, str] = {}  # notification id → the key the caller gave it
        self._last_id = 0  # a new reminder replaces the one shown before, as a tray message does
        self.available = False
        self.actions = False  # the server shows a clickable default action
        self._thread: threading.Thread | None = None
        self._open_label = self.tr("Open")  # the default action's name, read by screen readers

    def start(self) -> None:
        """Connect in the background; `ready` tells how it went."""
        if not self._address or not sys.platform.startswith("linux"):
            self.ready.emit(False)
            return
        self._thread = threading.Thread(target=self._run, name="desktop-notifications", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join(timeout=5)
            self._thread = None

    def notify(self, summary: str, body: str, key: str) -> None:
        """Show a notification; clicking it emits `activated(key)`. Dropped while there is no server."""
        if self._thread is not None:
            self._queue.put((summary, body, key))

    # --- the bus thread ----------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            from jeepney import DBusAddress, MatchRule, MessageType, new_method_call
            from jeepney.bus_messages import message_bus
            from jeepney.io.threading import open_dbus_router
        except ImportError:  # not installed (a platform without keyring's Secret Service backend)
            self.ready.emit(False)
            return
        address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        try:
            with open_dbus_router(bus=self._address) as router:
                rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
                router.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
                with router.filter(rule, queue=self._queue):
                    reply = router.send_and_get_reply(new_method_call(address, "GetCapabilities"), timeout=5)
                    if reply.header.message_type is not MessageType.method_return:
                        raise OSError(f"no notification server: {reply.body}")
                    self.actions = "actions" in reply.body[0]
                    self.available = True
                    self.ready.emit(True)
                    self._serve(router, address, new_method_call, MessageType)
        except Exception as exc:
            log.info("desktop notifications are not available: %s", exc)
            self.available = False
            self.ready.emit(False)

    def _serve(self, router: Any, address: Any, new_method_call: Any, message_type: Any) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if isinstance(item, tuple):
                self._send(router, address, new_method_call, message_type, *item)
                continue
            member = item.header.fields.get(3)  # HeaderFields.member
            body = item.body
            if member == "ActionInvoked" and len(body) == 2 and body[1] == "default":
                key = self._keys.get(int(body[0]))
                if key is not None:
                    self.activated.emit(key)
            elif member == "NotificationClosed" and body:
                self._keys.pop(int(body[0]), None)

    def _send(self, router: Any, address: Any, new_method_call: Any, message_type: Any,
              summary: str, body: str, key: str) -> None:
        actions = ["default", self._open_label] if self.actions else []
        hints = {"desktop-entry": ("s", resources.APP_ID), "category": ("s", "x-rapport.reminder"),
                 "urgency": ("y", 1)}
        message = new_method_call(address, "Notify", "susssasa{sv}i",
                                  ("Rapport", self._last_id, resources.APP_ID, summary, body, actions, hints, -1))
        try:
            reply = router.send_and_get_reply(message, timeout=5)
        except Exception as exc:
            log.info("a desktop notification was not shown: %s", exc)
            return
        if reply.header.message_type is message_type.method_return and reply.body:
            self._last_id = int(reply.body[0])
            self._keys[self._last_id] = key
        else:
            log.info("the notification server refused a notification: %s", reply.body)
