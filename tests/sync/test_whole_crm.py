"""The office's CRM through its DAV server (issue 14): what a contact card and an organisation card carry
beyond a phone's address book — every account a person works for with the role there, an account's
industry, custom field values — goes from one laptop to the other and back, on the real servers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.accounts import AccountData
from app.contacts import AccountLink, ContactData
from app.errors import ValidationError
from tests.sync.conftest import BOTH_SERVERS, Book, Laptop, assert_settled, make_laptop, moved
from tests.sync.proxy import FaultProxy


@BOTH_SERVERS
def test_roles_industry_and_custom_fields_travel_between_laptops(laptop: Laptop, book: Book, proxy: FaultProxy,
                                                                tmp_path: Path) -> None:
    a = laptop
    b = make_laptop(tmp_path / "laptop2", proxy, book)
    try:
        a.store.activate()
        s = a.services
        acme = s.accounts.create(AccountData(name="Acme Foods", industry="Food")).value.uid
        beta = s.accounts.create(AccountData(name="Beta Labs", industry="Research")).value.uid
        s.custom_fields.define("contact", "tier", "Tier", "choice", ("Gold, plus", "Silver"))
        s.custom_fields.define("account", "segment", "Segment", "text")
        ada = s.contacts.create(ContactData(given="Ada", family="Lovelace", accounts=(
            AccountLink(acme, "CTO"), AccountLink(beta, "Adviser")))).value.uid
        s.custom_fields.set("contact", ada, "tier", "Gold, plus")
        s.custom_fields.set("account", acme, "segment", "SMB; north")
        assert a.run().ok
        assert b.run().ok

        b.store.activate()
        t = b.services
        assert [(x.data.name, x.data.industry) for x in t.accounts.list()] == [("Acme Foods", "Food"),
                                                                             ("Beta Labs", "Research")]
        assert t.contacts.get(ada).data.accounts == (AccountLink(acme, "CTO"), AccountLink(beta, "Adviser"))
        assert t.custom_fields.values("contact", ada) == {"tier": "Gold, plus"}
        assert t.custom_fields.values("account", acme) == {"segment": "SMB; north"}
        assert [d.choices for d in t.custom_fields.definitions("contact")] == [("Gold, plus", "Silver")]

        # Laptop B changes a role, adds a company, changes a value: laptop A gets all three.
        gamma = t.accounts.create(AccountData(name="Gamma AG", industry="Chemicals")).value.uid
        t.contacts.update(ada, accounts=(AccountLink(acme, "CEO"), AccountLink(beta, "Adviser"),
                                         AccountLink(gamma, "Board member")))
        t.custom_fields.set("contact", ada, "tier", "Silver")
        assert b.run().ok
        assert a.run().ok
        a.store.activate()
        assert s.contacts.get(ada).data.accounts == (AccountLink(acme, "CEO"), AccountLink(beta, "Adviser"),
                                                     AccountLink(gamma, "Board member"))
        assert s.accounts.get(gamma).data.industry == "Chemicals"
        assert s.custom_fields.values("contact", ada) == {"tier": "Silver"}

        # Then nothing more moves, on either side, and nothing conflicts.
        assert_settled(a, b, a)
    finally:
        b.store.close()


def test_a_phone_that_drops_rapports_properties_empties_nothing(laptop: Laptop, book: Book) -> None:
    """A program that rewrites the card without the X-RAPPORT lines (and renames the person): the name
    comes, the roles, other companies and custom values stay, and go back up once."""
    laptop.store.activate()
    s = laptop.services
    acme = s.accounts.create(AccountData(name="Acme Foods", industry="Food")).value.uid
    beta = s.accounts.create(AccountData(name="Beta Labs")).value.uid
    s.custom_fields.define("contact", "tier", "Tier", "text")
    ada = s.contacts.create(ContactData(given="Ada", family="Lovelace", accounts=(
        AccountLink(acme, "CTO"), AccountLink(beta, "Adviser")))).value.uid
    s.custom_fields.set("contact", ada, "tier", "Gold")
    assert laptop.run().ok
    href, text = next((h, t) for h, t in book.cards().items() if f"UID:{ada}" in t)
    lines = text.split("\n")  # one kind of line end, unfolded
    assert any(line.startswith("X-RAPPORT-ACCOUNT") and "ROLE=CTO" in line for line in lines), text
    stripped = "\r\n".join(line for line in lines if not line.startswith("X-RAPPORT-"))
    renamed = stripped.replace("FN:Ada Lovelace", "FN:Ada King").replace("N:Lovelace;Ada;;;", "N:King;Ada;;;")
    current = book.direct.get(href)
    assert current is not None
    book.direct.put(href, renamed, etag=current.etag)
    assert laptop.run().ok
    contact = s.contacts.get(ada).data
    assert (contact.given, contact.family) == ("Ada", "King")
    assert contact.accounts == (AccountLink(acme, "CTO"), AccountLink(beta, "Adviser"))
    assert s.custom_fields.values("contact", ada) == {"tier": "Gold"}
    assert laptop.run().ok
    again = book.cards()[href]
    assert "ROLE=CTO" in again and "FN:Ada King" in again
    assert moved(laptop.run()) == 0 and laptop.sync.conflicts() == []


@BOTH_SERVERS
def test_a_custom_field_removed_on_one_laptop_is_removed_on_the_other_and_stays_removed(
        laptop: Laptop, book: Book, proxy: FaultProxy, tmp_path: Path) -> None:
    """Removing a field travels (the records that held a value go up carrying the removal); a value laptop B
    set meanwhile does not bring the field back on A; the key is not used again; nothing moves after."""
    a = laptop
    b = make_laptop(tmp_path / "laptop2", proxy, book)
    try:
        a.store.activate()
        s = a.services
        s.custom_fields.define("contact", "tier", "Tier", "choice", ("Gold", "Silver"))
        s.custom_fields.define("contact", "region", "Region", "text")
        ada = s.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid
        bob = s.contacts.create(ContactData(given="Bob", family="Lee")).value.uid
        s.custom_fields.set("contact", ada, "tier", "Gold")
        s.custom_fields.set("contact", ada, "region", "North")
        assert a.run().ok and b.run().ok
        b.store.activate()
        t = b.services
        assert t.custom_fields.values("contact", ada) == {"region": "North", "tier": "Gold"}

        # A removes the field while B sets a value and sends it up: A's removal wins on both sides, and
        # B's card, arriving at A after the removal, does not bring the field back there.
        a.store.activate()
        s.custom_fields.remove("contact", "tier")
        b.store.activate()
        t.custom_fields.set("contact", bob, "tier", "Silver")
        assert b.run().ok
        assert a.run().ok  # pulls Bob's card with tier=Silver (not taken), pushes Ada's with the removal
        card = next(text for text in book.cards().values() if f"UID:{ada}" in text)
        assert "X-RAPPORT-FIELD;KEY=tier;LABEL=Tier;X-TYPE=removed:" in card.replace("\r\n ", "")
        assert b.run().ok  # B pulls the removal
        assert a.run().ok
        for side in (a, b):
            side.store.activate()
            fields = side.services.custom_fields
            assert [d.key for d in fields.definitions("contact")] == ["region"]
            assert [d.key for d in fields.removed("contact")] == ["tier"]
            assert fields.values("contact", ada) == {"region": "North"}
            assert fields.values("contact", bob) == {}
        assert_settled(a, b, a)

        a.store.activate()
        with pytest.raises(ValidationError, match="was removed"):
            s.custom_fields.define("contact", "tier", "Tier again", "text")
    finally:
        b.store.close()
