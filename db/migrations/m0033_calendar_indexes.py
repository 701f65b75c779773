"""Schema 33: indexes so the month view counts a day's entries and reads only the ones it draws
(app/calendar_view.py, `CalendarQuery.first_of_each_day`).

`activity_calendar` holds what places a single meeting on the days (its start, end, all-day flag and time
zone) and `task_calendar` what places and orders a task (its due date, time and title): a month's entries are
counted and ranked from the indexes alone, and the table is read only for the few a day has room for. The
columns of each index's own condition are in it too (SQLite 3.40 reads the table for them otherwise).
`activity_meeting_end` finds the long meetings that began before the weeks shown and still run by their end:
along their start that meant every earlier meeting (25 ms at a million, on every view of the calendar). Six
weeks of the million-contact demo hold 89,000 entries, about 2,100 a day, of which a cell shows five.
"""

SQL = """
CREATE INDEX IF NOT EXISTS activity_calendar ON activity
    (occurred_at, ends_at, all_day, timezone, kind, deleted_at, rrule, rdates)
    WHERE kind = 'meeting' AND deleted_at IS NULL AND rrule = '' AND rdates = '[]';
CREATE INDEX IF NOT EXISTS activity_meeting_end ON activity
    (ends_at, occurred_at, all_day, timezone, kind, deleted_at, rrule, rdates)
    WHERE kind = 'meeting' AND deleted_at IS NULL AND rrule = '' AND rdates = '[]';
CREATE INDEX IF NOT EXISTS task_calendar ON task (due_date, due_time, title, timezone, status, deleted_at)
    WHERE deleted_at IS NULL AND status <> 'cancelled';
"""
