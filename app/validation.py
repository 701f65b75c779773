"""Checks shared by the services. Each returns the cleaned value or raises ValueError with a reason."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import get_currency_precision, list_currencies

from app.messages import QT_TRANSLATE_NOOP, said
from db.values import PartialDate as PartialDate  # the window and sync take it from here, not from db

_DIGITS = re.compile(r"\d")


# Addresses of this plain shape are valid by any rule; only the others need email-validator's full
# RFC check (60 µs each, which an import of 100,000 cards with two addresses apiece notices).
_PLAIN_EMAIL = re.compile(r"^[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_SPECIAL_USE = (".invalid", ".localhost", ".test", ".example.invalid")


def clean_email(value: str) -> str:
    text = value.strip()
    if not text:
        raise ValueError(said(QT_TRANSLATE_NOOP("Services", "an e-mail address cannot be empty")))
    if _PLAIN_EMAIL.match(text) and not text.lower().endswith(_SPECIAL_USE) and "-." not in text \
            and ".-" not in text and "@-" not in text:
        return text
    # Imported here: email-validator compiles its RFC patterns on import (45 ms of the window's start).
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(text, check_deliverability=False, globally_deliverable=False)
    except EmailNotValidError as exc:
        raise ValueError(said(
            QT_TRANSLATE_NOOP("Services", "%1 is not an e-mail address: %2"), repr(text), _email_reason(str(exc)))
        ) from None
    return text


def _email_reason(detail: str) -> str:
    """email-validator's reason, in our words (and so translatable); its own sentence when it is another."""
    lower = detail.lower()
    if "must have an @-sign" in lower:
        return said(QT_TRANSLATE_NOOP("Services", "it has no @"))
    if "something after the @-sign" in lower:
        return said(QT_TRANSLATE_NOOP("Services", "nothing follows the @"))
    if "something before the @-sign" in lower:
        return said(QT_TRANSLATE_NOOP("Services", "nothing comes before the @"))
    if "invalid character" in lower or "not allowed" in lower:
        return said(QT_TRANSLATE_NOOP("Services", "it holds a character an address cannot have"))
    if "after the @-sign is not valid" in lower or "period" in lower or "domain" in lower:
        return said(QT_TRANSLATE_NOOP("Services", "what follows the @ is not a domain (such as example.com)"))
    return said(QT_TRANSLATE_NOOP("Services", "it is not written as an address is (name@example.com)"))


def clean_phone(value: str) -> str:
    text = " ".join(value.split())
    if len(_DIGITS.findall(text)) < 3:
        raise ValueError(said(
            QT_TRANSLATE_NOOP("Services", "%1 is not a phone number: it needs at least three digits"), repr(value)))
    return text


_INTERNATIONAL = re.compile(r"^\+[\d\s().\-/]+$")


@lru_cache(maxsize=4096)  # an importer asks twice per number: for its row and for the search index
def e164(value: str, default_region: str | None) -> str:
    """The number in E.164 (+4930123456), or "" when it cannot be read as a possible number."""
    if _INTERNATIONAL.match(value):
        # Written with its country code and nothing else: E.164 is its digits (parsing the number
        # cost 90 µs, which an import of 100,000 cards notices).
        digits = re.sub(r"\D", "", value)
        if 8 <= len(digits) <= 15 and digits[0] != "0":
            return "+" + digits
    import phonenumbers  # here, not at the top: its metadata costs 40 ms of the window's start

    try:
        parsed = phonenumbers.parse(value, default_region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return ""
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def clean_currency(value: str) -> str:
    code = value.strip().upper()
    if code not in _currencies():
        raise ValueError(said(
            QT_TRANSLATE_NOOP("Services", "%1 is not an ISO 4217 currency code (such as EUR, USD, RUB, CNY)"),
            repr(value)))
    return code


# SQLite integers are 64-bit; amounts are kept in minor units (cents).
_LARGEST_MINOR = 2**63 - 1


def minor_digits(currency: str) -> int:
    return int(get_currency_precision(currency))


def to_minor_units(amount: Decimal, currency: str) -> int:
    digits = minor_digits(currency)
    scaled = amount.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise ValueError(said(
            QT_TRANSLATE_NOOP("Services", "%1 has more than %2 decimal places, which %3 does not have"),
            amount, digits, currency))
    if abs(scaled) > _LARGEST_MINOR:
        raise ValueError(said(QT_TRANSLATE_NOOP("Services", "%1 %2 is too large an amount"), amount, currency))
    return int(scaled)


def from_minor_units(amount_minor: int, currency: str) -> Decimal:
    return Decimal(amount_minor).scaleb(-minor_digits(currency))


def parse_amount(value: Decimal | int | str) -> Decimal:
    if isinstance(value, Decimal):
        amount = value
    else:
        try:
            amount = Decimal(str(value).strip().replace(" ", "").replace("\u00a0", ""))
        except InvalidOperation:
            raise ValueError(said(QT_TRANSLATE_NOOP("Services", "%1 is not an amount"), repr(value))) from None
    if not amount.is_finite():
        raise ValueError(said(QT_TRANSLATE_NOOP("Services", "%1 is not an amount"), repr(value)))
    if amount < 0:
        raise ValueError(said(QT_TRANSLATE_NOOP("Services", "an amount cannot be negative")))
    return amount


def parse_date(value: date | str | None) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(said(
            QT_TRANSLATE_NOOP("Services", "%1 is not a date (expected YYYY-MM-DD)"), repr(value))) from None


def parse_datetime(value: datetime | str | None) -> datetime | None:
    """A moment as the store keeps every one: naive UTC. One given with an offset ("…T10:00+02:00") is turned to
    UTC: kept as it came, it sorted among the others by its text and compared with them not at all."""
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        text = value.strip()
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(said(
                QT_TRANSLATE_NOOP("Services", "%1 is not a date and time (expected YYYY-MM-DD HH:MM)"),
                repr(value))) from None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo is not None else moment


def parse_partial_date(value: PartialDate | date | str | None) -> PartialDate | None:
    if value is None or isinstance(value, PartialDate):
        return value
    if isinstance(value, date):
        return PartialDate.from_date(value)
    if not value.strip():
        return None
    return PartialDate.parse(value)


def parse_time(value: time | str | None) -> str:
    """A time of day as "HH:MM", or "" for none."""
    if value is None:
        return ""
    if isinstance(value, time):
        return value.strftime("%H:%M")
    text = value.strip()
    if not text:
        return ""
    try:
        return time.fromisoformat(text).strftime("%H:%M")
    except ValueError:
        raise ValueError(said(
            QT_TRANSLATE_NOOP("Services", "%1 is not a time of day (expected HH:MM)"), repr(value))) from None
