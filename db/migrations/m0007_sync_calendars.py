"""Schema 7: CalDAV calendars beside CardDAV address books, and certificates the user trusts.

sync_collection.components: the components a calendar takes (its supported-calendar-component-set,
  e.g. "VEVENT,VTODO"); '' for an address book.
sync_collection.default_for_tasks: new tasks go to this calendar (default_for_new, for a calendar,
  says where new meetings go; a server may keep events and tasks in separate calendars).
sync_collection.ctag, lastmod: the collection's getctag (or its etag) and its getlastmodified, seen
  together before the listing that the stored sync-token covers ('' when not known): while the server
  still shows the same, nothing changed there and the sync-collection REPORT (the server's most
  expensive answer over a big book) is skipped. getlastmodified is far cheaper to ask (Radicale: 0.07 s
  against 0.7 s for getctag over 10,000 cards) but no standard says it moves when a member changes, so
  it is trusted only while the getctag asked now and then (ctag_checked_at) agrees with it;
  lastmod_trusted = 0 once it did not.
sync_account.tls_fingerprint: the SHA-256 fingerprint (hex) of a server certificate the user chose
  to trust although no authority vouches for it (a self-signed home server); '' verifies as usual.
  A public fingerprint only: nothing secret.
"""

SQL = """
ALTER TABLE sync_collection ADD COLUMN components TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_collection ADD COLUMN default_for_tasks INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_collection ADD COLUMN ctag TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_collection ADD COLUMN lastmod TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_collection ADD COLUMN lastmod_trusted INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sync_collection ADD COLUMN ctag_checked_at TEXT;
ALTER TABLE sync_account ADD COLUMN tls_fingerprint TEXT NOT NULL DEFAULT '';
"""
