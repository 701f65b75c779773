"""Passwords live only in the OS keyring (service "Rapport sync", key "<user>@<url>").

Where no keyring backend exists (keyring.backends.fail, as on a bare Linux box), or the keyring
refuses (locked, no D-Bus), the password is kept in this object's memory for the session only and
`persistent` says so, so the UI and the CLI can tell the user plainly.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
import keyring.backends.fail
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "Rapport sync"


def key(url: str, username: str) -> str:
    return f"{username}@{url}"


def keyring_available() -> bool:
    return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)


NO_KEYRING = ("no keyring is available on this system: the password is kept for this session only"
              " and will be asked for again next time")


class Credentials:
    """The passwords of the server accounts: in the keyring, else in memory for this session."""

    def __init__(self) -> None:
        self._session: dict[str, str] = {}

    def store(self, url: str, username: str, password: str) -> bool:
        """Keep a password; True when it went into the keyring, False when it is held for this session only."""
        name = key(url, username)
        if keyring_available():
            try:
                keyring.set_password(SERVICE, name, password)
                self._session.pop(name, None)
                return True
            except keyring.errors.KeyringError as exc:
                log.warning("the keyring refused the password (%s); keeping it for this session", type(exc).__name__)
        self._session[name] = password
        return False

    def hold(self, url: str, username: str, password: str) -> None:
        """A password for this session only (typed for one run): the keyring's is left as it is."""
        self._session[key(url, username)] = password

    def get(self, url: str, username: str) -> str | None:
        name = key(url, username)
        if name in self._session:
            return self._session[name]
        if keyring_available():
            try:
                return keyring.get_password(SERVICE, name)
            except keyring.errors.KeyringError as exc:
                log.warning("the keyring could not be read (%s)", type(exc).__name__)
        return None

    def forget(self, url: str, username: str) -> None:
        name = key(url, username)
        self._session.pop(name, None)
        if keyring_available():
            with contextlib.suppress(keyring.errors.KeyringError):  # nothing was stored there
                keyring.delete_password(SERVICE, name)
