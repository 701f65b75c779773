"""Segments are data (issue 18, point 3): saved filters in the database (text, tag, conditions on any column,
custom fields too, combined with and or or), undoable, in backups; their members exported and tagged, from the
window's services and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.contacts import ContactData
from app.errors import NotFoundError, ValidationError
from app.segments import Segment
from app.services import Services
from tests.unit.test_cli import assert_one_line_error, ok, rapport
from tests.unit.test_cli_records import _services


def _people(services: Services) -> dict[str, str]:
    fields = services.custom_fields
    fields.define("contact", "budget", "Budget", "money")
    fields.define("contact", "vip", "VIP", "checkbox")
    uids = {}
    for given, city_tag, budget, vip in (("Ann", "Munich", "900 EUR", "yes"), ("Bob", "Berlin", "12000 EUR", "no"),
                                         ("Пётр", "Munich", "15000 EUR", ""), ("Dan", "", "", "yes")):
        uid = services.contacts.create(ContactData(given=given)).value.uid
        uids[given] = uid
        if city_tag:
            services.tags.add("contact", uid, city_tag)
        for key, value in (("budget", budget), ("vip", vip)):
            if value:
                fields.set("contact", uid, key, value)
    return uids


def _names(services: Services, segment: Segment, uids: dict[str, str]) -> list[str]:
    by_uid = {uid: name for name, uid in uids.items()}
    return [by_uid[u] for u in services.segments.members(segment)]


def test_a_segment_is_kept_in_the_database_and_filters_with_and_or_or(services: Services) -> None:
    uids = _people(services)
    segments = services.segments
    big = Segment("contacts", "  Big   budgets ", conditions=(("custom:budget", "more", "10000"),))
    saved = segments.save(big).value
    assert saved.name == "Big budgets"
    assert [s.name for s in segments.list("contacts")] == ["Big budgets"]
    assert _names(services, saved, uids) == ["Bob", "Пётр"]
    both = Segment("contacts", "Munich VIPs", tag="Munich", conditions=(("custom:vip", "is", "yes"),
                                                                        ("custom:budget", "more", "10000")))
    assert _names(services, both, uids) == []  # Munich, and VIP and big: nobody
    either = Segment("contacts", "Munich VIPs", tag="Munich", conditions=both.conditions, match_any=True)
    assert _names(services, either, uids) == ["Ann", "Пётр"]  # Munich, and VIP or big
    segments.save(either)
    assert segments.get("contacts", "Munich VIPs").match_any

    segments.save(Segment("contacts", "Big budgets", text="bob"))  # the same name: replaced
    assert segments.get("contacts", "Big budgets").conditions == ()
    services.undo.undo()
    assert segments.get("contacts", "Big budgets").conditions == (("custom:budget", "more", "10000"),)
    segments.rename("contacts", "Big budgets", "Whales")
    segments.remove("contacts", "Munich VIPs")
    assert [s.name for s in segments.list("contacts")] == ["Whales"]
    services.undo.undo()
    assert [s.name for s in segments.list("contacts")] == ["Whales", "Munich VIPs"]
    with pytest.raises(ValidationError):
        segments.save(Segment("contacts", "Everyone"))  # filters nothing
    with pytest.raises(ValidationError):
        segments.save(Segment("people", "X", text="x"))
    with pytest.raises(ValidationError):
        segments.save(Segment("deals", "X", text="x"))  # the deals list has no segments
    with pytest.raises(ValidationError):
        segments.save(Segment("contacts", "X", conditions=(("custom:shoe", "is", "42"),)))  # no such column
    with pytest.raises(ValidationError):
        segments.rename("contacts", "Whales", "Munich VIPs")
    with pytest.raises(NotFoundError):
        segments.remove("contacts", "Nothing")


def test_tagging_a_segment_is_one_step(services: Services) -> None:
    uids = _people(services)
    munich = services.segments.save(Segment("contacts", "Munich", tag="Munich")).value
    services.tags.add("contact", uids["Ann"], "Newsletter")
    assert services.segments.tag_members(munich, "Newsletter").value == 1  # Ann had it
    assert services.tags.of("contact", uids["Пётр"]) == ["Munich", "Newsletter"]
    services.undo.undo()
    assert services.tags.of("contact", uids["Пётр"]) == ["Munich"]
    assert "Newsletter" in services.tags.of("contact", uids["Ann"])


def test_settings_segments_are_taken_in_once(services: Services) -> None:
    _people(services)
    taken = services.segments.adopt([Segment("contacts", "Munich", tag="Munich"), Segment("contacts", "Empty"),
                                     Segment("accounts", "Acme", text="acme")])
    assert taken == 2
    assert services.segments.adopt([Segment("contacts", "Munich", text="other")]) == 0  # kept as it was
    assert services.segments.get("contacts", "Munich").tag == "Munich"
    assert {s.origin for s in services.undo.history() if s.label == "Keep the segments in the database"} == {"system"}


def test_segments_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store, services = _services(data)
    try:
        uids = _people(services)
    finally:
        store.close()
    assert ok(rapport("segment", "save", "contacts", "Whales", "--where", "budget", "more", "10000", "--where",
                      "vip", "is", "yes", "--any", data_dir=data)) == "contacts\tWhales\n"
    members = json.loads(ok(rapport("segment", "show", "contacts", "Whales", "--json", data_dir=data)))
    assert sorted(m["name"] for m in members) == ["Ann", "Bob", "Dan", "Пётр"]  # VIP or big
    listed = json.loads(ok(rapport("segment", "list", "--json", data_dir=data)))
    assert listed == [{"list": "contacts", "name": "Whales", "text": "", "tag": "", "any": True,
                       "conditions": [["custom:budget", "more", "10000"], ["custom:vip", "is", "yes"]]}]
    assert "no column or field 'shoe'" in assert_one_line_error(
        rapport("segment", "save", "contacts", "X", "--where", "shoe", "is", "42", data_dir=data))
    assert "is not a way to compare" in assert_one_line_error(
        rapport("segment", "save", "contacts", "X", "--where", "city", "like", "M", data_dir=data))
    ok(rapport("segment", "save", "contacts", "Munich", "--tag", "Munich", data_dir=data))
    assert ok(rapport("segment", "tag", "contacts", "Munich", "Roadshow", data_dir=data)) == "Tagged 2 more\n"
    exported = ok(rapport("export", "--format", "vcard4", "--segment", "Munich", data_dir=data))
    assert exported.count("BEGIN:VCARD") == 2 and uids["Ann"] in exported and uids["Bob"] not in exported
    assert "no segment" in assert_one_line_error(rapport("export", "--format", "vcard4", "--segment", "Nope",
                                                         data_dir=data))
    ok(rapport("undo", data_dir=data))  # the tags go again, in one step
    store, services = _services(data)
    try:
        assert "Roadshow" not in services.tags.of("contact", uids["Ann"])
    finally:
        store.close()


def test_a_segment_on_a_removed_field_holds_nobody(services: Services) -> None:
    """A condition on a field removed since matches no record: tagging or exporting the segment never reaches
    the whole list."""
    uids = _people(services)
    whales = services.segments.save(Segment("contacts", "Whales", conditions=(("custom:budget", "more", "10000"),))
                                    ).value
    assert sorted(_names(services, whales, uids)) == ["Bob", "Пётр"]
    services.custom_fields.remove("contact", "budget")
    assert services.segments.members(whales) == []
    assert services.segments.tag_members(whales, "Priority").value == 0
    services.custom_fields.restore("contact", "budget")
    assert sorted(_names(services, whales, uids)) == ["Bob", "Пётр"]


def test_a_segment_filters_by_any_field_of_a_record(services: Services) -> None:
    """Not only the list's columns (issue 18, point 3: "any field"): a job title, a birthday, any e-mail of a
    contact, its tags; an account's country."""
    from app.contacts import Address, ContactData, Email
    from app.segments import Segment
    from db.values import PartialDate

    ann = services.contacts.create(ContactData(given="Ann", job_title="Chief Buyer", birthday=PartialDate(None, 4, 12),
                                               emails=(Email("ann@a.example"), Email("ann@home.example")))).value.uid
    boris = services.contacts.create(ContactData(given="Борис", job_title="Инженер",
                                                 addresses=(Address(country="Россия"),))).value.uid
    services.tags.add("contact", boris, "Выставка")
    for conditions, members in (
            ((("job_title", "contains", "buyer"),), [ann]),
            ((("birthday", "is", "--04-12"),), [ann]),
            ((("emails", "contains", "home.example"),), [ann]),
            ((("tags", "contains", "выставка"),), [boris]),
            ((("country", "is", "россия"), ("job_title", "contains", "buyer")), [])):
        saved = services.segments.save(Segment("contacts", "S", conditions=conditions)).value
        assert services.segments.members(saved) == members, conditions
    with pytest.raises(ValidationError, match="no column"):
        services.segments.save(Segment("contacts", "Bad", conditions=(("salary", "is", "1"),)))
