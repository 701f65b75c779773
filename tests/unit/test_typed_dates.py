"""Dates typed as the user's locale writes them (ui/qt_dates.parse_date): QLocale is Qt Core, no window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from ui.qt_dates import parse_date

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(("locale", "text", "expected"), [
    ("en_US", "3/15/85", date(1985, 3, 15)),
    ("en_US", "3/15/1985", date(1985, 3, 15)),
    ("en_US", "March 15, 1985", date(1985, 3, 15)),
    ("en_US", "3/15/31", date(2031, 3, 15)),  # an expected close, not 1931
    ("en_US", "1985-03-15", date(1985, 3, 15)),
    ("de_DE", "15.03.1985", date(1985, 3, 15)),
    ("de_DE", "15.3.26", date(2026, 3, 15)),
    ("ru_RU", "15.03.1985", date(1985, 3, 15)),
    ("en_GB", "15/03/1985", date(1985, 3, 15)),
])
def test_a_date_as_the_locale_writes_it(locale: str, text: str, expected: date) -> None:
    assert parse_date(text, QLocale(locale), TODAY) == expected


def test_no_such_day_is_said_in_the_users_words() -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_date("2/31/27", QLocale("en_US"), TODAY)


@pytest.mark.parametrize(("locale", "expected"), [
    ("en_US", "December 2026"), ("ru_RU", "Декабрь 2026"), ("zh_CN", "2026年12月"),
])
def test_a_month_standing_alone_is_in_the_nominative(locale: str, expected: str) -> None:
    """Not "декабря 2026" (the genitive "MMMM" gives, right only after a day)."""
    from ui.qt_dates import month_title

    assert month_title(2026, 12, QLocale(locale)) == expected
