"""Schema 19: contact groups of synced address books, as tags (app/contact_groups.py).

One row a group card: its UID, the tag it is, its version (grown by app.contact_groups.refresh when its
name or members moved here), the fingerprint that version stands for, the members the server lists that
this folder does not have (UIDs or URIs, one a line: written back with the group so that none is dropped),
and when it was deleted here (its tag deleted: the next push deletes the card).

The address books' sync-tokens are forgotten: an older Rapport turned group cards down and its tokens had
moved past them, so the next sync lists each book once in full (only what it does not hold is fetched).
"""

SQL = """
CREATE TABLE contact_group (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL,
    tag_id INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    fingerprint TEXT NOT NULL DEFAULT '',
    kept TEXT NOT NULL DEFAULT '',
    deleted_at TEXT
);
CREATE UNIQUE INDEX contact_group_uid ON contact_group (uid);
UPDATE sync_collection SET sync_token = '', ctag = '', lastmod = '' WHERE kind = 'addressbook';
"""
