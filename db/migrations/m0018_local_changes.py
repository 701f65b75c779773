"""Schema 18: a count of the local writes, so that a sync with nothing to upload costs no look at the records.

`local_change.count` grows by one with every write the unit of work commits (app/unit_of_work.py) — the
user's, an import's, a pull's — except the sync's own bookkeeping (the marks it keeps about the server, its
log). `sync_collection.pushed_through` is the count a collection's last complete push started from: while
the count is still there, nothing here changed since, and the push has nothing to look for (sync/engine.py).
A migration counts as a write (db/migrations/__init__.py), so no mark from before it can stand.
"""

SQL = """
CREATE TABLE local_change (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    count INTEGER NOT NULL
);
INSERT INTO local_change (id, count) VALUES (1, 0);
ALTER TABLE sync_collection ADD COLUMN pushed_through INTEGER;
"""
