"""Schema 10: one undo log for every write (app/undo.py), replacing the merge-only undo journal.

A step is what the user sees as one action (a field edit, a merge, a whole import); its images are the
records it changed as they were before (phase "before"), and, once undone, as they were after (phase
"redo"). Writes by sync are steps too, without images: they are history, not the user's to undo.

The old journal held undo entries for merges only; they are not carried over (a merge made by an older
Rapport can no longer be undone, which that version's `rapport undo` said of anything else too).
"""

SQL = """
CREATE TABLE undo_step (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    action TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL,
    at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'done',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX undo_step_state ON undo_step (state, origin, id);
CREATE TABLE undo_image (
    id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES undo_step (id) ON DELETE CASCADE,
    phase TEXT NOT NULL,
    tbl TEXT NOT NULL,
    record_id INTEGER,
    created INTEGER NOT NULL DEFAULT 0,
    image TEXT,
    after_hash TEXT
);
CREATE INDEX undo_image_step ON undo_image (step_id, phase);
DROP TABLE undo_journal;
"""
