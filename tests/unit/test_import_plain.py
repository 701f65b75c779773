"""The plain-card route of the import gives exactly the records the general route gives: over every
corpus vCard, the benchmark's generated cards, and fuzzed cards built from the properties, parameters
and values the route has rules for (and some it must hand over)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import import_reader
from app.formats import vcard
from app.import_plain import plain_contact
from tests.conftest import CORPUS, benchmark_cards

REGIONS = ("US", "DE", None)


def general(card: vcard.Card, region: str | None) -> import_reader.Record:
    return import_reader.for_writer(import_reader._parsed_item(card), region)


def check(card: vcard.Card, region: str | None) -> bool:
    """Whether the card took the plain route; when it did, what it gave must be the general route's."""
    plain = plain_contact(card, region)
    if plain is None:
        return False
    expected = general(card, region)
    assert (expected.reason, expected.notes, expected.warnings, expected.account) == ("", (), (), None)
    got = import_reader.Record(card.number, card.line, "", plain.uid, plain.organisation, plain.tags, (), (),
                               plain.rows, plain.entry)
    assert got == expected
    return True


def cards_of(data: bytes) -> list[vcard.Card]:
    try:
        return [c for c in vcard.read(io.BytesIO(data)) if isinstance(c, vcard.Card)]
    except vcard.VCardFileError:
        return []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here (a user's own clone)")
def test_every_corpus_card_gives_the_same_record_both_ways() -> None:
    plain = total = 0
    for path in sorted((CORPUS / "vcard").glob("*.vcf")):
        for card in cards_of(path.read_bytes()):
            for region in REGIONS:
                plain += check(card, region)
                total += 1
    assert total > 200 and plain >= 30  # the route is taken (11 of the 80 cards), and far from always


def test_the_benchmark_cards_give_the_same_records_and_most_take_the_plain_route(tmp_path: Path) -> None:
    cards = cards_of(benchmark_cards(tmp_path / "cards.vcf", 400).read_bytes())
    taken = sum(check(card, "US") for card in cards)
    assert len(cards) == 400 and taken == 400


# Mostly what the plain route takes, with values of the kind each property holds, so that the
# route is taken often; and some of what it must hand over.
_TAKEN = ["UID", "FN", "N", "TITLE", "ORG", "EMAIL", "TEL", "ADR", "URL", "NOTE", "CATEGORIES", "PRODID", "X-CUSTOM",
          "ROLE", "PHOTO", "KEY"]
_HANDED_OVER = ["NICKNAME", "BDAY", "IMPP", "X-ABLABEL", "KIND", "X-ABSHOWAS", "X-SKYPE"]
_TEXT = ["", " ", "Anna", "Anna  Berg ", "a\\,b", "x\\;y;z", "line\\nbreak", "back\\\\slash", "王小明", "Пётр", "ё",
         "\t", "a=0D=0Ab", "x=0Dy", "=0D=0A"]
_VALUES_OF = {
    "EMAIL": ["anna@example.org", " anna.berg@mail.example ", "a.b@x.example", "not-an-email", "a@b"],
    "TEL": ["+1 202 555 0143", "030 123456", "+49 (30) 1234-5678", "12", " 555\t0143 "],
    "ADR": [";;Main St 1;Berlin;;10115;Germany", "; ;", ";\t;", ";;Straße  5;Москва;;;", "a\\;b;;c", ";;;;;;"],
    "ORG": ["Acme;Sales;EU", "Acme  Inc;Sales  Team; ;EU", ";Dept", " ;Dept", "Acme\\, Inc.", "王氏集团", "A=0D=0AB"],
    "N": ["Berg;Anna;;Dr.;", " Berg ;  Anna  Maria;;;", ";;;;", "a\\,b;c", "Berg"],
    "CATEGORIES": ["Customer,Imported,Customer", " , ,x", "a\\,b,c"],
    "URL": ["https://example.org", " http://x.example/a\\,b "],
    "PHOTO": ["/9j/4AAQSkZJRg==", "QUJD", "data:image/png;base64,QUJD", "http://x.example/a.jpg", "QUJDR"],
    "KEY": ["QUJD", "x"],
}
_PARAMS = st.one_of(
    st.sampled_from(["", "", "", ";TYPE=work", ";TYPE=INTERNET,HOME", ";TYPE=cell;TYPE=pref", ";PREF=1",
                     ";X-FOO=bar", ";TYPE=x-custom", ";TYPE=WORK,VOICE", ";type=Home"]),
    st.sampled_from([";ALTID=1", ";LANGUAGE=de", ";ENCODING=QUOTED-PRINTABLE", ";CHARSET=UTF-8"]),
    st.sampled_from([";ENCODING=b;TYPE=JPEG", ";ENCODING=b;TYPE=png", ";ENCODING=b", ";ENCODING=b;MEDIATYPE=image/gif",
                     ";ENCODING=BASE64;TYPE=image/heic"]),
)


@st.composite
def _property(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(_TAKEN) if draw(st.integers(0, 9)) else st.sampled_from(_HANDED_OVER))
    group = "item1." if draw(st.integers(0, 15)) == 0 else ""
    params = draw(_PARAMS)
    own = _VALUES_OF.get(name)
    value = draw(st.sampled_from(own) if own and draw(st.integers(0, 4)) else st.sampled_from(_TEXT))
    return f"{group}{name}{params}:{value}"


_FN = st.sampled_from(["FN:Anna Berg", "FN:  Anna   Berg ", "FN:王小明", "FN:Пётр", "FN:a\\,b", "FN: ", "FN:x=0Dy",
                       "FN;ENCODING=QUOTED-PRINTABLE:Anna=0D=0ABerg"])


@given(_FN, st.lists(_property(), max_size=7), st.sampled_from(["3.0", "4.0"]), st.sampled_from(REGIONS))
@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_fuzzed_cards_give_the_same_record_both_ways(
    name: str, properties: list[str], version: str, region: str | None
) -> None:
    lines = ["BEGIN:VCARD", f"VERSION:{version}", name, *properties, "END:VCARD"]
    for card in cards_of(("\r\n".join(lines) + "\r\n").encode()):
        check(card, region)


TYPICAL = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna  Berg \r\nN:Berg;Anna;;Dr.;\r\nORG:Acme;Sales;EU\r\n"
           "EMAIL;TYPE=INTERNET,HOME: anna.berg@mail.example \r\nTEL;TYPE=cell;TYPE=pref:+49 (30) 1234-5678\r\n"
           "ADR;TYPE=work:;;Main St 1;Berlin;;10115;Germany\r\nADR:;\t;\r\nNOTE:line\\nbreak\r\n"
           "CATEGORIES:Customer,Imported,Customer\r\nX-CUSTOM;X-FOO=bar:a\\,b\r\nitem1.X-CUSTOM:x\r\nEND:VCARD\r\n")


@pytest.mark.parametrize("old, new, plain", [
    ("", "", True),  # the fuzzing above reaches the plain route, not only hands over: a card of its kind does
    ("NOTE:line\\nbreak", "NOTE;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab=0Dc", True),  # line breaks inside a value
    ("ORG:Acme;Sales;EU", "ORG:Acme  Inc;Sales  Team; ;EU", True),  # runs of spaces
    ("ORG:Acme;Sales;EU", "ORG:;Dept", True),  # no organisation, a department
    ("END:VCARD", "ORG:;Dept\r\nEND:VCARD", False),  # a second ORG
    ("END:VCARD", "X-ABShowAs:COMPANY\r\nEND:VCARD", False),  # an organisation card
    ("N:Berg;Anna;;Dr.;", "N;ALTID=1:Berg;Anna;;Dr.;", False),
    ("END:VCARD", "item2.EMAIL:b@example.org\r\nitem2.X-ABLabel:_$!<Other>!$_\r\nEND:VCARD", False),
    ("END:VCARD", "TEL:12\r\nEND:VCARD", False),  # fails its check: kept verbatim, with a warning
    ("END:VCARD", "PHOTO;ENCODING=b;TYPE=PNG:QUJD\r\nEND:VCARD", True),
    ("END:VCARD", "PHOTO;ENCODING=b:QUJD\r\nEND:VCARD", True),  # no type: image/jpeg
    ("END:VCARD", "PHOTO;ENCODING=b;MEDIATYPE=image/webp:QUJD\r\nEND:VCARD", True),
    ("END:VCARD", "PHOTO;ENCODING=b:QUJD\r\nPHOTO;ENCODING=b:REVG\r\nEND:VCARD", False),  # the second is kept
    ("END:VCARD", "PHOTO;VALUE=uri:http://x.example/a.jpg\r\nEND:VCARD", False),
    ("END:VCARD", "KEY;ENCODING=b:QUJD\r\nEND:VCARD", True),  # kept as base64 text
    ("END:VCARD", "EMAIL;ENCODING=b:QUJD\r\nEND:VCARD", False),
    ("NOTE:line\\nbreak", "NOTE: \r\nNOTE:line\\nbreak\r\nNOTE:\\n", True),  # blank notes are dropped
    ("END:VCARD", "item3.EMAIL:c@example.org\r\nEND:VCARD", False),  # a group, even without a label
    ("END:VCARD", "URL: \r\nEND:VCARD", False),  # blank: kept verbatim
])
def test_cards_at_the_edges_of_the_plain_route(old: str, new: str, plain: bool) -> None:
    (card,) = cards_of(TYPICAL.replace(old, new).encode())
    assert check(card, "DE") is plain
