"""A fresh device pulling an address book whose organisation cards come after the people who name them:
one account per organisation, the organisation card's own, never a second made from the name."""

from __future__ import annotations

import pytest

from sync.memory import MemoryServer
from tests.sync.conftest import Laptop, vcard

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults

BOOK = "/user/contacts/"


def _org(uid: str, name: str) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{name}", f"ORG:{name}",
                        "X-ABShowAs:COMPANY", "END:VCARD"]) + "\r\n"


def test_people_before_their_organisation_cards_make_no_second_account(memory_laptop: Laptop,
                                                                       memory: MemoryServer) -> None:
    phone = memory.storage()
    companies = [f"Company {n:02d} Ltd" for n in range(15)]
    for n in range(300):  # hrefs sort before the organisations': three multigets of people first
        phone.put(f"{BOOK}a-person-{n:03d}.vcf", vcard(f"person-{n}", f"Person{n}", "Example",
                                                        f"ORG:{companies[n % 15]}"), etag=None)
    for n, name in enumerate(companies):
        phone.put(f"{BOOK}z-org-{n:02d}.vcf", _org(f"org-{n}", name), etag=None)

    assert memory_laptop.run().ok
    services = memory_laptop.services
    memory_laptop.store.activate()
    accounts = {a.uid: a.data.name for a in services.accounts.list(limit=100)}
    assert accounts == {f"org-{n}": name for n, name in enumerate(companies)}, "one account per organisation card"
    person = services.contacts.get("person-16").data
    assert [link.account_uid for link in person.accounts] == ["org-1"]
    assert memory_laptop.run().ok and memory_laptop.sync.conflicts() == []
    assert {a.uid for a in services.accounts.list(limit=100)} == set(accounts), "and nothing more after a second run"
    assert len(memory.texts(BOOK)) == 315, "nothing uploaded twice"
