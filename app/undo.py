"""One undo log for every write, kept in the database (../shared/ARCHITECTURE.md: "Undo is one log in
app/ (before-images per unit of work)"). The window's Undo and Redo, the command line's `undo`, `redo`
and `history` all read it.

A *step* is one thing the user did: a field edit, a merge, a whole import (several transactions). The
unit of work (app/unit_of_work.py) records, for the records a step changes, an *image* of each as it
was before (the row and every row it owns: e-mails, links, tags, custom values, stage history), and the
rows the step created. Undo puts the images back and removes what was created; Redo does the same with
the images the undo took of what it replaced.

Undo never goes behind someone's back: each image keeps the record's version after the step, and a
record changed since (by sync, by another window, by the command line) refuses the undo, naming the
record. The step is then marked as no longer undoable and the next Undo goes on to the one before. A
record the step created that sync has uploaded since goes to the Trash instead of vanishing, so sync
passes the delete on; versions only grow, so sync uploads what an undo changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import peewee

from app.changes import Changes, Result
from app.errors import RapportError, kind_word
from app.messages import QT_TRANSLATE_NOOP, Said, said

if TYPE_CHECKING:
    from app.unit_of_work import Writer

# Records: a uid, a version that grows with each change, a tombstone.
VERSIONED = ("contact", "account", "deal", "activity", "task", "lead")
# Rows without a version that a user action changes too.
PLAIN = ("pipeline", "stage", "tag", "custom_field", "office_person", "crm_setting", "exchange_rate", "segment")
TRACKED = VERSIONED + PLAIN
# Created rows are removed in this order on undo: what refers to others goes first; images are put
# back in the opposite order, so that what a row points at is there before it.
REMOVAL_ORDER = ("lead", "deal", "activity", "task", "contact", "account", "stage", "pipeline", "custom_field", "tag",
                 "office_person", "crm_setting", "exchange_rate", "segment")
RESTORE_ORDER = tuple(reversed(REMOVAL_ORDER))
FLAGS = {"lead": "leads", "contact": "contacts", "account": "accounts", "deal": "deals", "activity": "activities",
         "task": "tasks",
         "pipeline": "pipelines", "stage": "pipelines", "tag": "tags", "custom_field": "custom_fields",
         "office_person": "office", "crm_setting": "currencies", "exchange_rate": "currencies",
         "segment": "segments"}
# Undoing a step that created more records than this cannot be redone (its redo would hold a copy of
# every record: an import of 100,000 cards).
REDO_LIMIT = 2_000
KEPT_STEPS = 500  # older steps are forgotten


class UndoConflictError(RapportError):
    """The step cannot be undone (or redone): a record it changed was changed after it. The message says
    which record and how."""


@dataclass(frozen=True)
class Step:
    id: int
    label: str
    action: str
    origin: str
    at: datetime
    state: str  # done | undone | blocked (changed since: no longer undoable) | final (never undoable)
    reason: str = ""

    @property
    def undoable(self) -> bool:
        return self.state == "done" and self.origin in ("user", "import")


def flag_changes(tables: Iterable[str]) -> Changes:
    return Changes(**{FLAGS[t]: True for t in tables if t in FLAGS})


# --- what a record is made of --------------------------------------------------------------------------


class Shapes:
    """The columns of the tracked tables and the rows each owns (read from the schema once: the
    foreign keys with ON DELETE CASCADE say what belongs to a record)."""

    def __init__(self, database: peewee.SqliteDatabase) -> None:
        self.columns: dict[str, list[str]] = {}
        self.blobs: dict[str, set[str]] = {}
        self.children: dict[str, list[tuple[str, str]]] = {t: [] for t in TRACKED}
        self.referrers: dict[str, list[tuple[str, str]]] = {t: [] for t in TRACKED}  # records pointing at it
        tables = [r[0] for r in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            " AND name NOT LIKE 'search_index%' AND name NOT LIKE 'undo%' AND name NOT LIKE 'sync%'")]
        for table in tables:
            info = database.execute_sql(f"PRAGMA table_info({table})").fetchall()
            self.columns[table] = [c[1] for c in info]
            self.blobs[table] = {c[1] for c in info if str(c[2]).upper() == "BLOB"}
            for fk in database.execute_sql(f"PRAGMA foreign_key_list({table})").fetchall():
                parent, column, on_delete = fk[2], fk[3], fk[6]
                if (parent in self.children and on_delete == "CASCADE" and table not in TRACKED
                        and (table, parent) != ("custom_value", "custom_field")):
                    # (a field's values belong to their records, whose images hold them: a field's own image
                    # of every value would copy 50,000 of them into the log for a relabel)
                    self.children[parent].append((table, column))
                elif parent in self.referrers and table in VERSIONED:
                    self.referrers[parent].append((table, column))

    def owned(self, table: str, record_id: int) -> Iterator[tuple[str, str, tuple[Any, ...]]]:
        """(child table, WHERE clause, parameters) of every set of rows a record owns."""
        for child, column in self.children.get(table, ()):
            yield child, f'"{column}" = ?', (record_id,)
        if table in VERSIONED:  # tags, custom values, privacy point at records by kind and id, without a key
            yield "tagging", "record_kind = ? AND record_id = ?", (table, record_id)
            yield ("custom_value", "record_id = ? AND field_id IN (SELECT id FROM custom_field WHERE record_kind = ?)",
                   (record_id, table))
            yield "private_record", "record_kind = ? AND record_id = ?", (table, record_id)


def _encode(table: str, shapes: Shapes, row: Sequence[Any]) -> list[Any]:
    blobs = shapes.blobs.get(table, set())
    if not blobs:
        return list(row)
    return [{"$b": bytes(v).hex()} if c in blobs and v is not None else v for c, v in zip(shapes.columns[table], row,
                                                                                           strict=True)]


def _decode(value: Any) -> Any:
    return bytes.fromhex(value["$b"]) if isinstance(value, dict) else value


def snapshot(database: peewee.SqliteDatabase, shapes: Shapes, table: str, record_id: int) -> dict[str, Any]:
    """A record (or plain row) with everything it owns, as JSON-ready data; "row" is None when absent."""
    columns = shapes.columns[table]
    row = database.execute_sql(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
    image: dict[str, Any] = {"columns": {table: columns}, "row": _encode(table, shapes, row) if row else None,
                             "owned": {}}
    for child, where, params in shapes.owned(table, record_id):
        rows = database.execute_sql(f"SELECT * FROM {child} WHERE {where} ORDER BY id", params).fetchall()
        image["columns"][child] = shapes.columns[child]
        image["owned"].setdefault(child, []).extend(_encode(child, shapes, r) for r in rows)
    return image


def _insert(database: peewee.SqliteDatabase, table: str, columns: list[str], row: list[Any], *,
            replace: bool = True) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    verb = "INSERT OR REPLACE" if replace else "INSERT"
    database.execute_sql(f"{verb} INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})",
                         [_decode(v) for v in row])


def restore(database: peewee.SqliteDatabase, shapes: Shapes, table: str, record_id: int, image: dict[str, Any],
            now: str) -> int | None:
    """Put a record back as its image shows it. A versioned record gets a new version (versions never go
    back: sync uploads the undo as a change) and `updated_at` now."""
    columns: list[str] = image["columns"][table]
    row = image["row"]
    current = database.execute_sql(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
    for child, where, params in shapes.owned(table, record_id):
        database.execute_sql(f"DELETE FROM {child} WHERE {where}", params)
    if row is None:
        if current is not None:
            database.execute_sql(f"DELETE FROM {table} WHERE id = ?", (record_id,))
        return None
    values = dict(zip(columns, row, strict=True))
    new_version = None
    if table in VERSIONED:
        version = int(current[shapes.columns[table].index("version")]) if current else int(values["version"])
        new_version = version + 1
        values["version"], values["updated_at"] = new_version, now
    if current is None:
        # Not OR REPLACE: a record come since under the same uid (a sync) is not deleted for it, silently and
        # without the triggers that count records (schema 34); the undo fails and says so.
        _insert(database, table, list(values), list(values.values()), replace=False)
    else:
        settable = [c for c in values if c != "id" and c in shapes.columns[table]]
        database.execute_sql(f"UPDATE {table} SET {', '.join(f'{chr(34)}{c}{chr(34)} = ?' for c in settable)}"
                             " WHERE id = ?", [*(_decode(values[c]) for c in settable), record_id])
    for child, rows in image["owned"].items():
        child_columns = image["columns"][child]
        for child_row in rows:
            _make_room(database, child, child_columns, child_row)
            _insert(database, child, child_columns, child_row)
    return new_version


def _make_room(database: peewee.SqliteDatabase, child: str, columns: list[str], row: list[Any]) -> None:
    """A row the record owned goes back under its old id. Another record's row may have that id now (SQLite
    gives a deleted row's id to the next insert when it was the highest: a file attached to another contact
    after a merge dropped a copy): that row moves to a new id first, never overwritten. (No table refers to
    these rows by id.)"""
    if "id" in columns:
        database.execute_sql(f"UPDATE {child} SET id = (SELECT max(id) + 1 FROM {child}) WHERE id = ?",
                             (row[columns.index("id")],))


def belongs(table: str, child: str) -> bool:
    """Whether rows of `child` are part of a record of `table` (a contact's e-mails, a deal's history),
    rather than another record's rows that point at it (an activity's link to the contact)."""
    return child.startswith(table + "_") or (
        table in VERSIONED and child in ("tagging", "custom_value", "private_record", "alarm"))


# Tables of a record's own rows added after the undo log (schema 10), newest first: a hash noted before one
# was added has no (empty) list of it.
ADDED_LATER: tuple[frozenset[str], ...] = (
    frozenset({"contact_file", "account_file", "deal_file"}),  # schema 25
    frozenset({"account_mail_domain"}),  # schema 24
    frozenset({"private_record"}),  # schema 17
)


# Columns added to a row's own table since, with the value rows had when they came: (table, column, value).
COLUMNS_ADDED_LATER: tuple[tuple[str, str, Any], ...] = (
    ("custom_field", "in_trash", 0),  # schema 28
    ("activity", "owner", ""),  # schema 30
)


def content_hashes(table: str, image: dict[str, Any]) -> set[str]:
    """The record's content_hash as this schema and each older one saw it: a step noted before an upgrade is
    still undoable while the record holds no rows of the tables added since, and its added columns hold what
    they were given for the rows there were."""
    hashes = {content_hash(table, image)}
    left_out: set[str] = set()
    for tables in ADDED_LATER:
        left_out |= tables
        hashes.add(content_hash(table, image, without_empty=frozenset(left_out)))
    older = _without_added_columns(table, image)
    if older is not None:
        hashes.add(content_hash(table, older))
    return hashes


def _without_added_columns(table: str, image: dict[str, Any]) -> dict[str, Any] | None:
    columns = list(image["columns"][table])
    row = image["row"]
    if row is None:
        return None
    keep = [i for i, c in enumerate(columns)
            if not any(t == table and c == column and row[i] == value for t, column, value in COLUMNS_ADDED_LATER)]
    if len(keep) == len(columns):
        return None
    return {**image, "columns": {**image["columns"], table: [columns[i] for i in keep]},
            "row": [row[i] for i in keep]}


def content_hash(table: str, image: dict[str, Any], *, without_empty: frozenset[str] = frozenset()) -> str:
    """What a record holds, without the version and time that every write (an undo too) moves on.
    `without_empty`: tables left out when they hold none of the record's rows (as an older schema saw it)."""
    row = image["row"]
    if row is not None and table in VERSIONED:
        columns = image["columns"][table]
        row = [None if c in ("version", "updated_at") else v for c, v in zip(columns, row, strict=True)]
    own = {child: rows for child, rows in image["owned"].items()
           if belongs(table, child) and (rows or child not in without_empty)}
    text = json.dumps([row, own], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def linked_records(image: dict[str, Any]) -> Iterator[tuple[str, int]]:
    """Records an image's owned rows point at (an activity's contacts, a link's account): their search
    entries may show this record."""
    for child, rows in image["owned"].items():
        columns = image["columns"][child]
        for kind in VERSIONED:
            column = f"{kind}_id"
            if column in columns:
                at = columns.index(column)
                yield from ((kind, int(r[at])) for r in rows if r[at] is not None)


# --- the log ---------------------------------------------------------------------------------------------


def _step(row: Sequence[Any]) -> Step:
    at = row[4] if isinstance(row[4], datetime) else datetime.fromisoformat(str(row[4]))
    return Step(int(row[0]), str(row[1]), str(row[2]), str(row[3]), at, str(row[5]), str(row[6]))


_STEP_COLUMNS = "id, label, action, origin, at, state, reason"
_NAMES = {"contact": "display_name", "account": "name", "deal": "title", "activity": "subject", "task": "title",
          "lead": "name",
          "pipeline": "name", "stage": "name", "tag": "name", "custom_field": "label", "segment": "name"}


class UndoLog:
    """Reading the log, and undoing and redoing its steps. Built with the Writer that records it."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer
        self._db = writer.database

    def history(self, limit: int = 50) -> list[Step]:
        """The newest steps first, every origin (sync's too)."""
        rows = self._db.execute_sql(f"SELECT {_STEP_COLUMNS} FROM undo_step ORDER BY id DESC LIMIT ?", (limit,))
        return [_step(r) for r in rows]

    def next_undo(self, action: str | None = None) -> Step | None:
        """The step Undo would undo (the newest of this kind of action, when given)."""
        kind = "" if action is None else " AND action = ?"
        row = self._db.execute_sql(
            f"SELECT {_STEP_COLUMNS} FROM undo_step WHERE state = 'done' AND origin IN ('user', 'import'){kind}"
            " ORDER BY id DESC LIMIT 1", () if action is None else (action,)).fetchone()
        return _step(row) if row else None

    def next_redo(self) -> Step | None:
        row = self._db.execute_sql(
            f"SELECT {_STEP_COLUMNS} FROM undo_step WHERE state = 'undone' ORDER BY id ASC LIMIT 1").fetchone()
        return _step(row) if row else None

    def undoable_count(self, step_ids: Sequence[int]) -> int:
        """How many of these steps can still be undone."""
        if not step_ids:
            return 0
        marks = ", ".join("?" * len(step_ids))
        return int(self._db.execute_sql(f"SELECT count(*) FROM undo_step WHERE state = 'done' AND id IN ({marks})",
                                        list(step_ids)).fetchone()[0])

    def rename(self, step_id: int, label: str) -> None:
        """Give a step the name the user knows the action by ("Edit Phone" rather than "Edit contact")."""
        from app.unit_of_work import Origin

        with self._writer.write("Name a step", Origin.SYSTEM):
            self._db.execute_sql("UPDATE undo_step SET label = ? WHERE id = ?", (label, step_id))

    def undo(self, action: str | None = None, *, move_on: bool = True) -> Result[Step | None]:
        """Undo the newest step the user can undo (of this kind of action, when given). UndoConflictError
        when a record it changed was changed after it; with `move_on` the step is then marked as no
        longer undoable, so that the next Undo goes on to the one before it (as Ctrl+Z must: a change
        sync made is not the user's to undo, and must not block every Undo after it)."""
        step = self.next_undo(action)
        if step is None:
            return Result(None, Changes())
        return self._replay(step, "before", f"Undo {step.label}", "undone", move_on)

    def redo(self) -> Result[Step | None]:
        step = self.next_redo()
        if step is None:
            return Result(None, Changes())
        return self._replay(step, "redo", f"Redo {step.label}", "done", True)

    def _replay(self, step: Step, phase: str, label: str, new_state: str, move_on: bool) -> Result[Step | None]:
        from app.unit_of_work import Origin

        try:
            into = (step.id, "redo" if phase == "before" else "")
            with self._writer.write(label, Origin.USER, record_into=into) as op:
                # Records go back one at a time, each with its own rows: a contact's tie to a deal the same
                # replay brings back later (a redone qualify) holds once the whole step is back, at commit.
                self._db.execute_sql("PRAGMA defer_foreign_keys = ON")
                images = self._images(step.id, phase)
                if phase == "redo" and not images:
                    raise UndoConflictError(said(QT_TRANSLATE_NOOP(
                        "Services", "“%1” cannot be redone: it created too many records to keep a copy"), step.label))
                self._check(step, images)
                tables = self._put_back(op, images)
                if phase == "redo":
                    self._db.execute_sql("DELETE FROM undo_image WHERE step_id = ? AND phase = 'redo'", (step.id,))
                self._db.execute_sql("UPDATE undo_step SET state = ? WHERE id = ?", (new_state, step.id))
                op.mark(flag_changes(tables))
        except UndoConflictError as exc:
            if move_on:
                with self._writer.write("Mark a step as no longer undoable", Origin.SYSTEM):
                    self._db.execute_sql("UPDATE undo_step SET state = 'blocked', reason = ? WHERE id = ?",
                                         (str(exc), step.id))
            raise
        return Result(Step(step.id, step.label, step.action, step.origin, step.at, new_state), op.changes)

    def _check(self, step: Step, images: list[_Image]) -> None:
        """Refuse when a record the step changed was changed since: it no longer holds what the step left.
        (Contents are compared, not versions: an undo or redo in between gives a record a new version.)"""
        shapes = self._writer.shapes
        for image in images:
            if image.record_id is None:  # the records a large import created: they keep their first version
                if image.table in VERSIONED:
                    self._check_created(step, image)
                continue
            if image.after is None:
                continue
            now = snapshot(self._db, shapes, image.table, image.record_id)
            if now["row"] is None and image.created:
                continue  # created by the step and gone since: nothing to take back
            if now["row"] is None:
                raise UndoConflictError(said(QT_TRANSLATE_NOOP(
                    "Services", "cannot undo %1: there is no %2 any more (it was deleted for good after it)"),
                    _what(step), _name_in(image.table, image.image)))
            if image.after not in content_hashes(image.table, now):
                raise UndoConflictError(_edited_after(step, self._name(image.table, image.record_id)))

    def _check_created(self, step: Step, image: _Image) -> None:
        expected = {int(i): int(v) for i, v in json.loads(image.image or "[]")}
        for chunk in _chunks(list(expected)):
            rows = self._db.execute_sql(
                f"SELECT id, version FROM {image.table} WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
            for found_id, version in rows:
                if int(version) != expected[found_id]:
                    raise UndoConflictError(_edited_after(step, self._name(image.table, found_id)))

    def _name(self, table: str, record_id: int) -> Said:
        column = _NAMES.get(table, "name")
        row = self._db.execute_sql(f"SELECT {column} FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if row:
            return said(QT_TRANSLATE_NOOP("Services", "the %1 “%2”"), _kind(table), row[0])
        return said(QT_TRANSLATE_NOOP("Services", "a %1"), _kind(table))

    def _images(self, step_id: int, phase: str) -> list[_Image]:
        return [_Image(*row) for row in self._db.execute_sql(
            "SELECT tbl, record_id, created, image, after_hash FROM undo_image"
            " WHERE step_id = ? AND phase = ? ORDER BY id DESC", (step_id, phase))]

    def _put_back(self, op: Any, images: list[_Image]) -> set[str]:
        shapes = self._writer.shapes
        now = op.now.isoformat(sep=" ")
        created: dict[str, list[int]] = {}
        moved: dict[str, dict[int, tuple[int, int]]] = {}
        tables: set[str] = set()
        images = sorted(images, key=lambda i: RESTORE_ORDER.index(i.table))  # stable: newest first within a table
        for image in images:  # what the replay replaces, for the way back: all of it before anything moves
            if not image.created and image.record_id is not None:
                op.capture(image.table, image.record_id)
            elif image.created and image.record_id is not None:
                # (a record the step made, as it is now: putting back another record first would drop the
                # rows they share — a deal's tie to the contact it was made for — from its copy for the redo)
                created.setdefault(image.table, []).append(image.record_id)
        for table, made in created.items():
            if len(made) <= REDO_LIMIT:
                for record_id in made:
                    op.capture(table, record_id)
        created = {}
        for image in images:
            tables.add(image.table)
            if image.created:
                if image.record_id is not None:
                    created.setdefault(image.table, []).append(image.record_id)
                else:
                    created.setdefault(image.table, []).extend(int(pair[0]) for pair in json.loads(image.image or "[]"))
                continue
            assert image.record_id is not None and image.image is not None
            data = json.loads(image.image)
            version = restore(self._db, shapes, image.table, image.record_id, data, now)
            if version is not None and data["row"] is not None:
                old = data["row"][data["columns"][image.table].index("version")]
                moved.setdefault(image.table, {})[image.record_id] = (int(old), version)
            if image.table in VERSIONED:
                op.reindex(image.table, [image.record_id])
            for kind, linked in linked_records(data):
                op.reindex(kind, [linked])
            for kind, column in shapes.referrers.get(image.table, ()):  # a deal shows its account's name
                op.reindex(kind, [r[0] for r in self._db.execute_sql(
                    f'SELECT id FROM {kind} WHERE "{column}" = ?', (image.record_id,))])
        for table, records in moved.items():
            self._renote(table, records)
        for table in REMOVAL_ORDER:
            ids = created.get(table)
            if ids:
                self._remove_created(op, table, ids)
        return tables

    def _renote(self, table: str, moved: dict[int, tuple[int, int]]) -> None:
        """Records now hold what they held at an old version, under a new one ({id: (old, new)}): the
        lists of records an import created, which are checked by version, take the new one."""
        rows = list(self._db.execute_sql(
            "SELECT i.id, i.image FROM undo_image i JOIN undo_step s ON s.id = i.step_id"
            " WHERE i.tbl = ? AND i.created = 1 AND i.record_id IS NULL AND s.state IN ('done', 'undone')",
            (table,)))
        for image_id, text in rows:
            pairs = json.loads(text or "[]")
            changed = False
            for pair in pairs:
                old_new = moved.get(int(pair[0]))
                if old_new is not None and int(pair[1]) == old_new[0]:
                    pair[1], changed = old_new[1], True
            if changed:
                self._db.execute_sql("UPDATE undo_image SET image = ? WHERE id = ?", (json.dumps(pairs), image_id))

    def _remove_created(self, op: Any, table: str, ids: list[int]) -> None:
        """Rows the step created: gone; a record sync has uploaded since goes to the Trash instead, so that
        sync deletes it on the server too."""
        if len(ids) <= REDO_LIMIT:
            for record_id in ids:
                op.capture(table, record_id)
        else:
            op.skip_redo()
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            if table in VERSIONED:
                self._db.execute_sql(
                    f"UPDATE {table} SET deleted_at = ?, version = version + 1, updated_at = ? WHERE id IN ({marks})"
                    f" AND uid IN (SELECT record_uid FROM sync_item WHERE record_kind = ?)",
                    [op.now, op.now, *chunk, table])
                gone = [int(r[0]) for r in self._db.execute_sql(
                    f"SELECT id FROM {table} WHERE id IN ({marks}) AND deleted_at IS NULL", chunk)]
                self._db.execute_sql(f"DELETE FROM {table} WHERE id IN ({marks}) AND deleted_at IS NULL", chunk)
                if gone:  # what points at it by kind and id, without a key: else the next record made
                    ids_sql = ", ".join("?" * len(gone))  # gets its id, and with it these rows
                    self._db.execute_sql(f"DELETE FROM tagging WHERE record_kind = ? AND record_id IN ({ids_sql})",
                                         [table, *gone])
                    self._db.execute_sql(
                        f"DELETE FROM custom_value WHERE record_id IN ({ids_sql}) AND field_id IN"
                        " (SELECT id FROM custom_field WHERE record_kind = ?)", [*gone, table])
                    self._db.execute_sql(f"DELETE FROM private_record WHERE record_kind = ? AND record_id IN"
                                         f" ({ids_sql})", [table, *gone])
                op.reindex(table, chunk)
            else:
                self._db.execute_sql(f"DELETE FROM {table} WHERE id IN ({marks})", chunk)


def _what(step: Step) -> Said:
    """A step as a message names it."""
    if step.action == "merge":
        return said(QT_TRANSLATE_NOOP("Services", "the merge"))
    if step.action == "import":
        return said(QT_TRANSLATE_NOOP("Services", "the import"))
    return said(QT_TRANSLATE_NOOP("Services", "“%1”"), step.label)


def _edited_after(step: Step, name: Said) -> Said:
    return said(QT_TRANSLATE_NOOP("Services", "cannot undo %1: %2 was edited after it"), _what(step), name)


def _kind(table: str) -> str:
    """A table as a message names its records: "custom field"."""
    return kind_word(table.replace("_", " "))


def _name_in(table: str, image_text: str | None) -> str:
    """A record's name as an image of it shows it (the record itself is gone)."""
    image = json.loads(image_text) if image_text else {}
    row, columns = image.get("row"), image.get("columns", {}).get(table, [])
    column = _NAMES.get(table, "name")
    if row is None or column not in columns:
        return _kind(table)
    return said(QT_TRANSLATE_NOOP("Services", "%1 “%2”"), _kind(table), row[columns.index(column)])


@dataclass(frozen=True)
class _Image:
    table: str
    record_id: int | None  # None: a list of created (id, version) pairs in `image`
    created: int
    image: str | None
    after: str | None  # the content hash the step left


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])
