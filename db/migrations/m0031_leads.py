"""Schema 31: leads (issue 18, point 2) — people and companies not yet qualified, with where they came from and
how far they got. A lead is a record like the others (a uid, a version, the Trash); when it is qualified it
names the contact, account and deal it became by their uids (as sync carries them: another laptop's lead may
arrive before the records it became; the pane links to those that are here), and keeps the lines of its
calendar object Rapport does not model (sync: a VJOURNAL). Calls, notes and tasks can be about a lead (a
column in the link tables, as for the other kinds: the link tables are made anew, since their CHECK of one
kind a row cannot be altered); qualifying adds the new records to those links, so the history is on both.
"""

SQL = """
CREATE TABLE lead (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    name TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',
    reason TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    closed_at TEXT,
    contact_uid TEXT NOT NULL DEFAULT '',
    account_uid TEXT NOT NULL DEFAULT '',
    deal_uid TEXT NOT NULL DEFAULT '',
    ical_extra TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX lead_live_status_created ON lead (status, created_at) WHERE deleted_at IS NULL;
CREATE INDEX lead_live_source_created ON lead (source, created_at) WHERE deleted_at IS NULL;
CREATE TABLE activity_link_31 (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
    account_id INTEGER REFERENCES account (id) ON DELETE CASCADE,
    deal_id INTEGER REFERENCES deal (id) ON DELETE CASCADE,
    lead_id INTEGER REFERENCES lead (id) ON DELETE CASCADE,
    CHECK ((contact_id IS NOT NULL) + (account_id IS NOT NULL) + (deal_id IS NOT NULL) + (lead_id IS NOT NULL) = 1)
);
INSERT INTO activity_link_31 (id, activity_id, contact_id, account_id, deal_id)
    SELECT id, activity_id, contact_id, account_id, deal_id FROM activity_link;
DROP TABLE activity_link;
ALTER TABLE activity_link_31 RENAME TO activity_link;
CREATE INDEX activity_link_activity ON activity_link (activity_id);
CREATE INDEX activity_link_contact ON activity_link (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX activity_link_account ON activity_link (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX activity_link_deal ON activity_link (deal_id) WHERE deal_id IS NOT NULL;
CREATE INDEX activity_link_lead ON activity_link (lead_id) WHERE lead_id IS NOT NULL;
CREATE TABLE task_link_31 (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
    account_id INTEGER REFERENCES account (id) ON DELETE CASCADE,
    deal_id INTEGER REFERENCES deal (id) ON DELETE CASCADE,
    lead_id INTEGER REFERENCES lead (id) ON DELETE CASCADE,
    CHECK ((contact_id IS NOT NULL) + (account_id IS NOT NULL) + (deal_id IS NOT NULL) + (lead_id IS NOT NULL) = 1)
);
INSERT INTO task_link_31 (id, task_id, contact_id, account_id, deal_id)
    SELECT id, task_id, contact_id, account_id, deal_id FROM task_link;
DROP TABLE task_link;
ALTER TABLE task_link_31 RENAME TO task_link;
CREATE INDEX task_link_task ON task_link (task_id);
CREATE INDEX task_link_contact ON task_link (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX task_link_account ON task_link (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX task_link_deal ON task_link (deal_id) WHERE deal_id IS NOT NULL;
CREATE INDEX task_link_lead ON task_link (lead_id) WHERE lead_id IS NOT NULL;
"""
