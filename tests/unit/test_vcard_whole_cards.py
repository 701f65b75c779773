"""The whole-card path of the vCard reader gives exactly what the line machine gives: over every
corpus file, the benchmark's generated cards, files read in stretches, and fuzzed files, with
buffers small enough that cards and lines straddle them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.formats import vcard
from tests.conftest import CORPUS, benchmark_cards

CHUNKS = (1 << 20, 4096, 97, 5)


def outcome(items: object) -> object:
    """The records read, or the file's error: what a caller of the reader can see."""
    try:
        return list(items)  # type: ignore[call-overload]
    except vcard.VCardFileError as exc:
        return ("VCardFileError", str(exc))


def both(data: bytes, chunk: int, first_line: int = 1) -> tuple[object, object]:
    fast = outcome(vcard.read(io.BytesIO(data), first_line, chunk_size=chunk))
    lines = outcome(vcard.read_by_lines(io.BytesIO(data), first_line))
    return fast, lines


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() in (".vcf", ".ics"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here (a user's own clone)")
@pytest.mark.parametrize("chunk", CHUNKS)
def test_every_corpus_file_reads_the_same_both_ways(chunk: int) -> None:
    files = corpus_files()
    assert len(files) == 140
    for path in files:
        fast, lines = both(path.read_bytes(), chunk)
        assert fast == lines, path.name


def test_most_generated_cards_take_the_whole_card_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = benchmark_cards(tmp_path / "cards.vcf", 400).read_bytes()
    for chunk in CHUNKS:
        fast, lines = both(data, chunk)
        assert fast == lines and isinstance(fast, list) and len(fast) == 400

    taken = []
    original = vcard._plain_card

    def counting(block: bytes, first: int, number: int) -> vcard.Card | None:
        card = original(block, first, number)
        taken.append(card is not None)
        return card

    monkeypatch.setattr(vcard, "_plain_card", counting)
    assert len(list(vcard.read(io.BytesIO(data)))) == 400
    assert sum(taken) == 400  # the 20 cards with a base64 photo included


def test_stretches_of_a_file_read_the_same_both_ways() -> None:
    cards = [
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n",
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Open;Card\r\n",  # never ended: left open at the cut
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace\r\nNOTE:x\r\nEND:VCARD\r\n",
        b"stray line\r\n",
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Alan\r\nEND:VCARD\r\n",
    ]
    data = b"".join(cards)
    for cut in range(1, len(data)):
        if data[cut - 1 : cut] != b"\n":
            continue
        first, second = data[:cut], data[cut:]
        line = first.count(b"\n") + 1
        for chunk in CHUNKS:
            results = []
            for reader in (vcard.read, vcard.read_by_lines):
                left: list[vcard.OpenCards] = []
                kwargs = {"chunk_size": chunk} if reader is vcard.read else {}
                head = list(reader(io.BytesIO(first), 1, left_open=left, **kwargs))  # type: ignore[operator]
                resume = left[0] if left else vcard.OpenCards([], None, len(head))
                tail = list(reader(io.BytesIO(second), line, resume=resume, **kwargs))  # type: ignore[operator]
                results.append(head + tail)
            assert results[0] == results[1], (cut, chunk)
            assert results[0] == list(vcard.read_by_lines(io.BytesIO(data)))


_PIECES = st.sampled_from([
    b"BEGIN:VCARD", b"END:VCARD", b"begin:vcard", b"End:VCard", b"VERSION:3.0", b"VERSION:2.1", b"VERSION:4.0",
    b"version: 3.0 ", b"FN:Ada Lovelace", b"N:Lovelace;Ada;;;", b"FN:", b"FN:\xd0\x96\xd0\xb5", b"FN:\xe7\x8e\x8b",
    b"TEL;CELL:123", b"TEL;TYPE=cell,voice:+1 202 555 0100", b"EMAIL;TYPE=work,:x@y", b"item1.EMAIL:a@b",
    b"item1.X-ABLabel:_$!<Other>!$_", b"NOTE;ENCODING=QUOTED-PRINTABLE:a=", b"=C3=A4", b" folded", b"\tfolded",
    b"PHOTO;ENCODING=b:AAAA", b"AAAA", b"", b" ", b"X;;:y", b'X;P="a:b":c', b"NOTE:caf\xe9", b"\xef\xbb\xbfFN:x",
    b"AGENT:", b"AGENT;VALUE=uri:x", b"no colon here", b"X-\xc3\xa4:y", b"a.b.c:y", b"END", b"BEGIN:VCALENDAR",
    b"NOTE;CHARSET=UTF-8:x", b"ORG:Acme;Sales", b"NOTE:BEGIN something", b"TEL;PREF;HOME:1", b"UID:u-1",
    b"VERSION:3.0\xc2\xa0", b"FN:x\ry", b"KIND:org",
])
_ENDINGS = st.sampled_from([b"\r\n", b"\n", b"\r\r\n"])

# Base64 values, which the whole-card path reads too: clean, padded or not, damaged, not base64, not
# ASCII, with whitespace of every kind around them, a data: URI, other encodings, 2.1's bare BASE64.
BASE64_LINES = [
    b"PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg==", b"PHOTO;ENCODING=B:QUJD", b"PHOTO;ENCODING=BASE64:QUJDRA",
    b"PHOTO;ENCODING=b:QUJDR", b"PHOTO;ENCODING=b:not base64!", b"PHOTO;ENCODING=b:\xc3\xa4\xc3\xa4",
    b"PHOTO;ENCODING=b:QUJD\xc2\xa0", b"PHOTO;ENCODING=b:\xc2\xa0QUJD", b"PHOTO;ENCODING=b:QU JD",
    b"PHOTO;ENCODING=b:data:image/png;base64,QUJD", b"PHOTO;ENCODING=b: QUJD ", b"KEY;ENCODING=b;TYPE=PGP:QUJD\x1f",
    b"KEY;ENCODING=b:\x1cQUJD\x0b", b"PHOTO;ENCODING=8BIT:x", b"PHOTO;ENCODING=8BIT:QUJD", b"PHOTO;ENCODING=:x",
    b"PHOTO;BASE64:QUJD",
    b"PHOTO;ENCODING=b;ENCODING=QUOTED-PRINTABLE:QUJD", b"LOGO;encoding=b:QUJD", b"PHOTO;ENCODING=b:",
    b"PHOTO:data:image/png;base64,QUJD", b"TEL;TYPE=B:1", b"PHOTO;ENCODING=b:QUJD\r\n REVG\r\n \tR0g=",
    b"PHOTO;ENCODING=b:QUJD\r\nREVG", b"PHOTO;ENCODING=b:QUJD\r\n \xc2\xa0", b"PHOTO;ENCODING=b:QUJD=\r\n =",
]


@pytest.mark.parametrize("version", [b"2.1", b"3.0", b"4.0"])
@pytest.mark.parametrize("line", BASE64_LINES)
def test_base64_values_read_the_same_both_ways(line: bytes, version: bytes) -> None:
    data = b"BEGIN:VCARD\r\nVERSION:" + version + b"\r\nFN:Ada\r\n" + line + b"\r\nNOTE:after\r\nEND:VCARD\r\n"
    for chunk in CHUNKS:
        fast, by_lines = both(data, chunk)
        assert fast == by_lines


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_PIECES, _ENDINGS), max_size=40), st.sampled_from(CHUNKS), st.booleans())
def test_fuzzed_files_read_the_same_both_ways(lines: list[tuple[bytes, bytes]], chunk: int, last_end: bool) -> None:
    data = b"".join(piece + end for piece, end in lines)
    if not last_end and lines:
        data = data[: -len(lines[-1][1])]
    fast, by_lines = both(data, chunk)
    assert fast == by_lines


_PLAIN_LINES = st.sampled_from([
    b"FN:Ada", b"N:Lovelace;Ada;;;", b"TEL;TYPE=cell:1", b"EMAIL:a@b", b"NOTE:x\\, y", b" more", b"ORG:A;B",
    b"NOTE:a\rb", b"item2.TEL:2", b"TEL;CELL;PREF:3", b"end:vcard", b"VERSION\xc2\xa0:3.0", b"END:X",
    b" REVG", b"\tR0g=", b"R0hJ", *BASE64_LINES,  # with continuation lines, indented or (2.1) not
])
_VERSIONS = st.sampled_from([b"2.1", b"3.0", b"4.0", b"3.0\xc2\xa0", b" 4.0", b"5.0"])
_AFTER = st.sampled_from([b"", b"", b"\r\n", b"\n", b" x\r\n", b"stray\n"])


@settings(max_examples=800, deadline=None)
@given(st.lists(st.tuples(st.lists(_PLAIN_LINES, min_size=1, max_size=6), _VERSIONS, _ENDINGS, st.booleans(), _AFTER),
                min_size=1, max_size=8),
       st.sampled_from(CHUNKS))
def test_fuzzed_cards_read_the_same_both_ways(cards: list[tuple[list[bytes], bytes, bytes, bool, bytes]],
                                              chunk: int) -> None:
    data = b""
    for properties, version, end, mixed, after in cards:
        lines = [b"BEGIN:VCARD", b"VERSION:" + version, *properties, b"END:VCARD"]
        if mixed:  # one line ended differently from the others
            data += end.join(lines[:3]) + b"\n" + end.join(lines[3:]) + end + after
        else:
            data += end.join(lines) + end + after
    fast, by_lines = both(data, chunk)
    assert fast == by_lines


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from(CHUNKS))
def test_arbitrary_bytes_read_the_same_both_ways(data: bytes, chunk: int) -> None:
    fast, lines = both(data, chunk)
    assert fast == lines
