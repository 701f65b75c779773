"""Small value types the store keeps in a column of their own."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_FULL = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date whose year may be unknown (a birthday given as "--04-12" in vCard 4)."""

    year: int | None
    month: int
    day: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not between 1 and 12")
        # Without a year, 29 February must stay possible.
        last = calendar.monthrange(self.year if self.year is not None else 2000, self.month)[1]
        if not 1 <= self.day <= last:
            raise ValueError(f"day {self.day} does not exist in month {self.month}")
        if self.year is not None and not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read "YYYY-MM-DD", "YYYYMMDD", "--MM-DD" or "--MMDD"; raise ValueError otherwise."""
        value = text.strip()
        if m := _FULL.match(value):
            return cls(int(m[1]), int(m[2]), int(m[3]))
        if m := _NO_YEAR.match(value):
            return cls(None, int(m[1]), int(m[2]))
        raise ValueError(f"{text!r} is not a date (expected YYYY-MM-DD, or --MM-DD without a year)")

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    def isoformat(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def to_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.year is not None else None

    def __str__(self) -> str:
        return self.isoformat()
