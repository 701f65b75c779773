"""What the services say, in English here and in the user's language in the window.

A message is a `Said`: the English sentence (what the command line, logs and tests read) that also keeps
its template and the values put into it, so the window can say it in Russian or Chinese (ui/said.py).
Templates are marked with QT_TRANSLATE_NOOP so Qt's lupdate collects them into the translations under
the "Services" context; the app itself never imports Qt.

    raise ValueError(said(QT_TRANSLATE_NOOP("Services", "%1 is not a phone number"), repr(value)))
"""

from __future__ import annotations

import json
import re

_PLACE = re.compile(r"%(\d+)")


def filled(template: str, values: list[str]) -> str:
    """`template` with values[0] for %1, values[1] for %2…, in one pass: a value that itself holds "%1"
    (a name read from a file) stays as it is."""
    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)
    return _PLACE.sub(value, template)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation under `context`; returns it unchanged."""
    return text


class Said(str):
    """An English message that remembers how it was made: `template` with %1, %2… and `args`."""

    template: str
    args: tuple[object, ...]

    def __new__(cls, template: str, args: tuple[object, ...]) -> Said:
        made = super().__new__(cls, filled(template, [str(a) for a in args]))
        made.template = template
        made.args = args
        return made

    def __reduce__(self) -> tuple[type[Said], tuple[str, tuple[object, ...]]]:
        # str's own pickling would call Said(text) alone; the import's reading processes send Saids
        return (Said, (self.template, self.args))


def said(template: str, *args: object) -> Said:
    """The message `template` (marked with QT_TRANSLATE_NOOP) with `args` in place of %1, %2…; an arg
    may itself be a Said (a kind of record, say), translated in its turn."""
    return Said(template, args)


def message_of(error: BaseException) -> str:
    """What `error` says, as the Said it was raised with when it was (str(error) would lose the template)."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Said) else str(error)


_STORED = "\x01said:"  # a Said kept in a text column (a sync account's last error) with what translates it


def _plain(value: object) -> object:
    if isinstance(value, Said):
        return {"said": [value.template, [_plain(a) for a in value.args]]}
    return str(value)


def _said(value: object) -> object:
    if isinstance(value, dict) and "said" in value:
        template, args = value["said"]
        return Said(str(template), tuple(_said(a) for a in args))
    return value


def stored(message: str) -> str:
    """`message` as a text column keeps it: a Said with its template and values, anything else as it is."""
    if isinstance(message, Said):
        return _STORED + json.dumps(_plain(message), ensure_ascii=False)
    return message


def restored(text: str | None) -> str:
    """What `stored` kept, a Said again where it was one (old rows hold plain English)."""
    if not text or not text.startswith(_STORED):
        return text or ""
    try:
        value = _said(json.loads(text[len(_STORED):]))
    except (ValueError, TypeError, KeyError):
        return text[len(_STORED):]
    return value if isinstance(value, Said) else str(value)
