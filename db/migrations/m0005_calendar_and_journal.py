"""Schema 5: what meetings and tasks need to round-trip through iCalendar, alarms, and a journal
of merges so that a merge can be undone.

activity (meetings): end, all-day flag, the event's time zone, location, recurrence (RRULE lines,
RDATE/EXDATE lists, RECURRENCE-ID of a detached instance), SEQUENCE, and the VEVENT properties
Rapport does not model (JSON [name, [[param, value]...], value]) so they are written back.
task: parent (RELATED-TO), time zone, unmodelled VTODO properties.
alarm: VALARMs of an activity or a task.
undo_journal: what an operation changed, as JSON, so that it can be undone.
"""

SQL = """
ALTER TABLE activity ADD COLUMN ends_at TEXT;
ALTER TABLE activity ADD COLUMN all_day INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity ADD COLUMN timezone TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN location TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN rrule TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN rdates TEXT NOT NULL DEFAULT '[]';
ALTER TABLE activity ADD COLUMN exdates TEXT NOT NULL DEFAULT '[]';
ALTER TABLE activity ADD COLUMN recurrence_id TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE activity ADD COLUMN ical_extra TEXT NOT NULL DEFAULT '[]';
CREATE INDEX activity_meeting_time ON activity (occurred_at, ends_at) WHERE kind = 'meeting';

ALTER TABLE task ADD COLUMN related_to TEXT NOT NULL DEFAULT '';
ALTER TABLE task ADD COLUMN timezone TEXT NOT NULL DEFAULT '';
ALTER TABLE task ADD COLUMN ical_extra TEXT NOT NULL DEFAULT '[]';

CREATE TABLE alarm (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER REFERENCES activity (id) ON DELETE CASCADE,
    task_id INTEGER REFERENCES task (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    action TEXT NOT NULL DEFAULT 'DISPLAY',
    trigger_minutes INTEGER,  -- minutes relative to the start (or due), negative = before
    trigger_related TEXT NOT NULL DEFAULT 'START',  -- START or END
    trigger_at TEXT,  -- an absolute trigger (naive UTC) instead of a relative one
    description TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '[]',  -- unmodelled VALARM properties, as ical_extra
    CHECK ((activity_id IS NULL) <> (task_id IS NULL))
);
CREATE INDEX alarm_activity ON alarm (activity_id) WHERE activity_id IS NOT NULL;
CREATE INDEX alarm_task ON alarm (task_id) WHERE task_id IS NOT NULL;

CREATE TABLE undo_journal (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    action TEXT NOT NULL,  -- e.g. 'merge'
    summary TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,  -- JSON: what is needed to undo
    undone_at TEXT
);
"""
