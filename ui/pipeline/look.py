"""How the pipeline views format money and dates, and the few status colours they draw.

Colours come from the palette, read each time they are painted (never cached, UI.md 11); only the
small status marks (next-step dots, won/lost) use fixed hues, as tokens with a light and a dark value.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from babel.core import UnknownLocaleError
from babel.numbers import get_currency_symbol
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor, QPalette

from app.board import Card
from app.validation import minor_digits

_YEAR = re.compile(r"[^dM]*y+[^dM]*")  # the year of a date format, with its separator

# (light, dark) — ≥ 4.5:1 against the palette's Base and Window in each scheme (tests/ui/test_contrast.py).
_TOKENS: dict[str, tuple[str, str]] = {
    "overdue": ("#c62828", "#ef6c6c"),
    "today": ("#276b2b", "#6cc070"),
    "none": ("#8a5300", "#ffc44d"),
    "rotting": ("#8a5300", "#ffc44d"),
    "won": ("#276b2b", "#6cc070"),
    "lost": ("#c62828", "#ef6c6c"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def status_colour(name: str, palette: QPalette) -> QColor:
    """A status token for the current scheme; "later" (and anything unknown) is the palette's quiet text."""
    pair = _TOKENS.get(name)
    if pair is None:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    return QColor(pair[1] if is_dark(palette) else pair[0])


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """`tint` laid over `base` at `amount` (0..1): a wash that keeps the palette's contrast."""
    return QColor(
        round(base.red() + (tint.red() - base.red()) * amount),
        round(base.green() + (tint.green() - base.green()) * amount),
        round(base.blue() + (tint.blue() - base.blue()) * amount),
    )


@lru_cache(maxsize=256)
def _symbol(currency: str, locale_name: str) -> str:
    try:
        return str(get_currency_symbol(currency, locale=locale_name))
    except (UnknownLocaleError, ValueError):
        return currency


def money(amount_minor: int | None, currency: str, *, compact: bool = False, locale: QLocale | None = None) -> str:
    """An amount in the deal's own currency, as the user's locale writes money (UI.md 12).

    `compact` drops a fraction of zero (cards and column totals: "€12,500" rather than "€12,500.00").
    """
    if amount_minor is None or not currency:
        return ""
    locale = locale or QLocale()
    digits = minor_digits(currency)
    value = amount_minor / 10**digits
    if compact and amount_minor % 10**digits == 0:
        digits = 0
    name = locale.name() if locale.name() != "C" else "en"
    return locale.toCurrencyString(value, _symbol(currency, name), digits)


def short_date(day: date | None, locale: QLocale | None = None) -> str:
    if day is None:
        return ""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def long_date(day: date | None, locale: QLocale | None = None) -> str:
    if day is None:
        return ""
    return (locale or QLocale()).toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def card_date(day: date | None, today: date, locale: QLocale | None = None) -> str:
    """A day as short as it can be read: the locale's short date without the year when it is this year."""
    if day is None:
        return ""
    locale = locale or QLocale()
    if day.year != today.year:
        return short_date(day, locale)
    pattern = _YEAR.sub("", locale.dateFormat(QLocale.FormatType.ShortFormat)) or "d"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def count_text(text: str, count: int) -> str:
    """`text` is `tr("%n thing(s)", "", count)` (a literal there, so lupdate finds it); without a
    translation loaded, the English singular or plural is made here so the user never reads "1 deal(s)"."""
    if "(s)" in text:
        text = text.replace("(s)", "" if count == 1 else "s")
    if "y(ies)" in text:
        text = text.replace("y(ies)", "y" if count == 1 else "ies")
    return text.replace("%n", QLocale().toString(count))


def state_text(state: str) -> str:
    texts = {
        "overdue": QCoreApplication.translate("CardDelegate", "Next step overdue"),
        "today": QCoreApplication.translate("CardDelegate", "Next step today"),
        "later": QCoreApplication.translate("CardDelegate", "Next step planned"),
        "none": QCoreApplication.translate("CardDelegate", "No next step planned"),
    }
    return texts.get(state, "")


def describe(card: Card) -> str:
    """A card in words: its tooltip and what a screen reader says."""
    parts = [card.title]
    if card.account_name:
        parts.append(card.account_name)
    amount = money(card.amount_minor, card.currency)
    if amount:
        parts.append(amount)
    if card.expected_close:
        parts.append(QCoreApplication.translate("CardDelegate", "expected to close %1").replace(
            "%1", long_date(card.expected_close)))
    days = card.days_in_stage
    parts.append(count_text(QCoreApplication.translate("CardDelegate", "%n day(s) in this stage", "", days), days))
    if card.owner:
        parts.append(QCoreApplication.translate("CardDelegate", "owner %1").replace("%1", card.owner))
    step = state_text(card.next_state)
    if card.next_due and card.next_state != "none":
        step = f"{step} ({long_date(card.next_due)})"
    parts.append(step)
    return " · ".join(parts)
