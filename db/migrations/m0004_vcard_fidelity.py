"""Schema 4: what a vCard round trip needs to lose nothing.

Each multi-valued part of a contact or account keeps its vCard group (Apple's item1.EMAIL + item1.X-ABLabel)
and the parameters Rapport does not model (JSON list of [name, value] pairs; value null for a 2.1
bare parameter). Accounts keep unmodelled properties of organisation cards, as contacts do.
"""

_PART_TABLES = ("contact_email", "contact_phone", "contact_address", "contact_url", "contact_im",
                "contact_related", "contact_date", "account_phone", "account_address")

SQL = "\n".join(
    f"""ALTER TABLE {table} ADD COLUMN "group" TEXT NOT NULL DEFAULT '';
ALTER TABLE {table} ADD COLUMN params TEXT NOT NULL DEFAULT '[]';"""
    for table in _PART_TABLES
) + """
CREATE TABLE account_extra_property (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    "group" TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '[]',
    value TEXT NOT NULL DEFAULT ''
);
CREATE INDEX account_extra_property_account ON account_extra_property (account_id);
"""
