"""Schema 9: the table in which a large import notes what it set aside (see db.bulk).

Each row is a statement that puts something back: an index dropped for the import, or the search
index's merge setting. Opening the store runs what is left there after a crash.
"""

SQL = """
CREATE TABLE set_aside (
    name TEXT PRIMARY KEY,
    restore TEXT NOT NULL
);
"""
