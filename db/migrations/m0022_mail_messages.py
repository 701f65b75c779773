"""Schema 22: e-mails read from where mail already is (app/mail_import.py), one row each beside the
activity (kind 'email') that puts it on the timeline.

mail_message.message_id: its Message-ID (without <>; a digest of the message when it has none): one record
  however many folders or stores hold the message. thread_id: the Message-ID its thread began with (the
  first of References), for grouping. source: where the original is (a file and its key in the mbox or
  Maildir) for opening it. Only messages from or to a contact's address are kept: nothing else of the
  mailbox enters the CRM. A message whose activity is in the Trash is not imported again.
"""

SQL = """
CREATE TABLE mail_message (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL,
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    thread_id TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    sender TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX mail_message_message_id ON mail_message (message_id);
CREATE INDEX mail_message_activity ON mail_message (activity_id);
CREATE INDEX mail_message_thread ON mail_message (thread_id);
"""
