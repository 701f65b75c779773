"""Schema 15: whether sync has made (or tried to make) an account's calendar for calls, e-mails and notes.

Accounts added before the office's calls and notes were shared have calendars for events and tasks only;
the next sync makes them a "Calls and notes" calendar, as adding an account does now, once: a server that
refuses is not asked again at every run (the log says why, and the user can make one on the server).
"""

SQL = """
ALTER TABLE sync_account ADD COLUMN journal_offered INTEGER NOT NULL DEFAULT 0;
"""
