"""Python dates as Qt's: by their fields, which every PySide6 release's type stubs accept (6.11's do not
list QDate(datetime.date), though the binding converts it); and dates typed as the user's locale writes
them."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    """qdate's inverse: a date edit's day as Python's."""
    return date(value.year(), value.month(), value.day())


def month_title(year: int, month: int, locale: QLocale | None = None) -> str:
    """A month standing alone, as a title: "December 2026", "Декабрь 2026" (the nominative: "MMMM" gives
    the genitive "декабря", right only after a day), "2026年12月"."""
    locale = locale or QLocale()
    if locale.language() in (QLocale.Language.Chinese, QLocale.Language.Japanese):
        return f"{year}年{month}月"
    name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {year}"


def _formats(locale: QLocale) -> list[str]:
    """The locale's date formats, and the variants people type: four- or two-digit years, a day or month
    without its leading zero, the long form without the weekday."""
    found: list[str] = []
    for format_type in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat,
                        QLocale.FormatType.NarrowFormat):
        base = locale.dateFormat(format_type)
        for form in (base, re.sub(r"^d{4}[,\s]*", "", base)):
            years = (form, form.replace("yyyy", "yy")) if "yyyy" in form else (form, form.replace("yy", "yyyy"))
            for with_year in years:
                for candidate in (with_year, with_year.replace("dd", "d").replace("MM", "M")):
                    if candidate not in found:
                        found.append(candidate)
    return found


def parse_date(text: str, locale: QLocale | None = None, today: date | None = None) -> date:
    """A date typed as the user's locale writes it ("3/15/85", "3/15/1985", "March 15, 1985",
    "15.3.26") or in ISO (1985-03-15). A two-digit year is the one within 20 years ahead of `today` or
    80 behind ("3/15/31": 2031, "3/15/85": 1985). ValueError, in the user's words, when it is no date."""
    text = " ".join(text.split())
    locale = locale or QLocale()
    today = today or date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    for form in _formats(locale):
        found = locale.toDate(text, form)
        if not found.isValid():
            continue
        year = found.year()
        if "yyyy" not in form:  # Qt reads "yy" as 19yy
            year = 1900 + year % 100
            if year + 100 <= today.year + 20:
                year += 100
        return date(year, found.month(), found.day())
    example = locale.toString(QDate(2026, 3, 15), QLocale.FormatType.ShortFormat)
    raise ValueError(QCoreApplication.translate("Dates", "“%1” is not a date (write it as %2, or 2026-03-15)")
                     .replace("%1", text).replace("%2", example))
