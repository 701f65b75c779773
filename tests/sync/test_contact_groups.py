"""Contact groups are Rapport's tags (issue 15, point 2): a group card on the server (Apple's
X-ADDRESSBOOKSERVER-KIND:group with -MEMBER in vCard 3, KIND:group with MEMBER in vCard 4) is a tag on its
members here, both ways; a tag that is no group stays in CATEGORIES."""

from __future__ import annotations

import io

import pytest
import vobject

from app.accounts import AccountData
from app.contacts import ContactData
from sync.memory import MemoryServer, MemoryStorage
from tests.sync.conftest import BOTH_SERVERS, Book, Laptop, vcard

BOOK = "/user/contacts/"
FORMATS = pytest.mark.parametrize("version", ["3.0", "4.0"])


def group_card(uid: str, name: str, members: list[str], version: str = "3.0") -> str:
    prefix = "X-ADDRESSBOOKSERVER-" if version == "3.0" else ""
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"UID:{uid}", f"FN:{name}", f"N:{name};;;;",
             f"{prefix}KIND:group", *(f"{prefix}MEMBER:urn:uuid:{m}" for m in members), "END:VCARD"]
    return "\r\n".join(lines) + "\r\n"


def unfolded(text: str) -> str:
    return text.replace("\r\n ", "").replace("\r\n", "\n")


def members_of(text: str) -> list[str]:
    """The members a group card lists, read with vobject (a library reads what we wrote)."""
    card = vobject.readOne(io.StringIO(text))
    names = ("x-addressbookserver-member", "member")
    values = [line.value for name in names for line in card.contents.get(name, [])]
    return sorted(v.removeprefix("urn:uuid:") for v in values)


class Phone:
    """An iPhone on the memory server's address book."""

    def __init__(self, server: MemoryServer) -> None:
        self.server = server
        self.storage: MemoryStorage = server.storage()

    def put(self, name: str, text: str) -> str:
        href, _ = self.storage.put(BOOK + name, text, etag=None)
        return href

    def replace(self, href: str, text: str) -> None:
        current = self.storage.get(href)
        assert current is not None
        self.storage.put(href, text, etag=current.etag)

    def delete(self, href: str) -> None:
        current = self.storage.get(href)
        assert current is not None
        assert self.storage.delete(href, current.etag)

    def text(self, href: str) -> str:
        return unfolded(self.server.texts(BOOK)[href])

    def href_of(self, uid: str) -> str:
        return next(h for h, t in self.server.texts(BOOK).items() if f"\nUID:{uid}\n" in unfolded(t))

    def card_of(self, uid: str) -> str:
        return next(unfolded(t) for t in self.server.texts(BOOK).values() if f"\nUID:{uid}\n" in unfolded(t))


@pytest.fixture
def phone(memory: MemoryServer) -> Phone:
    return Phone(memory)


def _tags(laptop: Laptop, uid: str) -> list[str]:
    laptop.store.activate()
    return laptop.services.tags.of("contact", uid)


def _seed(phone: Phone, version: str) -> str:
    for uid, given in (("p-1", "Ada"), ("p-2", "Grace"), ("p-3", "Alan")):
        phone.put(f"{uid}.vcf", vcard(uid, given, "Example"))
    return phone.put("g-1.vcf", group_card("g-1", "Clients Gold", ["p-1", "p-2", "elsewhere-9"], version))


@FORMATS
def test_a_group_card_is_a_tag_on_its_members_both_ways(memory_laptop: Laptop, phone: Phone, version: str) -> None:
    laptop = memory_laptop
    group = _seed(phone, version)

    report = laptop.run()
    assert report.ok, report.as_dict()
    assert laptop.services.contacts.count() == 3  # the group is no person
    assert [_tags(laptop, uid) for uid in ("p-1", "p-2", "p-3")] == [["Clients Gold"], ["Clients Gold"], []]

    laptop.services.tags.add("contact", "p-3", "Clients Gold")  # tagging here adds to the group there
    laptop.services.tags.remove("contact", "p-1", "Clients Gold")
    report = laptop.run()
    assert report.ok and report.collections[0].pushed_changed >= 1
    # a member this folder does not have is kept
    assert members_of(phone.text(group)) == ["elsewhere-9", "p-2", "p-3"]
    assert "CATEGORIES" not in phone.card_of("p-3")  # the group card carries the group, not CATEGORIES

    laptop.services.tags.rename("Clients Gold", "Gold clients")
    laptop.services.tags.add("contact", "p-2", "Prospect")  # no group: CATEGORIES, as Google reads it
    assert laptop.run().ok
    assert "\nFN:Gold clients\n" in phone.text(group)
    assert "\nCATEGORIES:Prospect\n" in phone.card_of("p-2")
    assert laptop.run().ok and all(c.pushed_changed == 0 for c in laptop.run().collections)  # settled

    # The phone edits a member's card (no CATEGORIES of the group in it): the tag stays.
    phone.replace(phone.href_of("p-2"), vcard("p-2", "Grace", "Example", "TITLE:Rear Admiral", "CATEGORIES:Prospect"))
    assert laptop.run().ok
    assert _tags(laptop, "p-2") == ["Gold clients", "Prospect"]

    # The phone takes p-2 out of the group and renames it.
    phone.replace(group, group_card("g-1", "Gold", ["p-3", "elsewhere-9"], version))
    assert laptop.run().ok
    assert [_tags(laptop, uid) for uid in ("p-1", "p-2", "p-3")] == [[], ["Prospect"], ["Gold"]]


def test_a_tag_deleted_here_deletes_the_group_there(memory_laptop: Laptop, phone: Phone,
                                                    memory: MemoryServer) -> None:
    laptop = memory_laptop
    group = _seed(phone, "3.0")
    assert laptop.run().ok
    laptop.services.tags.delete("Clients Gold")
    report = laptop.run()
    assert report.ok and report.collections[0].pushed_deleted == 1
    assert group not in memory.texts(BOOK) and laptop.services.contacts.count() == 3


def test_a_group_deleted_there_takes_its_tag_off_its_members(memory_laptop: Laptop, phone: Phone) -> None:
    laptop = memory_laptop
    group = _seed(phone, "4.0")
    laptop.run()
    laptop.services.tags.add("contact", "p-1", "Prospect")
    assert laptop.run().ok
    phone.delete(group)
    report = laptop.run()
    assert report.ok and report.collections[0].pulled_deleted == 1
    assert [_tags(laptop, uid) for uid in ("p-1", "p-2")] == [["Prospect"], []]
    assert [t.name for t in laptop.services.tags.list()] == ["Prospect"]  # the group's tag, used nowhere else, went


def test_members_added_on_both_sides_are_both_kept(memory_laptop: Laptop, phone: Phone) -> None:
    laptop = memory_laptop
    group = _seed(phone, "3.0")
    phone.put("p-4.vcf", vcard("p-4", "Edsger", "Example"))
    assert laptop.run().ok
    phone.replace(group, group_card("g-1", "Clients Gold", ["p-1", "p-2", "p-4", "elsewhere-9"]))
    laptop.services.tags.add("contact", "p-3", "Clients Gold")

    report = laptop.run()
    assert report.ok and laptop.sync.conflicts() == []
    assert members_of(phone.text(group)) == ["elsewhere-9", "p-1", "p-2", "p-3", "p-4"]
    assert sorted(uid for _kind, uid in laptop.services.tags.records("Clients Gold")) == ["p-1", "p-2", "p-3", "p-4"]


def test_a_member_deleted_here_leaves_the_group_and_the_group_stays(memory_laptop: Laptop, phone: Phone,
                                                                    memory: MemoryServer) -> None:
    """Deleting a person deletes that person's card only: the group stays for every other device."""
    laptop = memory_laptop
    group = _seed(phone, "4.0")
    assert laptop.run().ok
    laptop.services.contacts.delete("p-1")
    assert laptop.run().ok
    assert group in memory.texts(BOOK)
    assert members_of(phone.text(group)) == ["elsewhere-9", "p-2"]
    assert not any("UID:p-1" in t for t in memory.texts(BOOK).values())


def test_a_member_arriving_after_its_group_gets_the_tag(memory_laptop: Laptop, phone: Phone) -> None:
    laptop = memory_laptop
    _seed(phone, "3.0")
    assert laptop.run().ok
    phone.put("late.vcf", vcard("elsewhere-9", "Barbara", "Liskov"))
    assert laptop.run().ok
    assert _tags(laptop, "elsewhere-9") == ["Clients Gold"]


@BOTH_SERVERS
def test_groups_round_trip_through_a_real_server(laptop: Laptop, book: Book) -> None:
    laptop.store.activate()
    uids = [laptop.services.contacts.create(ContactData(given=g, family="Example")).value.uid
            for g in ("Ada", "Grace")]
    assert laptop.run().ok
    group = book.put("group.vcf", group_card("g-9", "Board", [uids[0]]))
    assert laptop.run().ok
    assert laptop.services.tags.of("contact", uids[0]) == ["Board"]

    laptop.services.tags.add("contact", uids[1], "Board")
    report = laptop.run()
    assert report.ok, report.as_dict()
    assert members_of(book.cards()[group]) == sorted(uids)
    report = laptop.run()
    assert report.ok and all(c.pulled_changed == 0 and c.pushed_changed == 0 for c in report.collections)


def test_a_group_renamed_on_both_sides_is_a_conflict_shown_with_its_members_names(memory_laptop: Laptop,
                                                                                  phone: Phone) -> None:
    from ui.sync.conflicts_dialog import read_entries

    laptop = memory_laptop
    group = _seed(phone, "3.0")
    assert laptop.run().ok
    phone.replace(group, group_card("g-1", "Gold (phone)", ["p-1", "p-2", "elsewhere-9"]))
    laptop.services.tags.rename("Clients Gold", "Gold (laptop)")

    report = laptop.run()
    assert report.collections[0].conflicts == 1
    [entry] = read_entries(laptop.services, laptop.sync.conflicts())
    assert entry.conflict.record_kind == "group"
    assert {entry.mine["name"], entry.theirs["name"]} == {"Gold (laptop)", "Gold (phone)"}
    assert sorted(entry.theirs["members"]) == ["Ada Example", "Grace Example", "elsewhere-9"]


def test_a_group_new_here_joins_the_tag_of_its_name_and_takes_it_off_nobody(memory_laptop: Laptop,
                                                                             phone: Phone) -> None:
    """A tag "Clients Gold" on a contact here, and the phone's group of that name: one tag, the union — the
    contact tagged here joins the group on the push; nobody loses the tag."""
    laptop = memory_laptop
    for uid, given in (("p-1", "Ada"), ("p-2", "Grace"), ("p-3", "Alan")):
        phone.put(f"{uid}.vcf", vcard(uid, given, "Example"))
    assert laptop.run().ok
    laptop.services.tags.add("contact", "p-3", "Clients Gold")
    group = phone.put("g-1.vcf", group_card("g-1", "Clients Gold", ["p-1"]))
    assert laptop.run().ok
    assert [_tags(laptop, uid) for uid in ("p-1", "p-2", "p-3")] == [["Clients Gold"], [], ["Clients Gold"]]
    assert members_of(phone.text(group)) == ["p-1", "p-3"]


def test_two_groups_of_one_name_are_two_tags(memory_laptop: Laptop, phone: Phone) -> None:
    """Two address books' "Family" (here two cards of one book) never share a tag, and so never take each
    other's members."""
    laptop = memory_laptop
    phone.put("p-1.vcf", vcard("p-1", "Ada", "Example"))
    phone.put("p-2.vcf", vcard("p-2", "Grace", "Example"))
    first = phone.put("g-1.vcf", group_card("g-1", "Family", ["p-1"]))
    second = phone.put("g-2.vcf", group_card("g-2", "Family", ["p-2"]))
    assert laptop.run().ok and laptop.run().ok
    assert sorted(_tags(laptop, "p-1") + _tags(laptop, "p-2")) == ["Family", "Family (2)"]
    assert (members_of(phone.text(first)), members_of(phone.text(second))) == (["p-1"], ["p-2"])


def test_a_group_deleted_there_leaves_its_tag_on_what_else_has_it(memory_laptop: Laptop, phone: Phone) -> None:
    laptop = memory_laptop
    group = _seed(phone, "3.0")
    assert laptop.run().ok
    account = laptop.services.accounts.create(AccountData(name="Acme")).value.uid
    laptop.services.tags.add("account", account, "Clients Gold")
    laptop.services.contacts.delete("p-2")  # in the Trash, with its tag
    assert laptop.run().ok
    phone.delete(group)
    assert laptop.run().ok
    assert _tags(laptop, "p-1") == [] and laptop.services.tags.of("account", account) == ["Clients Gold"]
    assert [t.name for t in laptop.services.tags.list()] == ["Clients Gold"]


def test_keeping_this_sides_group_in_a_conflict_sends_it_up(memory_laptop: Laptop, phone: Phone) -> None:
    laptop = memory_laptop
    group = _seed(phone, "3.0")
    assert laptop.run().ok
    phone.replace(group, group_card("g-1", "Gold (phone)", ["p-1", "p-2", "elsewhere-9"]))
    laptop.services.tags.rename("Clients Gold", "Gold (laptop)")
    assert laptop.run().collections[0].conflicts == 1
    [conflict] = laptop.sync.conflicts()
    laptop.sync.resolve(conflict.record_uid, keep="local")
    assert laptop.run().ok
    assert "\nFN:Gold (laptop)\n" in phone.text(group)
    assert laptop.sync.conflicts() == []


def test_a_member_whose_uid_is_a_urn_is_a_member(memory_laptop: Laptop, phone: Phone) -> None:
    """RFC 6350's own example: UID:urn:uuid:…, and MEMBER:urn:uuid:… naming it."""
    laptop = memory_laptop
    phone.put("p.vcf", vcard("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1", "Ada", "Example"))
    group = phone.put("g.vcf", group_card("g-1", "Board", ["4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"], "4.0"))
    assert laptop.run().ok
    assert _tags(laptop, "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1") == ["Board"]
    laptop.services.tags.rename("Board", "The board")
    assert laptop.run().ok
    assert members_of(phone.text(group)) == ["4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"]


def test_groups_an_older_rapport_turned_down_arrive_after_the_upgrade(memory_laptop: Laptop, phone: Phone) -> None:
    """Before schema 19 a group card was an error and the sync-token moved past it: the migration has each
    address book listed in full once, and the group arrives."""
    from db.migrations import migrate

    laptop = memory_laptop
    _seed(phone, "3.0")
    assert laptop.run().ok
    db = laptop.store.database
    db.execute_sql("DELETE FROM sync_item WHERE record_kind = 'group'")  # as the older Rapport left it
    db.execute_sql("DROP TABLE contact_group")
    db.execute_sql("DELETE FROM tagging")
    db.execute_sql("ALTER TABLE custom_field DROP COLUMN removed_at")  # (schemas 20 and 21, after it)
    db.execute_sql("ALTER TABLE sync_collection DROP COLUMN lastmod_follows")
    db.execute_sql("DROP TABLE mail_message")
    db.execute_sql("DROP TABLE mail_folder")
    db.execute_sql("DROP TABLE mail_account")
    db.execute_sql("DROP TABLE account_mail_domain")
    for table in ("contact_file", "account_file", "deal_file", "file_content", "crm_setting", "exchange_rate",
                  "segment"):
        db.execute_sql(f"DROP TABLE {table}")
    db.execute_sql("DROP INDEX activity_live_time_kind_day_owner")  # (schema 30)
    db.execute_sql("ALTER TABLE activity DROP COLUMN owner")
    db.execute_sql("DROP TABLE lead")  # (schema 31; its link tables are made anew)
    for index in ("deal_open_order", "deal_open_money", "task_open_due",  # (schema 32)
                  "activity_calendar", "activity_meeting_end", "task_calendar"):  # (schema 33)
        db.execute_sql(f"DROP INDEX {index}")
    db.execute_sql("DROP TABLE search_index_by_name")  # (schema 36)
    db.execute_sql("DROP TABLE search_index_by_name_entry")
    db.execute_sql("PRAGMA user_version = 18")
    assert migrate(db) == [19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36]
    report = laptop.run()
    assert report.ok and report.collections[0].full_listing is False
    assert _tags(laptop, "p-1") == ["Clients Gold"]


def test_a_private_contact_is_never_listed_in_the_offices_group_and_keeps_its_tag(
        memory_laptop: Laptop, phone: Phone) -> None:
    """A contact made private leaves the office's group card (the card would name it to every colleague)
    but keeps the tag here; a change of the group on a phone does not take the tag off it; shared again,
    it is listed again. Nothing goes up twice."""
    laptop = memory_laptop
    group = _seed(phone, "3.0")
    assert laptop.run().ok
    laptop.services.privacy.set_private("contact", "p-1", True)
    report = laptop.run()
    assert report.ok, report.as_dict()
    assert members_of(phone.text(group)) == ["elsewhere-9", "p-2"]
    assert "\nUID:p-1\n" not in "".join(unfolded(t) for t in phone.server.texts(BOOK).values())
    assert _tags(laptop, "p-1") == ["Clients Gold"]
    assert all(c.pushed_changed == 0 and c.pushed_new == 0 for c in laptop.run().collections)  # settled

    phone.replace(group, group_card("g-1", "Clients Gold", ["p-2", "p-3", "elsewhere-9"]))
    assert laptop.run().ok
    assert [_tags(laptop, uid) for uid in ("p-1", "p-2", "p-3")] == [["Clients Gold"]] * 3
    assert members_of(phone.text(group)) == ["elsewhere-9", "p-2", "p-3"]
    assert all(c.pushed_changed == 0 for c in laptop.run().collections)

    laptop.services.privacy.set_private("contact", "p-1", False)
    assert laptop.run().ok
    assert members_of(phone.text(group)) == ["elsewhere-9", "p-1", "p-2", "p-3"]
    assert all(c.pushed_changed == 0 and c.pushed_new == 0 for c in laptop.run().collections)
