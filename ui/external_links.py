"""Links that leave Rapport for the user's own programs: mailto: to the mail client, tel: to the dialler
(a softphone, a phone paired with the desktop), http(s): to the browser. Panes draw them with `reach_html`
and hand every link they do not handle themselves to `open_external`."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.hrefs import mail_href, phone_href

SCHEMES = ("mailto", "tel", "http", "https")


def is_external(href: str) -> bool:
    return href.partition(":")[0].lower() in SCHEMES


def open_external(href: str) -> bool:
    """Open `href` with the program the desktop has for it; False when it is no external link or no
    program took it."""
    return is_external(href) and QDesktopServices.openUrl(QUrl(href))


def reach_html(email: str, phone: str) -> list[str]:
    """A person's address and number as links, for a line of rich text (nothing for what is missing)."""
    parts = []
    for text, href in ((email, mail_href(email)), (phone, phone_href(phone))):
        if text and href:
            # A number wraps as a whole, never "+39" on one line and the rest on the next.
            parts.append(f'<a href="{escape(href)}">{escape(text).replace(" ", "&nbsp;")}</a>')
    return parts
