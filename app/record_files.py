"""Files on contacts, accounts and deals: a contract, a price list, a message's attachment.

Each file's bytes are kept once, by their SHA-256, in the database (file_content; schema 25 says why there
and not in a folder), however many records hold them and under whatever names; a record lists its files in
its own table (contact_file…), which its undo image, its merges and its purge carry along. Attaching is one
unit of work for every file dropped at once (one Undo takes them back); a file that cannot be read, is a
folder or is too large is named with its reason and the others are attached. The bytes are written and read
in pieces (SQLite's incremental blob I/O), so a large file never sits whole in memory.

A file opens from a copy in the data folder's file cache, read-only, so that a program saving over what it
opened can never change the bytes kept under their digest. The daily upkeep (`tidy_files`) removes copies a
day old and bytes nothing names any more: no record's row and no step of the undo log that could bring
one back.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

import peewee

from app import paths
from app.changes import Result
from app.errors import NotFoundError, RapportError
from app.messages import QT_TRANSLATE_NOOP, Said, said
from app.unit_of_work import Origin, Writer

KINDS = ("contact", "account", "deal")
CHUNK = 1 << 20
# SQLite's own limit on one value (SQLITE_MAX_LENGTH, 1,000,000,000 bytes unless built otherwise), with room
# to spare: a larger file is refused with its size, not with SQLite's "string or blob too big".
SIZE_LIMIT = 900_000_000
CACHE = "file-cache"
CACHE_DAYS = 1
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')  # not in a file name on Windows, macOS or Linux


@dataclass(frozen=True)
class RecordFile:
    id: int
    kind: str  # the record's: contact, account or deal
    name: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True)
class Attached:
    """What an attach did: the files now on the record, those it had already (the same bytes, under the
    name it has them by), and those refused, each with the reason."""

    files: tuple[RecordFile, ...] = ()
    already: tuple[str, ...] = ()
    refused: tuple[tuple[str, Said], ...] = ()


def clean_name(name: str) -> str:
    """A name to list a file by: the last part of a path, without control characters, at most 200
    characters (its extension kept)."""
    base = re.split(r"[/\\]", name.strip())[-1]
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip().strip(".") or "file"
    if len(base) > 200:
        stem, dot, extension = base.rpartition(".")
        base = (stem[: 200 - len(extension) - 1] + dot + extension) if dot and len(extension) <= 16 else base[:200]
    return base


def cache_name(name: str, limit: int = 150) -> str:
    """A file's name as a file system takes it: without characters Windows, macOS or Linux refuse, and at most
    `limit` bytes in UTF-8 (file systems count bytes: 200 Chinese characters are 600), its extension kept."""
    safe = _UNSAFE.sub("_", name).strip(" .") or "file"
    if len(safe.encode()) <= limit:
        return safe
    stem, dot, extension = safe.rpartition(".")
    if not dot or len(extension.encode()) > 16:
        stem, extension = safe, ""
    room = limit - len(extension.encode()) - (1 if extension else 0)
    cut = stem.encode()[:room].decode("utf-8", "ignore").rstrip(" .") or "file"
    return f"{cut}.{extension}" if extension else cut


def _writable(path: Path) -> None:
    """Give the user write permission back on a read-only copy before it is replaced or removed (Windows
    refuses both on a read-only file; POSIX needs it for neither, and it costs nothing there)."""
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def size_text(size: int) -> str:
    """A size as people say it (in the window, QLocale's formattedDataSize says it in the user's language)."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


@dataclass(frozen=True)
class ReadyFile:
    """A file read once to find its digest, before the unit of work takes the write lock."""

    name: str
    size: int
    sha256: str
    path: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class Prepared:
    """Files read for their digests before an attach, and those refused already."""

    ready: tuple[ReadyFile, ...] = ()
    refused: tuple[tuple[str, Said], ...] = ()


class FileService:
    """The files on records. Every write goes through the door (`writer.write`); reads use the store's
    connection of the calling thread."""

    def __init__(self, writer: Writer, data_dir: Path) -> None:
        self._writer = writer
        self._db: peewee.SqliteDatabase = writer.database
        self._data_dir = data_dir

    # --- reading ------------------------------------------------------------------------------

    def files_of(self, kind: str, uid: str) -> list[RecordFile]:
        record_id = self._record_id(kind, uid)
        rows = self._db.execute_sql(
            f"SELECT id, name, size, sha256, added_at FROM {kind}_file WHERE {kind}_id = ?"
            " ORDER BY added_at DESC, name COLLATE NOCASE, id", (record_id,)).fetchall()
        return [RecordFile(int(i), kind, str(n), int(s), str(h), _when(a)) for i, n, s, h, a in rows]

    def get(self, kind: str, file_id: int) -> RecordFile:
        _check_kind(kind)
        row = self._db.execute_sql(f"SELECT id, name, size, sha256, added_at FROM {kind}_file WHERE id = ?",
                                   (file_id,)).fetchone()
        if row is None:
            raise RapportError(said(QT_TRANSLATE_NOOP("Services", "that file is no longer on the record")))
        return RecordFile(int(row[0]), kind, str(row[1]), int(row[2]), str(row[3]), _when(row[4]))

    def save_copy(self, kind: str, file_id: int, target: Path) -> Path:
        """Write the file to `target` (the user's choice): whole, or not at all."""
        found = self.get(kind, file_id)
        partial = target.with_name(target.name + ".partial")
        try:
            with open(partial, "wb") as out:
                self._read_into(found.sha256, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(partial, target)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                partial.unlink()  # nothing half-written is left in the user's folder, whatever stopped it
            if isinstance(exc, OSError):
                raise RapportError(said(QT_TRANSLATE_NOOP("Services", "cannot write %1: %2"), str(target),
                                        exc.strerror or str(exc))) from None
            raise
        return target

    def open_copy(self, kind: str, file_id: int) -> Path:
        """A read-only copy of the file in the data folder's file cache, under its own name, for the
        desktop's program to open. Written anew at each opening (a program that saved over the last copy
        by a rename must not pass its edits off as the kept file), under a temporary name first, so two
        openings at once never hand out a half-written one; kept a day."""
        found = self.get(kind, file_id)
        folder = paths.make_private_dir(self._data_dir / CACHE / found.sha256[:32])
        target = folder / cache_name(found.name)
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".opening-")  # 0600, O_EXCL
        try:
            with os.fdopen(descriptor, "wb") as out:
                self._read_into(found.sha256, out)
            os.chmod(temporary, stat.S_IRUSR)  # a program's Save finds it read-only and asks for another name
            _writable(target)  # (Windows replaces no read-only file)
            os.replace(temporary, target)
        except BaseException:
            _writable(Path(temporary))
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        return target

    def _read_into(self, sha256: str, out: IO[bytes]) -> None:
        row = self._db.execute_sql("SELECT id FROM file_content WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise RapportError(said(QT_TRANSLATE_NOOP("Services", "the file's contents are missing from the"
                                                                  " database")))
        with self._db.connection().blobopen("file_content", "data", int(row[0]), readonly=True) as blob:
            while piece := blob.read(CHUNK):
                out.write(piece)

    # --- writing ------------------------------------------------------------------------------

    def attach(self, kind: str, uid: str, files: Sequence[Path]) -> Result[Attached]:
        """Put files from the disk on a record: one step, whatever their number. Their digests are taken
        first, before the write lock (called inside a unit of work, as the window's Op is, they would be taken
        under it: the window calls `prepare` off the lock itself, then `attach_prepared`)."""
        return self.attach_prepared(kind, uid, self.prepare(files))

    @staticmethod
    def prepare(files: Sequence[Path]) -> Prepared:
        """Each file read once for its digest and size (no write, no lock), or refused with the reason."""
        ready: list[ReadyFile] = []
        refused: list[tuple[str, Said]] = []
        for path in files:
            found = _read_file(path)
            if isinstance(found, ReadyFile):
                ready.append(found)
            else:
                refused.append((clean_name(path.name), found))
        return Prepared(tuple(ready), tuple(refused))

    def attach_prepared(self, kind: str, uid: str, prepared: Prepared) -> Result[Attached]:
        """Put files `prepare` read on a record: one step. A file that changed since is refused whole."""
        return self._attach(kind, uid, list(prepared.ready), list(prepared.refused))

    def attach_data(self, kind: str, uid: str, items: Iterable[tuple[str, bytes]]) -> Result[Attached]:
        """Put files held in memory on a record (a message's attachments): one step."""
        ready: list[ReadyFile] = []
        refused: list[tuple[str, Said]] = []
        for name, data in items:
            if len(data) > SIZE_LIMIT:
                refused.append((clean_name(name), _too_large(len(data))))
            else:
                ready.append(ReadyFile(clean_name(name), len(data), hashlib.sha256(data).hexdigest(), data=data))
        return self._attach(kind, uid, ready, refused)

    def _attach(self, kind: str, uid: str, ready: list[ReadyFile], refused: list[tuple[str, Said]]) -> Result[Attached]:
        attached: list[RecordFile] = []
        already: list[str] = []
        label = "Attach files" if len(ready) > 1 else "Attach a file"
        with self._writer.write(label) as op:
            record_id = self._record_id(kind, uid)
            op.capture(kind, record_id)  # its image holds its files: Undo takes these back
            held = {str(h): str(n) for h, n in self._db.execute_sql(
                f"SELECT sha256, name FROM {kind}_file WHERE {kind}_id = ?", (record_id,))}
            for item in ready:
                if item.sha256 in held:
                    already.append(held[item.sha256])
                    continue
                try:
                    with self._writer.write(label):  # joins this one as a savepoint: a file that changed
                        # while it was read leaves nothing behind
                        self._store_content(item, op.now)
                        file_id = self._db.execute_sql(
                            f"INSERT INTO {kind}_file ({kind}_id, name, sha256, size, added_at) VALUES (?, ?, ?, ?, ?)",
                            (record_id, item.name, item.sha256, item.size, op.now.isoformat(sep=" "))).lastrowid
                except _Changed:
                    refused.append((item.name, said(QT_TRANSLATE_NOOP(
                        "Services", "it changed while it was being read; attach it again"))))
                    continue
                except OSError as exc:
                    refused.append((item.name, said(QT_TRANSLATE_NOOP("Services", "cannot read it: %1"),
                                                    exc.strerror or str(exc))))
                    continue
                held[item.sha256] = item.name
                attached.append(RecordFile(int(file_id), kind, item.name, item.size, item.sha256, op.now))
            if attached:
                op.reindex(kind, [record_id])  # its files' names are searched
        result = Attached(tuple(attached), tuple(already), tuple(refused))
        return Result(result, op.changes)

    def _store_content(self, item: ReadyFile, now: datetime) -> None:
        """The bytes under their digest, unless they are here already (on another record, or taken off one)."""
        if self._db.execute_sql("SELECT 1 FROM file_content WHERE sha256 = ?", (item.sha256,)).fetchone():
            return
        row_id = int(self._db.execute_sql(
            "INSERT INTO file_content (sha256, size, added_at, data) VALUES (?, ?, ?, zeroblob(?))",
            (item.sha256, item.size, now.isoformat(sep=" "), item.size)).lastrowid)
        digest = hashlib.sha256()
        with self._db.connection().blobopen("file_content", "data", row_id) as blob:
            if item.data is not None:
                blob.write(item.data)
                digest.update(item.data)
            else:
                assert item.path is not None
                with open(item.path, "rb") as source:
                    written = 0
                    while piece := source.read(CHUNK):
                        if written + len(piece) > item.size:
                            raise _Changed
                        blob.write(piece)
                        digest.update(piece)
                        written += len(piece)
                    if written != item.size:
                        raise _Changed
        if digest.hexdigest() != item.sha256:
            raise _Changed

    def remove(self, kind: str, uid: str, file_id: int) -> Result[str]:
        """Take a file off a record (Undo puts it back); returns its name."""
        with self._writer.write("Remove a file") as op:
            record_id = self._record_id(kind, uid)
            row = self._db.execute_sql(f"SELECT name FROM {kind}_file WHERE id = ? AND {kind}_id = ?",
                                       (file_id, record_id)).fetchone()
            if row is None:
                raise RapportError(said(QT_TRANSLATE_NOOP("Services", "that file is no longer on the record")))
            op.capture(kind, record_id)
            self._db.execute_sql(f"DELETE FROM {kind}_file WHERE id = ?", (file_id,))
            op.reindex(kind, [record_id])
        return Result(str(row[0]), op.changes)

    def rename(self, kind: str, uid: str, file_id: int, name: str) -> Result[RecordFile]:
        """List a file under another name (its bytes stay as they are)."""
        clean = clean_name(name)
        with self._writer.write("Rename a file") as op:
            record_id = self._record_id(kind, uid)
            if self._db.execute_sql(f"SELECT 1 FROM {kind}_file WHERE id = ? AND {kind}_id = ?",
                                    (file_id, record_id)).fetchone() is None:
                raise RapportError(said(QT_TRANSLATE_NOOP("Services", "that file is no longer on the record")))
            op.capture(kind, record_id)
            self._db.execute_sql(f"UPDATE {kind}_file SET name = ? WHERE id = ?", (clean, file_id))
            op.reindex(kind, [record_id])
        return Result(self.get(kind, file_id), op.changes)

    def _record_id(self, kind: str, uid: str) -> int:
        _check_kind(kind)
        row = self._db.execute_sql(f"SELECT id FROM {kind} WHERE uid = ? AND deleted_at IS NULL", (uid,)).fetchone()
        if row is None:
            raise NotFoundError(kind, uid)
        return int(row[0])

    # --- upkeep -------------------------------------------------------------------------------

    def tidy(self, now: float | None = None) -> int:
        """Copies opened a day ago or more, and bytes nothing names any more, removed (the window's daily
        upkeep, off the UI thread). Returns how many went."""
        now = time.time() if now is None else now
        removed = 0
        cache = self._data_dir / CACHE
        for folder in cache.iterdir() if cache.is_dir() else ():
            for path in folder.iterdir() if folder.is_dir() else ():
                with contextlib.suppress(OSError):
                    if path.lstat().st_mtime < now - CACHE_DAYS * 86_400:
                        _writable(path)
                        path.unlink()
                        removed += 1
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty
        # Bytes no record lists: looked for in the undo log's live steps (Undo or Redo can still take them;
        # a step deleted for good or blocked never can) without the write lock, then made sure of under it.
        unnamed = " AND ".join(f"NOT EXISTS (SELECT 1 FROM {kind}_file x WHERE x.sha256 = c.sha256)" for kind in KINDS)
        named_by_a_step = ("SELECT 1 FROM undo_image i JOIN undo_step s ON s.id = i.step_id"
                           " WHERE s.state IN ('done', 'undone') AND i.id > ? AND i.image LIKE ? LIMIT 1")
        seen_through = int(self._db.execute_sql("SELECT coalesce(max(id), 0) FROM undo_image").fetchone()[0])
        orphans = [str(r[0]) for r in self._db.execute_sql(f"SELECT sha256 FROM file_content c WHERE {unnamed}")]
        gone = [sha256 for sha256 in orphans
                if self._db.execute_sql(named_by_a_step, (0, f"%{sha256}%")).fetchone() is None]
        if not gone:
            return removed
        with self._writer.write("Tidy the files", Origin.SYSTEM, bookkeeping=True):
            for sha256 in gone:
                if self._db.execute_sql(f"SELECT 1 FROM file_content c WHERE sha256 = ? AND {unnamed}",
                                        (sha256,)).fetchone() is None:
                    continue  # attached again meanwhile
                if self._db.execute_sql(named_by_a_step, (seen_through, f"%{sha256}%")).fetchone():
                    continue  # a step taken meanwhile names it
                self._db.execute_sql("DELETE FROM file_content WHERE sha256 = ?", (sha256,))
                removed += 1
        return removed


def move_files(database: peewee.SqliteDatabase, kind: str, from_id: int, to_id: int) -> None:
    """A merge: the other record's files go to the kept one, but for those it has already (the same bytes)."""
    _check_kind(kind)
    kept = {str(r[0]) for r in database.execute_sql(f"SELECT sha256 FROM {kind}_file WHERE {kind}_id = ?", (to_id,))}
    for file_id, sha256 in database.execute_sql(f"SELECT id, sha256 FROM {kind}_file WHERE {kind}_id = ?",
                                                (from_id,)).fetchall():
        if sha256 in kept:
            database.execute_sql(f"DELETE FROM {kind}_file WHERE id = ?", (file_id,))
        else:
            database.execute_sql(f"UPDATE {kind}_file SET {kind}_id = ? WHERE id = ?", (to_id, file_id))
            kept.add(sha256)


class _Changed(Exception):
    """The file read to attach it is not what it was when its digest was taken."""


def _read_file(path: Path) -> ReadyFile | Said:
    """A file's digest and size, read in pieces; or why it cannot be attached."""
    try:
        with open(path, "rb") as source:
            info = os.fstat(source.fileno())
            if not stat.S_ISREG(info.st_mode):
                return said(QT_TRANSLATE_NOOP("Services", "it is not a file (a folder?)"))
            if info.st_size > SIZE_LIMIT:
                return _too_large(info.st_size)
            digest = hashlib.sha256()
            size = 0
            while piece := source.read(CHUNK):
                digest.update(piece)
                size += len(piece)
    except IsADirectoryError:
        return said(QT_TRANSLATE_NOOP("Services", "it is not a file (a folder?)"))
    except OSError as exc:
        return said(QT_TRANSLATE_NOOP("Services", "cannot read it: %1"), exc.strerror or str(exc))
    if size > SIZE_LIMIT:
        return _too_large(size)
    return ReadyFile(clean_name(path.name), size, digest.hexdigest(), path=path)


def _too_large(size: int) -> Said:
    return said(QT_TRANSLATE_NOOP("Services", "it is %1, larger than the %2 a file on a record can be"),
                size_text(size), size_text(SIZE_LIMIT))


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"files are kept on contacts, accounts and deals, not on a {kind}")


def _when(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
