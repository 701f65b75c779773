"""Schema 21: a collection's getlastmodified is believed alone only once it was seen to stand for its members.

sync_collection.lastmod_follows = 1 once a listing showed the collection's getlastmodified at the newest of
its members' (Radicale derives it so); until then, and on servers where it is the collection's own date
(no standard says it moves with a member), the getctag is asked at every sync. lastmod_trusted = 0 (schema
7) still says it was caught standing still while a member changed: then it is never believed again.
"""

SQL = """
ALTER TABLE sync_collection ADD COLUMN lastmod_follows INTEGER NOT NULL DEFAULT 0;
"""
