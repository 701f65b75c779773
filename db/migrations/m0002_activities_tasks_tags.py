"""Schema 2: activities and tasks linked to contacts, accounts or deals; tags; custom fields."""

SQL = """
CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'email', 'note')),
    occurred_at TEXT NOT NULL,
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
    subject TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_occurred ON activity (occurred_at);

CREATE TABLE activity_link (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
    account_id INTEGER REFERENCES account (id) ON DELETE CASCADE,
    deal_id INTEGER REFERENCES deal (id) ON DELETE CASCADE,
    CHECK ((contact_id IS NOT NULL) + (account_id IS NOT NULL) + (deal_id IS NOT NULL) = 1)
);
CREATE INDEX activity_link_activity ON activity_link (activity_id);
CREATE INDEX activity_link_contact ON activity_link (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX activity_link_account ON activity_link (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX activity_link_deal ON activity_link (deal_id) WHERE deal_id IS NOT NULL;

CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    title TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    due_time TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 9),
    status TEXT NOT NULL DEFAULT 'needs-action'
        CHECK (status IN ('needs-action', 'in-process', 'completed', 'cancelled')),
    percent_complete INTEGER NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
    completed_at TEXT,
    reminder_at TEXT,
    recurrence TEXT NOT NULL DEFAULT ''
);
CREATE INDEX task_due ON task (due_date, due_time) WHERE deleted_at IS NULL;
CREATE INDEX task_reminder ON task (reminder_at) WHERE reminder_at IS NOT NULL;

CREATE TABLE task_link (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
    account_id INTEGER REFERENCES account (id) ON DELETE CASCADE,
    deal_id INTEGER REFERENCES deal (id) ON DELETE CASCADE,
    CHECK ((contact_id IS NOT NULL) + (account_id IS NOT NULL) + (deal_id IS NOT NULL) = 1)
);
CREATE INDEX task_link_task ON task_link (task_id);
CREATE INDEX task_link_contact ON task_link (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX task_link_account ON task_link (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX task_link_deal ON task_link (deal_id) WHERE deal_id IS NOT NULL;

CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,  -- casefold(name): NOCASE folds only A-Z, and "Клиент" must equal "клиент"
    color TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX tag_name_key ON tag (name_key);

CREATE TABLE tagging (
    id INTEGER PRIMARY KEY,
    tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    record_kind TEXT NOT NULL,
    record_id INTEGER NOT NULL
);
CREATE UNIQUE INDEX tagging_tag_id_record_kind_record_id ON tagging (tag_id, record_kind, record_id);
CREATE INDEX tagging_record ON tagging (record_kind, record_id);

CREATE TABLE custom_field (
    id INTEGER PRIMARY KEY,
    record_kind TEXT NOT NULL,
    key TEXT NOT NULL,
    label TEXT NOT NULL,
    field_type TEXT NOT NULL CHECK (field_type IN ('text', 'number', 'date', 'choice')),
    choices TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX custom_field_record_kind_key ON custom_field (record_kind, key);

CREATE TABLE custom_value (
    id INTEGER PRIMARY KEY,
    field_id INTEGER NOT NULL REFERENCES custom_field (id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL,
    value TEXT NOT NULL
);
CREATE UNIQUE INDEX custom_value_field_id_record_id ON custom_value (field_id, record_id);
"""
