"""Mail from IMAP accounts onto the timeline (read-only, incremental), beside the local stores of
app/mail_import.py: the same matching (a contact's address in From, To or Cc, else nothing is kept), one
record per Message-ID whatever folder or source holds it.

Per folder, the highest UID read under its UIDVALIDITY is kept (schema 23), written in the transaction of
the e-mails it brought: a fetch cut off anywhere (a dropped connection, Cancel, a crash) goes on from there,
and nothing comes twice. A check with nothing new asks each folder's STATUS only. Headers are read first;
a message's whole text (attachments and all) is fetched only when it goes onto a timeline, and is kept in
the data folder, so the original opens offline. The password is only ever in the keyring (sync/credentials.py).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import filelock
import peewee

from app.errors import NotFoundError, RapportError
from app.mail_import import (
    MailReport,
    already_here,
    for_the_crm,
    keep_original,
    people_by_address,
    write_messages,
)
from app.mail_reader import MailMessage, parse
from app.messages import QT_TRANSLATE_NOOP, message_of, restored, said, stored
from app.services import Services
from app.unit_of_work import Origin
from sync.credentials import NO_KEYRING, Credentials
from sync.errors import AuthError, NetworkError, SyncError, SyncStopped
from sync.imap import DEFAULT_PORTS, SECURITIES, Fetched, ImapCertificateError, ImapConnection, server_fingerprint

log = logging.getLogger(__name__)

MAIL_LOCK = "mail.lock"  # in the data folder: held while a fetch is under way (a window and the command line)
CHUNK = 200  # messages whose headers one FETCH asks for, and one transaction writes
RECONNECTS = 2  # a connection that drops mid-fetch is made again this often, going on where it stopped

Connect = Callable[..., ImapConnection]


@dataclass(frozen=True)
class MailAccount:
    id: int
    host: str
    port: int
    username: str
    security: str
    tls_fingerprint: str
    folders: tuple[str, ...]
    last_fetch_at: datetime | None
    last_error: str

    @property
    def key_url(self) -> str:
        """What its password is filed under in the keyring (with the user name)."""
        return f"imap://{self.host}:{self.port}"

    @property
    def label(self) -> str:
        return f"{self.username} at {self.host}"


@dataclass
class AccountFetch:
    account: str
    account_id: int = 0
    folders: int = 0
    rebuilt: list[str] = field(default_factory=list)  # folders whose UIDVALIDITY changed: read again
    error: str = ""
    refused: bool = False  # the server refused the password: not asked again until it is entered again
    passed_over: list[str] = field(default_factory=list)  # "FOLDER UID n": messages whose every fetch dropped
    # the connection (damaged on the server): left there, counted as unreadable


@dataclass
class MailFetchReport(MailReport):
    accounts: list[AccountFetch] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def errors(self) -> list[str]:
        return [f"{a.account}: {a.error}" for a in self.accounts if a.error]


@dataclass
class _Trouble:
    """Where a fetch was when its connection dropped, so that the next connection can tell a network that
    dropped from a message that drops it every time (a damaged file on the server: Dovecot hangs up on it),
    and pass over that message alone instead of stopping at it at every fetch for good."""

    folder: str = ""
    chunk: tuple[int, ...] = ()  # the chunk being read
    single: int | None = None  # the message being fetched alone
    careful: set[tuple[str, tuple[int, ...]]] = field(default_factory=set)  # chunks read one message at a time
    drops: dict[tuple[str, int], int] = field(default_factory=dict)  # drops during a message's own fetch
    passed: set[tuple[str, int]] = field(default_factory=set)  # messages given up on: two drops of their own
    progressed: bool = False  # a chunk was written since the last drop


@dataclass(frozen=True)
class AddedMailAccount:
    account: MailAccount
    in_keyring: bool
    notice: str = ""


class MailBusy(SyncError):
    """Another fetch of this data folder is running."""


class MailAccounts:
    """The IMAP accounts of one data folder, and fetching their mail."""

    def __init__(self, services: Services, credentials: Credentials, connect: Connect = ImapConnection) -> None:
        self._s = services
        self._credentials = credentials
        self._connect = connect

    @property
    def services(self) -> Services:
        return self._s

    # --- accounts ------------------------------------------------------------------------------

    def accounts(self) -> list[MailAccount]:
        rows = self._s.store.database.execute_sql(
            "SELECT id, host, port, username, security, tls_fingerprint, folders, last_fetch_at, last_error"
            " FROM mail_account ORDER BY id").fetchall()
        return [MailAccount(int(r[0]), str(r[1]), int(r[2]), str(r[3]), str(r[4]), str(r[5]),
                            tuple(json.loads(r[6] or "[]")), _moment(r[7]), restored(r[8])) for r in rows]

    def account(self, account_id: int) -> MailAccount:
        found = next((a for a in self.accounts() if a.id == account_id), None)
        if found is None:
            raise NotFoundError("mail account", str(account_id))
        return found

    def add_account(self, host: str, username: str, password: str, *, port: int | None = None,
                    security: str = "tls", folders: Sequence[str] = (), trust_certificate: bool = False,
                    pinned: str = "") -> AddedMailAccount:
        """Log in once (the password is checked before anything is kept), find the folders (Inbox and the
        Sent folder unless `folders` names others), and remember the account; the password goes into the
        keyring, never the database. The same login again keeps the account and takes the new password and
        folders. `trust_certificate`: the certificate the server shows now is pinned (no authority signed it);
        `pinned`: the fingerprint the user looked at and trusted (the window), which this login must meet."""
        host = host.strip()
        if security not in SECURITIES:
            raise RapportError(f"unknown connection security {security!r}: 'tls' or 'starttls'")
        if not host or not username:
            raise RapportError(said(QT_TRANSLATE_NOOP("Services", "a mail account needs a server and a user name")))
        port = port or DEFAULT_PORTS[security]
        fingerprint = pinned.replace(":", "").lower() or (server_fingerprint(host, port, security)
                                                          if trust_certificate else "")
        with self._connect(host, port, username, password, security=security, pinned=fingerprint) as imap:
            present = imap.folders()
            chosen = list(dict.fromkeys(folders)) or ["INBOX", *filter(None, [imap.sent_folder()])]
            missing = [name for name in chosen if name not in present and name.upper() != "INBOX"]
            if missing:
                raise RapportError(said(QT_TRANSLATE_NOOP(
                    "Services", "%1 has no folder %2 (its folders: %3)"), host, ", ".join(missing),
                    ", ".join(present)))
        saved = self._credentials.store(f"imap://{host}:{port}", username, password)
        with self._s.writer.write("Add mail account", Origin.SYSTEM):
            self._s.store.database.execute_sql(
                "INSERT INTO mail_account (host, port, username, security, tls_fingerprint, folders, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (host, port, username) DO UPDATE SET"
                " security = excluded.security, tls_fingerprint = excluded.tls_fingerprint,"
                " folders = excluded.folders, last_error = ''",
                (host, port, username, security, fingerprint, json.dumps(chosen, ensure_ascii=False),
                 self._s.clock.now()))
        account = next(a for a in self.accounts() if (a.host, a.port, a.username) == (host, port, username))
        return AddedMailAccount(account, saved, "" if saved else NO_KEYRING)

    def remove_account(self, account_id: int) -> MailAccount:
        """Forget an account and its password; the e-mails it brought stay on the timelines."""
        account = self.account(account_id)
        with self._s.writer.write("Remove mail account", Origin.SYSTEM):
            self._s.store.database.execute_sql("DELETE FROM mail_account WHERE id = ?", (account_id,))
        self._credentials.forget(account.key_url, account.username)
        return account

    def has_password(self, account: MailAccount) -> bool:
        return self._credentials.get(account.key_url, account.username) is not None

    def set_password(self, account: MailAccount, password: str) -> bool:
        return self._credentials.store(account.key_url, account.username, password)

    def hold_password(self, account: MailAccount, password: str) -> None:
        """A password for this run only (`mail fetch --password-stdin`): the keyring's stays."""
        self._credentials.hold(account.key_url, account.username, password)

    # --- fetching ------------------------------------------------------------------------------

    def fetch(self, *, stop: Callable[[], bool] | None = None, progress: Callable[[int], None] | None = None,
              account_ids: Sequence[int] | None = None, again: bool = False, wait: float = 0.0,
              origin: Origin = Origin.IMPORT) -> MailFetchReport:
        """What is new in every account's folders onto the timelines: one step of the undo log. An account
        that fails (a wrong password, no network) is reported and the others go on. `again`: read every
        folder from its start (only the headers of what is here already: nothing comes twice), for mail of
        people made contacts since it arrived. `stop`: asked between chunks (the window's Cancel). `origin`:
        SYNC for the window's fetches on a timer (not the user's to undo: they would also take away a redo)."""
        lock = filelock.FileLock(str(self._s.store.data_dir / MAIL_LOCK))
        try:
            lock.acquire(timeout=wait)
        except filelock.Timeout:
            raise MailBusy(said(QT_TRANSLATE_NOOP(
                "Services", "mail is being fetched for this data folder already (another window or"
                            " `rapport mail fetch`); this fetch was not started"))) from None
        started = time.perf_counter()
        report = MailFetchReport()
        try:
            people = people_by_address(self._s)
            logged: set[str] = set()
            with self._s.writer.step("Fetch mail", origin, "import"):
                for account in self.accounts():
                    if account_ids is not None and account.id not in account_ids:
                        continue
                    done = AccountFetch(account.label, account.id)
                    report.accounts.append(done)
                    try:
                        self._fetch_account(account, people, logged, report, done, stop, progress, again,
                                            origin)
                    except SyncStopped:
                        report.stopped = True
                    except AuthError as exc:
                        done.error, done.refused = message_of(exc), True
                    except (SyncError, RapportError) as exc:
                        done.error = message_of(exc)
                    except (OSError, peewee.IntegrityError) as exc:  # a full disk; the account removed meanwhile
                        log.warning("mail fetch from %s: %s", account.label, exc)
                        done.error = str(exc)
                    self._note_run(account, done.error)
                    if report.stopped:
                        break
        finally:
            lock.release()
        report.seconds = round(time.perf_counter() - started, 3)
        return report

    def _fetch_account(self, account: MailAccount, people: Any, logged: set[str], report: MailFetchReport,
                       done: AccountFetch, stop: Callable[[], bool] | None,
                       progress: Callable[[int], None] | None, again: bool, origin: Origin) -> None:
        password = self._credentials.get(account.key_url, account.username)
        if password is None:
            raise AuthError(said(QT_TRANSLATE_NOOP(
                "Services", "no password is kept for %1: enter it again (rapport mail add-account)"), account.label))
        if again:
            with self._s.writer.write("Read mail folders again", Origin.SYSTEM):
                self._s.store.database.execute_sql("DELETE FROM mail_folder WHERE account_id = ?", (account.id,))
        reconnects = RECONNECTS
        finished: set[str] = set()
        trouble = _Trouble()
        while True:
            try:
                with self._connect(account.host, account.port, account.username, password,
                                   security=account.security, pinned=account.tls_fingerprint) as imap:
                    failed: list[str] = []
                    for folder in account.folders:
                        if folder in finished:
                            continue
                        try:
                            self._fetch_folder(imap, account, folder, people, logged, report, done, stop,
                                               progress, origin, trouble)
                        except (NetworkError, SyncStopped):
                            raise
                        except SyncError as exc:  # this folder only (deleted, renamed): the others go on
                            failed.append(message_of(exc))
                        finished.add(folder)
                if failed:
                    raise SyncError(failed[0] if len(failed) == 1 else "; ".join(failed))
                return
            except ImapCertificateError:
                raise
            except NetworkError:
                # Dropped mid-fetch: what was written is noted with how far it came; go on from there, the
                # chunk that was being read one message at a time. A message whose own fetch dropped it
                # twice is passed over; a connection that keeps dropping with nothing written gives up.
                if trouble.single is not None:
                    suspect = (trouble.folder, trouble.single)
                    trouble.drops[suspect] = trouble.drops.get(suspect, 0) + 1
                    if trouble.drops[suspect] >= 2:
                        trouble.passed.add(suspect)
                        trouble.progressed = True
                        report.unreadable += 1
                        done.passed_over.append(f"{suspect[0]} UID {suspect[1]}")
                        log.warning("mail fetch from %s: %s UID %s drops the connection at every try: passed over",
                                    account.label, *suspect)
                elif trouble.chunk:
                    trouble.careful.add((trouble.folder, trouble.chunk))
                if trouble.progressed:
                    reconnects, trouble.progressed = RECONNECTS, False
                trouble.single, trouble.chunk = None, ()
                if reconnects == 0:
                    raise
                reconnects -= 1
                log.info("mail fetch from %s: the connection dropped; connecting again", account.label)

    def _fetch_folder(self, imap: ImapConnection, account: MailAccount, folder: str, people: Any,
                      logged: set[str], report: MailFetchReport, done: AccountFetch,
                      stop: Callable[[], bool] | None, progress: Callable[[int], None] | None,
                      origin: Origin, trouble: _Trouble) -> None:
        saved = self._folder_state(account.id, folder)
        status = imap.state(folder)
        if saved is not None and saved[0] == status.uidvalidity and 0 < status.uidnext <= saved[1] + 1:
            done.folders += 1
            return  # nothing new: STATUS was all it took
        opened = imap.open(folder)
        last = 0
        if saved is not None and saved[0] == opened.uidvalidity:
            last = saved[1]
        elif saved is not None:
            done.rebuilt.append(folder)  # the server rebuilt it: read again; Message-IDs keep out doubles
        label = f"Fetch mail from {account.label}"
        for start in range(0, len(uids := imap.uids_after(last)), CHUNK):
            if stop is not None and stop():
                raise SyncStopped(said(QT_TRANSLATE_NOOP("Services", "the fetch was stopped")))
            chunk = uids[start:start + CHUNK]
            trouble.folder, trouble.chunk = folder, tuple(chunk)
            alone = (folder, tuple(chunk)) in trouble.careful
            readable = [uid for uid in chunk if (folder, uid) not in trouble.passed]
            whole_needed = self._wanted(imap, readable, people, logged, report, alone, trouble)
            messages: list[MailMessage] = []
            given = 0
            for fetched in _each(imap.whole, whole_needed, alone, trouble):
                given += 1
                try:
                    message = parse(fetched.raw, "", received=fetched.received)
                except Exception:  # whatever the parser trips on costs this message only
                    report.unreadable += 1
                    continue
                if not for_the_crm(message, people):
                    report.not_for_the_crm += 1
                    continue
                source = keep_original(self._s.store.data_dir, message.message_id, fetched.raw)
                messages.append(replace(message, source=source))
            report.unreadable += len(whole_needed) - given  # gone meanwhile, or the server would not give it
            # A chunk of no contact's mail changes nothing of the CRM: its note of how far is bookkeeping (no
            # local change for the next sync to look for).
            with self._s.writer.write(label, origin, bookkeeping=not messages):
                write_messages(self._s, messages, people, report, label, logged)
                self._save_folder(account.id, folder, opened.uidvalidity, chunk[-1])
            trouble.progressed, trouble.chunk = True, ()
            report.read += len(chunk)
            if progress is not None:
                progress(report.read)
        # Every UID below the one the server gave out next when the folder was opened has been seen (the
        # search came after): a STATUS then says whether anything is new.
        self._save_folder(account.id, folder, opened.uidvalidity, max(last, (uids or [0])[-1], opened.uidnext - 1),
                          own_write=True)
        done.folders += 1

    def _wanted(self, imap: ImapConnection, chunk: Sequence[int], people: Any, logged: set[str],
                report: MailFetchReport, alone: bool, trouble: _Trouble) -> list[int]:
        """Which of a chunk's messages must be fetched whole: those naming a contact and not here yet (by
        their headers alone; one without a Message-ID is named by its text, so it is fetched whole to know)."""
        heads: list[tuple[int, MailMessage | None]] = []
        given = 0
        for fetched in _each(imap.headers, chunk, alone, trouble):
            given += 1
            try:
                heads.append((fetched.uid, parse(fetched.raw, "", received=fetched.received)))
            except Exception:  # junk headers: this message only
                report.unreadable += 1
        report.unreadable += len(chunk) - given  # the server would not give their headers
        named = [m for _, m in heads if m is not None and not m.message_id.startswith("sha256:")]
        here = already_here(self._s, [m.message_id for m in named]) | logged
        whole: list[int] = []
        for uid, message in heads:
            if message is None:
                continue
            if not for_the_crm(message, people):
                report.not_for_the_crm += 1
            elif message.message_id in here:
                report.already_here += 1
            else:
                whole.append(uid)
        return whole

    def _folder_state(self, account_id: int, folder: str) -> tuple[int, int] | None:
        row = self._s.store.database.execute_sql(
            "SELECT uidvalidity, last_uid FROM mail_folder WHERE account_id = ? AND name = ?",
            (account_id, folder)).fetchone()
        return (int(row[0]), int(row[1])) if row is not None else None

    def _save_folder(self, account_id: int, folder: str, uidvalidity: int, last_uid: int, *,
                     own_write: bool = False) -> None:
        statement = ("INSERT INTO mail_folder (account_id, name, uidvalidity, last_uid) VALUES (?, ?, ?, ?)"
                     " ON CONFLICT (account_id, name) DO UPDATE SET uidvalidity = excluded.uidvalidity,"
                     " last_uid = excluded.last_uid")
        if not own_write:
            self._s.store.database.execute_sql(statement, (account_id, folder, uidvalidity, last_uid))
            return
        with self._s.writer.write("Note how far mail was read", Origin.SYSTEM, bookkeeping=True):
            self._s.store.database.execute_sql(statement, (account_id, folder, uidvalidity, last_uid))

    def _note_run(self, account: MailAccount, error: str) -> None:
        with self._s.writer.write("Note a mail fetch", Origin.SYSTEM, bookkeeping=True):
            self._s.store.database.execute_sql(
                "UPDATE mail_account SET last_fetch_at = ?, last_error = ? WHERE id = ?",
                (self._s.clock.now(), stored(error), account.id))  # (a Said, said again in the user's language)


def _each(fetch: Callable[[Sequence[int]], Iterator[Fetched]], uids: Sequence[int], alone: bool,
          trouble: _Trouble) -> Iterator[Fetched]:
    """`fetch` over these messages: all at once, or (`alone`: the chunk's connection dropped before) one
    message at a time, noting which, so a message that drops it again is known."""
    if not alone:
        yield from fetch(uids)
        return
    for uid in uids:
        trouble.single = uid
        yield from fetch([uid])
    trouble.single = None


def _moment(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None
