"""The one place that speaks vCard, iCalendar and CSV. The rest of Rapport sees Python objects."""
