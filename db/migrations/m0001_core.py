"""Schema 1: contacts with their parts, accounts, pipelines, deals and their stage history."""

SQL = """
CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    prefix TEXT NOT NULL DEFAULT '',
    given TEXT NOT NULL DEFAULT '',
    additional TEXT NOT NULL DEFAULT '',
    family TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL,
    nickname TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    birthday TEXT,
    anniversary TEXT,
    photo BLOB,
    photo_mime TEXT NOT NULL DEFAULT '',
    photo_uri TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_display_name ON contact (display_name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX contact_family ON contact (family COLLATE NOCASE, given COLLATE NOCASE);
CREATE INDEX contact_updated ON contact (updated_at);

CREATE TABLE contact_email (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    value TEXT NOT NULL
);
CREATE INDEX contact_email_contact ON contact_email (contact_id);
CREATE INDEX contact_email_value ON contact_email (value COLLATE NOCASE);

CREATE TABLE contact_phone (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    value TEXT NOT NULL,
    e164 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_phone_contact ON contact_phone (contact_id);
CREATE INDEX contact_phone_e164 ON contact_phone (e164) WHERE e164 <> '';

CREATE TABLE contact_address (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    po_box TEXT NOT NULL DEFAULT '',
    extended TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    locality TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_address_contact ON contact_address (contact_id);

CREATE TABLE contact_url (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    value TEXT NOT NULL
);
CREATE INDEX contact_url_contact ON contact_url (contact_id);

CREATE TABLE contact_im (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    protocol TEXT NOT NULL DEFAULT '',
    handle TEXT NOT NULL
);
CREATE INDEX contact_im_contact ON contact_im (contact_id);

CREATE TABLE contact_related (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    value TEXT NOT NULL
);
CREATE INDEX contact_related_contact ON contact_related (contact_id);

CREATE TABLE contact_date (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    value TEXT NOT NULL
);
CREATE INDEX contact_date_contact ON contact_date (contact_id);

CREATE TABLE contact_extra_property (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    "group" TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '[]',
    value TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_extra_property_contact ON contact_extra_property (contact_id);

CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    name TEXT NOT NULL,
    industry TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX account_name ON account (name COLLATE NOCASE);

CREATE TABLE account_phone (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    value TEXT NOT NULL,
    e164 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX account_phone_account ON account_phone (account_id);

CREATE TABLE account_address (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    preferred INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    po_box TEXT NOT NULL DEFAULT '',
    extended TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    locality TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT ''
);
CREATE INDEX account_address_account ON account_address (account_id);

CREATE TABLE contact_account (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX contact_account_contact_id_account_id ON contact_account (contact_id, account_id);
CREATE INDEX contact_account_account ON contact_account (account_id);

CREATE TABLE pipeline (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE stage (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    pipeline_id INTEGER NOT NULL REFERENCES pipeline (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100)
);
CREATE INDEX stage_pipeline ON stage (pipeline_id, position);

CREATE TABLE deal (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT,
    title TEXT NOT NULL,
    account_id INTEGER REFERENCES account (id) ON DELETE SET NULL,
    amount_minor INTEGER,
    currency TEXT NOT NULL DEFAULT '',
    stage_id INTEGER NOT NULL REFERENCES stage (id) ON DELETE RESTRICT,
    probability INTEGER CHECK (probability IS NULL OR probability BETWEEN 0 AND 100),
    expected_close TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
    lost_reason TEXT NOT NULL DEFAULT '',
    lead_source TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    stage_entered_at TEXT NOT NULL,
    closed_at TEXT
);
CREATE INDEX deal_stage ON deal (stage_id, status);
CREATE INDEX deal_account ON deal (account_id);
CREATE INDEX deal_expected_close ON deal (expected_close) WHERE status = 'open';
CREATE INDEX deal_closed_at ON deal (closed_at) WHERE closed_at IS NOT NULL;

CREATE TABLE deal_contact (
    id INTEGER PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX deal_contact_deal_id_contact_id ON deal_contact (deal_id, contact_id);
CREATE INDEX deal_contact_contact ON deal_contact (contact_id);

CREATE TABLE deal_stage_change (
    id INTEGER PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
    from_stage_id INTEGER REFERENCES stage (id) ON DELETE RESTRICT,
    to_stage_id INTEGER NOT NULL REFERENCES stage (id) ON DELETE RESTRICT,
    changed_at TEXT NOT NULL
);
CREATE INDEX deal_stage_change_deal ON deal_stage_change (deal_id, changed_at);
CREATE INDEX deal_stage_change_to ON deal_stage_change (to_stage_id);
"""
