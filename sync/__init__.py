"""Two-way CardDAV and CalDAV sync. No Qt here.

storage.py: what the engine and the discovery ask of a server (the storage protocol) · dav.py: its
network backend, the WebDAV/CardDAV/CalDAV client (niquests, certificate pinning) · memory.py: a server
in memory, the backend the engine's tests run against · engine.py: pull/push per collection ·
records.py: what the engine asks of the local side · cards.py: address books (vCard text ↔ contacts
and accounts, normalised hashes) · calendars.py: calendars (iCalendar ↔ meetings and tasks) · merge.py:
the three-way merge · state.py: the sync tables · credentials.py: passwords in the keyring ·
service.py: what the CLI and the UI call.
"""
