"""The user's time zone, as Qt knows it on every platform (an IANA id on Windows and macOS too)."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone


def system_zone() -> tzinfo:
    """The system's zone as a ZoneInfo (DST-aware); UTC when Qt names none that zoneinfo knows."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "ignore")
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def local_now(utc_now: datetime, zone: tzinfo) -> datetime:
    """The store's naive UTC `now` as the user's naive wall clock."""
    return utc_now.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)


def local_today(utc_now: datetime, zone: tzinfo) -> date:
    return local_now(utc_now, zone).date()


def to_utc(wall: datetime, zone: tzinfo) -> datetime:
    """A naive wall-clock time in `zone` as naive UTC."""
    return wall.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)
