"""Schema 16: what this side wrote to a collection since the sync-token it holds.

Radicale and Xandikos name a collection's state by its content: a card uploaded after the last listing
and deleted by another device brings the server back to the very state the stored token names, and
"what changed since then" is nothing although this side holds the card. Each href written (PUT or DELETE)
is kept here, in the transaction that records the write, until a listing from a later token; the next
listing fetches the ones it does not mention, so that such a card's absence, or an edit put back to the
old text, is seen all the same.
"""

SQL = """
CREATE TABLE sync_written (
    collection_id INTEGER NOT NULL REFERENCES sync_collection (id) ON DELETE CASCADE,
    href TEXT NOT NULL,
    PRIMARY KEY (collection_id, href)
) WITHOUT ROWID;
"""
