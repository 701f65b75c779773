"""A service's message in the user's language (app/messages.py): its template translated under the
"Services" context, the values put back in. Anything else is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import ValidationError
from app.messages import Said, message_of


def in_words(what: BaseException | str) -> str:
    """What an error or a message says, in the user's language where it was written to be translated."""
    if isinstance(what, ValidationError):
        return "; ".join(dict.fromkeys(in_words(error.message) for error in what.errors))
    if isinstance(what, BaseException):
        what = message_of(what)
    if not isinstance(what, Said):
        return str(what)
    text = QCoreApplication.translate("Services", what.template)
    for number in range(len(what.args), 0, -1):  # %10 before %1
        value = what.args[number - 1]
        text = text.replace(f"%{number}", in_words(value) if isinstance(value, Said) else str(value))
    return text
