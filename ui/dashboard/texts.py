"""How the dashboard writes its numbers: money in its own currency (never added across currencies),
compact axis amounts, months, weeks, percentages and day counts, all through QLocale (UI.md 12)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel.core import UnknownLocaleError
from babel.numbers import format_compact_currency, format_compact_decimal
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.dashboard import Period
from app.validation import from_minor_units, minor_digits
from ui.pipeline import look
from ui.qt_dates import month_title


def _babel_locale(locale: QLocale) -> str:
    return locale.name() if locale.name() != "C" else "en_US"


@lru_cache(maxsize=512)
def _compact_money(value: float, currency: str, locale_name: str) -> str:
    try:
        return str(format_compact_currency(value, currency, locale=locale_name, fraction_digits=1))
    except (UnknownLocaleError, ValueError):
        return f"{value:,.0f} {currency}"


def compact_money(value: float, currency: str, locale: QLocale | None = None) -> str:
    """An amount in major units, short: "€1.2M", "1,2 млн ₽" (axis labels, funnel)."""
    return _compact_money(float(value), currency, _babel_locale(locale or QLocale()))


def compact_number(value: float, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if abs(value) < 10_000:
        return locale.toString(round(value))
    try:
        return str(format_compact_decimal(value, locale=_babel_locale(locale), fraction_digits=1))
    except (UnknownLocaleError, ValueError):
        return locale.toString(round(value))


def major(amount_minor: int, currency: str) -> float:
    return float(amount_minor) / 10 ** minor_digits(currency)


def decimal_text(amount_minor: int, currency: str) -> str:
    """A plain machine-readable amount in major units for CSV ("1234.50")."""
    return str(from_minor_units(amount_minor, currency).quantize(Decimal(1).scaleb(-minor_digits(currency))))


def money(amount_minor: int, currency: str) -> str:
    return look.money(amount_minor, currency, compact=True)


def percent(rate: float, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(rate * 100, "f", 0) + locale.percent()


def month_label(month: str, with_year: bool, locale: QLocale | None = None) -> str:
    """ "YYYY-MM" as the locale's short month name, with a short year when the axis spans years."""
    locale = locale or QLocale()
    day = QDate(int(month[:4]), int(month[5:7]), 1)
    return locale.toString(day, "MMM yy" if with_year else "MMM")


def long_month(month: str, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return month_title(int(month[:4]), int(month[5:7]), locale)


def week_label(first_day: date, today: date, locale: QLocale | None = None) -> str:
    return look.card_date(first_day, today, locale)


_WEEKDAY = re.compile(r"d{4}[^dMy]*")  # the weekday of a long date format, with what follows it


def day_text(day: date, locale: QLocale | None = None) -> str:
    """The locale's long date without the weekday: "1 January 2026", "January 1, 2026"."""
    locale = locale or QLocale()
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,") or "d MMMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def period_text(period: Period, locale: QLocale | None = None) -> str:
    """The period's days, e.g. "1 January 2026 – 31 March 2026"."""
    return QCoreApplication.translate("Dashboard", "%1 – %2").replace(
        "%1", day_text(period.first, locale)).replace("%2", day_text(period.last, locale))


def days_text(days: float) -> str:
    """Whole days, plural-aware ("1 day", "29 days")."""
    whole = round(days)
    return look.count_text(QCoreApplication.translate("Dashboard", "%n day(s)", "", whole), whole)
