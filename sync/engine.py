"""The two-way sync engine: pull, then push, per collection, following ../shared/ARCHITECTURE.md
("Two-way sync"). The kind of collection decides the local side (sync/records.py): AddressBookRecords
for an address book (contacts, accounts), CalendarRecords for a calendar (meetings, tasks).

Pull: first ask whether anything changed at all (the collection's getlastmodified once a listing showed
it at its newest member's, and the getctag every few minutes beside it; else the getctag: one cheap
PROPFIND; nothing more when the answer is "no"), then list what changed
(sync-collection with the stored token; an invalid token → a full listing), fetch the changed items
by multiget in chunks (the next chunk is fetched while this one is written), and apply each chunk in
one transaction; records this side never had (a first pull) are written together. The new
sync-token is written in the transaction of the last chunk, with the deletions; a dropped connection
keeps the old token, and the next run finds the items already applied by their etags.

Push: changed records PUT with If-Match (412 → fetch, merge, try once more), deleted ones DELETE
with If-Match (412 → the server changed it: bring the record back), new ones PUT with
If-None-Match: * (412 → something is there already: adopt it if it is the same card). A write that
timed out is sent again with the same precondition: a 412 with identical content means it went through.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from app.errors import RapportError
from app.messages import QT_TRANSLATE_NOOP, message_of, said
from app.services import Services
from app.unit_of_work import Origin
from sync.calendars import CalendarRecords
from sync.cards import AddressBookRecords, joined, problem_of
from sync.dav import DavClient, lastmod_behind, lastmod_stands_for
from sync.errors import (
    AuthError,
    DavStatusError,
    InsufficientStorage,
    InvalidSyncToken,
    NetworkError,
    PreconditionFailed,
    ServerBusyError,
    SyncError,
    SyncStopped,
    UnusableAnswer,
)
from sync.merge import merge3
from sync.privacy import TABLE as PRIVATE_KINDS
from sync.privacy import in_use, misplaced_items, private_uids, strays
from sync.records import RecordFormatError, Records, RecordView
from sync.state import AccountRow, CollectionRow, ItemMark, ItemRow, SyncState
from sync.storage import (
    Collection,
    CollectionMarks,
    CollectionStorage,
    Discovery,
    Fetched,
    RemoteStorage,
    StorageFactory,
    SyncListing,
    is_weak,
    path_of,
)

log = logging.getLogger(__name__)

CHUNK = 100  # hrefs per multiget
WRITE_CHUNK = 50  # records per write transaction (100 held the lock up to 127 ms on a 10,000-card first pull)
CTAG_EVERY = timedelta(minutes=10)  # a getlastmodified seen to follow the members answers alone this long
MASS_DELETE_MINIMUM = 3  # below this many records, deleting all of them is not "suddenly nothing"
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.@-]{1,120}$")

# A kind of record as a sentence of the log names it, and its plural ("activity" is a meeting; a call,
# an e-mail and a note are "journal" entries).
KIND_WORDS = {
    "contact": said(QT_TRANSLATE_NOOP("Services", "contact")),
    "account": said(QT_TRANSLATE_NOOP("Services", "account")),
    "activity": said(QT_TRANSLATE_NOOP("Services", "meeting")),
    "task": said(QT_TRANSLATE_NOOP("Services", "task")),
    "journal": said(QT_TRANSLATE_NOOP("Services", "call, e-mail or note")),
    "deal": said(QT_TRANSLATE_NOOP("Services", "deal")),
    "lead": said(QT_TRANSLATE_NOOP("Services", "lead")),
    "group": said(QT_TRANSLATE_NOOP("Services", "contact group")),
}
KINDS_WORDS = {
    "contact": said(QT_TRANSLATE_NOOP("Services", "contacts")),
    "account": said(QT_TRANSLATE_NOOP("Services", "accounts")),
    "activity": said(QT_TRANSLATE_NOOP("Services", "meetings")),
    "task": said(QT_TRANSLATE_NOOP("Services", "tasks")),
    "journal": said(QT_TRANSLATE_NOOP("Services", "calls, e-mails and notes")),
    "deal": said(QT_TRANSLATE_NOOP("Services", "deals")),
    "lead": said(QT_TRANSLATE_NOOP("Services", "leads")),
    "group": said(QT_TRANSLATE_NOOP("Services", "contact groups")),
}


def kind_word(kind: str) -> str:
    """A record kind ("contact") as a sentence of the log names it: a Said the window translates."""
    return KIND_WORDS.get(kind, kind)


@dataclass
class CollectionReport:
    collection: str
    pulled_new: int = 0
    pulled_changed: int = 0
    pulled_deleted: int = 0
    merged: int = 0
    conflicts: int = 0
    restored: int = 0  # records brought back because the other side had edited them
    pushed_new: int = 0
    pushed_changed: int = 0
    pushed_deleted: int = 0
    moved_out: int = 0  # records moved to their home: private ones out of an office collection, or back
    full_listing: bool = False
    errors: list[str] = field(default_factory=list)
    refused: str = ""  # a mass delete waiting for the user's word
    nothing_here: bool = False  # no local write since this collection's last complete push: none looked for


@dataclass
class SyncReport:
    collections: list[CollectionReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # what stopped an account's run
    requests: int = 0
    seconds: float = 0.0  # how long the run took, start-up of the command aside

    @property
    def ok(self) -> bool:
        return not self.errors and not any(c.errors or c.refused for c in self.collections)

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "requests": self.requests, "seconds": self.seconds, "errors": self.errors,
                "collections": [asdict(c) for c in self.collections]}


class _Remote:
    """Read once per run: a remote item's fields."""

    def __init__(self, fetched: Fetched, records: Records) -> None:
        self.fetched = fetched
        self.view = records.read(fetched.text, fetched.href)


def records_for(services: Services, collection: CollectionRow) -> Records:
    """The local side of a collection: its address book's or its calendar's records."""
    if collection.kind == "calendar":
        return CalendarRecords(services, collection.components)
    return AddressBookRecords(services, collection.vcard_version, collection.phone_summary, collection.id,
                              shared=not collection.private)


SYNCED_KINDS = ("addressbook", "calendar")


class CollectionSync:
    """One run over one collection. `allow_mass_delete`: the user confirmed that a side listing none of
    the records it had is right."""

    def __init__(self, services: Services, state: SyncState, client: CollectionStorage, collection: CollectionRow,
                 *, allow_mass_delete: bool = False, stop: threading.Event | None = None) -> None:
        self._stop = stop or threading.Event()
        self._s = services
        self._state = state
        self._db = services.store.database
        self._client = client
        self._c = collection
        self._records = records_for(services, collection)
        self._allow_mass_delete = allow_mass_delete
        self.report = CollectionReport(collection.display_name or collection.href)
        self._gone_hrefs: set[str] = set()
        self._wrote = False  # this run sent a write: the server's ctag no longer stands for what we hold

    def _now(self) -> Any:
        return self._s.clock.now()

    def _check_stop(self) -> None:
        """Between chunks and items (never inside a transaction): end the run when asked to."""
        if self._stop.is_set():
            raise SyncStopped(said(
                QT_TRANSLATE_NOOP("Services", "the sync was stopped; it goes on from here next time")))

    # --- pull -----------------------------------------------------------------------------------

    def _unchanged(self) -> tuple[bool, CollectionMarks]:
        """Whether the server shows the collection as it was at the last listing, and what it showed:
        getlastmodified alone once it was seen to follow the members (and not since caught standing
        still) while the getctag (or a full listing) looked recently; else both."""
        c, now = self._c, self._now()
        checked = datetime.fromisoformat(c.ctag_checked_at) if c.ctag_checked_at else None
        quick = (c.lastmod_trusted and c.lastmod_follows and bool(c.lastmod) and checked is not None
                 and timedelta(0) <= now - checked < CTAG_EVERY)
        if not c.sync_token:
            # The first listing looks at everything, which is more than a getctag would tell (and costs
            # as much as getlastmodified 10 times over a big book): getlastmodified, to compare next time.
            marks = self._client.marks(c.href, ctag=False)
            with self._s.writer.write("Sync", Origin.SYNC, bookkeeping=True):
                self._state.set_marks(c.id, ctag_checked_at=now)
            return False, marks
        marks = self._client.marks(c.href, ctag=not quick)
        if quick:
            if marks.lastmod:
                return marks.lastmod == c.lastmod, marks
            # Changed within the second the server answered in, so getlastmodified cannot tell: the ctag
            # decides. Listing instead would store no ctag, and the next run would list once more.
            marks = self._client.marks(c.href, ctag=True)
        with self._s.writer.write("Sync", Origin.SYNC, bookkeeping=True):
            self._state.set_marks(c.id, ctag_checked_at=now)
        return bool(marks.ctag) and marks.ctag == c.ctag, marks

    def _undecided(self, marks: CollectionMarks) -> bool:
        """The collection gave a getlastmodified not yet known to stand for its members, nor known not to."""
        c = self._c
        return bool(marks.lastmod) and c.lastmod_trusted and not c.lastmod_follows

    def _newest_member(self) -> str:
        """Only a question about the server's habits: whatever keeps it from answering (a refusal, a busy
        server, a dropped connection) leaves it undecided and costs the sync nothing."""
        try:
            return self._client.newest_member(self._c.href)
        except SyncStopped:
            raise
        except SyncError as exc:
            log.info("no members' getlastmodified from %s: %s", self._c.href, message_of(exc))
            return ""  # nothing decided: the getctag goes on being asked

    def _judge_lastmod(self, marks: CollectionMarks, newest: str, changes: bool) -> None:
        """Whether the collection's getlastmodified stands for its members. No standard says it moves when
        a member changes (on some servers it is the folder's own date), so it is believed alone only once
        seen at the newest member's (`newest`: what the listing, or a Depth 1 PROPFIND, showed); and never
        again once a member is newer than it, or a change made elsewhere (ours clear the stored one) left
        it where it was."""
        c = self._c
        if not c.lastmod_trusted or not marks.lastmod:
            return
        stayed = changes and c.lastmod and marks.lastmod == c.lastmod
        if stayed or lastmod_behind(marks.lastmod, newest, marks.answered):
            with self._s.writer.write("Sync", Origin.SYNC, bookkeeping=True):
                self._state.set_marks(c.id, lastmod_trusted=False, lastmod_follows=False)
                self._log(said(QT_TRANSLATE_NOOP("Services", "the server's getlastmodified did not move with a change;"
                                                             " asking for the ctag from now on")))
        elif not c.lastmod_follows and lastmod_stands_for(marks.lastmod, newest):
            with self._s.writer.write("Sync", Origin.SYNC, bookkeeping=True):
                self._state.set_marks(c.id, lastmod_follows=True)

    def pull(self) -> None:
        unchanged, marks = self._unchanged()
        if unchanged:
            return  # the server shows the same collection as at the last sync: nothing to list or fetch
        self._records.prepare_pull()
        listing = self._listing()
        items = self._state.marks(self._c.id)
        listed = {href for href, _ in listing.changed}
        if listing.full:
            removed = [href for href in items if href not in listed]
        else:
            removed = [href for href in listing.removed if href in items]
        wanted = [href for href, etag in listing.changed
                  if href not in items or etag is None or items[href].etag != etag]
        changes = bool(wanted or removed)
        if not listing.full:
            # What we wrote after the token's listing and the server does not mention: on a server whose
            # tokens name content, another device may have undone it (a card we uploaded deleted, an edit
            # put back to the old text) and the server is back at the token's state. Fetch and see.
            mentioned = listed | set(listing.removed)
            wanted += sorted(h for h in self._state.written(self._c.id) if h not in mentioned)
        followed = [i for i in items.values() if not i.duplicate]
        gone = [href for href in removed if not items[href].duplicate]
        keep_token = True
        if (gone and len(gone) >= max(MASS_DELETE_MINIMUM, len(followed)) and not self._allow_mass_delete):
            if self._c.kind == "calendar":
                self.report.refused = said(QT_TRANSLATE_NOOP(
                    "Services", "the server lists none of the meetings and tasks synced before (%1); nothing was"
                    " deleted here. If that is right, run the sync again allowing a mass delete"), len(followed))
            else:
                self.report.refused = said(QT_TRANSLATE_NOOP(
                    "Services", "the server lists none of the cards synced before (%1); nothing was deleted here."
                    " If that is right, run the sync again allowing a mass delete"), len(followed))
            removed, keep_token = [], False
        self._gone_hrefs = set(removed)  # an item listed at a new href while its old one is gone has moved
        chunks = [wanted[i : i + CHUNK] for i in range(0, len(wanted), CHUNK)] or [[]]

        def fetch(chunk: list[str]) -> tuple[list[Fetched], list[str]]:
            return self._client.multiget(self._c.href, chunk, self._records.report_kind) if chunk else ([], [])

        # The next chunk is fetched while this one is written: the server's time and ours overlap. The
        # members' getlastmodified, when asked, comes on a second connection meanwhile.
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="sync-fetch") as pool:
            ask = self._undecided(marks) and not listing.newest
            newest = pool.submit(self._newest_member) if ask else None
            pending = pool.submit(fetch, chunks[0])
            for number in range(1, len(chunks) + 1):
                fetched, missing = pending.result()
                self._check_stop()
                last = number == len(chunks)
                if not last:
                    pending = pool.submit(fetch, chunks[number])
                removed.extend(h for h in missing if h in items and h not in removed)
                # Written WRITE_CHUNK at a time: each transaction holds the write lock a short while (an
                # edit in the window waits at most that long); the last one carries the token.
                fetched = sorted(fetched, key=lambda f: self._records.pull_order(f.text))  # companies first
                parts = [fetched[i : i + WRITE_CHUNK] for i in range(0, len(fetched), WRITE_CHUNK)] or [[]]
                for part in parts[:-1]:
                    with self._s.writer.write("Sync", Origin.SYNC):
                        self._apply_chunk(part, items)
                # Only the marks of the listing (nothing fetched, nothing gone): not a local change.
                quiet = not parts[-1] and not (last and removed)
                with self._s.writer.write("Sync", Origin.SYNC, bookkeeping=quiet):
                    self._apply_chunk(parts[-1], items)
                    if last:
                        for href in removed:
                            self._remote_deleted(href)
                        if keep_token and listing.token:
                            self._state.set_token(self._c.id, listing.token, self._now(), marks.ctag,
                                                  marks.lastmod)
                        if keep_token and (listing.token or listing.full):
                            self._state.forget_written(self._c.id)
            self._judge_lastmod(marks, newest.result() if newest else listing.newest, changes)

    def _apply_chunk(self, fetched: list[Fetched], items: dict[str, ItemMark]) -> None:
        """One multiget's worth, inside the caller's transaction. Records this side has never had in any
        form (the first pull of a book) are written together; the others one by one, each in a savepoint
        so that one card that cannot be written costs only itself."""
        remotes: list[_Remote] = []
        for item in sorted(fetched, key=lambda f: self._records.pull_order(f.text)):
            try:
                remotes.append(_Remote(item, self._records))
            except RecordFormatError as exc:
                self.report.errors.append(message_of(exc))
                self._state.item_error(self._c.id, item.href, message_of(exc))
        fresh: list[_Remote] = []
        rest: list[_Remote] = []
        seen: set[tuple[str, str]] = set()
        known: set[tuple[str, str]] = set()
        for kind in {r.view.kind for r in remotes}:
            uids = [r.view.uid for r in remotes if r.view.kind == kind]
            known.update((kind, uid) for uid in self._records.existing(kind, uids))
            known.update((kind, uid) for uid in self._state.followed_uids(kind, uids))
        for remote in remotes:
            key = (remote.view.kind, remote.view.uid)
            unknown = remote.fetched.href not in items and key not in seen and key not in known
            seen.add(key)
            (fresh if unknown else rest).append(remote)
        if fresh:
            try:
                with self._s.writer.write("Sync", Origin.SYNC):
                    self._pull_fresh(fresh)
            except RapportError:
                rest = fresh + rest  # one of them cannot be written: find which, one by one
        for remote in rest:
            try:
                with self._s.writer.write("Sync", Origin.SYNC):
                    self._pull_one(remote)
            except RapportError as exc:
                self.report.errors.append(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), remote.fetched.href,
                                               problem_of(exc)))

    def _pull_fresh(self, remotes: list[_Remote]) -> None:
        versions = self._records.apply_new([r.view for r in remotes])
        self._state.save_items([(self._c.id, r.fetched.href, r.fetched.etag, r.view.kind, r.view.uid, r.view.hash,
                                 r.fetched.text, version, False) for r, version in zip(remotes, versions, strict=True)])
        self.report.pulled_new += len(remotes)

    def _listing(self) -> SyncListing:
        token = self._c.sync_token
        try:
            return self._client.sync_collection(self._c.href, token)
        except InvalidSyncToken:
            log.info("%s: the sync-token is no longer valid; listing everything", self._c.href)
            self.report.full_listing = True
            return self._client.sync_collection(self._c.href, "")
        except DavStatusError as exc:
            if exc.status not in (400, 403, 405, 409, 412, 415, 501):
                raise
            self.report.full_listing = True
            return self._client.list_etags(self._c.href)  # no sync-collection on this server

    def _pull_one(self, remote: _Remote) -> None:
        fetched, view = remote.fetched, remote.view
        item = self._state.item_at(self._c.id, fetched.href)
        if item is None:
            other = self._state.item_of(view.kind, view.uid)
            if other is not None and other.href != fetched.href:
                if other.collection_id == self._c.id and other.href in self._gone_hrefs:
                    self._state.drop_item(other.id)  # it moved on the server: follow it at its new href
                    item = ItemRow(other.id, self._c.id, fetched.href, None, other.record_kind, other.record_uid,
                                   other.content_hash, other.base_text, other.local_version, False)
                else:
                    if self._state.collection_private(other.collection_id) == self._c.private:
                        self.report.errors.append(said(QT_TRANSLATE_NOOP(
                            "Services", "%1: the same card (UID %2) is also at %3; following that one"),
                            fetched.href, view.uid, other.href))
                    # (else the record is moving between the office's collections and the user's own, as
                    # another laptop of this user moved it: its copy there is followed once the old one goes)
                    self._state.save_item(self._c.id, fetched.href, fetched.etag, view.kind, view.uid, view.hash,
                                          fetched.text, 0, duplicate=True)
                    return
        elif item.duplicate:
            self._state.set_etag(item.id, fetched.etag)
            return
        if (item is not None and item.href == fetched.href
                and (view.hash == item.content_hash or view.hash == self._base_hash(item))):
            self._state.set_etag(item.id, fetched.etag)  # a rewrite by the server, or our own upload
            return
        self._take_remote(remote, item)

    def _take_remote(self, remote: _Remote, item: ItemRow | None) -> None:
        """The server has a new or changed card: apply it, merging when this side changed too."""
        view, fetched = remote.view, remote.fetched
        if item is None and not self._c.private:
            # A record this collection did not hold comes into an office collection: the office's (shared
            # again on this user's other laptop, its copy in the own collection gone first).
            self._state.share(view.kind, view.uid)
        state = self._records.state(view.kind, view.uid)
        changed_here = state is not None and (item is None or state[0] > item.local_version)
        if state is None or not changed_here:
            version = self._records.apply(view)
            self._count_pull(new=state is None)
            self._state.save_item(self._c.id, fetched.href, fetched.etag, view.kind, view.uid, view.hash,
                                  fetched.text, version)
            return
        assert state is not None
        if state[1]:
            # Deleted here, changed there: keep the data, with the server's version.
            version = self._records.apply(view)
            self.report.restored += 1
            self._state.save_item(self._c.id, fetched.href, fetched.etag, view.kind, view.uid, view.hash,
                                  fetched.text, version)
            self._log(said(QT_TRANSLATE_NOOP("Services", "%1 %2: deleted here but changed on the server; brought back"),
                           kind_word(view.kind), view.uid))
            return
        self._merge(remote, item)

    def _merge(self, remote: _Remote, item: ItemRow | None) -> None:
        """Both sides changed (or both had the record before the first sync): merge field by field."""
        view, fetched = remote.view, remote.fetched
        local = self._records.view(view.kind, view.uid)
        assert local is not None
        if local.hash == view.hash:  # the same change on both sides
            state = self._records.state(view.kind, view.uid)
            assert state is not None
            self._state.save_item(self._c.id, fetched.href, fetched.etag, view.kind, view.uid, view.hash,
                                  fetched.text, state[0])
            return
        base: RecordView | None = None
        if item is not None and item.base_text:
            try:
                base = self._records.read(item.base_text, item.href)
            except RecordFormatError:
                base = None
        result = merge3(base.fields if base and base.kind == view.kind else None, local.fields, view.fields,
                        self._records.set_fields, self._records.own_fields, self._records.keyed_fields)
        merged = self._records.make_view(view.kind, view.uid, result.merged)
        version = self._records.apply(merged)
        self.report.merged += 1
        if result.conflicts:
            local_text = self._records.write(local)
            self._state.add_conflict(self._c.id, view.kind, view.uid, result.conflicts, local_text, fetched.text,
                                     item.base_text if item else "", self._now())
            self.report.conflicts += 1
            self._log(said(QT_TRANSLATE_NOOP(
                "Services", "%1 %2: both sides changed %3; kept the server's version, yours is in the conflict list"),
                kind_word(view.kind), view.uid, ", ".join(result.conflicts)), level="warning")
        # The item holds the server's card; the record differs from it when local changes were merged in,
        # and a local_version of 0 makes the push upload them.
        self._state.save_item(self._c.id, fetched.href, fetched.etag, view.kind, view.uid, view.hash, fetched.text,
                              version if merged.hash == view.hash else 0)

    def _remote_deleted(self, href: str) -> None:
        item = self._state.item_at(self._c.id, href)
        if item is None:
            return
        state = self._records.state(item.record_kind, item.record_uid)
        self._state.drop_item(item.id)
        if item.duplicate or state is None or state[1]:
            return
        if self._state.take_copy(item.record_kind, item.record_uid) is not None:
            return  # moved to another collection this laptop follows (sync/privacy.py): not deleted
        if state[0] > item.local_version:
            # Deleted there, changed here: the push uploads it again as a new card.
            self._log(said(QT_TRANSLATE_NOOP(
                "Services", "%1 %2: deleted on the server but changed here; uploading it again"),
                kind_word(item.record_kind), item.record_uid))
            return
        self._records.delete(item.record_kind, item.record_uid)
        self.report.pulled_deleted += 1

    def _count_pull(self, *, new: bool) -> None:
        if new:
            self.report.pulled_new += 1
        else:
            self.report.pulled_changed += 1

    # --- push -----------------------------------------------------------------------------------

    def push(self) -> None:
        try:
            self._push()
        finally:
            if self._wrote:
                # The ctag seen before our writes would say "unchanged" if the collection came back to that
                # state (all of it deleted again, say): forget it, and list once on the next run.
                with self._s.writer.write("Sync", Origin.SYNC):
                    self._state.forget_ctag(self._c.id)

    def _push(self) -> None:
        self._records.prepare_push()
        # Read before anything is looked at: a write committed from here on makes the count move past it.
        count = self._state.change_count()
        if count is not None and count == self._c.pushed_through and not self._allow_mass_delete:
            self.report.nothing_here = True
            return
        self._push_changes()
        if count is not None and not self.report.errors and not self.report.refused:
            with self._s.writer.write("Sync", Origin.SYNC, bookkeeping=True):
                self._state.mark_pushed(self._c.id, count)

    def _push_changes(self) -> None:
        in_use_for_all = in_use(self._db)  # nothing private anywhere (most folders): nothing to move, nothing to sort
        for kind in self._records.kinds:
            privacy = in_use_for_all and kind in PRIVATE_KINDS
            misplaced = self._misplaced(kind) if privacy else []
            for item_id, uid in misplaced:
                item = self._state.item(item_id)
                if item is not None:
                    self._per_item(functools.partial(self._move_out, item), uid)
            moving = {item_id for item_id, _ in misplaced}
            changed = [c for c in self._records.changed(self._c.id, kind) if c[0] not in moving]
            deleted = [c for c in changed if c[3]]
            followed = self._state.followed(self._c.id, kind)
            refuse_deletes = (len(deleted) >= max(MASS_DELETE_MINIMUM, followed) and not self._allow_mass_delete)
            if refuse_deletes:
                self.report.refused = said(QT_TRANSLATE_NOOP(
                    "Services", "all the %1 synced with this collection (%2) were deleted here; the server keeps them"
                    " until a sync allowing a mass delete"), KINDS_WORDS.get(kind, kind), len(deleted))
            for item_id, _uid, version, is_deleted in changed:
                if is_deleted and refuse_deletes:
                    continue
                item = self._state.item(item_id)
                if item is None:
                    continue
                if is_deleted:
                    self._per_item(functools.partial(self._push_delete, item), item.href)
                else:
                    self._per_item(functools.partial(self._push_change, item, version), item.href)
            office = self._state.home(kind, False) == self._c.id
            own = privacy and self._state.home(kind, True) == self._c.id
            if office or own:
                unsynced = self._records.unsynced(kind)
                private = private_uids(self._db, kind, [uid for uid, _ in unsynced]) if privacy and unsynced else set()
                for uid, version in unsynced:
                    if (own if uid in private else office):
                        self._per_item(functools.partial(self._push_new, kind, uid, version), uid)
            if privacy and (own or (office and not self._c.private)):
                for uid in strays(self._db, kind, own):  # moving here from the other kind of collection
                    state = self._records.state(kind, uid)
                    if state is not None and not state[1]:
                        self._per_item(functools.partial(self._push_new, kind, uid, state[0]), uid)

    def _misplaced(self, kind: str) -> list[tuple[int, str]]:
        """This collection's items whose record lives elsewhere now (sync/privacy.py): a private record in an
        office collection; a record made the office's in a private one, when an office collection takes it."""
        if self._c.private:
            home = self._state.home(kind, False)
            if home is None or home == self._c.id:
                return []
        return misplaced_items(self._db, self._c.id, self._c.private, kind)

    def _move_out(self, item: ItemRow) -> None:
        """Take a record's copy off this collection, the record kept (its home's push uploads it). A copy
        changed on the server since our last sync stays until the next pull has brought the change here."""
        etag = item.etag
        there = True
        if etag is None or is_weak(etag):
            current = self._client.get(item.href)
            if current is not None and self._records.read(current.text, current.href).hash != self._base_hash(item):
                return
            there, etag = current is not None, current.etag if current is not None else None
        if there:  # (a server that gives no ETag: checked above by its text, deleted without a precondition)
            try:
                self._wrote = True
                self._client.delete(item.href, etag)
            except PreconditionFailed:
                self._log(said(QT_TRANSLATE_NOOP("Services", "%1 %2 changed on the server; it moves after the next"
                                                             " sync has brought the change"),
                               kind_word(item.record_kind), item.record_uid))
                return
        with self._s.writer.write("Sync", Origin.SYNC):
            self._state.drop_item(item.id)
            self._state.note_written(self._c.id, item.href)
        self.report.moved_out += 1

    def _base_hash(self, item: ItemRow) -> str:
        """The hash of the text last synced, worked out again from that text: a hash stored by an older
        Rapport (one that did not fold the case of group names, say) would tell "changed on the server" of
        a card nobody touched, and a card deleted here would come back."""
        if item.base_text:
            try:
                return self._records.read(item.base_text, item.href).hash
            except RecordFormatError:
                pass
        return item.content_hash

    def _per_item(self, action: Callable[[], None], what: str) -> None:
        """Run one item's push; an error of that item is noted and the rest go on."""
        self._check_stop()
        try:
            action()
        except InsufficientStorage:
            raise
        except (RecordFormatError, PreconditionFailed) as exc:
            self.report.errors.append(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), what, message_of(exc)))
        except DavStatusError as exc:
            if exc.status == 401:
                raise
            self.report.errors.append(said(QT_TRANSLATE_NOOP("Services", "%1: %2"), what, message_of(exc)))
            self._state.item_error(self._c.id, what, message_of(exc))

    def _push_change(self, item: ItemRow, version: int) -> None:
        text = self._records.text(item.record_kind, item.record_uid)
        if text is None:
            return
        view = self._records.read(text)
        if view.hash == item.content_hash:
            with self._s.writer.write("Sync", Origin.SYNC):
                self._state.set_local_version(item.id, version)
            return
        etag = item.etag
        if etag is None or is_weak(etag):
            # No etag after our last write, or a weak one (no precondition: If-Match compares strongly):
            # the server's current text says whether it changed.
            current = self._client.get(item.href)
            if current is None:
                self._reupload(item, text, view, version)
                return
            if self._records.read(current.text, current.href).hash != self._base_hash(item):
                self._merge_after_412(item, current)
                return
            etag = current.etag
        try:
            href, new_etag = self._put(item.href, text, etag, view.hash)
        except PreconditionFailed:
            current = self._client.get(item.href)
            if current is None:
                self._reupload(item, text, view, version)
            else:
                self._merge_after_412(item, current)
            return
        except DavStatusError as exc:
            if exc.status not in (404, 410):
                raise
            self._reupload(item, text, view, version)
            return
        with self._s.writer.write("Sync", Origin.SYNC):
            if href != item.href:
                self._state.drop_item(item.id)
            self._state.save_item(self._c.id, href, new_etag, item.record_kind, item.record_uid, view.hash, text,
                                  version)
            self._state.note_written(self._c.id, item.href, href)
        self.report.pushed_changed += 1

    def _merge_after_412(self, item: ItemRow, current: Fetched) -> None:
        """Someone changed the card since our last sync: merge it in now and upload the merge once."""
        with self._s.writer.write("Sync", Origin.SYNC):
            remote = _Remote(current, self._records)
            self._take_remote(remote, item)
        fresh = self._state.item_at(self._c.id, current.href)
        state = self._records.state(remote.view.kind, remote.view.uid)
        if fresh is None or state is None or fresh.local_version == state[0]:
            return  # nothing of ours left to upload
        text = self._records.text(fresh.record_kind, fresh.record_uid)
        assert text is not None
        view = self._records.read(text)
        href, new_etag = self._put(fresh.href, text, fresh.etag, view.hash)
        with self._s.writer.write("Sync", Origin.SYNC):
            self._state.save_item(self._c.id, href, new_etag, fresh.record_kind, fresh.record_uid, view.hash, text,
                                  state[0])
            self._state.note_written(self._c.id, fresh.href, href)
        self.report.pushed_changed += 1

    def _reupload(self, item: ItemRow, text: str, view: RecordView, version: int) -> None:
        """The card is gone from the server but changed here: create it again."""
        with self._s.writer.write("Sync", Origin.SYNC):
            self._state.drop_item(item.id)
        self._push_new(item.record_kind, item.record_uid, version, text=text, view=view)
        self.report.restored += 1

    def _push_delete(self, item: ItemRow) -> None:
        etag = item.etag
        current: Fetched | None = None
        if etag is None or is_weak(etag):
            # No precondition to delete with: the server's current text says whether it changed, before
            # anything is deleted (a changed card is brought back here instead).
            current = self._client.get(item.href)
            if current is None:
                with self._s.writer.write("Sync", Origin.SYNC):
                    self._state.drop_item(item.id)
                return
        else:
            try:
                self._wrote = True
                self._client.delete(item.href, etag)
            except PreconditionFailed:
                current = self._client.get(item.href)
                if current is None:
                    with self._s.writer.write("Sync", Origin.SYNC):
                        self._state.drop_item(item.id)
                    return
        if current is not None and self._records.read(current.text, current.href).hash != self._base_hash(item):
            # Deleted here, changed there: keep the data, with the server's version.
            with self._s.writer.write("Sync", Origin.SYNC):
                remote = _Remote(current, self._records)
                version = self._records.apply(remote.view)
                self._state.save_item(self._c.id, current.href, current.etag, remote.view.kind, remote.view.uid,
                                      remote.view.hash, current.text, version)
            self.report.restored += 1
            self._log(said(QT_TRANSLATE_NOOP("Services", "%1 %2: deleted here but changed on the server; brought back"),
                           kind_word(item.record_kind), item.record_uid))
            return
        if current is not None:  # unchanged on the server but our etag was stale: delete with the fresh one
            self._wrote = True
            self._client.delete(item.href, current.etag)
        with self._s.writer.write("Sync", Origin.SYNC):
            self._state.drop_item(item.id)
            self._state.note_written(self._c.id, item.href)
        self.report.pushed_deleted += 1

    def _push_new(self, kind: str, uid: str, version: int, *, text: str | None = None,
                  view: RecordView | None = None) -> None:
        text = text or self._records.text(kind, uid)
        if text is None:
            return
        view = view or self._records.read(text)
        extension = self._records.extension
        href = self._c.href + resource_name(uid) + extension
        try:
            new_href, etag = self._put(href, text, None, view.hash)
        except PreconditionFailed:
            current = self._client.get(href)
            if current is None:
                raise
            remote = _Remote(current, self._records)
            if remote.view.uid != uid:  # another card sits at the name we chose: take a fresh one
                href = self._c.href + str(uuid.uuid4()) + extension
                new_href, etag = self._put(href, text, None, view.hash)
            else:  # our own earlier upload that we never heard back from, or the same card made elsewhere
                with self._s.writer.write("Sync", Origin.SYNC):
                    self._merge(remote, None)
                return
        with self._s.writer.write("Sync", Origin.SYNC):
            self._state.save_item(self._c.id, new_href, etag, kind, uid, view.hash, text, version)
            self._state.note_written(self._c.id, new_href)
        self.report.pushed_new += 1

    def _put(self, href: str, text: str, etag: str | None, content_hash: str) -> tuple[str, str | None]:
        """PUT; a timeout or a dropped connection is ambiguous, so it is sent once more with the same
        precondition, and a 412 then is checked: the same content there means the first one went through."""
        self._wrote = True
        try:
            return self._client.put(href, text, etag=etag, content_type=self._records.content_type)
        except NetworkError:
            log.info("PUT %s: no answer; sending it again with the same precondition", href)
        try:
            return self._client.put(href, text, etag=etag, content_type=self._records.content_type)
        except PreconditionFailed:
            current = self._client.get(href)
            if current is not None and self._records.read(current.text, current.href).hash == content_hash:
                return path_of(href), current.etag
            raise

    def _log(self, message: str, *, level: str = "info") -> None:
        self._state.log(self._now(), said(QT_TRANSLATE_NOOP("Services", "%1: %2"), self.report.collection, message),
                        level=level)


def resource_name(uid: str) -> str:
    """The file name of a new resource on the server: the UID when it is safe in a URL, else a name made from it."""
    if _SAFE_NAME.match(uid):
        return uid
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "rapport:uid:" + uid))


JOURNAL_CALENDAR = "Calls and notes"  # the name of the calendar made for them (on the server: one language)


class ClientFactory(Protocol):
    """Builds the DavClient of one account; `pinned`: the fingerprint of a certificate the user trusts.
    The engine takes any StorageFactory (sync/storage.py); this narrower one is for callers that need
    the HTTP client itself (the window wraps its `request` to learn refused passwords and Retry-After).
    Every ClientFactory is a StorageFactory."""

    def __call__(self, url: str, username: str, password: str, /, *, pinned: str = "") -> DavClient: ...


class SyncEngine:
    """Runs every enabled collection of every account: pull, then push. Network work happens outside
    transactions; each batch of local writes is one transaction."""

    def __init__(self, services: Services, password_of: Callable[[str, str], str | None],
                 client_factory: StorageFactory | None = None) -> None:
        self._s = services
        self._state = SyncState(services.store.database)
        self._password_of = password_of
        self._client_factory: StorageFactory = client_factory or DavClient

    def _offer_journal(self, account: AccountRow, client: RemoteStorage) -> None:
        """An account added before calls, e-mails and notes were shared has calendars for events and tasks
        only: it gets the calendar for them that adding an account makes now, once (a server that refuses
        is not asked again at every run; the log says why)."""
        calendars = [c for c in self._state.collections(account.id) if c.kind == "calendar"]
        takes = [c for c in calendars if not c.components or "VJOURNAL" in c.components.upper()]
        home = client.calendar_home(account.principal_url) if calendars and not takes and account.principal_url \
            else None
        now = self._s.clock.now()
        note = ""
        made: list[Collection] = []
        if home is not None:
            try:
                made = [c for c in make_journal_calendar(client, home) if "VJOURNAL" in c.components.upper()]
                note = said(QT_TRANSLATE_NOOP("Services", "made the calendar “%1” for the office's calls, e-mails"
                                                          " and notes"), JOURNAL_CALENDAR)
            except (DavStatusError, ServerBusyError, AuthError) as exc:
                note = said(QT_TRANSLATE_NOOP(
                    "Services", "no calendar of this account takes journal entries and none could be made (%1);"
                                " calls, e-mails and notes stay on this computer"), message_of(exc))
        with self._s.writer.write("Sync", Origin.SYNC):
            for found in made:
                self._state.add_collection(account.id, found.href, found.kind, found.display_name,
                                           found.vcard_version, found.components)
            self._state.journal_offered(account.id)
            if note:
                self._state.log(now, note, level="info" if made else "error", account_id=account.id)

    def run(self, *, allow_mass_delete: bool = False, stop: threading.Event | None = None,
            held: frozenset[int] = frozenset()) -> SyncReport:
        """`held`: accounts left out of this run (the window waits for the user's word before a first sync)."""
        report = SyncReport()
        for account in self._state.accounts():
            if stop is not None and stop.is_set():
                break
            if account.id in held:
                continue
            password = self._password_of(account.url, account.username)
            if password is None:
                message = said(QT_TRANSLATE_NOOP("Services", "%1 at %2: no password known; add the account again"),
                               account.username, account.url)
                report.errors.append(message)
                continue
            client = self._client_factory(account.url, account.username, password, pinned=account.tls_fingerprint)
            error = ""
            try:
                if not account.journal_offered:
                    self._offer_journal(account, client)
                for collection in sorted(self._state.collections(account.id), key=_link_order):
                    if not collection.enabled or collection.kind not in SYNCED_KINDS:
                        continue
                    run = CollectionSync(self._s, self._state, client, collection, allow_mass_delete=allow_mass_delete,
                                         stop=stop)
                    report.collections.append(run.report)
                    try:
                        run.pull()
                        run.push()
                    except InsufficientStorage as exc:
                        run.report.errors.append(said(QT_TRANSLATE_NOOP("Services", "%1; the rest was not uploaded"),
                                                      message_of(exc)))
                    except UnusableAnswer as exc:
                        # An answer that cannot be parsed, or that points off the account's server: this
                        # collection's error, recorded; the other collections go on.
                        run.report.errors.append(message_of(exc))
                        with self._s.writer.write("Sync", Origin.SYNC, bookkeeping=True):
                            self._state.log(self._s.clock.now(), said(QT_TRANSLATE_NOOP("Services", "%1: %2"),
                                                                      run.report.collection, message_of(exc)),
                                            level="error", account_id=account.id)
            except RapportError as exc:  # SyncError among them
                error = said(QT_TRANSLATE_NOOP("Services", "%1 at %2: %3"), account.username, account.url,
                             message_of(exc))
                report.errors.append(error)
            finally:
                report.requests += client.requests
                client.close()
            now = self._s.clock.now()
            with self._s.writer.write("Sync", Origin.SYNC, bookkeeping=True):
                self._state.account_result(account.id, now, error)
                self._state.log(now, _summary(report, error), level="error" if error else "info",
                                account_id=account.id)
        return report


def make_journal_calendar(client: Discovery, calendar_home: str) -> list[Collection]:
    """Make the calendar for the office's calls, e-mails and notes (VJOURNAL: Nextcloud's and Fastmail's
    first calendars take events and tasks only) in the home; returns the home's calendars as they are now.
    DavStatusError, ServerBusyError or AuthError when the server will not."""
    client.make_calendar(calendar_home.rstrip("/") + "/journal/", JOURNAL_CALENDAR, ("VJOURNAL",))
    return client.calendars(calendar_home)


def _link_order(collection: CollectionRow) -> int:
    """Address books first, then calendars that take tasks (and so deals): what meetings, calls and tasks
    link to is there before them, and their links need no second look."""
    if collection.kind != "calendar":
        return 0
    taken = collection.components.upper()
    return 1 if not taken or "VTODO" in taken else 2


def _summary(report: SyncReport, error: str) -> str:
    """The log's line for an account's run (a Said: the window shows it in the user's language)."""
    if error:
        return said(QT_TRANSLATE_NOOP("Services", "sync stopped: %1"), error)
    parts = []
    for c in report.collections:
        part = said(QT_TRANSLATE_NOOP(
            "Services", "%1: %2 in, %3 deleted here, %4 out, %5 deleted there, conflicts: %6, errors: %7"),
            c.collection, c.pulled_new + c.pulled_changed, c.pulled_deleted, c.pushed_new + c.pushed_changed,
            c.pushed_deleted, c.conflicts, len(c.errors))
        parts.append(joined([part, c.refused]) if c.refused else part)
    return said(QT_TRANSLATE_NOOP("Services", "sync done: %1"), joined(parts))
