"""The labels that come with a contact's data ("home", "cell", "spouse"…, from vCard TYPE parameters and
Apple's X-ABLabel) in the user's language; a label of the user's own is shown as they wrote it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate reads only translate("Context", "literal") calls: each word is written out.
translate = QCoreApplication.translate


def _words() -> dict[str, str]:
    return {
        "home": translate("Labels", "home"), "work": translate("Labels", "work"),
        "cell": translate("Labels", "mobile"), "mobile": translate("Labels", "mobile"),
        "iphone": translate("Labels", "iPhone"), "main": translate("Labels", "main"),
        "voice": translate("Labels", "voice"), "fax": translate("Labels", "fax"),
        "pager": translate("Labels", "pager"), "text": translate("Labels", "text"),
        "video": translate("Labels", "video"), "textphone": translate("Labels", "textphone"),
        "other": translate("Labels", "other"), "school": translate("Labels", "school"),
        "internet": translate("Labels", "internet"), "personal": translate("Labels", "personal"),
        "spouse": translate("Labels", "spouse"), "partner": translate("Labels", "partner"),
        "child": translate("Labels", "child"), "parent": translate("Labels", "parent"),
        "mother": translate("Labels", "mother"), "father": translate("Labels", "father"),
        "sibling": translate("Labels", "sibling"), "brother": translate("Labels", "brother"),
        "sister": translate("Labels", "sister"), "friend": translate("Labels", "friend"),
        "assistant": translate("Labels", "assistant"), "manager": translate("Labels", "manager"),
        "colleague": translate("Labels", "colleague"), "anniversary": translate("Labels", "anniversary"),
        "birthday": translate("Labels", "birthday"),
    }


def label_text(label: str) -> str:
    """`label` in the user's language when it is one of the standard ones, else as written."""
    return _words().get(label.strip().lower(), label)
