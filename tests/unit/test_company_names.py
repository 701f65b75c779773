"""Company names as people mean them: the key, completion and near-duplicates, over a real store."""

from __future__ import annotations

import pytest

from app.accounts import AccountData
from app.company_names import company_key
from app.services import Services


@pytest.mark.parametrize(("name", "key"), [
    ("ACME Foods, Inc.", "acme foods"),
    ("Acme Foods", "acme foods"),
    ("Acme Foods GmbH", "acme foods"),
    ("ООО «Ромашка»", "ромашка"),
    ("Ромашка, АО", "ромашка"),
    ("北京天元有限公司", "北京天元"),
    ("Smith & Sons Ltd", "smith sons"),
    ("Société Générale SA", "societe generale"),
    ("The Company", "the company"),  # nothing but legal words: the name itself, not nothing
])
def test_company_key_drops_case_accents_punctuation_and_legal_form(name: str, key: str) -> None:
    assert company_key(name) == key


@pytest.fixture
def named(services: Services) -> Services:
    for name in ("Acme Foods Inc.", "Acme Logistics", "Globex", "ООО «Ромашка»", "北京天元有限公司",
                 "Initech"):
        services.accounts.create(AccountData(name=name))
    services.accounts.delete(services.accounts.find_by_name("Initech").uid)  # type: ignore[union-attr]
    return services


def test_exact_match_ignores_case_and_spacing_and_skips_the_trash(named: Services) -> None:
    names = named.queries.account_names()
    found = names.exact("  acme   FOODS inc. ")
    assert found is not None and found.name == "Acme Foods Inc."
    assert names.exact("Initech") is None
    assert len(names) == 5


def test_completion_prefix_first_then_contained_then_fuzzy(named: Services) -> None:
    names = named.queries.account_names()
    assert [a.name for a in names.complete("acme")] == ["Acme Foods Inc.", "Acme Logistics"]
    assert [a.name for a in names.complete("logis")] == ["Acme Logistics"]
    assert "Acme Foods Inc." in [a.name for a in names.complete("acme food gmbh")]  # another legal form
    assert [a.name for a in names.complete("ромашк")] == ["ООО «Ромашка»"]
    assert [a.name for a in names.complete("天元")] == ["北京天元有限公司"]
    assert names.complete("   ") == []
    assert "Initech" not in [a.name for a in names.complete("init")]


def test_near_duplicates_named_before_an_account_is_made(named: Services) -> None:
    names = named.queries.account_names()
    assert [a.name for a in names.near_duplicates("Acme Foods")] == ["Acme Foods Inc."]
    assert [a.name for a in names.near_duplicates("ACME Food, LLC")] == ["Acme Foods Inc."]
    assert [a.name for a in names.near_duplicates("Ромашка")] == ["ООО «Ромашка»"]
    assert [a.name for a in names.near_duplicates("北京天元")] == ["北京天元有限公司"]
    # The same name is the account itself, not a duplicate; a merely related name is not asked about.
    assert names.near_duplicates("acme foods inc.") == []
    assert names.near_duplicates("Acme") == []
    assert names.near_duplicates("Globex Aerospace") == []
    assert names.near_duplicates("") == []
