"""Python dates as Qt's: by their fields, which every PySide6 release's type stubs accept (6.11's do not
list QDate(datetime.date), though the binding converts it); and dates typed as the user's locale writes
them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def parse_date(text: str, locale: QLocale | None = None) -> date:
    """A date typed as the user's locale writes it ("3/15/85", "15.03.1985", "15 March 1985") or in ISO
    (1985-03-15). ValueError, in the user's words, when it is no date."""
    text = text.strip()
    locale = locale or QLocale()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    for format_type in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat,
                        QLocale.FormatType.NarrowFormat):
        found = locale.toDate(text, locale.dateFormat(format_type))
        if found.isValid():
            if found.year() < 1930 and "yyyy" not in locale.dateFormat(format_type):
                found = found.addYears(100)  # a two-digit year: this century or the last, the nearer
            return date(found.year(), found.month(), found.day())
    example = locale.toString(QDate(2026, 3, 15), QLocale.FormatType.ShortFormat)
    raise ValueError(QCoreApplication.translate("Dates", "“%1” is not a date (write it as %2, or 2026-03-15)")
                     .replace("%1", text).replace("%2", example))
