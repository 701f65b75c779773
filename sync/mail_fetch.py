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
    MAIL_LOCK,
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

CHUNK = 200  # messages whose headers one FETCH asks for, and one transaction writes
RECONNECTS = 2  # a connection that drops mid-fetch is made again this often, going on where it stopped
TRIES = 5  # fetches that try again a message the server would not give (then it is said and left there)

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
class _FolderState:
    uidvalidity: int
    last_uid: int
    retry: dict[int, int]  # UID → tries: messages below last_uid the server would not give yet


class _Reading:
    """One folder's messages read in chunks: what each chunk brought is written, with how far it came and
    what is left to try again, in one transaction; its counts join the report only once that committed (a
    chunk read again after a dropped connection is not counted twice)."""

    def __init__(self, owner: MailAccounts, imap: ImapConnection, account: MailAccount, folder: str,
                 uidvalidity: int, people: Any, logged: set[str], origin: Origin, trouble: _Trouble) -> None:
        self.owner, self.imap, self.account, self.folder = owner, imap, account, folder
        self.uidvalidity, self.people, self.logged = uidvalidity, people, logged
        self.origin, self.trouble = origin, trouble
        self.last_uid = 0
        self.retry: dict[int, int] = {}
        self._tally = MailReport()

    def read(self, uids: Sequence[int], last_uid: int, retry: dict[int, int]) -> list[int]:
        """Read these messages, write what concerns the CRM, and note `last_uid` and the retry list (the
        messages of `uids` the server did not give, added; those it gave, taken off). Returns those missing."""
        services, trouble, folder = self.owner.services, self.trouble, self.folder
        trouble.folder, trouble.chunk = folder, tuple(uids)
        alone = (folder, tuple(uids)) in trouble.careful
        tally = MailReport()
        heads, missing = self._headers(uids, alone, tally)
        messages: list[MailMessage] = []
        given: set[int] = set()
        for fetched in _each(self.imap.whole, heads, alone, trouble):
            given.add(fetched.uid)
            try:
                message = parse(fetched.raw, "", received=fetched.received)
            except Exception:  # whatever the parser trips on costs this message only
                tally.unreadable += 1
                continue
            if not for_the_crm(message, self.people):
                tally.not_for_the_crm += 1
                continue
            source = keep_original(services.store.data_dir, message.message_id, fetched.raw)
            messages.append(replace(message, source=source))
        missing += [uid for uid in heads if uid not in given]  # gone meanwhile, or refused: tried again
        left = {uid: tries for uid, tries in retry.items() if uid not in uids}
        left.update({uid: retry.get(uid, 0) + 1 for uid in missing if retry.get(uid, 0) + 1 < TRIES})
        label = f"Fetch mail from {self.account.label}"
        # A chunk of no contact's mail changes nothing of the CRM: its note of how far is bookkeeping (no
        # local change for the next sync to look for).
        with services.writer.write(label, self.origin, bookkeeping=not messages):
            write_messages(services, messages, self.people, tally, label, self.logged)
            self.owner._save_folder(self.account.id, folder, self.uidvalidity, last_uid, left)
        self.last_uid, self.retry = last_uid, left
        trouble.progressed, trouble.chunk = True, ()
        self._tally = tally
        return missing

    def settle(self, report: MailReport) -> None:
        """The counts of the chunk just written, into the report."""
        for name in ("logged", "already_here", "not_for_the_crm", "unreadable"):
            setattr(report, name, getattr(report, name) + getattr(self._tally, name))
        self._tally = MailReport()

    def _headers(self, uids: Sequence[int], alone: bool, tally: MailReport) -> tuple[list[int], list[int]]:
        """(the messages to fetch whole: naming a contact, not here yet — one without a Message-ID is named by
        its text, so it is fetched whole to know —, the messages whose headers the server did not give)."""
        heads: list[tuple[int, MailMessage]] = []
        given: set[int] = set()
        passed = [uid for uid in uids if (self.folder, uid) in self.trouble.passed]
        for fetched in _each(self.imap.headers, [u for u in uids if u not in passed], alone, self.trouble):
            given.add(fetched.uid)
            try:
                heads.append((fetched.uid, parse(fetched.raw, "", received=fetched.received)))
            except Exception:  # junk headers: this message only
                tally.unreadable += 1
        named = [m for _, m in heads if not m.message_id.startswith("sha256:")]
        here = already_here(self.owner.services, [m.message_id for m in named]) | self.logged
        whole: list[int] = []
        for uid, message in heads:
            if not for_the_crm(message, self.people):
                tally.not_for_the_crm += 1
            elif message.message_id in here:
                tally.already_here += 1
            else:
                whole.append(uid)
        return whole, [uid for uid in uids if uid not in given]


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
        failed: list[str] = []  # folders that could not be read (said; kept across a connection made again)
        trouble = _Trouble()
        while True:
            try:
                with self._connect(account.host, account.port, account.username, password,
                                   security=account.security, pinned=account.tls_fingerprint) as imap:
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
                # chunk that was being read one message at a time, the message whose fetch dropped it first.
                # One that dropped it twice alone waits for the next fetch (the folder's retry list: a
                # network that cuts long connections costs a message a delay, never the message); a
                # connection that keeps dropping with nothing written gives up.
                if trouble.single is not None:
                    suspect = (trouble.folder, trouble.single)
                    trouble.drops[suspect] = trouble.drops.get(suspect, 0) + 1
                    if trouble.drops[suspect] >= 2:
                        trouble.passed.add(suspect)
                        trouble.progressed = True
                        log.info("mail fetch from %s: %s UID %s dropped the connection twice: tried again next"
                                 " time", account.label, *suspect)
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
        nothing_new = saved is not None and saved.uidvalidity == status.uidvalidity \
            and 0 < status.uidnext <= saved.last_uid + 1
        if nothing_new and saved is not None and not saved.retry:
            done.folders += 1
            return  # nothing new: STATUS was all it took
        opened = imap.open(folder)
        last, retry = 0, {}
        if saved is not None and saved.uidvalidity == opened.uidvalidity:
            last, retry = saved.last_uid, dict(saved.retry)
        elif saved is not None:
            done.rebuilt.append(folder)  # the server rebuilt it: read again; Message-IDs keep out doubles
        reading = _Reading(self, imap, account, folder, opened.uidvalidity, people, logged, origin, trouble)
        if retry:  # messages the server would not give before (a passing refusal, a connection that dropped)
            missing = reading.read(sorted(retry), last, retry)
            for uid in missing:
                if retry.get(uid, 0) + 1 >= TRIES:  # damaged for good on the server: said, left there
                    done.passed_over.append(f"{folder} UID {uid}")
                    report.unreadable += 1
                    log.warning("mail fetch from %s: %s UID %s could not be read in %s tries: passed over",
                                account.label, folder, uid, TRIES)
            reading.settle(report)
        for start in range(0, 0 if nothing_new else len(uids := imap.uids_after(last)), CHUNK):
            if stop is not None and stop():
                raise SyncStopped(said(QT_TRANSLATE_NOOP("Services", "the fetch was stopped")))
            chunk = uids[start:start + CHUNK]
            reading.read(chunk, chunk[-1], reading.retry)
            reading.settle(report)
            report.read += len(chunk)
            if progress is not None:
                progress(report.read)
        if nothing_new:
            done.folders += 1
            return
        # Every UID below the one the server gave out next when the folder was opened has been seen (the
        # search came after): a STATUS then says whether anything is new.
        self._save_folder(account.id, folder, opened.uidvalidity,
                          max(reading.last_uid, (uids or [0])[-1], opened.uidnext - 1), reading.retry, own_write=True)
        done.folders += 1

    def _folder_state(self, account_id: int, folder: str) -> _FolderState | None:
        row = self._s.store.database.execute_sql(
            "SELECT uidvalidity, last_uid, retry FROM mail_folder WHERE account_id = ? AND name = ?",
            (account_id, folder)).fetchone()
        if row is None:
            return None
        return _FolderState(int(row[0]), int(row[1]), {int(k): int(v) for k, v in json.loads(row[2] or "{}").items()})

    def _save_folder(self, account_id: int, folder: str, uidvalidity: int, last_uid: int, retry: dict[int, int],
                     *, own_write: bool = False) -> None:
        statement = ("INSERT INTO mail_folder (account_id, name, uidvalidity, last_uid, retry) VALUES (?, ?, ?, ?, ?)"
                     " ON CONFLICT (account_id, name) DO UPDATE SET uidvalidity = excluded.uidvalidity,"
                     " last_uid = excluded.last_uid, retry = excluded.retry")
        values = (account_id, folder, uidvalidity, last_uid, json.dumps({str(k): v for k, v in sorted(retry.items())}))
        if not own_write:
            self._s.store.database.execute_sql(statement, values)
            return
        with self._s.writer.write("Note how far mail was read", Origin.SYSTEM, bookkeeping=True):
            self._s.store.database.execute_sql(statement, values)

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
    suspects = [uid for uid in uids if (trouble.folder, uid) in trouble.drops]
    for uid in [*suspects, *(u for u in uids if u not in suspects)]:  # on a fresh connection, the suspect first
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
