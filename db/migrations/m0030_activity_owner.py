"""Schema 30: an activity's owner, the person of the office who had the call or meeting or wrote the note or
e-mail (app/office.py's names, as deals and tasks have them): the activity reports count by owner (issue 18,
point 5), and sync carries it as X-RAPPORT-OWNER. Activities logged before have none. The index the activity
reports read alone holds it too.
"""

# An owner an older Rapport kept among a calendar object's unmodelled properties (it came from a laptop that
# upgraded first) becomes the column's, and leaves the kept ones (else the kept line would win on export).
SQL = r"""
ALTER TABLE activity ADD COLUMN owner TEXT NOT NULL DEFAULT '';
UPDATE activity SET owner = coalesce(trim(replace(replace(replace(
        (SELECT json_extract(e.value, '$[2]') FROM json_each(activity.ical_extra) e
         WHERE upper(json_extract(e.value, '$[0]')) = 'X-RAPPORT-OWNER' LIMIT 1),
        '\,', ','), '\;', ';'), '\\', '\')), '')
    WHERE ical_extra LIKE '%X-RAPPORT-OWNER%' AND json_valid(ical_extra);
UPDATE activity SET ical_extra = (SELECT json_group_array(json(e.value)) FROM json_each(activity.ical_extra) e
                                  WHERE upper(json_extract(e.value, '$[0]')) <> 'X-RAPPORT-OWNER')
    WHERE ical_extra LIKE '%X-RAPPORT-OWNER%' AND json_valid(ical_extra);
DROP INDEX IF EXISTS activity_live_time_kind_day;
CREATE INDEX IF NOT EXISTS activity_live_time_kind_day_owner ON activity (occurred_at, kind, all_day, owner)
    WHERE deleted_at IS NULL;
"""
