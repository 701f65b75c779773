"""Schema 13: the office (issue 14, point 3).

`office_person`: the people of the office, the names deals and tasks are owned by; the one with `me` set
is the user of this data folder (the "Mine" filters keep what that person owns). The names owners carry
on deals and tasks from other laptops count as the office's people too (app/office.py): the list grows
with what sync brings, and this table holds the names a user typed before anyone owned anything.
`task.owner`: who does the task, as deals have had from the start. `sync_account.display_name`: the
name the server gives the account's owner, the first guess at who the user is.
"""

SQL = """
ALTER TABLE task ADD COLUMN owner TEXT NOT NULL DEFAULT '';
CREATE TABLE office_person (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    me INTEGER NOT NULL DEFAULT 0,
    created_at DATETIME NOT NULL
);
CREATE UNIQUE INDEX office_person_name ON office_person (name COLLATE NOCASE);
CREATE INDEX deal_owner ON deal (owner COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX task_owner ON task (owner COLLATE NOCASE) WHERE deleted_at IS NULL;
ALTER TABLE sync_account ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
"""
