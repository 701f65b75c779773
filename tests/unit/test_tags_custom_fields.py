"""TagService and CustomFieldService over a real SQLite store."""

from __future__ import annotations

import pytest

from app.accounts import AccountData
from app.changes import Changes
from app.contacts import ContactData
from app.custom_fields import FieldDefinition
from app.errors import NotFoundError, ValidationError
from app.services import Services
from app.tags import TagInfo
from app.tasks import TaskData
from db.models import CustomField, CustomValue, Tag, Tagging


@pytest.fixture
def ada(services: Services) -> str:
    return services.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid


@pytest.fixture
def grace(services: Services) -> str:
    return services.contacts.create(ContactData(given="Grace", family="Hopper")).value.uid


@pytest.fixture
def acme(services: Services) -> str:
    return services.accounts.create(AccountData(name="Acme Corp")).value.uid


def error_fields(exc: ValidationError) -> list[str]:
    return [e.field for e in exc.errors]


# === tags =====================================================================================


def test_add_creates_the_tag_and_tags_the_record(services: Services, ada: str) -> None:
    result = services.tags.add("contact", ada, "  VIP   customer ")

    assert result.changes == Changes(tags=True)
    assert services.tags.of("contact", ada) == ["VIP customer"]
    assert Tag.select().count() == 1


def test_add_reuses_an_existing_tag_ignoring_case(services: Services, ada: str, grace: str) -> None:
    services.tags.add("contact", ada, "VIP")

    services.tags.add("contact", grace, "vip")

    assert [t.name for t in Tag.select()] == ["VIP"]
    assert services.tags.of("contact", grace) == ["VIP"]
    assert services.tags.records("vip") == [("contact", ada), ("contact", grace)]


def test_add_reuses_a_cyrillic_tag_ignoring_case(services: Services, ada: str, grace: str) -> None:
    services.tags.add("contact", ada, "Клиент")

    services.tags.add("contact", grace, "клиент")

    assert [t.name for t in Tag.select()] == ["Клиент"]
    assert services.tags.records("КЛИЕНТ") == [("contact", ada), ("contact", grace)]


def test_adding_the_same_tag_twice_changes_nothing(services: Services, ada: str) -> None:
    services.tags.add("contact", ada, "VIP")

    again = services.tags.add("contact", ada, "Vip")

    assert again.changes == Changes()
    assert Tagging.select().count() == 1


def test_add_empty_tag_name_is_rejected(services: Services, ada: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.tags.add("contact", ada, "   ")

    assert error_fields(caught.value) == ["name"]
    assert Tag.select().count() == 0


def test_tagging_an_unknown_kind_is_rejected(services: Services, ada: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.tags.add("invoice", ada, "VIP")

    assert error_fields(caught.value) == ["kind"]
    assert "'invoice'" in caught.value.errors[0].message
    assert Tag.select().count() == 0


def test_tagging_an_unknown_record_raises_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.tags.add("contact", "nobody", "VIP")

    assert Tag.select().count() == 0


def test_of_lists_a_records_tags_sorted_ignoring_case(services: Services, ada: str, acme: str) -> None:
    for name in ("zeta", "Alpha", "beta"):
        services.tags.add("contact", ada, name)
    services.tags.add("account", acme, "gamma")

    assert services.tags.of("contact", ada) == ["Alpha", "beta", "zeta"]
    assert services.tags.of("account", acme) == ["gamma"]


def test_records_lists_live_records_of_every_kind_or_one(
    services: Services, ada: str, grace: str, acme: str
) -> None:
    task = services.tasks.create(TaskData(title="Call Ada")).value.uid
    for kind, uid in (("contact", ada), ("contact", grace), ("account", acme), ("task", task)):
        services.tags.add(kind, uid, "hot")
    services.contacts.delete(grace)

    assert services.tags.records("hot") == [("contact", ada), ("account", acme), ("task", task)]
    assert services.tags.records("HOT", kind="account") == [("account", acme)]


def test_records_of_an_unknown_tag_raises_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.tags.records("nothing")


def test_remove_untags_only_that_record(services: Services, ada: str, grace: str) -> None:
    services.tags.add("contact", ada, "VIP")
    services.tags.add("contact", grace, "VIP")

    result = services.tags.remove("contact", ada, "vip")
    again = services.tags.remove("contact", ada, "VIP")
    unknown = services.tags.remove("contact", ada, "never made")

    assert result.changes == Changes(tags=True)
    assert again.changes == Changes()
    assert unknown.changes == Changes()
    assert services.tags.of("contact", ada) == []
    assert services.tags.records("VIP") == [("contact", grace)]


def test_rename_keeps_the_taggings(services: Services, ada: str) -> None:
    services.tags.add("contact", ada, "prospect")

    result = services.tags.rename("PROSPECT", "  Lead  2026 ")

    assert result.changes == Changes(tags=True)
    assert services.tags.of("contact", ada) == ["Lead 2026"]
    with pytest.raises(NotFoundError):
        services.tags.records("prospect")


def test_rename_to_a_different_case_of_itself_is_allowed(services: Services, ada: str) -> None:
    services.tags.add("contact", ada, "vip")

    services.tags.rename("vip", "VIP")

    assert services.tags.of("contact", ada) == ["VIP"]


def test_rename_onto_another_tag_is_rejected(services: Services, ada: str, grace: str) -> None:
    services.tags.add("contact", ada, "VIP")
    services.tags.add("contact", grace, "Partner")

    with pytest.raises(ValidationError) as caught:
        services.tags.rename("VIP", "partner")

    assert error_fields(caught.value) == ["name"]
    assert "'Partner'" in caught.value.errors[0].message
    assert services.tags.of("contact", ada) == ["VIP"]


def test_rename_to_empty_or_of_unknown_tag_is_rejected(services: Services, ada: str) -> None:
    services.tags.add("contact", ada, "VIP")

    with pytest.raises(ValidationError):
        services.tags.rename("VIP", "  ")
    with pytest.raises(NotFoundError):
        services.tags.rename("ghost", "Spirit")


def test_delete_removes_the_tag_from_every_record(services: Services, ada: str, acme: str) -> None:
    services.tags.add("contact", ada, "VIP")
    services.tags.add("account", acme, "VIP")
    services.tags.add("contact", ada, "Keep")

    result = services.tags.delete("vip")

    assert result.changes == Changes(tags=True)
    assert services.tags.of("contact", ada) == ["Keep"]
    assert services.tags.of("account", acme) == []
    assert Tagging.select().count() == 1
    with pytest.raises(NotFoundError):
        services.tags.delete("VIP")


def test_list_gives_every_tag_with_its_use_count(services: Services, ada: str, grace: str, acme: str) -> None:
    services.tags.add("contact", ada, "VIP")
    services.tags.add("contact", grace, "VIP")
    services.tags.add("account", acme, "vip")
    services.tags.add("contact", ada, "alpha")
    services.tags.add("contact", ada, "unused")
    services.tags.remove("contact", ada, "unused")

    assert services.tags.list() == [TagInfo("alpha", "", 1), TagInfo("unused", "", 0), TagInfo("VIP", "", 3)]


# === custom fields ============================================================================


@pytest.mark.parametrize(
    ("field_type", "choices"),
    [("text", ()), ("number", ()), ("date", ()), ("choice", ("Gold", "Silver", "Bronze"))],
)
def test_define_each_field_type(services: Services, field_type: str, choices: tuple[str, ...]) -> None:
    result = services.custom_fields.define("contact", f"my_{field_type}", f"My {field_type}", field_type, choices)

    expected = FieldDefinition("contact", f"my_{field_type}", f"My {field_type}", field_type, choices)
    assert result.value == expected
    assert result.changes == Changes(custom_fields=True, contacts=True)
    assert services.custom_fields.definitions("contact") == [expected]


def test_definitions_keep_the_order_they_were_defined_in(services: Services) -> None:
    for key in ("zeta", "alpha", "mid"):
        services.custom_fields.define("deal", key, key.title(), "text")

    assert [d.key for d in services.custom_fields.definitions("deal")] == ["zeta", "alpha", "mid"]
    assert services.custom_fields.definitions("contact") == []


def test_choices_are_trimmed_and_deduplicated(services: Services) -> None:
    result = services.custom_fields.define("account", "tier", " Tier ", "choice", (" Gold", "Gold ", "", "Silver"))

    assert result.value.choices == ("Gold", "Silver")
    assert result.value.label == "Tier"


@pytest.mark.parametrize("key", ["", "Tier", "1st", "has space", "dash-key", "_private", "é", "a" * 64])
def test_bad_key_is_rejected(services: Services, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.custom_fields.define("contact", key, "Label", "text")

    assert error_fields(caught.value) == ["key"]
    assert CustomField.select().count() == 0


def test_bad_field_type_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.custom_fields.define("contact", "vip", "VIP", "boolean")

    assert error_fields(caught.value) == ["field_type"]


@pytest.mark.parametrize("choices", [(), ("", "   ")])
def test_choice_field_without_choices_is_rejected(services: Services, choices: tuple[str, ...]) -> None:
    with pytest.raises(ValidationError) as caught:
        services.custom_fields.define("contact", "tier", "Tier", "choice", choices)

    assert error_fields(caught.value) == ["choices"]


def test_bad_kind_and_empty_label_are_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.custom_fields.define("invoice", "ref", "  ", "text")

    assert set(error_fields(caught.value)) == {"record_kind", "label"}


def test_duplicate_key_on_the_same_kind_is_rejected(services: Services) -> None:
    services.custom_fields.define("contact", "tier", "Tier", "text")

    with pytest.raises(ValidationError) as caught:
        services.custom_fields.define("contact", "tier", "Other tier", "number")
    other_kind = services.custom_fields.define("account", "tier", "Tier", "text")

    assert error_fields(caught.value) == ["key"]
    assert "already has a field 'tier'" in caught.value.errors[0].message
    assert other_kind.value.record_kind == "account"
    assert CustomField.select().count() == 2


@pytest.fixture
def fields(services: Services) -> None:
    services.custom_fields.define("contact", "nickname", "Nickname", "text")
    services.custom_fields.define("contact", "employees", "Employees", "number")
    services.custom_fields.define("contact", "met_on", "Met on", "date")
    services.custom_fields.define("contact", "tier", "Tier", "choice", ("Gold", "Silver"))


@pytest.mark.usefixtures("fields")
def test_set_and_values_for_each_type(services: Services, ada: str) -> None:
    services.custom_fields.set("contact", ada, "nickname", "  The Countess ")
    services.custom_fields.set("contact", ada, "employees", "1 234.50")
    services.custom_fields.set("contact", ada, "met_on", "2026-02-28")
    result = services.custom_fields.set("contact", ada, "tier", "Gold")

    assert result.changes == Changes(custom_fields=True, contacts=True)
    assert services.custom_fields.values("contact", ada) == {
        "nickname": "The Countess", "employees": "1234.50", "met_on": "2026-02-28", "tier": "Gold",
    }


@pytest.mark.usefixtures("fields")
def test_set_replaces_a_previous_value(services: Services, ada: str) -> None:
    services.custom_fields.set("contact", ada, "tier", "Gold")

    services.custom_fields.set("contact", ada, "tier", "Silver")

    assert services.custom_fields.values("contact", ada) == {"tier": "Silver"}
    assert CustomValue.select().count() == 1


@pytest.mark.usefixtures("fields")
def test_values_are_per_record(services: Services, ada: str, grace: str) -> None:
    services.custom_fields.set("contact", ada, "tier", "Gold")
    services.custom_fields.set("contact", grace, "tier", "Silver")

    assert services.custom_fields.values("contact", ada) == {"tier": "Gold"}
    assert services.custom_fields.values("contact", grace) == {"tier": "Silver"}


@pytest.mark.usefixtures("fields")
@pytest.mark.parametrize("value", ["abc", "12abc", "NaN", "Infinity"])
def test_number_field_rejects_what_is_not_a_number(services: Services, ada: str, value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.custom_fields.set("contact", ada, "employees", value)

    assert error_fields(caught.value) == ["employees"]
    assert "is not a number" in caught.value.errors[0].message
    assert services.custom_fields.values("contact", ada) == {}


@pytest.mark.usefixtures("fields")
@pytest.mark.parametrize("value", ["2026-02-30", "2026-13-01", "yesterday"])
def test_date_field_rejects_impossible_dates(services: Services, ada: str, value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.custom_fields.set("contact", ada, "met_on", value)

    assert error_fields(caught.value) == ["met_on"]
    assert services.custom_fields.values("contact", ada) == {}


@pytest.mark.usefixtures("fields")
def test_choice_field_rejects_a_value_not_in_the_list(services: Services, ada: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.custom_fields.set("contact", ada, "tier", "Platinum")

    assert error_fields(caught.value) == ["tier"]
    assert "'Platinum' is not one of the choices (Gold, Silver)" in caught.value.errors[0].message


@pytest.mark.usefixtures("fields")
def test_rejected_value_keeps_the_previous_one(services: Services, ada: str) -> None:
    services.custom_fields.set("contact", ada, "employees", "12")

    with pytest.raises(ValidationError):
        services.custom_fields.set("contact", ada, "employees", "twelve")

    assert services.custom_fields.values("contact", ada) == {"employees": "12"}


@pytest.mark.usefixtures("fields")
@pytest.mark.parametrize("empty", ["", "   ", None])
def test_setting_an_empty_value_clears_it(services: Services, ada: str, empty: str | None) -> None:
    services.custom_fields.set("contact", ada, "nickname", "Countess")
    services.custom_fields.set("contact", ada, "tier", "Gold")

    services.custom_fields.set("contact", ada, "nickname", empty)

    assert services.custom_fields.values("contact", ada) == {"tier": "Gold"}
    assert CustomValue.select().count() == 1


@pytest.mark.usefixtures("fields")
def test_set_on_an_unknown_field_or_record_raises_not_found(services: Services, ada: str) -> None:
    with pytest.raises(NotFoundError):
        services.custom_fields.set("contact", ada, "shoe_size", "38")
    with pytest.raises(NotFoundError):
        services.custom_fields.set("contact", "nobody", "tier", "Gold")
    with pytest.raises(NotFoundError):
        services.custom_fields.set("account", ada, "tier", "Gold")  # the field is defined on contacts only


@pytest.mark.usefixtures("fields")
def test_remove_puts_the_field_in_the_trash_with_its_values_and_a_purge_drops_them(
        services: Services, ada: str, grace: str) -> None:
    fields = services.custom_fields
    fields.set("contact", ada, "tier", "Gold")
    fields.set("contact", grace, "tier", "Silver")
    fields.set("contact", ada, "nickname", "Countess")

    result = fields.remove("contact", "tier")

    assert result.changes == Changes(custom_fields=True, contacts=True)
    assert [d.key for d in fields.definitions("contact")] == ["nickname", "employees", "met_on"]
    assert fields.values("contact", ada) == {"nickname": "Countess"}
    assert fields.values("contact", grace) == {}
    from app.records import resolve_id

    assert [[f.key for f, _ in v] for v in fields.values_many("contact", [resolve_id("contact", ada)]).values()] \
        == [["nickname"]]
    assert CustomValue.select().count() == 3  # kept, out of sight, until the Trash lets them go
    assert [(t.definition.key, t.values) for t in fields.trash()] == [("tier", 2)]
    with pytest.raises(NotFoundError):
        fields.remove("contact", "tier")
    with pytest.raises(ValidationError):
        fields.define("contact", "tier", "Tier again", "text")  # its key stays taken

    fields.restore("contact", "tier")
    assert fields.values("contact", grace) == {"tier": "Silver"}
    assert [d.key for d in fields.definitions("contact")] == ["nickname", "employees", "met_on", "tier"]
    assert fields.trash() == []

    fields.remove("contact", "tier")
    fields.purge("contact", "tier")
    assert CustomValue.select().count() == 1
    assert fields.trash() == []
    assert [d.key for d in fields.removed("contact")] == ["tier"]
    with pytest.raises(NotFoundError):
        fields.restore("contact", "tier")


@pytest.mark.usefixtures("fields")
def test_a_removal_travels_in_the_records_texts_and_undo_brings_the_field_back(
        services: Services, ada: str, grace: str) -> None:
    services.custom_fields.set("contact", ada, "tier", "Gold")
    services.custom_fields.set("contact", ada, "nickname", "Countess")
    before = {uid: services.contacts.get(uid).meta.version for uid in (ada, grace)}

    services.custom_fields.remove("contact", "tier")

    # The record that held a value goes up again; every record's text carries the removal.
    after = {uid: services.contacts.get(uid).meta.version for uid in (ada, grace)}
    assert after[ada] > before[ada] and after[grace] == before[grace]
    ids = [int(r[0]) for r in services.store.database.execute_sql("SELECT id FROM contact ORDER BY id")]
    carried = services.custom_fields.carried("contact", ids, removals=True)
    removal = ("tier", "Tier", "removed", "", "")
    assert all(removal in values for values in carried.values()) and len(carried) == len(ids)
    # A file exported goes to other offices too: it carries no removal.
    assert all(removal not in values for values in services.custom_fields.carried("contact", ids).values())
    assert [d.key for d in services.custom_fields.removed("contact")] == ["tier"]
    with pytest.raises(ValidationError, match="was removed"):
        services.custom_fields.define("contact", "tier", "Tier", "text")

    services.undo.undo()
    assert "tier" in [d.key for d in services.custom_fields.definitions("contact")]
    assert services.custom_fields.values("contact", ada) == {"nickname": "Countess", "tier": "Gold"}
    assert services.custom_fields.removed("contact") == []


@pytest.mark.usefixtures("fields")
def test_a_removal_read_from_another_laptops_text_removes_the_field_here(services: Services, ada: str) -> None:
    services.custom_fields.set("contact", ada, "tier", "Gold")
    # An import (a file from anywhere) removes nothing.
    assert services.custom_fields.apply_carried("contact", ada, [("tier", "Tier", "removed", "", "")]) == (False, [])
    assert services.custom_fields.values("contact", ada) == {"tier": "Gold"}
    changed, refused = services.custom_fields.apply_carried(
        "contact", ada, [("tier", "Tier", "removed", "", ""), ("shoe", "Shoe", "removed", "", "")], removals=True)
    assert changed and refused == []
    assert "tier" not in [d.key for d in services.custom_fields.definitions("contact")]
    assert sorted(d.key for d in services.custom_fields.removed("contact")) == ["shoe", "tier"]
    # A value still arriving for a removed field (a text written before the removal) is not taken.
    changed, refused = services.custom_fields.apply_carried("contact", ada, [("shoe", "Shoe", "text", "", "42")],
                                                            removals=True)
    assert (changed, refused) == (False, [])
    assert services.custom_fields.values("contact", ada) == {}
    # An import's value for it is refused, and said.
    changed, refused = services.custom_fields.apply_carried("contact", ada, [("shoe", "Shoe", "text", "", "42")])
    assert not changed and [label for label, _ in refused] == ["Shoe"] and "was removed" in refused[0][1]


@pytest.mark.usefixtures("fields")
def test_purging_a_contact_drops_its_custom_values(services: Services, ada: str, grace: str) -> None:
    services.custom_fields.set("contact", ada, "tier", "Gold")
    services.custom_fields.set("contact", grace, "tier", "Silver")
    services.contacts.delete(ada)

    services.contacts.purge(ada)

    assert [v.value for v in CustomValue.select()] == ["Silver"]


def test_a_field_step_noted_before_schema_28_is_still_undoable(services: Services) -> None:
    """Schema 28 added custom_field.in_trash: a step's hash noted before it has no such column, and an upgrade
    must not make the older steps on fields look edited since."""
    from app.undo import content_hash, snapshot

    database = services.store.database
    services.custom_fields.define("contact", "tier", "Tier", "text")
    services.custom_fields.update("contact", "tier", label="Level")
    for image_id, table, record_id in database.execute_sql(
            "SELECT id, tbl, record_id FROM undo_image WHERE tbl = 'custom_field'").fetchall():
        now = snapshot(database, services.writer.shapes, table, record_id)
        at = now["columns"][table].index("in_trash")
        older = {**now, "columns": {table: [c for c in now["columns"][table] if c != "in_trash"]},
                 "row": [v for i, v in enumerate(now["row"]) if i != at]}  # as schema 27 noted it
        database.execute_sql("UPDATE undo_image SET after_hash = ? WHERE id = ?",
                             (content_hash(table, older), image_id))

    services.undo.undo()
    assert [d.label for d in services.custom_fields.definitions("contact")] == ["Tier"]


def test_schema_28_keeps_every_value_and_takes_the_new_types(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The custom fields' table is made anew (SQLite cannot change a CHECK): with the foreign keys on, a plain
    drop would have deleted every value through ON DELETE CASCADE."""
    import peewee

    from db.migrations import migrate

    database = peewee.SqliteDatabase(str(tmp_path / "old.db"), pragmas={"foreign_keys": 1})
    migrate(database, 27)
    database.execute_sql("INSERT INTO custom_field (id, record_kind, key, label, field_type, choices)"
                         " VALUES (7, 'contact', 'tier', 'Tier', 'choice', '[\"Gold\"]')")
    database.execute_sql("INSERT INTO custom_value (field_id, record_id, value) VALUES (7, 1, 'Gold'), (7, 2, 'Gold')")
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("INSERT INTO custom_field (record_kind, key, label, field_type) VALUES"
                             " ('contact', 'budget', 'Budget', 'money')")
    assert migrate(database) == [28, 29, 30, 31, 32, 33, 34, 35, 36]
    assert database.execute_sql("SELECT field_id, record_id, value FROM custom_value ORDER BY record_id").fetchall() \
        == [(7, 1, "Gold"), (7, 2, "Gold")]
    database.execute_sql("INSERT INTO custom_field (record_kind, key, label, field_type) VALUES"
                         " ('contact', 'budget', 'Budget', 'money')")
    database.execute_sql("DELETE FROM custom_field WHERE id = 7")  # the foreign key still holds
    assert database.execute_sql("SELECT count(*) FROM custom_value").fetchone()[0] == 0
    database.close()


@pytest.mark.usefixtures("fields")
def test_values_are_searched_while_their_field_is_there(services: Services, ada: str) -> None:
    services.custom_fields.set("contact", ada, "nickname", "Platinumfox")
    assert [h.uid for h in services.search.search("platinumfox")] == [ada]
    services.custom_fields.remove("contact", "nickname")
    assert services.search.search("platinumfox") == []
    services.custom_fields.restore("contact", "nickname")
    assert [h.uid for h in services.search.search("platinumfox")] == [ada]


def test_amounts_choices_and_checkboxes_as_people_write_them(services: Services, ada: str) -> None:
    """From a review: a three-decimal currency, a leading zero, a sign before the symbol, choices that hold
    a comma or a semicolon, a prefix of another choice."""
    fields = services.custom_fields
    fields.define("contact", "price", "Price", "money")
    fields.define("contact", "tones", "Tones", "multichoice", ("Red", "Red, dark", "Blue", "Green; light"))
    fields.define("contact", "ok", "OK", "checkbox")
    for typed, kept in (("1.500 KWD", "1.500 KWD"), ("12.345 BHD", "12.345 BHD"), ("0.500 EUR", "0.50 EUR"),
                        ("0,25 usd", "0.25 USD"), ("-€5", "-5.00 EUR"), ("1.200 EUR", "1200.00 EUR"),
                        ("EUR 5 eur", "5.00 EUR")):
        fields.set("contact", ada, "price", typed)
        assert fields.values("contact", ada)["price"] == kept, typed
    with pytest.raises(ValidationError):
        fields.set("contact", ada, "price", "0,001 EUR")  # more decimals than the euro has: said, not x1000
    for typed, kept in (("Red, dark", "Red, dark"), ("Red, dark, Blue", "Red, dark\nBlue"),
                        ("Red, Red, dark", "Red\nRed, dark"), ("Blue; Green; light", "Blue\nGreen; light"),
                        ("blue, , red", "Red\nBlue")):
        fields.set("contact", ada, "tones", typed)
        assert fields.values("contact", ada)["tones"] == kept, typed
    fields.set("contact", ada, "ok", "☑")
    assert fields.values("contact", ada)["ok"] == "yes"


def test_choices_travel_to_the_office_and_a_removal_from_there_keeps_the_values(
        services: Services, ada: str) -> None:
    """From a review: a choice added on another laptop came with a value this one refused (and its next
    edit sent the old value back); a removal arriving after a restore here deleted the values for good."""
    fields = services.custom_fields
    fields.define("contact", "tier", "Tier", "choice", ("Gold",))
    fields.set("contact", ada, "tier", "Gold")
    carried = (("tier", "Level", "choice", "Gold\nPlatinum", "Platinum"),)
    assert fields.apply_carried("contact", ada, carried, removals=True) == (True, [])
    assert fields.values("contact", ada) == {"tier": "Platinum"}
    assert fields.definitions("contact")[0].choices == ("Gold", "Platinum")
    older = (("tier", "Tier", "choice", "Gold", "Gold"),)  # a text written before: no choice goes away
    fields.apply_carried("contact", ada, older, removals=True)
    assert fields.definitions("contact")[0].choices == ("Gold", "Platinum")

    removal = (("tier", "Tier", "removed", "", ""),)
    fields.apply_carried("contact", ada, removal, removals=True)
    assert fields.values("contact", ada) == {}
    assert [(t.definition.key, t.values) for t in fields.trash()] == [("tier", 1)]  # to the Trash, not gone
    fields.restore("contact", "tier")
    assert fields.values("contact", ada) == {"tier": "Gold"}  # (the sync's own value before the removal)


def test_a_merge_points_link_fields_at_the_kept_record_and_a_restore_goes_last(services: Services) -> None:
    fields = services.custom_fields
    fields.define("contact", "referrer", "Referrer", "contact")
    for key in ("a", "b", "c"):
        fields.define("contact", key, key.upper(), "text")
    ada = services.contacts.create(ContactData(given="Ada")).value.uid
    grace = services.contacts.create(ContactData(given="Grace", family="Hopper")).value.uid
    twin = services.contacts.create(ContactData(given="Grace", family="Hopper")).value.uid
    fields.set("contact", ada, "referrer", twin)
    version = services.contacts.get(ada).meta.version
    from app.duplicates import DuplicateService

    DuplicateService(services).merge(grace, twin)
    assert fields.values("contact", ada)["referrer"] == grace
    assert services.contacts.get(ada).meta.version > version  # sync sends the new link
    services.undo.undo()
    assert fields.values("contact", ada)["referrer"] == twin

    fields.remove("contact", "a")
    fields.restore("contact", "a")
    assert [d.key for d in fields.definitions("contact")] == ["referrer", "b", "c", "a"]
