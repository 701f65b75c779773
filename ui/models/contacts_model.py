"""The Contacts list: name, company, e-mail, phone, city, last change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.contact_list import ContactListQuery
from ui.models.record_list_model import RecordListModel


class ContactsModel(RecordListModel):
    NAME, COMPANY, EMAIL, PHONE, CITY, UPDATED = range(6)
    headers = (
        QT_TRANSLATE_NOOP("ContactsModel", "Name"), QT_TRANSLATE_NOOP("ContactsModel", "Company"),
        QT_TRANSLATE_NOOP("ContactsModel", "E-mail"), QT_TRANSLATE_NOOP("ContactsModel", "Phone"),
        QT_TRANSLATE_NOOP("ContactsModel", "City"), QT_TRANSLATE_NOOP("ContactsModel", "Updated"),
    )
    date_column = UPDATED

    def __init__(self, query: ContactListQuery, parent: Any = None) -> None:
        super().__init__(query, parent)
