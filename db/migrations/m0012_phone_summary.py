"""Schema 12: the line of where things stand that sync puts on a person's card (app/phone_summary.py).

`sync_collection.phone_summary`: the user turned it on for this address book. `sync_summary` keeps the
line last worked out for each person: when the line worked out now differs, the contact counts as changed
(its version grows) and the next push sends the card with the new line. It is sync's bookkeeping, not the
person's data (an undo of an edit does not bring an old line back: the next sync works it out again).
"""

SQL = """
ALTER TABLE sync_collection ADD COLUMN phone_summary INTEGER NOT NULL DEFAULT 0;
CREATE TABLE sync_summary (
    contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
"""
