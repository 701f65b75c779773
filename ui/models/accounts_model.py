"""The Accounts list: name, industry, website, phone, city, last change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.contact_list import AccountListQuery
from ui.models.record_list_model import RecordListModel


class AccountsModel(RecordListModel):
    NAME, INDUSTRY, WEBSITE, PHONE, CITY, UPDATED = range(6)
    headers = (
        QT_TRANSLATE_NOOP("AccountsModel", "Name"), QT_TRANSLATE_NOOP("AccountsModel", "Industry"),
        QT_TRANSLATE_NOOP("AccountsModel", "Website"), QT_TRANSLATE_NOOP("AccountsModel", "Phone"),
        QT_TRANSLATE_NOOP("AccountsModel", "City"), QT_TRANSLATE_NOOP("AccountsModel", "Updated"),
    )
    field_titles = {  # noqa: RUF012
        "notes": QT_TRANSLATE_NOOP("AccountsModel", "Notes"),
        "phones": QT_TRANSLATE_NOOP("AccountsModel", "Any phone"),
        "country": QT_TRANSLATE_NOOP("AccountsModel", "Country"),
        "tags": QT_TRANSLATE_NOOP("AccountsModel", "Tags"),
    }
    date_column = UPDATED

    def __init__(self, query: AccountListQuery, parent: Any = None) -> None:
        super().__init__(query, parent)
