"""Schema 8: indexes that let lists, the calendar and the dashboard read in order instead of sorting.

contact_*_first: each contact's first e-mail, phone and address (position 0) by value, without case:
  the Contacts list sorted by e-mail, phone or city walks one of them and stops after a page, where it
  sorted 100,000 rows (170-220 ms) on every click.
activity_live_time_kind: activities per week on the dashboard read (time, kind) from the index alone
  (a year of 200,000 activities took 550 ms reading each row).
activity_recurring: the few recurring meetings, which every calendar view expands (the scan of every
  activity for them took 45 ms of the month view's 200).
"""

SQL = """
CREATE INDEX contact_email_first ON contact_email (value COLLATE NOCASE, contact_id) WHERE position = 0;
CREATE INDEX contact_phone_first ON contact_phone (value COLLATE NOCASE, contact_id) WHERE position = 0;
CREATE INDEX contact_address_first ON contact_address (locality COLLATE NOCASE, contact_id) WHERE position = 0;
CREATE INDEX activity_live_time_kind ON activity (occurred_at, kind) WHERE deleted_at IS NULL;
CREATE INDEX activity_recurring ON activity (occurred_at)
    WHERE kind = 'meeting' AND (rrule <> '' OR rdates <> '[]' OR recurrence_id <> '');
"""
