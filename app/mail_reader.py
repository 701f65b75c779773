"""Messages from where mail already is on this computer: an mbox file, a Maildir folder, or a Thunderbird
profile (found by its profiles.ini; its folders are mbox files beside their .msf index). Read with the
standard library's `mailbox` (each format's quirks: From-line quoting, Maildir's cur/new/tmp) and `email`
with its modern policy (RFC 2047 headers, every legacy charset Python knows, multipart bodies); no server.
"""

from __future__ import annotations

import configparser
import email.policy
import email.utils
import hashlib
import html
import mailbox
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from app.errors import RapportError

EXCERPT = 100_000  # characters of a body kept as the e-mail's text (the whole of almost any letter)
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class MailMessage:
    message_id: str  # without <>; a digest of the message when it has none
    subject: str
    sent_at: datetime | None  # naive UTC
    sender: str  # the From address, lower-case
    addresses: tuple[str, ...]  # From, To and Cc, lower-case, each once
    text: str
    thread: str  # the Message-ID its thread started with (References' first), or its own
    source: str  # where the original is: the file, and its key in an mbox or Maildir


class MailStoreError(RapportError):
    """A path that is no mail store Rapport reads."""


def thunderbird_homes(home: Path | None = None) -> list[Path]:
    """Where Thunderbird keeps its profiles on this computer (the folders holding profiles.ini): its own
    folder, the Snap's and the Flatpak's on Linux, macOS's and Windows's."""
    import os

    home = home or Path.home()
    appdata = os.environ.get("APPDATA")
    candidates = [home / ".thunderbird", home / "snap" / "thunderbird" / "common" / ".thunderbird",
                  home / ".var" / "app" / "org.mozilla.Thunderbird" / ".thunderbird",
                  home / "Library" / "Thunderbird", *([Path(appdata) / "Thunderbird"] if appdata else [])]
    return [folder for folder in candidates if (folder / "profiles.ini").is_file()]


def stores_in(path: Path) -> list[tuple[Path, str]]:
    """The mail stores at `path`: (path, "mbox" | "maildir"). A Thunderbird profile (or the folder holding
    profiles.ini) gives all its folders' mbox files."""
    if path.is_file():
        return [(path, "mbox")]
    if not path.is_dir():
        raise MailStoreError(f"{path} does not exist")
    if (path / "cur").is_dir() and (path / "new").is_dir():
        return [(path, "maildir")]
    profiles = _profiles(path)
    if profiles:
        return [store for profile in profiles for store in _thunderbird_folders(profile)]
    if (path / "prefs.js").is_file():  # a Thunderbird profile itself
        return _thunderbird_folders(path)
    raise MailStoreError(f"{path} is no mbox file, Maildir folder or Thunderbird profile")


def _profiles(folder: Path) -> list[Path]:
    ini = folder / "profiles.ini"
    if not ini.is_file():
        return []
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ini, encoding="utf-8")
    found = []
    for section in parser.sections():
        if not section.startswith("Profile") or "Path" not in parser[section]:
            continue
        where = parser[section]["Path"]
        relative = parser[section].get("IsRelative", "1") == "1"
        found.append(folder / where if relative else Path(where))
    return [p for p in found if p.is_dir()]


def _thunderbird_folders(profile: Path) -> list[tuple[Path, str]]:
    """A profile's mail folders: every file beside a .msf index of the same name, in Mail/ (local folders,
    POP) and ImapMail/ (offline copies of IMAP folders)."""
    folders = []
    for top in ("Mail", "ImapMail"):
        for index in sorted((profile / top).rglob("*.msf")) if (profile / top).is_dir() else []:
            mbox = index.with_suffix("")
            if mbox.is_file():
                folders.append((mbox, "mbox"))
    return folders


def read_store(path: Path, kind: str) -> Iterator[MailMessage]:
    """Every message of one store, in its order; one that cannot be parsed is skipped (`mailbox` and
    `email` read anything that looks like mail, so that is rare)."""
    box: mailbox.Mailbox = (mailbox.Maildir(path, factory=None, create=False) if kind == "maildir"
                            else mailbox.mbox(path, factory=None, create=False))
    try:
        for key in box.iterkeys():
            try:
                raw = box.get_bytes(key)
            except (OSError, KeyError):
                continue
            yield parse(raw, f"{path}#{key}")
    finally:
        box.close()


def original(source: str, message_id: str) -> bytes | None:
    """The message as it is in its store (`source`: the store and its key there, as `read_store` gave), or
    None when it is no longer there. An mbox's keys are positions: if the file was compacted since, the key
    names another message, and the store is searched for the Message-ID instead."""
    path_text, _, key = source.rpartition("#")
    path = Path(path_text)
    if not path.exists():
        return None
    kind = "maildir" if path.is_dir() else "mbox"
    box: mailbox.Mailbox = (mailbox.Maildir(path, factory=None, create=False) if kind == "maildir"
                            else mailbox.mbox(path, factory=None, create=False))
    try:
        try:
            raw = box.get_bytes(int(key) if kind == "mbox" else key)  # type: ignore[arg-type]  # mbox keys are ints
            if parse(raw, source).message_id == message_id:
                return raw
        except (KeyError, ValueError, OSError):
            pass
        for other in box.iterkeys():
            raw = box.get_bytes(other)
            if parse(raw, source).message_id == message_id:
                return raw
        return None
    finally:
        box.close()


def parse(raw: bytes, source: str) -> MailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    message_id = _bracketless(str(message.get("Message-ID", "") or "")) or (
        "sha256:" + hashlib.sha256(raw).hexdigest())
    references = str(message.get("References", "") or "").split() or str(message.get("In-Reply-To", "") or "").split()
    people: list[str] = []
    for header in ("From", "To", "Cc"):
        values = [str(v) for v in message.get_all(header, [])]
        people.extend(a.strip().lower() for _, a in email.utils.getaddresses(values) if "@" in a)
    sender = next((a.strip().lower() for _, a in email.utils.getaddresses([str(message.get("From", ""))])
                   if "@" in a), "")
    return MailMessage(message_id, " ".join(str(message.get("Subject", "") or "").split()), _sent(message), sender,
                       tuple(dict.fromkeys(people)), _text(message),
                       _bracketless(references[0]) if references else message_id, source)


def _bracketless(value: str) -> str:
    return value.strip().removeprefix("<").removesuffix(">").strip()


def _sent(message: EmailMessage) -> datetime | None:
    try:
        moment = email.utils.parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _text(message: EmailMessage) -> str:
    """The body as plain text: its text/plain part, else its HTML without tags."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        content = part.get_content() if part is not None else ""
    except (LookupError, ValueError, AttributeError):  # an unknown charset, a broken part
        payload = message.get_payload(decode=True)
        content, part = (payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""), None
    if part is not None and part.get_content_subtype() == "html":
        content = html.unescape(_TAGS.sub("", content))
    text = _BLANK_LINES.sub("\n\n", "\n".join(line.rstrip() for line in str(content).splitlines())).strip()
    return text[:EXCERPT]
