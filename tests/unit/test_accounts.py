"""AccountService over a real SQLite store: lifecycle, validation, members, and search of dependents."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.accounts import AccountData, AccountRecord, Member
from app.changes import Changes
from app.clock import FakeClock
from app.contacts import AccountLink, Address, ContactData, ContactRecord, Phone
from app.errors import NotFoundError, ValidationError
from app.services import Services
from db.models import Account, AccountPhone, ContactAccount


@pytest.fixture
def acme(services: Services) -> AccountRecord:
    return services.accounts.create(AccountData(name="Acme Corp", industry="Anvils", website="acme.example")).value


@pytest.fixture
def ada(services: Services) -> ContactRecord:
    return services.contacts.create(ContactData(given="Ada", family="Lovelace")).value


def error_fields(exc: ValidationError) -> list[str]:
    return [e.field for e in exc.errors]


def search_uids(services: Services, text: str, kind: str) -> list[str]:
    return [h.uid for h in services.search.search(text, kinds=(kind,))]


# --- create, get, update ----------------------------------------------------------------------


def test_create_round_trips_all_fields(services: Services) -> None:
    data = AccountData(
        name="Globex", industry="Energy", website="https://globex.example", notes="Big customer.\nCall first.",
        phones=(Phone("(202) 555-0100", "main", True), Phone("+49 30 123456", "berlin")),
        addresses=(Address(street="1 Main St", locality="Springfield", country="USA", label="hq", preferred=True),),
    )

    created = services.accounts.create(data)

    assert created.changes == Changes(accounts=True)
    assert services.accounts.get(created.value.uid).data == data
    assert created.value.meta.version == 1
    assert services.accounts.count() == 1


def test_data_many_reads_what_get_reads_for_many_accounts_at_once(services: Services) -> None:
    """The export reads organisation cards a page at a time; each must be what `get` gives, in part order."""
    from app.contacts import ExtraProperty

    made = [
        services.accounts.create(AccountData(name="Globex", industry="Energy", website="globex.example", notes="n",
                                             phones=(Phone("(202) 555-0100", "main", True, "item1", (("X-A", "1"),)),
                                                     Phone("+49 30 123456", "berlin")),
                                             addresses=(Address(street="1 Main St", locality="Springfield",
                                                                country="USA", label="hq", preferred=True),
                                                        Address(street="2 Side St", po_box="9", extended="Unit 4")),
                                             extra=(ExtraProperty("X-SOCIAL", "@globex", "item2", (("TYPE", "x"),)),
                                                    ExtraProperty("X-B", "b")))).value,
        services.accounts.create(AccountData(name="Initech")).value,
        services.accounts.create(AccountData(name="Гранит", addresses=(Address(locality="Москва"),))).value,
    ]
    many = services.accounts.data_many([m.id for m in made])
    assert many == {m.id: services.accounts.get(m.uid).data for m in made}
    assert many[made[0].id].phones[0].params == (("X-A", "1"),) and many[made[0].id].phones[0].preferred is True
    assert services.accounts.data_many([]) == {}


def test_account_phone_is_normalised_to_e164(services: Services) -> None:
    services.accounts.create(AccountData(name="Dial Co", phones=(Phone("(202) 555-0100"),)))

    assert AccountPhone.get().e164 == "+12025550100"


def test_name_is_trimmed_and_empty_addresses_dropped(services: Services) -> None:
    data = AccountData(name="  Initech   LLC ", addresses=(Address(label="empty"),))

    record = services.accounts.create(data).value

    assert record.data.name == "Initech LLC"
    assert record.data.addresses == ()


def test_account_without_name_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.accounts.create(AccountData(name="   ", industry="Nothing"))

    assert error_fields(caught.value) == ["name"]
    assert Account.select().count() == 0


@pytest.mark.parametrize("website", ["not a website", "localhost", "acme corp.com"])
def test_malformed_website_is_rejected(services: Services, website: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.accounts.create(AccountData(name="Acme", website=website))

    assert error_fields(caught.value) == ["website"]
    assert "is not a web address" in caught.value.errors[0].message


@pytest.mark.parametrize("website", ["acme.example", "https://www.acme.example/about", "  acme.example  ", ""])
def test_acceptable_websites_are_kept_trimmed(services: Services, website: str) -> None:
    record = services.accounts.create(AccountData(name="Acme", website=website)).value

    assert record.data.website == website.strip()


def test_account_phone_with_too_few_digits_is_rejected(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.accounts.create(AccountData(name="Acme", phones=(Phone("555-0100"), Phone("n/a"))))

    assert error_fields(caught.value) == ["phones[1]"]


def test_update_bumps_version_and_time(services: Services, clock: FakeClock, acme: AccountRecord) -> None:
    clock.advance(timedelta(hours=3))

    result = services.accounts.update(acme.uid, industry="Rockets")

    assert result.changes == Changes(accounts=True)
    assert result.value.data.industry == "Rockets"
    assert result.value.meta.version == acme.meta.version + 1
    assert result.value.meta.updated_at == clock.now()


def test_update_that_changes_nothing_returns_no_changes(services: Services, acme: AccountRecord) -> None:
    result = services.accounts.update(acme.uid, name=" Acme  Corp ")

    assert result.changes == Changes()
    assert result.value.meta.version == acme.meta.version


def test_update_with_unknown_field_is_rejected(services: Services, acme: AccountRecord) -> None:
    with pytest.raises(ValidationError) as caught:
        services.accounts.update(acme.uid, revenue="lots")

    assert error_fields(caught.value) == ["revenue"]


def test_update_with_bad_website_changes_nothing(services: Services, acme: AccountRecord) -> None:
    with pytest.raises(ValidationError):
        services.accounts.update(acme.uid, name="Acme Inc", website="nope")

    assert services.accounts.get(acme.uid).data == acme.data


# --- delete and restore -----------------------------------------------------------------------


def test_delete_is_a_tombstone(services: Services, clock: FakeClock, acme: AccountRecord) -> None:
    clock.advance(timedelta(days=1))

    result = services.accounts.delete(acme.uid)

    assert result.changes.accounts
    assert services.accounts.count() == 0
    assert services.accounts.list() == []
    with pytest.raises(NotFoundError):
        services.accounts.get(acme.uid)
    tombstone = services.accounts.get(acme.uid, include_deleted=True)
    assert tombstone.meta.deleted_at == clock.now()
    assert tombstone.meta.version == acme.meta.version + 1
    assert search_uids(services, "Acme", "account") == []


def test_restore_brings_the_account_back(services: Services, acme: AccountRecord) -> None:
    services.accounts.delete(acme.uid)

    result = services.accounts.restore(acme.uid)

    assert result.changes.accounts
    assert result.value.meta.deleted_at is None
    assert result.value.meta.version == acme.meta.version + 2
    assert services.accounts.get(acme.uid).data == acme.data
    assert search_uids(services, "Acme", "account") == [acme.uid]


def test_restore_of_a_live_account_changes_nothing(services: Services, acme: AccountRecord) -> None:
    assert services.accounts.restore(acme.uid).changes == Changes()


# --- members ----------------------------------------------------------------------------------


def test_link_contact_with_role_shows_in_members_and_on_the_contact(
    services: Services, clock: FakeClock, acme: AccountRecord, ada: ContactRecord
) -> None:
    clock.advance(timedelta(minutes=10))

    result = services.accounts.link_contact(acme.uid, ada.uid, "  CTO ")

    assert result.changes == Changes(accounts=True, contacts=True)
    assert services.accounts.members(acme.uid) == [Member(ada.uid, "Ada Lovelace", "CTO")]
    contact = services.contacts.get(ada.uid)
    assert contact.data.accounts == (AccountLink(acme.uid, "CTO"),)
    assert contact.meta.version == ada.meta.version + 1
    assert contact.meta.updated_at == clock.now()


def test_link_contact_again_changes_the_role(
    services: Services, acme: AccountRecord, ada: ContactRecord
) -> None:
    services.accounts.link_contact(acme.uid, ada.uid, "Engineer")

    changed = services.accounts.link_contact(acme.uid, ada.uid, "CTO")
    same = services.accounts.link_contact(acme.uid, ada.uid, "CTO")

    assert changed.changes.contacts
    assert same.changes == Changes()
    assert services.accounts.members(acme.uid) == [Member(ada.uid, "Ada Lovelace", "CTO")]
    assert ContactAccount.select().count() == 1


def test_members_are_sorted_by_name_and_skip_trashed_contacts(
    services: Services, acme: AccountRecord, ada: ContactRecord
) -> None:
    zed = services.contacts.create(ContactData(given="Zed")).value
    bob = services.contacts.create(ContactData(given="bob")).value
    for contact in (zed, ada, bob):
        services.accounts.link_contact(acme.uid, contact.uid)
    services.contacts.delete(zed.uid)

    assert [m.display_name for m in services.accounts.members(acme.uid)] == ["Ada Lovelace", "bob"]


def test_link_contact_to_a_missing_contact_raises_not_found(services: Services, acme: AccountRecord) -> None:
    with pytest.raises(NotFoundError):
        services.accounts.link_contact(acme.uid, "nobody")

    assert services.accounts.members(acme.uid) == []


def test_unlink_contact_removes_membership(
    services: Services, acme: AccountRecord, ada: ContactRecord
) -> None:
    services.accounts.link_contact(acme.uid, ada.uid, "CTO")
    version_linked = services.contacts.get(ada.uid).meta.version

    result = services.accounts.unlink_contact(acme.uid, ada.uid)
    again = services.accounts.unlink_contact(acme.uid, ada.uid)

    assert result.changes == Changes(accounts=True, contacts=True)
    assert again.changes == Changes()
    assert services.accounts.members(acme.uid) == []
    contact = services.contacts.get(ada.uid)
    assert contact.data.accounts == ()
    assert contact.meta.version == version_linked + 1
    assert search_uids(services, "Acme", "contact") == []


def test_contact_is_found_by_its_account_name(
    services: Services, acme: AccountRecord, ada: ContactRecord
) -> None:
    services.accounts.link_contact(acme.uid, ada.uid)

    assert search_uids(services, "Acme", "contact") == [ada.uid]


def test_renaming_an_account_updates_the_contacts_search_entry(
    services: Services, acme: AccountRecord, ada: ContactRecord
) -> None:
    services.accounts.link_contact(acme.uid, ada.uid, "CTO")

    result = services.accounts.update(acme.uid, name="NewName Industries")

    assert result.changes == Changes(accounts=True, contacts=True, deals=True)
    assert search_uids(services, "NewName", "contact") == [ada.uid]
    assert search_uids(services, "NewName", "account") == [acme.uid]
    assert search_uids(services, "Acme", "contact") == []
    hit = services.search.search("NewName", kinds=("contact",))[0]
    assert hit.display == "Ada Lovelace · NewName Industries"


def test_deleting_an_account_drops_it_from_the_contacts_search_entry(
    services: Services, acme: AccountRecord, ada: ContactRecord
) -> None:
    services.accounts.link_contact(acme.uid, ada.uid)

    result = services.accounts.delete(acme.uid)

    assert result.changes.contacts
    assert search_uids(services, "Acme", "contact") == []
    assert search_uids(services, "Lovelace", "contact") == [ada.uid]


# --- find_by_name -----------------------------------------------------------------------------


def test_find_by_name_finds_a_live_account_by_its_exact_name(services: Services, acme: AccountRecord) -> None:
    services.accounts.create(AccountData(name="Acme Corporation"))

    found = services.accounts.find_by_name("  Acme   Corp ")

    assert found is not None
    assert found.uid == acme.uid


def test_find_by_name_returns_none_for_unknown_or_trashed(services: Services, acme: AccountRecord) -> None:
    assert services.accounts.find_by_name("Acme") is None

    services.accounts.delete(acme.uid)

    assert services.accounts.find_by_name("Acme Corp") is None


def test_list_is_sorted_by_name_ignoring_case(services: Services) -> None:
    for name in ("beta", "Alpha", "Gamma"):
        services.accounts.create(AccountData(name=name))

    assert [a.data.name for a in services.accounts.list()] == ["Alpha", "beta", "Gamma"]


def test_an_org_accounts_uid_is_rfc_4122s_name_based_uuid_whatever_the_case_and_script() -> None:
    """org_uid builds uuid5 from its hash directly (three times cheaper): the very same uids as before."""
    import uuid

    from app.accounts import org_uid

    for name in ("Acme Foods", "ACME FOODS", "ООО «Ромашка»", "北京科技有限公司", "Søren & Co.", "", "x" * 300):
        assert org_uid(name) == str(uuid.uuid5(uuid.NAMESPACE_URL, "rapport:org:" + name.casefold()))
    assert org_uid("Acme Foods") == org_uid("aCME fOODS")
