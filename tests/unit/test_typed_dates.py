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


@pytest.mark.parametrize(("locale", "without_year", "with_year"), [
    ("en_US", "January 18", "January 18, 1985"),
    ("ru_RU", "18 января", "18 января 1985\u202fг."),  # no stray "г." once the year is gone
    ("zh_CN", "1月18日", "1985年1月18日"),
    ("de_DE", "18. Januar", "18. Januar 1985"),
])
def test_a_birthday_reads_as_the_locale_writes_it_with_or_without_its_year(
        locale: str, without_year: str, with_year: str) -> None:
    from PySide6.QtCore import QLocale

    from db.values import PartialDate
    from ui.detail.contact_pane import partial_date_shown

    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        assert partial_date_shown(PartialDate(None, 1, 18)) == without_year
        assert partial_date_shown(PartialDate(1985, 1, 18)) == with_year
    finally:
        QLocale.setDefault(previous)
