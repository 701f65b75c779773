"""Schema 35: the live activities' index by time holds `deleted_at` too, so the dashboard's activity count (and
the reports by kind, owner and period) read the index alone.

The index is partial (WHERE deleted_at IS NULL), and SQLite 3.40 still checks that condition against the
table row for each entry unless the column is in the index: the dashboard's quarter at a million contacts
read 186,000 activity rows for it. Same name, so the queries that name it keep it.
"""

SQL = """
DROP INDEX IF EXISTS activity_live_time_kind_day_owner;
CREATE INDEX activity_live_time_kind_day_owner ON activity (occurred_at, kind, all_day, owner, deleted_at)
    WHERE deleted_at IS NULL;
"""
