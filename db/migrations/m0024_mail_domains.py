"""Schema 24: messages to fetch again, and the e-mail domains whose mail goes onto an account's timeline
although no contact has the address (app/mail_domains.py): only where the user allowed it, one account a
domain.

mail_folder.retry: {UID: tries} of a folder's messages below last_uid the server did not give (a passing
refusal, a connection that dropped on them): fetched again at the next fetches, said and left on the
server after five tries (sync/mail_fetch.py). Nothing a server refused once is passed over for good.

account_mail_domain.account_id cascades: a domain is the account's own row, in its undo image (the name
starts with account_: app/undo.py `belongs`), gone with it.
"""

SQL = """
CREATE TABLE account_mail_domain (
    id INTEGER PRIMARY KEY,
    domain TEXT NOT NULL,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX mail_domain_domain ON account_mail_domain (domain);
CREATE INDEX mail_domain_account ON account_mail_domain (account_id);
ALTER TABLE mail_folder ADD COLUMN retry TEXT NOT NULL DEFAULT '{}';
"""
