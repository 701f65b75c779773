"""Schema 36: the lists' index — the words of the contacts' and accounts' names and details in the order the
lists show them (db/list_order.py), filled from the search index.

Contentless (content=''): the words are the search index's; an entry is taken out with them (db/list_order.py).
Prefixes of one and two letters only: at a million contacts a third prefix length made the table 423 MB
against 347, and a three-letter prefix's terms are few enough to merge when asked.
"""

import peewee

from db import fts, list_order

SQL = """
CREATE VIRTUAL TABLE search_index_by_name USING fts5(
    name,
    detail,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2',
    detail = column
);
CREATE TABLE search_index_by_name_entry (
    entry INTEGER PRIMARY KEY,  -- the search index's row id of the record (id * 8 + kind code)
    ordered INTEGER NOT NULL    -- its row id in search_index_by_name
);
"""


def fill(database: peewee.SqliteDatabase) -> None:
    list_order.fill(database, fts.KIND_CODES)
