"""Schema 11: what a deal's calendar object (a VTODO, sync/calendars.py) carries that Rapport does not model.

A phone or a task app may give a deal's VTODO an alarm, a priority or a category; those lines are kept
here, verbatim (a JSON list of unfolded lines), and written back with the deal, as an activity's
`ical_extra` keeps a meeting's. Links to people or a company this data folder does not have (yet) wait
here too, as their X-RAPPORT-CONTACT / X-RAPPORT-ACCOUNT lines.
"""

SQL = """
ALTER TABLE deal ADD COLUMN ical_extra TEXT NOT NULL DEFAULT '[]';
"""
