"""Schema 23: IMAP accounts whose mail comes onto the timeline (sync/mail_fetch.py), read-only.

mail_account: where the server is and who logs in; the password is only ever in the keyring. security is
'tls' (TLS from the first byte, port 993) or 'starttls' (port 143, then TLS before the login): a plain
connection is never made. tls_fingerprint: a certificate the user trusts although no authority signed it
(as for the DAV accounts). folders: the folders read, as a JSON list of their names.

mail_folder: how far each folder was read: the highest UID fetched under the folder's UIDVALIDITY, written in
the same transaction as the e-mails it brought, so a fetch cut off anywhere goes on where it stopped and
nothing comes twice. A new UIDVALIDITY (the folder was rebuilt) reads the folder again from the start; the
Message-IDs already here keep that from doubling anything.
"""

SQL = """
CREATE TABLE mail_account (
    id INTEGER PRIMARY KEY,
    host TEXT NOT NULL,
    port INTEGER NOT NULL,
    username TEXT NOT NULL,
    security TEXT NOT NULL DEFAULT 'tls',
    tls_fingerprint TEXT NOT NULL DEFAULT '',
    folders TEXT NOT NULL DEFAULT '[]',
    created_at DATETIME NOT NULL,
    last_fetch_at DATETIME,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX mail_account_login ON mail_account (host, port, username);
CREATE TABLE mail_folder (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES mail_account (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX mail_folder_name ON mail_folder (account_id, name);
"""
