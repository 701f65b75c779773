"""Custom peewee fields."""

from __future__ import annotations

from typing import Any

import peewee

from db.values import PartialDate


class PartialDateField(peewee.TextField):
    """Stores a PartialDate as "YYYY-MM-DD" or "--MM-DD" text."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, PartialDate):
            return value.isoformat()
        return value

    def python_value(self, value: Any) -> Any:
        if value is None or value == "":
            return None
        return PartialDate.parse(value)
