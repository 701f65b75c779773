"""Two-way CardDAV and CalDAV sync. No Qt here.

dav.py: the WebDAV/CardDAV/CalDAV client (niquests, certificate pinning) · engine.py: pull/push per
collection · records.py: what the engine asks of the local side · cards.py: address books (vCard text
↔ contacts and accounts, normalised hashes) · calendars.py: calendars (iCalendar ↔ meetings and tasks)
· merge.py: the three-way merge · state.py: the sync tables · credentials.py: passwords in the keyring
· service.py: what the CLI and the UI call.
"""
