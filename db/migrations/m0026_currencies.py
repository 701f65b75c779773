"""Schema 26: a home currency and exchange rates (app/currencies.py), so that totals over deals in several
currencies can be added up, at the rate of each deal's date (or today's), with no network needed.

crm_setting: settings of the CRM itself rather than of one window (the home currency): in the database, so
every window, the command line and a backup share them. A row each, with an id, so the undo log tracks it.

exchange_rate: how many units of a currency one euro buys on a day, as the European Central Bank publishes
them (its CSV files import as they are), or as the user typed one. A currency's rate on a day is its last
rate on or before that day (its first one, for a day before any). The euro is 1 and never stored.
"""

SQL = """
CREATE TABLE crm_setting (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX crm_setting_key ON crm_setting (key);
CREATE TABLE exchange_rate (
    id INTEGER PRIMARY KEY,
    currency TEXT NOT NULL,
    day DATE NOT NULL,
    per_euro REAL NOT NULL,
    source TEXT NOT NULL DEFAULT 'hand'
);
CREATE UNIQUE INDEX exchange_rate_day ON exchange_rate (currency, day);
"""
