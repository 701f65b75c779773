"""A service's message in the user's language (app/messages.py): its template translated under the
"Services" context, the values put back in. Anything else is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import ValidationError
from app.messages import Said, filled, message_of


def in_words(what: BaseException | str) -> str:
    """What an error or a message says, in the user's language where it was written to be translated."""
    if isinstance(what, ValidationError):
        return "; ".join(dict.fromkeys(in_words(error.message) for error in what.errors))
    if isinstance(what, BaseException):
        what = message_of(what)
    if not isinstance(what, Said):
        return str(what)
    return filled(QCoreApplication.translate("Services", what.template),
                  [in_words(value) if isinstance(value, Said) else str(value) for value in what.args])


def field_problem(error: BaseException) -> str:
    """What to write under a field whose value was not saved: the service's reasons, one a line, or why the
    write failed (a full disk, a locked database)."""
    from app.errors import RapportError
    from app.store_errors import sqlite_problem

    if isinstance(error, ValidationError):
        return "\n".join(dict.fromkeys(in_words(e.message) for e in error.errors))
    if isinstance(error, RapportError):
        return in_words(error)
    return QCoreApplication.translate("Operations", "Not saved: %1").replace(
        "%1", in_words(sqlite_problem(error) or error))
