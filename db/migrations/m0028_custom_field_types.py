"""Schema 28: custom fields of more types (long text, money, several choices, a checkbox, a link to a contact
or an account: app/custom_fields.py checks each), and a removed field waits in the Trash with its values
(`in_trash`) until the user restores it or deletes it for good.

SQLite cannot change a CHECK constraint in place, so custom_field is made anew. The foreign keys stay on
while a migration runs (it is one transaction, where the pragma cannot change): dropping the old table would
delete every value through ON DELETE CASCADE. So the values move first to a table that refers to the new
one, the old tables go, and the renames (which SQLite follows in the references) give both their names back.
"""

SQL = """
CREATE TABLE custom_field_28 (
    id INTEGER PRIMARY KEY,
    record_kind TEXT NOT NULL,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    field_type TEXT NOT NULL,
    choices TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0,
    removed_at TEXT,
    in_trash INTEGER NOT NULL DEFAULT 0
);
INSERT INTO custom_field_28 (id, record_kind, key, label, field_type, choices, position, removed_at)
    SELECT id, record_kind, key, label, field_type, choices, position, removed_at FROM custom_field;
CREATE TABLE custom_value_28 (
    id INTEGER PRIMARY KEY,
    field_id INTEGER NOT NULL REFERENCES custom_field_28 (id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL,
    value TEXT NOT NULL
);
INSERT INTO custom_value_28 (id, field_id, record_id, value) SELECT id, field_id, record_id, value FROM custom_value;
DROP TABLE custom_value;
DROP TABLE custom_field;
ALTER TABLE custom_field_28 RENAME TO custom_field;
ALTER TABLE custom_value_28 RENAME TO custom_value;
CREATE UNIQUE INDEX custom_field_record_kind_key ON custom_field (record_kind, key);
CREATE UNIQUE INDEX custom_value_field_id_record_id ON custom_value (field_id, record_id);
CREATE INDEX custom_value_field_value ON custom_value (field_id, value);
"""
REBUILD_SEARCH_INDEX = True  # the custom fields values are searched from now on (db/fts.py)
