"""ContactService over a real SQLite store: every part round-trips, validation names fields, tombstones."""

from __future__ import annotations

from datetime import timedelta

import peewee
import pytest

from app.accounts import AccountData
from app.changes import Changes
from app.clock import FakeClock
from app.contacts import (
    AccountLink,
    Address,
    ContactData,
    ContactRecord,
    Email,
    ExtraProperty,
    Im,
    OtherDate,
    Phone,
    Related,
    Url,
)
from app.errors import NotFoundError, ValidationError
from app.services import Services
from db.models import (
    Contact,
    ContactAccount,
    ContactAddress,
    ContactDate,
    ContactEmail,
    ContactExtraProperty,
    ContactIm,
    ContactPhone,
    ContactRelated,
    ContactUrl,
    Tagging,
)
from db.values import PartialDate

PART_MODELS: tuple[type[peewee.Model], ...] = (
    ContactEmail,
    ContactPhone,
    ContactAddress,
    ContactUrl,
    ContactIm,
    ContactRelated,
    ContactDate,
    ContactExtraProperty,
    ContactAccount,
)


def full_contact(account_uid: str) -> ContactData:
    """A contact with at least one of every kind of part."""
    return ContactData(
        prefix="Dr.",
        given="Ada",
        additional="King",
        family="Lovelace",
        suffix="PhD",
        display_name="Ada Lovelace",
        nickname="Countess",
        job_title="Analyst",
        department="Engines",
        birthday=PartialDate(None, 2, 29),
        anniversary=PartialDate(1835, 7, 8),
        photo=b"\x89PNG\r\n\x1a\n\x00\x01",
        photo_mime="image/png",
        photo_uri="",
        notes="Wrote the first program.\n  Keep this indentation.",
        emails=(Email("ada@example.com", "work", True), Email("ada.home@example.org", "home")),
        phones=(Phone("(202) 555-0143", "work", True), Phone("+44 20 7946 0958", "cell")),
        addresses=(
            Address(
                street="12 St James's Square", locality="London", region="Greater London",
                postal_code="SW1Y 4JH", country="United Kingdom", po_box="PO 7", extended="Flat 2",
                label="home", preferred=True,
            ),
        ),
        urls=(Url("https://example.com/ada", "homepage", True),),
        ims=(Im("ada@xmpp.example", "xmpp", "work", True),),
        related=(Related("Charles Babbage", "colleague"),),
        dates=(OtherDate(PartialDate(1843, 9, 1), "published notes", True),),
        extra=(
            ExtraProperty("X-ABLABEL", "Favourite engine", "item1", ()),
            ExtraProperty(
                "X-SOCIAL-PROFILE", "https://social.example/ada", "",
                (("TYPE", "mastodon"), ("X-USER", "ada"), ("TYPE", "pref")),
            ),
        ),
        accounts=(AccountLink(account_uid, "Consultant"),),
    )


@pytest.fixture
def account_uid(services: Services) -> str:
    return services.accounts.create(AccountData(name="Analytical Engines Ltd")).value.uid


@pytest.fixture
def ada(services: Services) -> ContactRecord:
    data = ContactData(given="Ada", family="Lovelace", emails=(Email("ada@example.com"),))
    return services.contacts.create(data).value


def error_fields(exc: ValidationError) -> list[str]:
    return [e.field for e in exc.errors]


def row_count(model: type[peewee.Model]) -> int:
    return int(model.select().count())


# --- create and get ---------------------------------------------------------------------------


def test_create_with_every_part_round_trips_through_get(services: Services, account_uid: str) -> None:
    data = full_contact(account_uid)

    created = services.contacts.create(data)
    fetched = services.contacts.get(created.value.uid)

    assert created.changes == Changes(contacts=True)
    assert fetched.data == data
    assert created.value.data == data
    assert fetched.meta.version == 1
    assert fetched.meta.deleted_at is None


def test_create_keeps_each_part_in_its_child_table(services: Services, account_uid: str) -> None:
    services.contacts.create(full_contact(account_uid))

    counts = {model.__name__: row_count(model) for model in PART_MODELS}

    assert counts == {
        "ContactEmail": 2, "ContactPhone": 2, "ContactAddress": 1, "ContactUrl": 1, "ContactIm": 1,
        "ContactRelated": 1, "ContactDate": 1, "ContactExtraProperty": 2, "ContactAccount": 1,
    }


def test_birthday_without_a_year_keeps_february_29(services: Services) -> None:
    uid = services.contacts.create(ContactData(given="Leap", birthday=PartialDate(None, 2, 29))).value.uid

    birthday = services.contacts.get(uid).data.birthday

    assert birthday == PartialDate(None, 2, 29)
    assert birthday is not None and birthday.isoformat() == "--02-29"
    assert Contact.get(Contact.uid == uid).birthday == PartialDate(None, 2, 29)


def test_birthday_given_as_text_is_parsed(services: Services) -> None:
    data = ContactData(given="Text", birthday="--04-12")  # type: ignore[arg-type]

    record = services.contacts.create(data).value

    assert record.data.birthday == PartialDate(None, 4, 12)


def test_phone_is_normalised_to_e164_with_the_default_region(services: Services) -> None:
    uid = services.contacts.create(ContactData(given="Phone", phones=(Phone("(202) 555-0143"),))).value.uid

    row = ContactPhone.get()

    assert row.e164 == "+12025550143"
    assert row.value == "(202) 555-0143"  # the number as written is kept for display
    assert services.contacts.get(uid).data.phones == (Phone("(202) 555-0143"),)


def test_phone_with_own_country_code_ignores_default_region(services: Services) -> None:
    services.contacts.create(ContactData(given="Phone", phones=(Phone("+44 20 7946 0958"),)))

    assert ContactPhone.get().e164 == "+442079460958"


def test_contact_is_found_by_phone_digits(services: Services) -> None:
    uid = services.contacts.create(ContactData(given="Dial", phones=(Phone("(202) 555-0143"),))).value.uid

    hits = services.search.search("2025550143")

    assert [(h.kind, h.uid) for h in hits] == [("contact", uid)]


def test_extra_properties_keep_group_params_and_order_verbatim(services: Services) -> None:
    extra = (
        ExtraProperty("X-ABLABEL", "_$!<Other>!$_", "item2", ()),
        ExtraProperty("X-PHONETIC-LAST-NAME", "ラブレース", "", (("CHARSET", "UTF-8"),)),
        ExtraProperty("X-CUSTOM", "a;b,c\\n", "grp", (("TYPE", "b"), ("TYPE", "a"), ("X-Param", "Mixed Case"))),
    )

    uid = services.contacts.create(ContactData(given="Kept", extra=extra)).value.uid

    assert services.contacts.get(uid).data.extra == extra


def test_empty_addresses_are_dropped(services: Services) -> None:
    data = ContactData(given="Nowhere", addresses=(Address(label="home"), Address(locality="Paris")))

    record = services.contacts.create(data).value

    assert record.data.addresses == (Address(locality="Paris"),)


def test_names_are_trimmed_and_inner_whitespace_collapsed(services: Services) -> None:
    record = services.contacts.create(ContactData(given="  Ada ", family=" Lovelace\t")).value

    assert record.data.given == "Ada"
    assert record.data.family == "Lovelace"
    assert record.display_name == "Ada Lovelace"


def test_create_with_a_given_uid_uses_it(services: Services) -> None:
    record = services.contacts.create(ContactData(given="Fixed"), uid="card-123").value

    assert record.uid == "card-123"
    assert services.contacts.get("card-123").data.given == "Fixed"


# --- display name -----------------------------------------------------------------------------


def test_display_name_is_composed_from_name_parts(services: Services) -> None:
    data = ContactData(prefix="Dr.", given="Ada", additional="King", family="Lovelace", suffix="PhD")

    record = services.contacts.create(data).value

    assert record.display_name == "Dr. Ada King Lovelace PhD"


def test_chinese_name_is_composed_family_first_without_space(services: Services) -> None:
    record = services.contacts.create(ContactData(given="小明", family="王")).value

    assert record.display_name == "王小明"


def test_chinese_contact_is_found_by_part_of_the_given_name(services: Services) -> None:
    uid = services.contacts.create(ContactData(given="小明", family="王")).value.uid

    assert [h.uid for h in services.search.search("小明")] == [uid]


def test_display_name_falls_back_to_nickname_then_email_then_phone(services: Services) -> None:
    by_nickname = services.contacts.create(ContactData(nickname="Ace")).value
    by_email = services.contacts.create(ContactData(emails=(Email("solo@example.com"),))).value
    by_phone = services.contacts.create(ContactData(phones=(Phone("+1 202 555 0199"),))).value

    assert by_nickname.display_name == "Ace"
    assert by_email.display_name == "solo@example.com"
    assert by_phone.display_name == "+1 202 555 0199"


def test_explicit_display_name_wins_over_parts(services: Services) -> None:
    record = services.contacts.create(ContactData(given="Augusta", family="King", display_name="Ada")).value

    assert record.display_name == "Ada"


# --- validation -------------------------------------------------------------------------------


def test_contact_without_any_name_is_rejected_naming_the_name_field(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.create(ContactData(job_title="Engineer", notes="no name at all"))

    assert error_fields(caught.value) == ["name"]
    assert "needs a name" in caught.value.errors[0].message


def test_whitespace_only_name_counts_as_empty(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.create(ContactData(given="   ", family="\t"))

    assert error_fields(caught.value) == ["name"]


def test_malformed_email_is_reported_by_its_index(services: Services) -> None:
    data = ContactData(given="Ada", emails=(Email("ada at example dot com"), Email("ok@example.com")))

    with pytest.raises(ValidationError) as caught:
        services.contacts.create(data)

    assert error_fields(caught.value) == ["emails[0]"]
    assert "is not an e-mail address" in caught.value.errors[0].message
    assert "emails[0]:" in str(caught.value)


def test_second_malformed_email_is_reported_as_emails_1(services: Services) -> None:
    data = ContactData(given="Ada", emails=(Email("ok@example.com"), Email("@example.com")))

    with pytest.raises(ValidationError) as caught:
        services.contacts.create(data)

    assert error_fields(caught.value) == ["emails[1]"]


def test_phone_with_too_few_digits_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.create(ContactData(given="Ada", phones=(Phone("12"),)))

    assert error_fields(caught.value) == ["phones[0]"]
    assert "at least three digits" in caught.value.errors[0].message


def test_link_to_unknown_account_is_rejected(services: Services) -> None:
    data = ContactData(given="Ada", accounts=(AccountLink("no-such-account"),))

    with pytest.raises(ValidationError) as caught:
        services.contacts.create(data)

    assert error_fields(caught.value) == ["accounts[0]"]
    assert "no-such-account" in caught.value.errors[0].message


def test_every_invalid_field_is_reported_at_once(services: Services) -> None:
    data = ContactData(emails=(Email("bad"),), phones=(Phone("x"),), accounts=(AccountLink("nope"),))

    with pytest.raises(ValidationError) as caught:
        services.contacts.create(data)

    # No name parts, and the bad e-mail and phone cannot stand in for one either.
    assert set(error_fields(caught.value)) == {"emails[0]", "phones[0]", "accounts[0]", "name"}


def test_photo_without_mime_type_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.create(ContactData(given="Ada", photo=b"\xff\xd8\xff"))

    assert error_fields(caught.value) == ["photo_mime"]


def test_extra_property_without_name_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.create(ContactData(given="Ada", extra=(ExtraProperty("  ", "value"),)))

    assert error_fields(caught.value) == ["extra[0]"]


def test_update_with_unknown_field_is_rejected_by_name(services: Services, ada: ContactRecord) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.update(ada.uid, given="Augusta", shoe_size="38")

    assert error_fields(caught.value) == ["shoe_size"]
    assert "is not a contact field" in caught.value.errors[0].message
    assert services.contacts.get(ada.uid).data.given == "Ada"


def test_invalid_update_changes_nothing(services: Services, ada: ContactRecord) -> None:
    with pytest.raises(ValidationError):
        services.contacts.update(ada.uid, family="Byron", emails=(Email("broken"),))

    after = services.contacts.get(ada.uid)
    assert after.data == ada.data
    assert after.meta.version == ada.meta.version


# --- update -----------------------------------------------------------------------------------


def test_update_reports_contacts_changed_and_bumps_version_and_time(
    services: Services, clock: FakeClock, ada: ContactRecord
) -> None:
    clock.advance(timedelta(hours=2))

    result = services.contacts.update(ada.uid, job_title="Mathematician")

    assert result.changes == Changes(contacts=True)
    assert result.value.data.job_title == "Mathematician"
    assert result.value.meta.version == ada.meta.version + 1
    assert result.value.meta.updated_at == clock.now()
    assert result.value.meta.updated_at > ada.meta.updated_at
    assert result.value.meta.created_at == ada.meta.created_at
    assert services.contacts.get(ada.uid).data.job_title == "Mathematician"


def test_update_replaces_a_list_whole(services: Services, ada: ContactRecord) -> None:
    new_emails = (Email("countess@example.com", "home"), Email("ada@work.example", "work", True))

    services.contacts.update(ada.uid, emails=new_emails)

    assert services.contacts.get(ada.uid).data.emails == new_emails
    assert [r.value for r in ContactEmail.select().order_by(ContactEmail.position)] == [
        "countess@example.com", "ada@work.example",
    ]


def test_update_that_changes_nothing_returns_no_changes(
    services: Services, clock: FakeClock, ada: ContactRecord
) -> None:
    clock.advance(timedelta(minutes=5))

    result = services.contacts.update(ada.uid, given=" Ada ", emails=(Email("ada@example.com"),))

    assert result.changes == Changes()
    assert not result.changes
    assert result.value.meta.version == ada.meta.version
    assert result.value.meta.updated_at == ada.meta.updated_at


def test_update_of_a_missing_contact_raises_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.contacts.update("missing", given="x")


def test_update_makes_the_new_name_searchable(services: Services, ada: ContactRecord) -> None:
    services.contacts.update(ada.uid, display_name="Augusta Byron", family="Byron", given="Augusta")

    assert [h.uid for h in services.search.search("Byron")] == [ada.uid]
    assert services.search.search("Lovelace") == []


# --- delete, restore, purge -------------------------------------------------------------------


def test_delete_leaves_a_tombstone(services: Services, clock: FakeClock, ada: ContactRecord) -> None:
    clock.advance(timedelta(days=1))

    result = services.contacts.delete(ada.uid)

    assert result.changes.contacts
    assert services.contacts.count() == 0
    with pytest.raises(NotFoundError):
        services.contacts.get(ada.uid)
    tombstone = services.contacts.get(ada.uid, include_deleted=True)
    assert tombstone.meta.deleted_at == clock.now()
    assert tombstone.meta.version == ada.meta.version + 1
    assert tombstone.data == ada.data
    assert [r.uid for r in services.contacts.trash()] == [ada.uid]
    assert row_count(Contact) == 1  # still on disk for sync to pass on


def test_deleted_contact_is_not_listed_or_searchable(services: Services, ada: ContactRecord) -> None:
    services.contacts.delete(ada.uid)

    assert services.contacts.list() == []
    assert services.search.search("Lovelace") == []


def test_restore_brings_the_contact_back_and_searchable(
    services: Services, clock: FakeClock, ada: ContactRecord
) -> None:
    services.contacts.delete(ada.uid)
    clock.advance(timedelta(hours=1))

    result = services.contacts.restore(ada.uid)

    assert result.changes.contacts
    assert result.value.meta.deleted_at is None
    assert result.value.meta.version == ada.meta.version + 2
    assert services.contacts.count() == 1
    assert services.contacts.trash() == []
    assert services.contacts.get(ada.uid).data == ada.data
    assert [(h.kind, h.uid) for h in services.search.search("Lovelace")] == [("contact", ada.uid)]


def test_restore_of_a_live_contact_changes_nothing(services: Services, ada: ContactRecord) -> None:
    result = services.contacts.restore(ada.uid)

    assert result.changes == Changes()
    assert result.value.meta.version == ada.meta.version


def test_purge_refuses_a_live_contact(services: Services, ada: ContactRecord) -> None:
    with pytest.raises(ValidationError) as caught:
        services.contacts.purge(ada.uid)

    assert error_fields(caught.value) == ["deleted_at"]
    assert services.contacts.get(ada.uid).data == ada.data


def test_purge_removes_the_contact_its_parts_and_its_tags(services: Services, account_uid: str) -> None:
    uid = services.contacts.create(full_contact(account_uid)).value.uid
    other = services.contacts.create(ContactData(given="Other")).value.uid
    services.tags.add("contact", uid, "VIP")
    services.tags.add("contact", other, "VIP")
    services.contacts.delete(uid)

    result = services.contacts.purge(uid)

    assert result.value == uid
    assert result.changes.contacts
    assert Contact.select().where(Contact.uid == uid).count() == 0
    assert {model.__name__: row_count(model) for model in PART_MODELS} == dict.fromkeys(
        (model.__name__ for model in PART_MODELS), 0
    )
    assert row_count(Tagging) == 1  # only the other contact's tag is left
    assert services.tags.records("VIP") == [("contact", other)]
    with pytest.raises(NotFoundError):
        services.contacts.get(uid, include_deleted=True)
    assert services.contacts.trash() == []


# --- one transaction per write ----------------------------------------------------------------


def test_invalid_contact_writes_no_rows_at_all(services: Services) -> None:
    data = ContactData(
        given="Half", emails=(Email("good@example.com"),), phones=(Phone("+1 202 555 0143"), Phone("1")),
    )

    with pytest.raises(ValidationError):
        services.contacts.create(data)

    assert row_count(Contact) == 0
    assert row_count(ContactEmail) == 0
    assert row_count(ContactPhone) == 0
    assert services.search.search("Half") == []


def test_failure_midway_through_writing_parts_rolls_back_the_contact(
    services: Services, account_uid: str
) -> None:
    # The same account twice passes the per-item checks but breaks the unique (contact, account)
    # index while the parts are written: the contact row written before it must not survive.
    data = ContactData(
        given="Twice", emails=(Email("twice@example.com"),),
        accounts=(AccountLink(account_uid, "a"), AccountLink(account_uid, "b")),
    )

    with pytest.raises((ValidationError, peewee.IntegrityError)):
        services.contacts.create(data)

    assert row_count(Contact) == 0
    assert row_count(ContactEmail) == 0
    assert row_count(ContactAccount) == 0
    assert services.search.search("Twice") == []


def test_failed_update_midway_keeps_the_old_parts(
    services: Services, account_uid: str, ada: ContactRecord
) -> None:
    with pytest.raises((ValidationError, peewee.IntegrityError)):
        services.contacts.update(
            ada.uid, emails=(Email("new@example.com"),),
            accounts=(AccountLink(account_uid), AccountLink(account_uid)),
        )

    after = services.contacts.get(ada.uid)
    assert after.data == ada.data
    assert after.meta.version == ada.meta.version
    assert [r.value for r in ContactEmail.select()] == ["ada@example.com"]


# --- reading ----------------------------------------------------------------------------------


def test_list_is_sorted_by_display_name_ignoring_case(services: Services) -> None:
    for name in ("bob", "Alice", "carol"):
        services.contacts.create(ContactData(given=name))

    assert [r.display_name for r in services.contacts.list()] == ["Alice", "bob", "carol"]
    assert [r.display_name for r in services.contacts.list(limit=1, offset=1)] == ["bob"]
    assert services.contacts.count() == 3
