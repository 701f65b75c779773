"""Schema 17: private records and private collections (issue 14, point 3).

`private_record`: a record its user keeps to themself — never in one of the office's collections. It lives
in one of the user's private collections when they have one taking its kind, else on this computer only.
Like a tag, it names its record by kind and row id (the undo log keeps it with the record).
`sync_collection.private`: an address book or calendar that is the user's own, not the office's; what
sync brings from one, or sends to one, is a private record.
"""

SQL = """
CREATE TABLE private_record (
    id INTEGER PRIMARY KEY,
    record_kind TEXT NOT NULL,
    record_id INTEGER NOT NULL
);
CREATE UNIQUE INDEX private_record_record ON private_record (record_kind, record_id);
ALTER TABLE sync_collection ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
"""
