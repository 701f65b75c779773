"""Custom fields as list columns (issue 18, point 1): shown, sorted and filtered in SQL, in the contacts' and
accounts' lists; amounts by their value, a linked record by its name, an empty value last either way."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.accounts import AccountData
from app.contact_list import ContactListQuery
from app.contacts import ContactData
from app.services import Services


@pytest.fixture
def listed(services: Services) -> tuple[ContactListQuery, dict[str, str]]:
    fields = services.custom_fields
    fields.define("contact", "budget", "Budget", "money")
    fields.define("contact", "seats", "Seats", "number")
    fields.define("contact", "sectors", "Sectors", "multichoice", ("Retail", "Oil, gas"))
    fields.define("contact", "parent", "Parent", "account")
    acme = services.accounts.create(AccountData(name="Acme")).value.uid
    zenith = services.accounts.create(AccountData(name="Zenith")).value.uid
    uids = {}
    for given, budget, seats, sectors, parent in (("Ann", "900 EUR", "9", "Retail", zenith),
                                                 ("Bob", "12000 EUR", "120", "Oil, gas, Retail", acme),
                                                 ("Cleo", "", "45", "", ""), ("Dan", "1000.50 EUR", "", "", acme)):
        uid = services.contacts.create(ContactData(given=given)).value.uid
        uids[given] = uid
        for key, value in (("budget", budget), ("seats", seats), ("sectors", sectors), ("parent", parent)):
            if value:
                fields.set("contact", uid, key, value)
    query = services.queries.contact_list()
    ids = query.field_ids(["budget", "seats", "sectors", "parent"])
    query.set_custom([(ids["budget"], "budget", "money"), (ids["seats"], "seats", "number"),
                      (ids["sectors"], "sectors", "multichoice"), (ids["parent"], "parent", "account")])
    return query, uids


def _names(query: ContactListQuery, sort: str = "name", descending: bool = False) -> list[str]:
    return [row[1] for row in query.page(0, 50, sort, descending)]


def test_custom_columns_are_shown_and_sorted_by_value(listed: tuple[ContactListQuery, dict[str, str]]) -> None:
    query, _uids = listed
    bob = next(r for r in query.page(0, 50) if r[1] == "Bob")
    assert bob[-4:] == ("12000.00 EUR", "120", "Retail, Oil, gas", "Acme")  # choices in their order
    assert _names(query, "custom:budget") == ["Ann", "Dan", "Bob", "Cleo"]  # 900 < 1000.50 < 12000; none last
    assert _names(query, "custom:budget", descending=True) == ["Bob", "Dan", "Ann", "Cleo"]
    assert _names(query, "custom:seats") == ["Ann", "Cleo", "Bob", "Dan"]  # 9 < 45 < 120, not as text
    assert _names(query, "custom:parent") == ["Bob", "Dan", "Ann", "Cleo"]  # Acme, Acme, Zenith
    assert query.ids("custom:seats") == [query.id_of(u) for u in (_uids["Ann"], _uids["Cleo"], _uids["Bob"],
                                                                     _uids["Dan"])]


def test_conditions_filter_in_sql(listed: tuple[ContactListQuery, dict[str, str]]) -> None:
    query, _uids = listed
    for conditions, wanted in (
            ([("custom:budget", "more", "1000")], ["Bob", "Dan"]),
            ([("custom:budget", "less", "1000,5")], ["Ann"]),
            ([("custom:budget", "empty", "")], ["Cleo"]),
            ([("custom:seats", "is", "45")], ["Cleo"]),
            ([("custom:seats", "is_not", "45")], ["Ann", "Bob", "Dan"]),
            ([("custom:sectors", "contains", "retail")], ["Ann", "Bob"]),
            ([("custom:parent", "is", "acme")], ["Bob", "Dan"]),
            ([("custom:parent", "is", "acme"), ("custom:budget", "more", "5000")], ["Bob"]),
            ([("custom:seats", "more", "lots")], []),
            ([("custom:gone", "is", "x")], []),  # a field removed: nothing matches (never everything)
            ([("custom:budget", "more", "1,000")], ["Bob", "Dan"]),  # "1,000" is a thousand, as the field reads it
            ([("custom:budget", "is", "€1,000.50")], ["Dan"]),  # a cell's text copied
            ([("custom:budget", "is", "1000.50 USD")], []),  # the currency named is the currency compared
            ([("custom:budget", "is_not", "900 USD")], ["Ann", "Bob", "Cleo", "Dan"]),
            ([("custom:seats", "is", "1e1")], []), ([("custom:seats", "less", "1/2")], []),
            ([("name", "contains", "o")], ["Bob", "Cleo"])):
        query.set_conditions(conditions)
        assert _names(query) == wanted, conditions
        assert query.count() == len(wanted), conditions
    with pytest.raises(ValueError):
        query.set_conditions([("name", "like", "x")])


def test_the_deals_amount_is_compared_in_units_of_its_currency(services: Services) -> None:
    from app.deals import DealData

    stage = services.pipelines.default().stages[0].uid
    for title, amount, currency in (("Small", "50", "EUR"), ("Large", "5000", "EUR"), ("Yen", "9000", "JPY"),
                                    ("Dinar", "1500.500", "KWD")):
        services.deals.create(DealData(title=title, stage_uid=stage, amount=Decimal(amount), currency=currency))
    query = services.queries.deal_list()
    query.set_conditions([("amount", "more", "1000")])
    assert sorted(row[1] for row in query.page(0, 50)) == ["Dinar", "Large", "Yen"]  # not the cents of €50
    query.set_conditions([("amount", "less", "1000")])
    assert [row[1] for row in query.page(0, 50)] == ["Small"]


def test_conditions_fold_letter_case_in_every_script(services: Services) -> None:
    for given, family in (("Пётр", "Иванов"), ("Ann", "Lee"), ("李", "明")):
        services.contacts.create(ContactData(given=given, family=family))
    query = services.queries.contact_list()
    for conditions, wanted in (([("name", "contains", "пётр")], ["Пётр Иванов"]),
                               ([("name", "is", "ПЁТР ИВАНОВ")], ["Пётр Иванов"]),
                               ([("name", "contains", "ANN")], ["Ann Lee"]),
                               ([("name", "is_not", "ann lee")], ["Пётр Иванов", "明李"])):
        query.set_conditions(conditions)
        assert sorted(row[1] for row in query.page(0, 50)) == sorted(wanted), conditions
