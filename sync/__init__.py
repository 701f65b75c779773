"""Two-way CardDAV sync (CalDAV plugs into the same engine later). No Qt here.

dav.py: the WebDAV/CardDAV client (niquests) · engine.py: pull/push per collection · cards.py: the
address book side of records (vCard text ↔ contacts and accounts, normalised hashes) · merge.py:
the three-way merge · state.py: the sync tables · credentials.py: passwords in the keyring ·
service.py: what the CLI and the UI call.
"""
