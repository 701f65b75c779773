"""Schema 29: segments are data (issue 18, point 3): a list's saved filter — its text, a tag, conditions on any
column (custom fields too) combined with and or or — kept in the database, so a backup, the command line and
every window have them (they were one machine's settings). A row each, with an id, so the undo log tracks it.
"""

SQL = """
CREATE TABLE segment (
    id INTEGER PRIMARY KEY,
    list TEXT NOT NULL,
    name TEXT NOT NULL,
    filter_text TEXT NOT NULL DEFAULT '',
    tag TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '[]',
    match_any INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX segment_list_name ON segment (list, name);
"""
