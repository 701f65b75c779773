"""Schema 25: files on contacts, accounts and deals (app/record_files.py).

file_content: each file's bytes once, by their SHA-256, however many records hold it or under whatever
names. In the database rather than in a folder beside it: a backup stays one file that restores whole
(app/backup.py copies the database), and a file and the row naming it are written in one transaction, so a
crash never leaves a listed file without its bytes or bytes no one lists forever.

contact_file, account_file, deal_file: a file on a record, under the name it was given. They cascade with
their record and their names start with the record's table, so each is part of its record's undo image
(app/undo.py `belongs`) and is taken back with it; the bytes are not (they are shared), which keeps undo
images small. Content no row names and no undo image could bring back is removed by the daily upkeep.
"""

SQL = """
CREATE TABLE file_content (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    added_at DATETIME NOT NULL,
    data BLOB NOT NULL
);
CREATE UNIQUE INDEX file_content_sha256 ON file_content (sha256);
CREATE TABLE contact_file (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES file_content (sha256),
    size INTEGER NOT NULL,
    added_at DATETIME NOT NULL
);
CREATE INDEX contact_file_contact ON contact_file (contact_id);
CREATE INDEX contact_file_sha256 ON contact_file (sha256);
CREATE TABLE account_file (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES file_content (sha256),
    size INTEGER NOT NULL,
    added_at DATETIME NOT NULL
);
CREATE INDEX account_file_account ON account_file (account_id);
CREATE INDEX account_file_sha256 ON account_file (sha256);
CREATE TABLE deal_file (
    id INTEGER PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES file_content (sha256),
    size INTEGER NOT NULL,
    added_at DATETIME NOT NULL
);
CREATE INDEX deal_file_deal ON deal_file (deal_id);
CREATE INDEX deal_file_sha256 ON deal_file (sha256);
"""
