"""Schema 30: an activity's owner, the person of the office who had the call or meeting or wrote the note or
e-mail (app/office.py's names, as deals and tasks have them): the activity reports count by owner (issue 18,
point 5), and sync carries it as X-RAPPORT-OWNER. Activities logged before have none. The index the activity
reports read alone holds it too.
"""

SQL = """
ALTER TABLE activity ADD COLUMN owner TEXT NOT NULL DEFAULT '';
DROP INDEX IF EXISTS activity_live_time_kind_day;
CREATE INDEX IF NOT EXISTS activity_live_time_kind_day_owner ON activity (occurred_at, kind, all_day, owner)
    WHERE deleted_at IS NULL;
"""
