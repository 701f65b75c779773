"""The links a desktop hands to the user's own programs: `mailto:` for e-mail addresses (RFC 6068), `tel:`
for phone numbers (RFC 3966), a web address with its scheme. Made here, without Qt, so every pane, the
command line and the tests agree on them; an empty string means "nothing to link" (a phone number
without a digit, an address without @)."""

from __future__ import annotations

import re
from urllib.parse import quote

# What RFC 6068 lets stand in an address of a mailto: URI; the rest (%, ?, #, spaces, non-ASCII) is
# percent-encoded as UTF-8, so "?" in a local part cannot start a header and "ü" reaches the client whole.
_MAIL_SAFE = "@!$'*+-=^_`{|}~."
_EXTENSION = re.compile(r"\s*(?:;\s*ext=|ext\.?|extension|x|доб\.?|分机)\s*(\d+)\s*$", re.IGNORECASE)
_DIAL = re.compile(r"[^0-9*#]")


def mail_href(*addresses: str) -> str:
    """A mailto: link writing to every address given (comma-separated, as RFC 6068 has it)."""
    kept = [a.strip().removeprefix("mailto:") for a in addresses if "@" in a]
    return "mailto:" + ",".join(quote(a, safe=_MAIL_SAFE) for a in kept) if kept else ""


def phone_href(number: str) -> str:
    """A tel: link: a global number keeps its +, the rest only what a dialler dials (digits, * and #);
    an extension written as "x 12", "ext. 12" or ";ext=12" becomes RFC 3966's ";ext=12". A number that
    came as a tel: URI (vCard 4) is left as it came."""
    text = number.strip()
    if text.lower().startswith("tel:"):
        return text
    extension = ""
    found = _EXTENSION.search(text)
    if found is not None and _DIAL.sub("", text[:found.start()]):
        extension = f";ext={found.group(1)}"
        text = text[:found.start()]
    digits = _DIAL.sub("", text)
    if not any(c.isdigit() for c in digits):
        return ""
    return f"tel:{'+' if text.startswith('+') else ''}{digits}{extension}"


def web_href(address: str) -> str:
    """A web address as typed ("example.com") with the https:// a browser needs; one with a scheme as is."""
    text = address.strip()
    if not text:
        return ""
    return text if "://" in text else f"https://{text}"
