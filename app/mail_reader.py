"""Messages from where mail already is on this computer: an mbox file, a Maildir folder, or a Thunderbird
profile (found by its profiles.ini; its folders are mbox files beside their .msf index). Read with the
standard library's `mailbox` (each format's quirks: From-line quoting, Maildir's cur/new/tmp) and `email`
with its modern policy (RFC 2047 headers, every legacy charset Python knows, multipart bodies); no server.
"""

from __future__ import annotations

import configparser
import email.errors
import email.header
import email.parser
import email.policy
import email.utils
import hashlib
import html.parser
import logging
import mailbox
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.errors import RapportError

log = logging.getLogger(__name__)

# Thunderbird's folders whose mail was never sent or was thrown away: a draft to a contact is no e-mail
# they had (the names are Thunderbird's own, whatever the language of its window).
UNSENT_OR_UNWANTED = frozenset({"drafts", "templates", "junk", "spam", "trash", "deleted", "deleted items",
                                "outbox", "unsent messages"})
_MOZILLA_DELETED = 0x0008  # X-Mozilla-Status: deleted, waiting for the folder to be compacted
EXCERPT = 100_000  # characters of a body kept as the e-mail's text (the whole of almost any letter)
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class MailMessage:
    message_id: str  # without <>; a digest of the message when it has none
    subject: str
    sent_at: datetime | None  # naive UTC
    sender: str  # the From address, lower-case
    addresses: tuple[str, ...]  # From, To and Cc, lower-case, each once
    thread: str  # the Message-ID its thread started with (References' first), or its own
    source: str  # where the original is: the file, and its key in an mbox or Maildir
    deleted: bool = False  # deleted in Thunderbird, still in the file until the folder is compacted
    raw: bytes = field(default=b"", repr=False)

    def text(self) -> str:
        """The body as text: decoded only for a message that goes onto a timeline (most of a mailbox is
        mail of no contact, or imported already: their bodies, attachments and all, are never parsed)."""
        return _text(self.raw)


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
        with path.open("rb") as head:
            start = head.read(5)
        if start and start != b"From ":
            raise MailStoreError(f"{path} is no mbox file (an mbox begins with a \"From \" line)")
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
            if mbox.is_file() and mbox.name.casefold() not in UNSENT_OR_UNWANTED:
                folders.append((mbox, "mbox"))
    return folders


@dataclass
class StoreReading:
    """What reading one store passed over, for the report."""

    unreadable: int = 0  # a message Python's email package could not make sense of
    thrown_away: int = 0  # deleted in Thunderbird (not yet compacted) or trashed in a Maildir


def read_store(path: Path, kind: str, passed: StoreReading | None = None) -> Iterator[MailMessage]:
    """Every message of one store, in its order. A message that cannot be parsed is counted in `passed`
    and skipped (real mailboxes hold junk that trips Python's header parser), as are messages deleted but
    still in the file."""
    passed = passed if passed is not None else StoreReading()
    box = _opened(path, kind)
    flags = _maildir_flags(path) if kind == "maildir" else {}
    try:
        for key in box.iterkeys():
            if "T" in flags.get(str(key), ""):
                passed.thrown_away += 1
                continue
            try:
                raw = box.get_bytes(key, True) if kind == "mbox" else box.get_bytes(key)  # type: ignore[call-arg]
            except (OSError, KeyError):
                passed.unreadable += 1
                continue
            first_line = b""
            if kind == "mbox" and raw.startswith(b"From "):
                first_line, _, raw = raw.partition(b"\n")
            try:
                message = parse(raw, f"{path}#{key}", received=_separator_date(first_line, str(key), kind))
            except Exception:  # whatever the parser trips on costs this message only
                log.info("unreadable message %s#%s", path, key)
                passed.unreadable += 1
                continue
            if message.deleted:
                passed.thrown_away += 1
                continue
            yield message
    finally:
        box.close()


def _opened(path: Path, kind: str) -> mailbox.Mailbox:
    """A store as `mailbox` reads it (raw messages: each is parsed here, header block first)."""
    if kind == "maildir":
        return mailbox.Maildir(path, factory=None, create=False)
    return mailbox.mbox(path, factory=None, create=False)


def _maildir_flags(path: Path) -> dict[str, str]:
    """A Maildir's messages' flags (S seen, T trashed…), from their file names (KEY:2,FLAGS)."""
    flags = {}
    for sub in ("cur", "new"):
        folder = path / sub
        for name in os.listdir(folder) if folder.is_dir() else []:
            key, _, info = name.partition(":")
            flags[key] = info.partition(",")[2] if info.startswith("2,") else ""
    return flags


def _separator_date(first_line: bytes, key: str, kind: str) -> datetime | None:
    """When a message with no Date arrived: its mbox "From " line's date, or a Maildir name's seconds."""
    if kind == "maildir":
        seconds = key.split(".", 1)[0]
        return datetime.fromtimestamp(int(seconds), UTC).replace(tzinfo=None) if seconds.isdigit() else None
    parts = first_line.decode("ascii", "replace").split()
    try:
        return datetime.strptime(" ".join(parts[-5:]), "%a %b %d %H:%M:%S %Y") if len(parts) >= 7 else None
    except ValueError:
        return None


def original(source: str, message_id: str) -> bytes | None:
    """The message as it is in its store (`source`: the store and its key there, as `read_store` gave), or
    None when it is no longer there. An mbox's keys are positions: if the file was compacted since, the key
    names another message, and the store is searched for the Message-ID instead."""
    path_text, _, key = source.rpartition("#")
    if not path_text or Path(source).parent.name == "mail-originals":  # a message in a file of its own (fetched
        try:  # from a server; a "#" in the data folder's path is no store's key)
            raw = Path(source).read_bytes()
        except OSError:
            return None
        return raw if _message_id_of(raw) == message_id else None
    path = Path(path_text)
    if not path.exists():
        return None
    kind = "maildir" if path.is_dir() else "mbox"
    box = _opened(path, kind)
    try:
        try:
            raw = box.get_bytes(int(key) if kind == "mbox" else key)  # type: ignore[arg-type]  # mbox keys are ints
            if _message_id_of(raw) == message_id:
                return raw
        except (KeyError, ValueError, OSError):
            pass
        for other in box.iterkeys():
            raw = box.get_bytes(other)
            if _message_id_of(raw) == message_id:
                return raw
        return None
    finally:
        box.close()


def _message_id_of(raw: bytes) -> str:
    """A message's id as `parse` makes it, from its headers alone (what finding it again needs)."""
    try:
        headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        found = _bracketless(str(headers.get("Message-ID", "") or ""))
    except Exception:  # junk headers: no id to compare
        return ""
    if found:
        return found
    try:
        return parse(raw, "").message_id
    except Exception:  # junk headers: no id to compare
        return ""


def parse(raw: bytes, source: str, *, received: datetime | None = None) -> MailMessage:
    """A message's headers (its body is read by `MailMessage.text`, when it is wanted). Read as plain text
    (compat32): the header registry's objects of the modern policy cost 1.5 ms a message here, and only the
    subject needs decoding."""
    ends = [at for at in (raw.find(b"\n\n"), raw.find(b"\r\n\r\n")) if at >= 0]
    head = raw[:min(ends) + 2] if ends else raw  # the header block alone: its body is not even decoded here
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(head, headersonly=True)

    def header(name: str) -> str:
        value = message.get(name, "")
        return value if isinstance(value, str) else str(value)

    references = header("References").split() or header("In-Reply-To").split()
    people: list[str] = []
    for name in ("From", "To", "Cc"):
        values = [v if isinstance(v, str) else str(v) for v in message.get_all(name, [])]
        people.extend(a.strip().lower() for _, a in email.utils.getaddresses(values) if "@" in a)
    sender = next((a.strip().lower() for _, a in email.utils.getaddresses([header("From")]) if "@" in a), "")
    subject = " ".join(_decoded(header("Subject")).split())
    sent = _sent(header("Date")) or received
    message_id = _bracketless(header("Message-ID"))
    if not message_id:
        body = _text(raw)
        message_id = _digest(people, sent, subject, body)
    status = header("X-Mozilla-Status").strip()
    deleted = bool(int(status, 16) & _MOZILLA_DELETED) if re.fullmatch(r"[0-9A-Fa-f]{1,4}", status) else False
    return MailMessage(message_id, subject, sent, sender, tuple(dict.fromkeys(people)),
                       _bracketless(references[0]) if references else message_id, source, deleted, raw)


def _decoded(value: str) -> str:
    """A header's RFC 2047 words decoded (=?koi8-r?B?…?=), in the charsets they name."""
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except (LookupError, ValueError, UnicodeDecodeError, email.errors.HeaderParseError):
        return value


def _digest(people: list[str], sent: datetime | None, subject: str, text: str) -> str:
    """A message with no Message-ID named by what a mail program never rewrites (its status headers it
    does: a digest of the whole would change when the message is read)."""
    stable = "\n".join([",".join(people), sent.isoformat() if sent else "", subject, text])
    return "sha256:" + hashlib.sha256(stable.encode("utf-8", "replace")).hexdigest()


def _bracketless(value: str) -> str:
    """An id without its <>, and without a comment after it ("<a@b> (comment)")."""
    inside = re.search(r"<([^<>\s]+)>", value)
    return inside[1] if inside else value.strip().removeprefix("<").removesuffix(">").strip()


def _sent(date: str) -> datetime | None:
    try:
        moment = email.utils.parsedate_to_datetime(date)
        return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
    except (TypeError, ValueError, IndexError, OverflowError):  # no date, or one past what a datetime holds
        return None


def _text(raw: bytes) -> str:
    """The body as plain text: its first text/plain part that is no attachment, else its HTML without tags,
    each decoded in the charset it declares. Walked as plain text (compat32): the modern policy's header
    objects made this the largest cost of an import."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    chosen: dict[str, Any] = {}
    for part in message.walk():
        kind = part.get_content_type()
        if kind in ("text/plain", "text/html") and kind not in chosen \
                and "attachment" not in str(part.get("Content-Disposition", "")).lower():
            chosen[kind] = part
    body = chosen.get("text/plain") or chosen.get("text/html")
    if body is None:
        return ""
    payload = body.get_payload(decode=True)
    charset = body.get_content_charset() or "utf-8"
    try:
        content = payload.decode(charset, "replace") if isinstance(payload, bytes) else str(payload or "")
    except LookupError:  # a charset Python does not know
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if body.get_content_type() == "text/html":
        content = _html_text(content[:EXCERPT * 4])
    text = _BLANK_LINES.sub("\n\n", "\n".join(line.rstrip() for line in content.splitlines())).strip()
    return text[:EXCERPT]


def attachments_in(raw: bytes) -> list[tuple[str, bytes]]:
    """A message's attached files, each (its name, its bytes decoded from base64 or quoted-printable):
    every part with a file name (RFC 2231 and encoded-word names read), attached or inline, and an
    attachment without one under a name of its own; never the message's own text. Those of a message
    forwarded inside it come too."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    found: list[tuple[str, bytes]] = []
    for number, part in enumerate(message.walk(), start=1):
        if part.is_multipart():
            continue
        name = part.get_filename() or (f"attachment-{number}" if part.get_content_disposition() == "attachment"
                                       else "")
        payload = part.get_payload(decode=True)
        if name and isinstance(payload, bytes):
            found.append((_decoded(name), payload))
    return found


class _TextOf(html.parser.HTMLParser):
    """An HTML body's text, in one pass (a regex over unclosed tags took seconds on a large one)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        elif tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden = max(0, self._hidden - 1)

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _html_text(content: str) -> str:
    reader = _TextOf()
    reader.feed(content)
    reader.close()
    return "".join(reader.parts)
