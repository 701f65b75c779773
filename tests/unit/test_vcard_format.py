"""The vCard writer, the round trip through it, and fuzzing of the reader."""

from __future__ import annotations

import io
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.clock import SystemClock
from app.contacts import Address, ContactData, Email, ExtraProperty, Phone, Url
from app.exporting import contact_cards, export_vcards
from app.formats import vcard
from app.formats.vcard_map import MappedContact, map_card
from app.formats.vcard_writer import ContactCard, fold, write_card
from app.importing import ImportService
from app.services import Services
from app.store import Store
from db.values import PartialDate
from tests.conftest import CORPUS


def _load(tmp_path: Path, name: str, files: list[Path]) -> Services:
    services = Services.build(Store.open(tmp_path / name), SystemClock(), phone_region="US")
    ImportService(services).import_files(files)
    return services


def _differences(a: object, b: object) -> list[str]:
    """Field by field, item by item: what differs between two cards (for a readable failure)."""
    out = []
    for f in fields(a.data):  # type: ignore[attr-defined]
        x, y = getattr(a.data, f.name), getattr(b.data, f.name)  # type: ignore[attr-defined]
        if x != y:
            out.append(f"{f.name}: {x!r} != {y!r}"[:400])
    for attribute in ("tags", "organisation"):
        if getattr(a, attribute, None) != getattr(b, attribute, None):
            out.append(f"{attribute}: {getattr(a, attribute, None)!r} != {getattr(b, attribute, None)!r}")
    return out


@pytest.mark.skipif(not (CORPUS / "vcard").is_dir(), reason="../shared/corpus is not beside this clone")
@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_corpus_round_trip_keeps_every_property_and_parameter(tmp_path: Path, version: str) -> None:
    """import → export → import of every corpus vCard gives back the same records, unmodelled
    properties and parameters included."""
    first = _load(tmp_path, "first", sorted((CORPUS / "vcard").glob("*.vcf")))
    before = {card.uid: card for card in contact_cards(first)}
    assert len(before) > 90
    buffer = io.StringIO()
    assert export_vcards(first, buffer, version) == len(before)
    exported = tmp_path / "export.vcf"
    exported.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    second = _load(tmp_path, "second", [exported])
    after = {card.uid: card for card in contact_cards(second)}
    assert after.keys() == before.keys()
    problems = {uid: _differences(before[uid], after[uid]) for uid in before if before[uid] != after[uid]}
    assert not problems, problems
    assert sum(len(c.data.extra) for c in before.values()) > 100  # unmodelled properties were really kept


def test_fold_never_splits_a_character_and_lines_stay_within_75_octets() -> None:
    line = "NOTE:" + "Ж王é" * 60
    folded = fold(line)
    physical = folded.split("\r\n")[:-1]
    assert all(len(p.encode("utf-8")) <= 75 for p in physical)
    assert "".join(p[1:] if i else p for i, p in enumerate(physical)) == line


def test_written_card_escapes_and_reads_back() -> None:
    data = ContactData(
        given="Zoë", family="O'Brien; Jr", display_name="Zoë O'Brien; Jr", notes="line one\nline two, with comma",
        emails=(Email("zoe@example.org", "work", True),), phones=(Phone("+1 202 555 0143", "cell"),),
        addresses=(Address(street="1 Main St\nFloor 2", locality="Springfield", country="US", label="home"),),
        urls=(Url("https://example.org", "Blog"),), birthday=PartialDate(None, 2, 29),
        extra=(ExtraProperty("X-FOO", "bar\\, baz", "item9", (("X-P", "a:b"),)),),
    )
    for version in ("3.0", "4.0"):
        text = write_card(ContactCard("uid-1", data, "Acme; Inc", ("VIP", "a,b")), version)
        [card] = list(vcard.read(io.BytesIO(text.encode("utf-8"))))
        assert isinstance(card, vcard.Card)
        mapped = map_card(card)
        assert isinstance(mapped, MappedContact)
        assert mapped.uid == "uid-1" and mapped.organisation == "Acme; Inc" and mapped.tags == ["VIP", "a,b"]
        back = mapped.data
        assert (back.given, back.family, back.display_name, back.notes) == (
            data.given, data.family, data.display_name, data.notes)
        assert back.emails == data.emails and back.phones == data.phones
        assert back.addresses == data.addresses and back.urls[0].label == "Blog"
        assert back.birthday == PartialDate(None, 2, 29)
        assert back.extra == data.extra


# --- fuzzing ------------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_reader_raises_nothing_but_its_own_error_on_arbitrary_bytes(data: bytes) -> None:
    try:
        for item in vcard.read(io.BytesIO(data)):
            assert isinstance(item, vcard.Card | vcard.Rejected)
    except vcard.VCardFileError as exc:
        assert str(exc)


_LINES = st.sampled_from([
    b"BEGIN:VCARD", b"END:VCARD", b"VERSION:3.0", b"VERSION:2.1", b"FN:A", b"N:B;C;;;",
    b"TEL;CELL:123", b"EMAIL;TYPE=work,:x@y", b"NOTE;ENCODING=QUOTED-PRINTABLE:a=", b"=C3=A4", b" folded",
    b"PHOTO;ENCODING=b:AAAA", b"item1.X-ABLabel:x", b"", b"\xff\xfe", b"X;;:y", b'X;P="a:b":c',
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINES, max_size=20), st.sampled_from([b"\r\n", b"\n", b"\r\r\n"]))
def test_reader_survives_shuffled_real_lines(lines: list[bytes], ending: bytes) -> None:
    data = ending.join(lines)
    try:
        for item in vcard.read(io.BytesIO(data)):
            if isinstance(item, vcard.Card):
                map_card(item)  # mapping never raises on anything the reader accepted
    except vcard.VCardFileError:
        pass


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20).map(str.strip)
_name = st.text(alphabet="abcdefghijklmnopqrstuvwxyzЖжäé王明 -'", min_size=1, max_size=15).map(
    lambda s: " ".join(s.split())).filter(bool)
_email = st.from_regex(r"[a-z]{1,8}\.[a-z]{1,8}@[a-z]{2,8}\.(org|com|de)", fullmatch=True)
_phone = st.from_regex(r"\+1 202 555 0[1-9]\d\d", fullmatch=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    given_name=_name, family=_name, notes=_text, job=_text,
    emails=st.lists(_email, max_size=3, unique=True), phones=st.lists(_phone, max_size=3, unique=True),
    labels=st.lists(st.sampled_from(["", "work", "home", "cell", "Private line", "Büro"]), min_size=6, max_size=6),
    version=st.sampled_from(["3.0", "4.0"]),
)
def test_generated_contacts_survive_write_then_read(
    given_name: str, family: str, notes: str, job: str, emails: list[str], phones: list[str], labels: list[str],
    version: str,
) -> None:
    data = ContactData(
        given=given_name, family=family, display_name=f"{given_name} {family}", notes=notes, job_title=job,
        emails=tuple(Email(e, labels[i]) for i, e in enumerate(emails)),
        phones=tuple(Phone(p, labels[3 + i]) for i, p in enumerate(phones)),
    )
    text = write_card(ContactCard("generated", data), version)
    [card] = list(vcard.read(io.BytesIO(text.encode("utf-8"))))
    assert isinstance(card, vcard.Card), card
    back = map_card(card)
    assert isinstance(back, MappedContact)
    strip_groups = lambda parts: tuple((p.value, p.label, p.preferred) for p in parts)  # noqa: E731
    assert (back.data.given, back.data.family, back.data.display_name) == (given_name, family, data.display_name)
    assert (back.data.notes, back.data.job_title) == (notes, job)
    assert strip_groups(back.data.emails) == strip_groups(data.emails)
    assert strip_groups(back.data.phones) == strip_groups(data.phones)
