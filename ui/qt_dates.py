"""Python dates as Qt's: by their fields, which every PySide6 release's type stubs accept (6.11's do not
list QDate(datetime.date), though the binding converts it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
