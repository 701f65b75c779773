"""A tolerant vCard 2.1/3.0/4.0 reader: bytes in, one card at a time out.

What real programs write, and how it is read:
- any line ending (CRLF, LF, the CR CR LF of iOS exports); a bare CR inside a line is data;
- folding undone on bytes, before decoding (a fold may split a UTF-8 character);
- quoted-printable soft breaks joined (also when a mail client put an empty line after the "=");
- 2.1 base64 blocks whose lines are not indented, ended by an empty line;
- the encoding: a BOM, UTF-16, the CHARSET parameter, else UTF-8, else the card's own CHARSET
  hint or a guessed Windows code page, with a warning;
- 2.1 bare parameters (TEL;CELL;PREF), lower-case names, VERSION anywhere in the card.

A broken card becomes a Rejected record naming its number, line and reason; the cards around it
are read as usual. Nothing here knows about contacts: app/formats/vcard_map.py maps cards to them.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import io
import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO, NamedTuple

from app.formats.legacy_text import guess_encoding
from app.messages import QT_TRANSLATE_NOOP, said

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_/]*$")
_BASE64_LINE = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
_PROPERTY_START = re.compile(rb"^(?:[A-Za-z0-9-]+\.)?[A-Za-z][A-Za-z0-9-]*[;:]")
_B64_HEADER = re.compile(rb"(?:ENCODING=)?(?:B|BASE64)(?:[;:])", re.IGNORECASE)


class VCardFileError(Exception):
    """The file as a whole cannot be read as vCards (empty, a calendar, ...)."""


def _bare_cr() -> str:
    return said(QT_TRANSLATE_NOOP(
        "Services", "lines end with a bare CR (classic Mac OS); save the file with CRLF or LF line ends"))


@dataclass
class Property:
    name: str  # upper case
    value: str  # decoded text (still vCard-escaped); for base64 values, the base64 text
    params: list[tuple[str, str | None]] = field(default_factory=list)  # (NAME upper, value or None)
    group: str = ""
    line: int = 0
    data: bytes | None = None  # the decoded bytes of an ENCODING=B/BASE64 value

    def param(self, name: str) -> str | None:
        for key, value in self.params:
            if key == name:
                return value
        return None

    def param_values(self, name: str) -> list[str]:
        """Every value of a parameter, split on commas, lower case; 2.1 bare values count as TYPE."""
        found: list[str] = []
        for key, value in self.params:
            if key == name and value is not None:
                found.extend(v.strip().strip('"').lower() for v in value.split(",") if v.strip())
            elif name == "TYPE" and value is None:
                found.append(key.lower())
        return found


@dataclass
class Card:
    number: int  # 1-based position in the file
    line: int  # of its BEGIN
    version: str
    properties: list[Property]
    warnings: list[str] = field(default_factory=list)

    def first(self, name: str) -> Property | None:
        return next((p for p in self.properties if p.name == name), None)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]


@dataclass
class Rejected:
    number: int
    line: int
    reason: str

    def __str__(self) -> str:
        return f"record {self.number} (line {self.line}): {self.reason}"


@dataclass
class _RawCard:
    number: int
    line: int
    lines: list[tuple[int, bytes]] = field(default_factory=list)  # (line number, logical line)
    problem: str | None = None
    after_agent: bool = False


def _utf16_lines(head: bytes, stream: BinaryIO, encoding: str) -> Iterator[bytes]:
    text = (head + stream.read()).decode(encoding, errors="replace")  # a cut-off last byte is no reason to fail
    for line in text.lstrip("\ufeff").splitlines(keepends=True):
        yield line.encode("utf-8")


def _lines_of(stream: Any, *, check_first: bool = True) -> Iterator[bytes]:
    """The physical lines; `check_first`: this is the start of the file (its encoding and line ends
    are looked at)."""
    if not check_first:
        yield from _plain_lines(stream)
        return
    head = stream.read(4)
    encoding = None
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif len(head) == 4 and head[1:2] == b"\0" and head[3:4] == b"\0":
        encoding = "utf-16-le"  # no BOM, but "B\0E\0" gives it away
    elif len(head) == 4 and head[0:1] == b"\0" and head[2:3] == b"\0":
        encoding = "utf-16-be"
    if encoding:
        yield from _utf16_lines(head, stream, encoding)
        return
    first = head + stream.readline()
    if b"\n" not in first and b"\r" in first:
        raise VCardFileError(_bare_cr())
    yield from io.BytesIO(first)  # the four bytes looked at may hold a line end of their own
    yield from _plain_lines(stream)


def _plain_lines(stream: Any) -> Iterator[bytes]:
    if isinstance(stream, io.RawIOBase):
        stream = io.BufferedReader(stream, 1 << 16)
    for line in stream:  # noqa: UP028 - `yield from` would close the caller's file with this generator
        yield line


def logical_lines(lines: Iterable[bytes], first_line: int = 1, *, strip_bom: bool = True
                  ) -> Iterator[tuple[int, bytes]]:
    """(line number, logical line): line ends cut (CR CR LF counts as one), folding and
    quoted-printable soft breaks undone, on bytes. Empty lines are dropped. `strip_bom`: the first
    line is the file's first."""
    chunks: list[bytes] = []  # the logical line being built (joined once: photos have many lines)
    start = 0
    quoted_printable = base64_block = soft_break = blank_after_soft_break = False
    for number, line in enumerate(lines, start=first_line):
        if number == first_line and strip_bom:
            line = line.removeprefix(codecs.BOM_UTF8)
        line = line.rstrip(b"\n").removesuffix(b"\r").removesuffix(b"\r")
        if chunks and soft_break:
            if not line:
                blank_after_soft_break = True  # a mail client may put an empty line after the "="
                continue
            if blank_after_soft_break and _PROPERTY_START.match(line):
                chunks[-1] = chunks[-1][:-1]  # ...but here the "=" ended the value (a Nokia export)
                soft_break = False
            else:
                chunks[-1] = chunks[-1][:-1]
                chunks.append(line)
                soft_break = line.endswith(b"=")
                blank_after_soft_break = False
                continue
        blank_after_soft_break = False
        first = line[:1]
        if chunks and (first == b" " or first == b"\t"):
            chunks.append(line[1:])
            soft_break = quoted_printable and line.endswith(b"=")
            continue
        if chunks and base64_block and line and b":" not in line and _BASE64_LINE.match(line):
            chunks.append(line.strip())  # 2.1 base64 lines written without the folding space
            continue
        if chunks:
            yield start, b"".join(chunks)
            chunks = []
        if not line.strip():
            base64_block = False
            continue
        if first == b" " or first == b"\t":
            yield number, line  # a continuation with nothing to continue: the reader rejects it
            continue
        chunks, start = [line], number
        colon = line.find(b":")
        if line.find(b";", 0, colon if colon >= 0 else len(line)) < 0:
            quoted_printable = base64_block = soft_break = False  # no parameters: no encoding
            continue
        header = line[:colon].upper() if colon >= 0 else line.upper()
        quoted_printable = b"QUOTED-PRINTABLE" in header
        base64_block = bool(_B64_HEADER.search(header + b":"))
        soft_break = quoted_printable and line.endswith(b"=")
    if chunks:
        yield start, b"".join(chunks)


class OpenCards(NamedTuple):
    """What a stretch of a file leaves open at its end (cards not ended, stray lines), handed to
    the reader of the rest of the file so that the whole reads as if read in one go."""

    stack: list[_RawCard]
    stray: tuple[int, str] | None
    number: int


def read(stream: BinaryIO, first_line: int = 1, *, resume: OpenCards | None = None,
         left_open: list[OpenCards] | None = None, chunk_size: int = 32 << 10) -> Iterator[Card | Rejected]:
    """Every card of a vCard file, in order; raises VCardFileError when there is none at all.
    A stretch of a larger file: `first_line` is the number of its first line; `resume` what the
    stretch before left open; `left_open` (a list) receives what this one leaves open instead of
    ending it. Plain cards are read whole (see _plain_card); the rest line by line, with the same
    result as read_by_lines (a test compares the two over the corpus and fuzzed files)."""
    yield from _not_empty(_read_chunks(stream, first_line, resume, left_open, chunk_size), resume, left_open)


def read_by_lines(stream: BinaryIO, first_line: int = 1, *, resume: OpenCards | None = None,
                  left_open: list[OpenCards] | None = None) -> Iterator[Card | Rejected]:
    """read(), every line through the line machine: what the whole-card path must agree with."""
    yield from _not_empty(_cards(logical_lines(_lines_of(stream), first_line), resume, left_open), resume, left_open)


def _not_empty(items: Iterator[Card | Rejected], resume: OpenCards | None,
               left_open: list[OpenCards] | None) -> Iterator[Card | Rejected]:
    """The records; a whole file (not a stretch of one) with none at all is an error."""
    cards = 0
    for item in items:
        cards += 1
        yield item
    if cards == 0 and resume is None and left_open is None:
        raise VCardFileError(said(QT_TRANSLATE_NOOP("Services", "no contacts found in the file")))


# --- whole cards ------------------------------------------------------------------------------
#
# Nearly every card a program writes is plain: UTF-8, no quoted-printable, no base64 block, no
# CHARSET, no nested card. Such a card is cut out of the buffer, decoded once and split into lines
# with str methods, which costs a third of walking it line by line. Anything else about a card
# (or the text between cards) goes to the line machine, started and stopped only where its state
# is clean: after an END:VCARD line, before a line that is not a continuation.

_BEGIN = b"BEGIN:VCARD"
_END_LINE = re.compile(rb"\nEND:VCARD\r?\n")
_BLANK_LINES = re.compile(rb"(?:\r?\n)+")
_CUT = re.compile(rb"\nEND:VCARD\r?\n(?:\r?\n)*(?=BEGIN:VCARD\r?\n)")  # where the line machine may stop
_ASCII_SPACE = " \t\n\r\x0b\x0c"
# A base64 value (ENCODING=b, as phones write photos) is plain too: the header says so, and the card
# is handed over if the value is not clean base64.
_NOT_PLAIN = (b"QUOTED-PRINTABLE", b"CHARSET", b"AGENT", b"\r\r", b"\n\n", b"\n\r\n")
_SLOW_CARRY_LIMIT = 8 << 20  # bytes the line machine may wait for a clean stop before it takes the rest


def _read_chunks(stream: BinaryIO, first_line: int, resume: OpenCards | None,
                 left_open: list[OpenCards] | None, chunk_size: int) -> Iterator[Card | Rejected]:
    head = stream.read(4)
    if (head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
            or (len(head) == 4 and (head[1:2] == head[3:4] == b"\0" or head[0:1] == head[2:3] == b"\0"))):
        whole = io.BufferedReader(_Prefixed(head, stream), 1 << 16)
        yield from _cards(logical_lines(_lines_of(whole), first_line), resume, left_open)
        return
    buffer = head + stream.read(chunk_size)
    at_end = len(buffer) < chunk_size + len(head)
    more = buffer
    while b"\n" not in more and not at_end:  # the first line decides about bare CR line ends
        more = stream.read(max(chunk_size, len(buffer)))  # doubling: one long line costs no rescans
        buffer += more
        at_end = not more
    if b"\n" not in buffer and b"\r" in buffer:
        raise VCardFileError(_bare_cr())
    buffer = buffer.removeprefix(codecs.BOM_UTF8)
    line = first_line
    state = resume or OpenCards([], None, 0)
    position = 0
    while True:
        if not at_end and len(buffer) - position < chunk_size:
            more = stream.read(chunk_size)
            buffer = buffer[position:] + more
            position = 0
            at_end = not more
        if position >= len(buffer):
            break
        plain = None
        clean = not state.stack and state.stray is None
        if clean and buffer.startswith((b"\n", b"\r\n"), position):
            blank = _BLANK_LINES.match(buffer, position)  # empty lines between cards: the line machine drops them
            assert blank is not None
            line += buffer.count(b"\n", position, blank.end())
            position = blank.end()
            continue
        if clean and buffer.startswith(_BEGIN, position):
            match = _END_LINE.search(buffer, position)
            if match is not None and (match.end() < len(buffer) or at_end):
                end = match.end()
                following = buffer[end : end + 1]
                if following not in (b" ", b"\t"):  # else the END line goes on, strange as that is
                    try:
                        plain = _plain_card(buffer[position:end], line, state.number + 1)
                    except Exception:  # the line machine reads it again and says why
                        plain = None
            if plain is not None:
                state = state._replace(number=state.number + 1)
                yield plain
                line += buffer.count(b"\n", position, end)
                position = end
                continue
        # The line machine, from here to the next clean stop (or to the end).
        cut = _CUT.search(buffer, position + 1)
        while cut is None and not at_end and len(buffer) - position < _SLOW_CARRY_LIMIT:
            # Doubling what is waited for: the searches of a long stretch without a clean stop
            # (one long line, say) cost twice its length, not its square over chunk_size.
            more = stream.read(max(chunk_size, len(buffer) - position))
            buffer = buffer[position:] + more
            position = 0
            at_end = not more
            cut = _CUT.search(buffer, position + 1)
        if cut is None:
            rest = _Prefixed(buffer[position:], stream)
            yield from _cards(logical_lines(_lines_of(rest, check_first=False), line, strip_bom=False), state,
                              left_open)
            return
        stop = cut.end()
        block = buffer[position:stop]
        left: list[OpenCards] = []
        yield from _cards(logical_lines(_lines_of(io.BytesIO(block), check_first=False), line, strip_bom=False),
                          state, left, always_leave=True)
        state = left[0]
        line += block.count(b"\n")
        position = stop
    if left_open is not None:
        if state.stack or state.stray:
            left_open.append(state)
        return
    yield from _cards((), state, None)  # ends what is still open, as the line machine would


def _plain_card(block: bytes, first: int, number: int) -> Card | None:
    """The card in `block` (from its BEGIN:VCARD line to its END:VCARD line), or None when it is not
    plain: then the line machine reads it. Every rule of _cards, _finish and _parse_properties that a
    plain card can meet is followed here; for any other the card is handed over."""
    upper = block.upper()
    if any(word in upper for word in _NOT_PLAIN):
        return None
    crlf = block.count(b"\r\n")
    if crlf != block.count(b"\r") or (crlf and crlf != block.count(b"\n")):
        return None  # one kind of line end, and no CR inside a line
    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError:
        return None
    physical = text.split("\r\n" if crlf else "\n")
    physical.pop()  # after the END line's line end
    lines: list[tuple[int, str]] = []
    if "\n " in text or "\n\t" in text:
        for offset, piece in enumerate(physical):
            if piece[:1] in (" ", "\t"):
                number_, start = lines[-1]
                lines[-1] = (number_, start + piece[1:])
            else:
                lines.append((first + offset, piece))
    else:
        lines = list(enumerate(physical, first))
    if lines[0][1] != "BEGIN:VCARD" or lines[-1][1] != "END:VCARD":
        return None
    lines = lines[1:-1]
    version = ""
    for _, line in lines:
        if line[:7].upper() == "VERSION":
            name, _, value = line.partition(":")
            if name.strip(_ASCII_SPACE).upper() == "VERSION":  # as the line machine reads bytes
                version = value.strip(_ASCII_SPACE)
    if version not in ("2.1", "3.0", "4.0"):
        return None  # the line machine says why
    loose = version == "2.1"
    properties: list[Property] = []
    for number_, line in lines:
        colon = line.find(":")
        if colon < 0 or not line.strip():
            return None
        header = _plain_header(line[:colon], loose)  # the same few headers on every card: looked up
        if header is None:
            return None
        group, name, params, base64_value = header
        value = line[colon + 1 :]
        if name == "VERSION":
            value = value.strip()
        prop = Property(name, value, list(params), group, number_)
        if base64_value:
            if not value.isascii():
                return None
            prop.value = value.strip()  # as the line machine strips the value, decoded
            try:
                prop.data = _base64(prop.value, prop, [])
            except _LineError:
                return None  # not base64 (a data: URI, say): the line machine tells what it is
            if prop.data is None:
                return None  # damaged: the line machine keeps it with a warning
        properties.append(prop)
    if version != "2.1" and not any(
        (p.name == "FN" and p.value.strip()) or (p.name == "N" and p.value.strip(" ;")) for p in properties
    ):
        return None
    return Card(number, first, version, properties, [])


@functools.lru_cache(maxsize=4096)
def _plain_header(header: str, loose: bool) -> tuple[str, str, tuple[tuple[str, str | None], ...], bool] | None:
    """(group, NAME, parameters, whether the value is base64) of a property header as _parse_properties
    reads it, or None when it is not plain (quotes, a bad name, BEGIN/END, an encoding but ENCODING=b)
    or is an error the line machine reports."""
    if '"' in header:
        return None
    parts = header.split(";")
    group, _, name = parts[0].strip().rpartition(".")
    upper_name = name.upper()
    if not _NAME.match(name) or upper_name in ("BEGIN", "END"):
        return None
    if len(parts) == 1:
        return group, upper_name, (), False
    try:
        params = _parse_params(parts[1:], name, loose, 0)
    except _LineError:
        return None
    if any(pvalue is None and key in _ENCODING_WORDS for key, pvalue in params):
        return None
    encoding = next((pvalue for key, pvalue in params if key == "ENCODING" and pvalue is not None), None)
    if encoding is not None and encoding.strip('"').upper() not in ("B", "BASE64"):
        return None  # other encodings: the line machine
    return group, upper_name, tuple(params), encoding is not None


class _Prefixed(io.RawIOBase):
    """Bytes already read, then the rest of a stream."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = memoryview(head)  # handed out by offset: slicing bytes would copy the rest each time
        self._offset = 0
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        if self._offset < len(self._head):
            count = min(len(view), len(self._head) - self._offset)
            view[:count] = self._head[self._offset : self._offset + count]
            self._offset += count
            return count
        data = self._stream.read(len(view))
        view[: len(data)] = data
        return len(data)


def _cards(lines: Iterable[tuple[int, bytes]], resume: OpenCards | None = None,
           left_open: list[OpenCards] | None = None, *, always_leave: bool = False) -> Iterator[Card | Rejected]:
    """The line machine's cards. `always_leave`: put the state in `left_open` even when nothing is
    open (the whole-card path goes on from its record number)."""
    stack: list[_RawCard] = resume.stack if resume else []
    number = resume.number if resume else 0
    stray: tuple[int, str] | None = resume.stray if resume else None
    for line_number, line in lines:
        head = line[:48].upper()
        if stack and b"BEGIN" not in head and b"END" not in head and b"AGENT" not in head:
            stack[-1].lines.append((line_number, line))  # an ordinary property: the common case
            stack[-1].after_agent = False
            continue
        name, _, rest = line.partition(b":")
        key = name.upper() if line[:1] not in (b" ", b"\t") else b""
        structural = key[-5:] == b"BEGIN" or key[-3:] == b"END"
        value = rest.strip().upper() if structural else b""
        if key == b"BEGIN" and value == b"VCARD":
            if stray:
                number += 1
                yield Rejected(number, stray[0], stray[1])
                stray = None
            if stack and not stack[-1].after_agent:
                stack[-1].problem = stack[-1].problem or said(
                    QT_TRANSLATE_NOOP("Services", "another card begins inside it at line %1 (not as an AGENT)"),
                    line_number)
            number += 1
            stack.append(_RawCard(number, line_number))
            continue
        if key == b"END" and value == b"VCARD" and stack:
            yield _finish(stack.pop())
            continue
        if not stack:
            if stray is None:
                if line[:1] in (b" ", b"\t"):
                    reason = said(QT_TRANSLATE_NOOP(
                        "Services", "the file starts with a continuation line (a line beginning with a space)"))
                elif key.endswith((b".BEGIN", b".END")):
                    reason = said(QT_TRANSLATE_NOOP("Services", "BEGIN/END may not have a group (%1)"),
                                  name.decode("ascii", "replace"))
                elif key == b"BEGIN" and value == b"VCALENDAR":
                    reason = said(QT_TRANSLATE_NOOP(
                        "Services", "this is a calendar (BEGIN:VCALENDAR), not contacts: import it as a calendar"))
                elif key == b"BEGIN":
                    reason = said(QT_TRANSLATE_NOOP("Services", "BEGIN:%1 is not the start of a vCard"),
                                  rest.decode("utf-8", "replace").strip())
                else:
                    reason = said(QT_TRANSLATE_NOOP("Services", "properties outside BEGIN:VCARD ... END:VCARD"))
                stray = (line_number, reason)
            continue
        card = stack[-1]
        card.lines.append((line_number, line))
        card.after_agent = b"AGENT" in key and key.split(b";")[0].split(b".")[-1] == b"AGENT" and not rest.strip()
    if left_open is not None:
        if stack or stray or always_leave:
            left_open.append(OpenCards(stack, stray, number))
        return
    if stray:
        number += 1
        yield Rejected(number, stray[0], stray[1])
    for card in stack:
        # Old phones and mail clients cut 2.1 exports short; what is there is still worth having.
        finished = _finish(card, truncated=True)
        if isinstance(finished, Card) and finished.version == "2.1":
            finished.warnings.append(said(QT_TRANSLATE_NOOP(
                "Services", "the card has no END:VCARD (the file may be cut short); imported what was there")))
            yield finished
        else:
            yield Rejected(card.number, card.line, said(QT_TRANSLATE_NOOP(
                "Services", "the card has no END:VCARD (the file may be cut short)")))


def _finish(raw: _RawCard, *, truncated: bool = False) -> Card | Rejected:
    if raw.problem:
        return Rejected(raw.number, raw.line, raw.problem)
    del truncated  # the caller decides what a missing END means
    version = ""
    for _, line in raw.lines:
        if line[:7].upper() != b"VERSION":  # cheap test first: this runs for every line of a card
            continue
        name, _, value = line.partition(b":")
        if name.strip().upper() == b"VERSION":
            version = value.decode("ascii", "replace").strip()
    if not version:
        return Rejected(raw.number, raw.line, said(QT_TRANSLATE_NOOP("Services", "the card has no VERSION")))
    if version not in ("2.1", "3.0", "4.0"):
        return Rejected(raw.number, raw.line, said(
            QT_TRANSLATE_NOOP("Services", "VERSION %1 is not a vCard version (2.1, 3.0 or 4.0)"), version))
    warnings: list[str] = []
    try:
        properties = _parse_properties(raw, version, warnings)
    except _LineError as exc:
        return Rejected(raw.number, exc.line, exc.reason)
    except Exception as exc:  # one card's failure is that card's rejection
        return Rejected(raw.number, raw.line, cannot_read(exc))
    card = Card(raw.number, raw.line, version, properties, warnings)
    if version != "2.1" and not any(
        (p.name == "FN" and p.value.strip()) or (p.name == "N" and p.value.strip(" ;")) for p in properties
    ):
        return Rejected(raw.number, raw.line, said(
            QT_TRANSLATE_NOOP("Services", "a vCard %1 needs a name (FN), and this card has none"), version))
    return card


class _LineError(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _split_header(header: str, line: int) -> list[str]:
    """Split "group.NAME;P=a;Q="b;c"" on semicolons outside quotes."""
    if '"' not in header:
        return header.split(";")
    parts, current, quoted = [], "", False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append(current)
            current = ""
        else:
            current += ch
    if quoted:
        raise _LineError(line, said(
            QT_TRANSLATE_NOOP("Services", "a parameter value has an opening quote but no closing one")))
    parts.append(current)
    return parts


def _split_line(line: bytes, number: int) -> tuple[str, bytes]:
    """The header (decoded as ASCII-ish) and the raw value bytes, split at the first ':' not in quotes."""
    colon, quote = line.find(b":"), line.find(b'"')
    if colon >= 0 and (quote < 0 or quote > colon):
        return line[:colon].decode("utf-8", "replace"), line[colon + 1 :]
    quoted = False
    for index, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return line[:index].decode("utf-8", "replace"), line[index + 1 :]
    raise _LineError(number, said(
        QT_TRANSLATE_NOOP("Services", "line %1 has no ':' between a property name and its value"), number))


def _parse_params(pieces: list[str], name: str, loose: bool, number: int) -> list[tuple[str, str | None]]:
    params: list[tuple[str, str | None]] = []
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            if loose:
                continue
            raise _LineError(number, said(
                QT_TRANSLATE_NOOP("Services", "%1 has an empty parameter (';;' or a ';' before ':')"), name))
        key, eq, pvalue = piece.partition("=")
        if not eq:
            if "," in key and not loose:
                raise _LineError(number, said(
                    QT_TRANSLATE_NOOP("Services", "%1 has a parameter list without a name (%2)"), name, key))
            params.append((key.strip().upper(), None))
            continue
        pvalue = pvalue.strip()
        if not loose and "," in pvalue and pvalue.strip('"') and any(not v.strip() for v in pvalue.split(",")):
            raise _LineError(number, said(
                QT_TRANSLATE_NOOP("Services", "%1 has an empty item in the parameter %2=%3"), name, key, pvalue))
        if len(pvalue) >= 2 and pvalue[0] == pvalue[-1] == '"':
            pvalue = pvalue[1:-1]  # the quotes only protect , ; : inside; the writer adds them again
        params.append((key.strip().upper(), pvalue))
    return params


def _parse_properties(raw: _RawCard, version: str, warnings: list[str]) -> list[Property]:
    """One pass over the card's lines. A plain UTF-8 value (nearly every line of every card) is
    decoded at once; encoded values and text in other character sets wait for the second pass,
    when the card's CHARSET hint is known (a 2.1 card may name it on a later line)."""
    loose = version == "2.1"
    properties: list[Property] = []
    later: list[tuple[Property, bytes, str | None, str, set[str]]] = []
    hint: str | None = None
    for number, line in raw.lines:
        colon = line.find(b":")
        quote = line.find(b'"', 0, colon) if colon >= 0 else 0
        if colon >= 0 and quote < 0:
            header, value = line[:colon].decode("utf-8", "replace"), line[colon + 1 :]
            parts = header.split(";")
        else:
            header, value = _split_line(line, number)
            parts = _split_header(header, number)
        group, _, name = parts[0].strip().rpartition(".")
        if not _NAME.match(name):
            raise _LineError(number, said(QT_TRANSLATE_NOOP("Services", "%1 is not a property name"),
                                          repr(parts[0])))
        if len(parts) == 1:
            prop = Property(name.upper(), "", [], group, number)
            properties.append(prop)
            try:
                prop.value = value.decode("utf-8")
            except UnicodeDecodeError:
                later.append((prop, value, None, "", set()))
                continue
            if prop.name == "VERSION":
                prop.value = prop.value.strip()
            continue
        params = _parse_params(parts[1:], name, loose, number)
        charset = encoding = None
        bare: set[str] = set()
        for key, pvalue in params:
            if pvalue is None:
                bare.add(key)
            elif key == "CHARSET" and charset is None:
                charset = pvalue.strip('"')
            elif key == "ENCODING" and encoding is None:
                encoding = pvalue.strip('"').upper()
        if charset:
            if not _text_encoding(charset):
                shown = charset if charset.isprintable() else repr(charset)
                raise _LineError(number, said(QT_TRANSLATE_NOOP(
                    "Services", "%1 says CHARSET=%2, which is not a known character set"), name, shown)) from None
            hint = hint or charset
        prop = Property(name.upper(), "", params, group, number)
        properties.append(prop)
        if encoding or charset or (bare and not bare.isdisjoint(_ENCODING_WORDS)):
            later.append((prop, value, charset, encoding or "", bare))
            continue
        try:
            prop.value = value.decode("utf-8")
        except UnicodeDecodeError:
            later.append((prop, value, None, "", bare))
            continue
        if prop.name == "VERSION":
            prop.value = prop.value.strip()
    for prop, value, charset, encoding, bare in later:
        if encoding in ("QUOTED-PRINTABLE", "QP") or "QUOTED-PRINTABLE" in bare:
            value = quopri.decodestring(value)
        if encoding in ("B", "BASE64") or "BASE64" in bare or ("B" in bare and prop.name in ("PHOTO", "LOGO", "KEY")):
            text = value.decode("ascii", "replace").strip()
            prop.value = text
            if not text.startswith("data:"):
                prop.data = _base64(text, prop, warnings)
            continue
        prop.value = _decode_text(value, charset, hint, prop, warnings)
        if prop.name == "VERSION":
            prop.value = prop.value.strip()
    return properties


_ENCODING_WORDS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B"})


def _text_encoding(charset: str) -> bool:
    """Whether `charset` names a codec that decodes bytes to text. codecs.lookup raises ValueError,
    not LookupError, for a name with a NUL in it, and finds codecs such as zlib that are no text
    encodings (decoding with them raises LookupError)."""
    try:
        info = codecs.lookup(charset)
    except (LookupError, ValueError):
        return False
    return bool(getattr(info, "_is_text_encoding", True))


def cannot_read(exc: BaseException) -> str:
    """Why a record could not be read, when reading it failed in a way no check foresaw: said plainly
    where the failure says something a user can act on, else with the failure's own words."""
    if isinstance(exc, RecursionError):
        return said(QT_TRANSLATE_NOOP("Services", "the record is nested too deeply to be read"))
    if isinstance(exc, MemoryError):
        return said(QT_TRANSLATE_NOOP("Services", "the record is too large to be read"))
    return said(QT_TRANSLATE_NOOP("Services", "the record could not be read (%1)"),
                f"{type(exc).__name__}: {exc}")


def _base64(text: str, prop: Property, warnings: list[str]) -> bytes | None:
    """The decoded bytes; None (with a warning) when the data is damaged but made of base64 letters:
    the property is then kept as it came, and the rest of the card still goes in."""
    compact = re.sub(r"\s+", "", text)
    if not re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", compact):
        raise _LineError(prop.line, said(
            QT_TRANSLATE_NOOP("Services", "%1 is marked base64 but its value is not base64"), prop.name))
    try:
        # Some phones drop the final "=" padding; the data itself is whole.
        return base64.b64decode(compact + "=" * (-len(compact) % 4), validate=True)
    except (binascii.Error, ValueError):
        warnings.append(said(QT_TRANSLATE_NOOP("Services", "line %1: the %2 data is damaged; kept as it was"),
                             prop.line, prop.name))
        return None


def _decode_text(value: bytes, charset: str | None, hint: str | None, prop: Property, warnings: list[str]) -> str:
    if charset:
        return value.decode(charset, "replace")
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        guessed = guess_encoding(value, hint)
        warnings.append(said(QT_TRANSLATE_NOOP("Services", "line %1: %2 is not UTF-8; read it as %3"),
                             prop.line, prop.name, guessed))
        return value.decode(guessed, "replace")


# --- values -----------------------------------------------------------------------------------


def unescape(text: str) -> str:
    """vCard 3.0/4.0 text: \\n, \\, \\; \\\\ ."""
    if "\\" not in text:
        return text
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def split_escaped(text: str, separator: str) -> list[str]:
    """Split on separators not escaped with a backslash; the parts stay escaped."""
    if "\\" not in text:
        return text.split(separator)
    parts, current, i = [], "", 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current += text[i : i + 2]
            i += 2
            continue
        if ch == separator:
            parts.append(current)
            current = ""
        else:
            current += ch
        i += 1
    parts.append(current)
    return parts


def components(value: str) -> list[str]:
    """A structured value (N, ADR, ORG) as unescaped components; multiple values joined by ', '."""
    if "\\" not in value:  # nothing escaped (most values): plain splits, no unescaping
        return [", ".join(part.split(",")) if "," in part else part for part in value.split(";")]
    return [", ".join(unescape(v) for v in split_escaped(part, ",")) for part in split_escaped(value, ";")]
