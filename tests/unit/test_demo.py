"""The sample CRM at the sizes the benchmarks ask for (issue 16: up to 1,000,000 contacts)."""

from __future__ import annotations

from app import demo
from app.clock import FakeClock
from app.store import Store
from app.unit_of_work import Origin


def test_more_accounts_than_company_names_still_get_distinct_names(store: Store, clock: FakeClock) -> None:
    """A million contacts have 50,000 accounts; the name parts make some 15,000 names with a city each.
    The rest are numbered branches ("Nordwind Logistik GmbH Berlin 2"): the demo ends, every name its own."""
    builder = demo._Builder(store, clock, 2026)
    count = 16_000
    with builder.writer.write("Make sample data", Origin.SYSTEM):
        made = demo._accounts(builder, count, lambda stage, done, total: None)
    assert len(made) == count
    names = [name for _, name, _ in made]
    assert len(set(names)) == count
    assert store.database.execute_sql("SELECT count(DISTINCT name) FROM account").fetchone()[0] == count
    assert any(name.split()[-1].isdigit() for name in names)
