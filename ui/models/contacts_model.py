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
    field_titles = {  # noqa: RUF012
        "job_title": QT_TRANSLATE_NOOP("ContactsModel", "Job title"),
        "department": QT_TRANSLATE_NOOP("ContactsModel", "Department"),
        "nickname": QT_TRANSLATE_NOOP("ContactsModel", "Nickname"),
        "birthday": QT_TRANSLATE_NOOP("ContactsModel", "Birthday"),
        "notes": QT_TRANSLATE_NOOP("ContactsModel", "Notes"),
        "emails": QT_TRANSLATE_NOOP("ContactsModel", "Any e-mail"),
        "phones": QT_TRANSLATE_NOOP("ContactsModel", "Any phone"),
        "country": QT_TRANSLATE_NOOP("ContactsModel", "Country"),
        "tags": QT_TRANSLATE_NOOP("ContactsModel", "Tags"),
    }
    field_types = {"birthday": "date"}  # noqa: RUF012
    date_column = UPDATED

    def __init__(self, query: ContactListQuery, parent: Any = None) -> None:
        super().__init__(query, parent)
