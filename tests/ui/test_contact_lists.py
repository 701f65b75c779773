"""The Contacts and Accounts lists: their SQL queries, their Qt models, and the window driving them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import demo
from app.clock import FakeClock
from app.contact_list import AccountListQuery, ContactListQuery, ListQuery
from app.services import Services
from ui.main_window import ACCOUNTS, CONTACTS, MainWindow
from ui.models.accounts_model import AccountsModel
from ui.models.contacts_model import ContactsModel
from ui.models.record_list_model import PAGE_SIZE

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@pytest.fixture
def filled(services: Services, clock: FakeClock) -> Services:
    demo.fill(services.store, clock, contacts=500)
    return services



def _all(query: ListQuery, **kwargs: object) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    while True:
        page = query.page(len(rows), 200, **kwargs)  # type: ignore[arg-type]
        rows += page
        if len(page) < 200:
            return rows


def _nocase(value: str) -> str:
    """SQLite's NOCASE: ASCII letters folded, everything else compared by code point."""
    return value.translate(_ASCII_LOWER)


# --- the queries -----------------------------------------------------------------------------------


def test_count_and_pages_cover_every_contact_once(filled: Services) -> None:
    query = ContactListQuery(filled.store.database)
    assert query.count() == 500
    rows = _all(query)
    assert len(rows) == 500
    assert len({row[0] for row in rows}) == 500
    assert query.page(200, 50) == rows[200:250]
    ids = query.ids()
    assert len(ids) == 500
    assert query.rows(ids[300:320]) == rows[300:320]
    assert query.page(500, 50) == []


def test_a_row_holds_name_company_email_phone_city_and_date(filled: Services) -> None:
    query = ContactListQuery(filled.store.database)
    row = query.page(0, 1)[0]
    record = filled.contacts.get(row[0])
    data = record.data
    assert row[1] == record.display_name
    assert row[2] == (data.accounts[0].name if data.accounts else "")
    assert row[3] == (data.emails[0].value if data.emails else "")
    assert row[4] == (data.phones[0].value if data.phones else "")
    assert row[5] == (data.addresses[0].locality if data.addresses else "")
    assert row[6].startswith(("2023", "2024", "2025", "2026"))


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", ["name", "company", "email", "phone", "city", "updated"])
def test_contacts_sort_by_each_column_both_ways(filled: Services, column: str, descending: bool) -> None:
    query = ContactListQuery(filled.store.database)
    position = 1 + list(query.sort_columns).index(column)
    values = [row[position] for row in _all(query, sort_column=column, descending=descending)]
    assert len(values) == 500
    if column in ("name", "updated"):
        expected = sorted(values, key=_nocase, reverse=descending)
    else:  # empty values last in either direction
        filled_in = sorted((v for v in values if v), key=_nocase, reverse=descending)
        expected = filled_in + [v for v in values if not v]
    assert values == expected
    if column not in ("name", "updated"):
        assert values[0], "a sorted column starts with a value"


@pytest.mark.parametrize("column", ["name", "industry", "website", "phone", "city", "updated"])
def test_accounts_sort_by_each_column(filled: Services, column: str) -> None:
    query = AccountListQuery(filled.store.database)
    position = 1 + list(query.sort_columns).index(column)
    for descending in (False, True):
        values = [row[position] for row in _all(query, sort_column=column, descending=descending)]
        assert len(values) == query.count() == 25
        non_empty = [v for v in values if v]
        assert non_empty == sorted(non_empty, key=_nocase, reverse=descending)


def test_sorting_by_an_unknown_column_is_refused(filled: Services) -> None:
    with pytest.raises(ValueError, match="cannot sort by"):
        ContactListQuery(filled.store.database).page(0, 10, "birthday")


@pytest.mark.parametrize("text", ["Иван", "иван", "Ива", "王", "smith"])
def test_filter_matches_names_in_every_script(filled: Services, text: str) -> None:
    query = ContactListQuery(filled.store.database)
    rows = _all(query, filter_text=text)
    assert rows, text
    assert query.count(text) == len(rows)
    assert all(text.casefold() in row[1].casefold() for row in rows), [r[1] for r in rows]


def test_filter_finds_a_contact_by_company_email_and_city(filled: Services) -> None:
    query = ContactListQuery(filled.store.database)
    row = next(r for r in query.page(0, 200) if r[2] and r[5])
    for text in (row[2].split()[0], row[3].split("@")[0], row[5]):
        assert row[0] in {r[0] for r in _all(query, filter_text=text)}, text


def test_a_single_letter_filters_by_the_start_of_a_word_of_the_name(filled: Services) -> None:
    query = ContactListQuery(filled.store.database)
    for letter in ("и", "S", "s"):
        rows = _all(query, filter_text=letter)
        assert rows
        assert all(any(w.casefold().startswith(letter.casefold()) for w in r[1].split()) for r in rows)
    assert _all(query, filter_text="%") == []


def test_filter_with_no_match_or_only_punctuation_lists_nothing(filled: Services) -> None:
    query = ContactListQuery(filled.store.database)
    assert query.count("zzzqqq") == 0
    assert query.count("!!") == 0
    assert query.page(0, 10, filter_text="zzzqqq") == []


def test_tag_filter_lists_the_tagged_records(filled: Services) -> None:
    db = filled.store.database
    expected = {uid for (uid,) in db.execute_sql(
        "SELECT c.uid FROM contact c JOIN tagging g ON g.record_id = c.id AND g.record_kind = 'contact'"
        " JOIN tag t ON t.id = g.tag_id WHERE t.name = 'Newsletter'")}
    assert expected
    query = ContactListQuery(db)
    assert {r[0] for r in _all(query, tag="newsletter")} == expected
    assert query.count(tag="Newsletter") == len(expected)
    assert query.count(tag="No such tag") == 0
    accounts = AccountListQuery(db)
    assert accounts.count(tag="VIP") == len(_all(accounts, tag="VIP")) > 0


def test_deleted_contacts_are_not_listed(filled: Services) -> None:
    query = ContactListQuery(filled.store.database)
    first = query.page(0, 1)[0]
    filled.contacts.delete(first[0])
    assert query.count() == 499
    assert first[0] not in {r[0] for r in _all(query)}


# --- the models ------------------------------------------------------------------------------------


def test_contacts_model_passes_the_model_tester(qtmodeltester, filled: Services) -> None:  # type: ignore[no-untyped-def]
    model = ContactsModel(ContactListQuery(filled.store.database))
    assert model.rowCount() == 500
    qtmodeltester.check(model)
    model.sort(ContactsModel.COMPANY, Qt.SortOrder.DescendingOrder)
    model.set_filter("Иван")
    assert 0 < model.rowCount() < 500
    qtmodeltester.check(model)


def test_accounts_model_passes_the_model_tester(qtmodeltester, filled: Services) -> None:  # type: ignore[no-untyped-def]
    model = AccountsModel(AccountListQuery(filled.store.database))
    assert model.rowCount() == 25
    qtmodeltester.check(model)


def test_an_empty_model_passes_the_model_tester(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    model = ContactsModel(ContactListQuery(services.store.database))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_model_reads_pages_past_the_first_in_sort_order(filled: Services) -> None:
    query = ContactListQuery(filled.store.database)
    model = ContactsModel(query)
    model.sort(ContactsModel.CITY, Qt.SortOrder.AscendingOrder)
    expected = _all(query, sort_column="city")
    for row in (0, PAGE_SIZE - 1, PAGE_SIZE, 2 * PAGE_SIZE + 7, 499):
        assert model.uid(row) == expected[row][0]
        assert model.index(row, 0).data(ContactsModel.UidRole) == expected[row][0]
        assert model.index(row, ContactsModel.CITY).data() == expected[row][5]
    assert model.uid(500) is None


def test_sorting_and_filtering_reset_the_model(qtbot: QtBot, filled: Services) -> None:
    model = ContactsModel(ContactListQuery(filled.store.database))
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.sort(ContactsModel.NAME, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_filter("smith")
    assert all("smith" in model.index(r, 0).data().lower() for r in range(model.rowCount()))


# --- the window ------------------------------------------------------------------------------------


def _window(qtbot: QtBot, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(800, 560)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shot(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Save a screenshot once pending layout requests have run (the status bar lays out late)."""
    qtbot.wait(20)
    window.grab().save(str(path))


def _click_section(qtbot: QtBot, window: MainWindow, row: int) -> None:
    item = window.sidebar.item(row)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_contacts_list_filters_and_sorts_in_the_window(qtbot: QtBot, filled: Services, settings: QSettings,
                                                       artifacts: Path) -> None:
    window = _window(qtbot, filled, settings)
    qtbot.waitUntil(lambda: "500 contacts" in window.statusBar().currentMessage(), timeout=2000)
    _click_section(qtbot, window, CONTACTS)
    view = window.contacts_view
    assert window.sections.currentWidget() is window.contacts_section and window.contacts_section.list_view is view
    assert view.model.rowCount() == 500
    assert view.stack.currentWidget() is view.table
    assert "500 contacts" in window.statusBar().currentMessage()  # not wiped by the sidebar's status tips
    _shot(qtbot, window, artifacts / "contacts_list.png")

    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(ContactsModel.COMPANY) + header.sectionSize(ContactsModel.COMPANY) // 2
    with qtbot.waitSignal(view.model.modelReset, timeout=2000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    companies = [view.model.index(r, ContactsModel.COMPANY).data() for r in range(30)]
    assert companies == sorted(companies, key=_nocase) and companies[0]
    _shot(qtbot, window, artifacts / "contacts_list_by_company.png")

    qtbot.keyClicks(view.filter_field, "smith")
    qtbot.waitUntil(lambda: 0 < view.model.rowCount() < 500, timeout=2000)
    assert all("smith" in view.model.index(r, 0).data().casefold() for r in range(view.model.rowCount()))

    view.filter_field.clear()
    view.filter_field.insert("Иван")  # as an input method enters it; QTest types ASCII only
    qtbot.waitUntil(lambda: view.model.filter_text == "Иван", timeout=2000)
    assert 0 < view.model.rowCount() < 500
    assert all("иван" in view.model.index(r, 0).data().casefold() for r in range(view.model.rowCount()))
    _shot(qtbot, window, artifacts / "contacts_list_filtered.png")

    view.filter_field.clear()
    qtbot.keyClicks(view.filter_field, "zzzqqq")
    qtbot.waitUntil(lambda: view.showing_message, timeout=2000)
    assert "No contacts match “zzzqqq”" in view.message.text()
    assert view.clear_button.isVisibleTo(view)
    _shot(qtbot, window, artifacts / "contacts_list_no_match.png")
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    # The first page at once; the other 300 join when the count comes back from the window's read pool.
    qtbot.waitUntil(lambda: view.model.rowCount() == 500, timeout=3000)
    assert view.model.counted
    assert not view.showing_message


def test_a_full_first_page_is_listed_before_the_list_is_counted(filled: Services, qtbot: QtBot) -> None:
    """Counting a million names for a one-letter filter took 0.2-0.3 s and its first page a few ms: a list
    with a counter lists the page, and the rows after it join when the count comes back; a count that comes
    back after the filter changed again is dropped; a short first page is its own count."""
    asked: list[tuple[Callable[[], object], Callable[[object], None]]] = []
    model = ContactsModel(ContactListQuery(filled.store.database))
    model.count_with(lambda count, done: asked.append((count, done)))
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.reload()
    assert (model.rowCount(), model.counted, len(asked)) == (PAGE_SIZE, False, 1)
    assert model.uid(PAGE_SIZE - 1) is not None
    model.set_filter("smith")  # fewer than a page: counted by the page itself, nothing asked
    smiths = model.rowCount()
    assert model.counted and 0 < smiths < PAGE_SIZE and len(asked) == 1
    count, done = asked[0]
    done(count())  # the whole list's count, come back too late
    assert model.rowCount() == smiths and inserted == []
    model.set_filter("")
    count, done = asked[1]
    done(count())
    assert model.counted and model.rowCount() == 500 and inserted == [(PAGE_SIZE, 499)]
    assert model.row_of(model.uid(499) or "") == 499


def test_ctrl_digits_switch_sections(qtbot: QtBot, filled: Services, settings: QSettings, artifacts: Path) -> None:
    window = _window(qtbot, filled, settings)
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.sections.currentWidget() is window.accounts_section
    assert window.sidebar.currentRow() == ACCOUNTS
    assert window.accounts_view.model.rowCount() == 25
    _shot(qtbot, window, artifacts / "accounts_list.png")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.sections.currentWidget() is window.contacts_section
    qtbot.waitUntil(window.contacts_view.table.hasFocus, timeout=1000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.contacts_view.filter_field.hasFocus, timeout=1000)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.sections.currentIndex() == 0
    qtbot.waitUntil(window.search_field.hasFocus, timeout=1000)


def test_empty_lists_say_so_without_dead_buttons(qtbot: QtBot, services: Services, settings: QSettings,
                                                 artifacts: Path) -> None:
    window = _window(qtbot, services, settings)
    window.show_section(CONTACTS)
    view = window.contacts_view
    assert view.showing_message
    assert "No contacts yet" in view.message.text()
    assert not view.clear_button.isVisibleTo(view)
    assert not view.filter_field.isEnabled()
    _shot(qtbot, window, artifacts / "contacts_list_empty.png")
    window.show_section(ACCOUNTS)
    assert "No accounts yet" in window.accounts_view.message.text()


def test_splitter_section_and_column_widths_are_remembered(qtbot: QtBot, filled: Services,
                                                           settings: QSettings) -> None:
    window = _window(qtbot, filled, settings)
    window.show_section(CONTACTS)
    window.splitter.setSizes([230, 570])
    sidebar_width = window.splitter.sizes()[0]
    header = window.contacts_view.table.horizontalHeader()
    header.resizeSection(ContactsModel.EMAIL, 333)
    header.setSortIndicator(ContactsModel.CITY, Qt.SortOrder.DescendingOrder)
    window.close()

    again = _window(qtbot, filled, settings)
    assert again.sections.currentWidget() is again.contacts_section
    assert again.splitter.sizes()[0] == sidebar_width
    again_header = again.contacts_view.table.horizontalHeader()
    assert again_header.sectionSize(ContactsModel.EMAIL) == 333
    assert again_header.sortIndicatorSection() == ContactsModel.CITY
    cities = [again.contacts_view.model.index(r, ContactsModel.CITY).data() for r in range(20)]
    assert cities == sorted(cities, key=_nocase, reverse=True)
    assert QApplication.instance() is not None


@pytest.mark.parametrize("column", ["company", "email", "phone", "city"])
def test_sorting_without_a_filter_agrees_with_the_general_query(services: Services, column: str) -> None:
    """Unfiltered sorts by company, e-mail, phone or city walk an index (fast first page); they must
    list exactly what the general query lists: empty values and deleted companies last, in id order,
    ties between equal values (whatever their case) by id."""
    from app.accounts import AccountData
    from app.contact_list import ListQuery
    from app.contacts import AccountLink, Address, ContactData, Email, Phone

    accounts = {name: services.accounts.create(AccountData(name=name)).value.uid
                for name in ("beta", "Alpha", "alpha ", "Gone")}
    values = ["beta", "Alpha", None, "Gone", "alpha ", "beta", None, "Alpha"]
    for index, company in enumerate(values):
        links = (AccountLink(accounts[company]),) if company else ()
        word = (company or "").strip().lower()
        services.contacts.create(ContactData(
            given=f"P{index}", accounts=links,
            emails=(Email(f"{word}@x.example"), Email("second@x.example")) if company else (),
            phones=(Phone(f"+1 555 010{len(word)}"),) if company else (),
            addresses=(Address(locality=(company or "").title()),) if company else (),
        ))
    services.accounts.delete(accounts["Gone"])
    query = ContactListQuery(services.store.database)
    for descending in (False, True):
        general = ListQuery._ordered_ids(query, column, descending, "", "", -1, 0)
        fast = query.ids(column, descending)
        assert fast == general
        assert query.page(2, 3, column, descending) == query.rows(general[2:5])


@pytest.mark.parametrize("text", ["an", "mar", "company", "+49", "Иван", "smith", "p", "и", "5", "李"])
def test_a_filter_counts_and_pages_alike_from_the_lists_index_and_the_plain_join(
    filled: Services, text: str
) -> None:
    """Counts come from the lists' index alone and a page of matches by name from its order (db/list_order.py):
    both must agree with the plain join sorted whole, for contacts and accounts, also after a delete."""
    filled.contacts.delete(filled.contacts.list(limit=1)[0].uid)
    for query in (ContactListQuery(filled.store.database), AccountListQuery(filled.store.database)):
        where, params = query._where(text, "")
        joined = filled.store.database.execute_sql(
            f"SELECT count(*) FROM {query.table} r WHERE {where}", params).fetchone()[0]
        assert query.count(text) == joined
        for descending in (False, True):
            every = query.ids("name", descending, text)  # (all of them: the plain join, sorted whole)
            assert len(every) == joined
            for offset, limit in ((0, 50), (0, 1), (3, 7), (40, 200)):
                assert query.page(offset, limit, "name", descending, text) == query.rows(
                    every[offset : offset + limit])
