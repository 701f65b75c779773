"""Schema 6: two-way sync with CardDAV (and later CalDAV) servers.

sync_account: a server account, its URL and user name. Never the password: that lives in the keyring.
sync_collection: an address book (or calendar) of an account, its RFC 6578 sync-token, whether it is
  synced, and whether new local records go there.
sync_item: one remote resource as it was at the last sync: its href (the server's name for it, never
  rebuilt from a UID), etag, the record it is (kind + uid), the hash of its normalised content, the
  text itself (the base of a three-way merge) and the record's local version at that moment. A record
  whose version grew past local_version changed here since; no separate queue is needed.
sync_conflict: what a merge could not settle: both sides' text and the base, until the user decides.
sync_log: one line per run and per notable event, for the status view and `sync status`.
"""

SQL = """
CREATE TABLE sync_account (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    username TEXT NOT NULL,
    principal_url TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    last_sync_at TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    UNIQUE (url, username)
);

CREATE TABLE sync_collection (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES sync_account (id) ON DELETE CASCADE,
    href TEXT NOT NULL,
    kind TEXT NOT NULL,  -- addressbook | calendar
    display_name TEXT NOT NULL DEFAULT '',
    sync_token TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    default_for_new INTEGER NOT NULL DEFAULT 0,
    vcard_version TEXT NOT NULL DEFAULT '3.0',
    last_sync_at TEXT,
    UNIQUE (account_id, href)
);

CREATE TABLE sync_item (
    id INTEGER PRIMARY KEY,
    collection_id INTEGER NOT NULL REFERENCES sync_collection (id) ON DELETE CASCADE,
    href TEXT NOT NULL,
    etag TEXT,  -- NULL when the server gave none: fetched again on the next pull
    record_kind TEXT NOT NULL,  -- contact | account (| activity | task later)
    record_uid TEXT NOT NULL,
    content_hash TEXT NOT NULL DEFAULT '',
    base_text TEXT NOT NULL DEFAULT '',
    local_version INTEGER NOT NULL DEFAULT 0,
    duplicate INTEGER NOT NULL DEFAULT 0,  -- the same UID at a second href: followed at the first only
    error TEXT NOT NULL DEFAULT '',  -- the last per-item error, '' when fine
    UNIQUE (collection_id, href)
);
CREATE INDEX sync_item_record ON sync_item (record_kind, record_uid);

CREATE TABLE sync_conflict (
    id INTEGER PRIMARY KEY,
    collection_id INTEGER REFERENCES sync_collection (id) ON DELETE SET NULL,
    record_kind TEXT NOT NULL,
    record_uid TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '[]',  -- JSON list of the fields both sides changed differently
    local_text TEXT NOT NULL,
    server_text TEXT NOT NULL,
    base_text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',  -- open | kept-local | kept-server
    created_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX sync_conflict_open ON sync_conflict (record_uid) WHERE status = 'open';

CREATE TABLE sync_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    account_id INTEGER REFERENCES sync_account (id) ON DELETE SET NULL,
    level TEXT NOT NULL DEFAULT 'info',  -- info | warning | error
    message TEXT NOT NULL
);
"""
