"""Leads (issue 18, point 2): captured with their source, qualified in one step into a contact, an account and a
deal (or onto those there are) with their history, disqualified with a reason; every step undoable."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.accounts import AccountData
from app.activities import ActivityData
from app.clock import FakeClock
from app.contacts import ContactData, Email
from app.errors import ValidationError
from app.leads import LeadData, split_name
from app.links import Link
from app.services import Services
from app.tasks import TaskData
from tests.unit.test_cli import ok, rapport


def test_a_lead_is_captured_searched_and_checked(services: Services) -> None:
    lead = services.leads.create(LeadData(name="  Анна  Петрова ", company="Север ООО", email="anna@sever.example.org",
                                          phone="+7 495 123-45-67", source="Web form")).value
    assert (lead.data.name, lead.data.status, lead.closed_at) == ("Анна Петрова", "new", None)
    assert [hit.uid for hit in services.search.search("петрова")] == [lead.uid]
    assert [hit.uid for hit in services.search.search("1234567")] == [lead.uid]
    with pytest.raises(ValidationError) as refused:
        services.leads.create(LeadData(email="not an address", source="Fair"))
    assert {e.field for e in refused.value.errors} == {"name", "email"}
    with pytest.raises(ValidationError, match="qualif"):
        services.leads.update(lead.uid, status="qualified")
    assert services.leads.count(open_only=True) == 1


def test_qualifying_makes_contact_account_and_deal_with_the_history(services: Services, clock: FakeClock) -> None:
    clock.set(datetime(2026, 3, 2, 9))
    lead = services.leads.create(LeadData(name="Jane Roe", company="Roe Widgets", job_title="Buyer",
                                          email="jane@roe.example.com", source="Referral", notes="Wants 40 units",
                                          owner="Sam")).value
    call = services.activities.log(ActivityData(kind="call", subject="First call",
                                                links=(Link("lead", lead.uid),))).value
    task = services.tasks.create(TaskData(title="Send prices", links=(Link("lead", lead.uid),))).value
    services.leads.update(lead.uid, status="contacted")
    clock.set(datetime(2026, 3, 5, 9))
    done = services.leads.qualify(lead.uid).value
    assert done.made == ("account", "contact", "deal")
    contact = services.contacts.get(done.contact_uid or "")
    assert (contact.data.given, contact.data.family, contact.data.job_title) == ("Jane", "Roe", "Buyer")
    assert [e.value for e in contact.data.emails] == ["jane@roe.example.com"]
    assert [a.account_uid for a in contact.data.accounts] == [done.account_uid]
    assert services.accounts.get(done.account_uid or "").data.name == "Roe Widgets"
    deal = services.deals.get(done.deal_uid or "")
    assert (deal.data.title, deal.data.lead_source, deal.data.owner, deal.data.account_uid) == (
        "Roe Widgets", "Referral", "Sam", done.account_uid)
    assert deal.data.contact_uids == (done.contact_uid,)
    assert deal.data.notes == "Wants 40 units"
    # the history is on the new records, and still on the lead
    assert set(services.activities.get(call.uid).data.links) == {
        Link("lead", lead.uid), Link("contact", done.contact_uid or ""), Link("account", done.account_uid or ""),
        Link("deal", done.deal_uid or "")}
    assert Link("contact", done.contact_uid or "") in services.tasks.get(task.uid).data.links
    timeline = services.queries.timeline().page("contact", done.contact_uid or "").entries
    assert [e.title for e in timeline if e.kind == "call"] == ["First call"]
    assert [e.title for e in services.queries.timeline().page("lead", lead.uid).entries if e.kind == "call"] == [
        "First call"]
    qualified = services.leads.get(lead.uid)
    assert (qualified.data.status, qualified.closed_at) == ("qualified", datetime(2026, 3, 5, 9))
    assert (qualified.contact_uid, qualified.account_uid, qualified.deal_uid) == (
        done.contact_uid, done.account_uid, done.deal_uid)
    with pytest.raises(ValidationError, match="qualified already"):
        services.leads.qualify(lead.uid)
    # one step: undone, everything it made is gone and the lead is open again, its links as they were
    services.undo.undo()
    assert services.leads.get(lead.uid).data.status == "contacted"
    assert services.contacts.count() == 0 and services.accounts.count() == 0 and services.deals.count() == 0
    assert services.activities.get(call.uid).data.links == (Link("lead", lead.uid),)


def test_qualifying_finds_the_contact_and_account_there_are(services: Services) -> None:
    account = services.accounts.create(AccountData(name="ACME Foods, Inc.")).value
    contact = services.contacts.create(ContactData(given="Ivan", family="Orlov",
                                                   emails=(Email("Ivan@Acme.example.com"),))).value
    lead = services.leads.create(LeadData(name="Ivan Orlov", company="Acme Foods", email="ivan@acme.example.com",
                                          source="Fair")).value
    done = services.leads.qualify(lead.uid, make_deal=False).value
    assert (done.contact_uid, done.account_uid, done.made) == (contact.uid, account.uid, ())
    assert [a.account_uid for a in services.contacts.get(contact.uid).data.accounts] == [account.uid]
    assert services.contacts.count() == 1 and services.accounts.count() == 1 and services.deals.count() == 0


def test_a_company_alone_and_a_disqualified_lead(services: Services) -> None:
    company = services.leads.create(LeadData(company="北京科技有限公司", source="Web form")).value
    done = services.leads.qualify(company.uid).value
    assert done.contact_uid is None and done.made == ("account", "deal")
    assert services.deals.get(done.deal_uid or "").data.title == "北京科技有限公司"
    lead = services.leads.create(LeadData(name="王伟", source="Cold call")).value
    with pytest.raises(ValidationError, match="say why"):
        services.leads.disqualify(lead.uid, "  ")
    services.leads.disqualify(lead.uid, "No budget")
    gone = services.leads.get(lead.uid)
    assert (gone.data.status, gone.data.reason) == ("disqualified", "No budget") and gone.closed_at is not None
    services.leads.update(lead.uid, status="contacted")  # worked on again
    assert (services.leads.get(lead.uid).data.reason, services.leads.get(lead.uid).closed_at) == ("", None)
    assert split_name("王伟") == ("伟", "王") and split_name("Mary Ann Lee") == ("Mary Ann", "Lee")


def test_a_lead_in_the_trash_and_back(services: Services) -> None:
    lead = services.leads.create(LeadData(name="Tom", source="Fair")).value
    services.leads.delete(lead.uid)
    assert services.leads.count() == 0 and [t.uid for t in services.leads.trash()] == [lead.uid]
    assert services.search.search("Tom") == []
    services.leads.restore(lead.uid)
    assert services.leads.count() == 1
    services.undo.undo()
    assert services.leads.count() == 0


FORM = (
    "Submitted,Your name,Company,E-mail,Phone,Budget,Message\n"
    "2026-03-01,Anna Petrova,Sever LLC,anna@sever.example.org,+7 495 123-45-67,5000,Call me after 3\n"
    "2026-03-01,王伟,北京科技,wang@bj.example.cn,,,\n"
    "2026-03-02,,,,,,\n"
    "2026-03-02,Bad Mail,,not-an-address,,,\n"
    '2026-03-03,"Olga, Ltd",,olga@example.com,,,"Two\nlines"\n'
)


def test_a_web_forms_csv_imported_every_night_makes_each_lead_once(services: Services, tmp_path: Path) -> None:
    from app.lead_import import import_leads

    first = import_leads(services, FORM.encode("utf-8"), default_source="Web form")
    assert len(first.made) == 3 and first.known == []
    assert [r.split(":")[0] for r in first.refused] == ["record 3 (line 4)", "record 4 (line 5)"]
    assert "a name or a company" in first.refused[0] and "e-mail" in first.refused[1]
    anna = next(lead for lead in services.leads.list() if lead.data.name == "Anna Petrova")
    assert (anna.data.company, anna.data.source, anna.data.phone) == ("Sever LLC", "Web form", "+7 495 123-45-67")
    assert anna.data.notes == "Call me after 3\nSubmitted: 2026-03-01\nBudget: 5000"
    olga = next(lead for lead in services.leads.list() if lead.data.email == "olga@example.com")
    assert (olga.data.name, olga.data.notes) == ("Olga, Ltd", "Two\nlines\nSubmitted: 2026-03-03")
    again = import_leads(services, (FORM + "2026-03-04,New Person,,new@example.com,,,\n").encode("utf-8"))
    assert len(again.made) == 1 and [n for n, _ in again.known] == [1, 2, 5] and len(again.refused) == 2
    assert services.leads.count() == 4
    services.undo.undo()  # the second import is one step
    assert services.leads.count() == 3


def test_the_command_line_scripts_leads(tmp_path: Path) -> None:
    data = tmp_path / "data"
    form = tmp_path / "form.csv"
    form.write_text(FORM, encoding="utf-8")
    imported = rapport("lead", "import", str(form), "--source", "Web form", data_dir=data)
    assert imported.returncode == 1 and "3 new leads, 0 already leads, 2 refused" in imported.stdout
    assert "refused: record 4 (line 5)" in imported.stdout
    listed = ok(rapport("list", "lead", "--where", "source=web form", data_dir=data)).splitlines()
    assert len(listed) == 3
    uid = json.loads(ok(rapport("add", "lead", "--name", "Jane Roe", "--company", "Roe Widgets", "--source",
                                "Referral", "--json", data_dir=data)))["uid"]
    ok(rapport("update", "lead", uid, "--status", "contacted", data_dir=data))
    shown = json.loads(ok(rapport("show", "lead", uid, "--json", data_dir=data)))
    assert (shown["status"], shown["source"], shown["contact_uid"]) == ("contacted", "Referral", None)
    refused = rapport("update", "lead", uid, "--status", "qualified", data_dir=data)
    assert refused.returncode == 1 and "qualifying it" in refused.stderr
    done = json.loads(ok(rapport("lead", "qualify", uid, "--amount", "4000", "--currency", "EUR", "--json",
                                 data_dir=data)))
    assert done["made"] == ["account", "contact", "deal"]
    deal = json.loads(ok(rapport("show", "deal", done["deal"], "--json", data_dir=data)))
    assert (deal["title"], deal["amount"], deal["lead_source"]) == ("Roe Widgets", "4000.00", "Referral")
    ok(rapport("move", done["deal"], "won", data_dir=data))
    other = listed[0].split("\t")[0]
    out = ok(rapport("lead", "disqualify", other, "--reason", "No budget", data_dir=data))
    assert out.strip().endswith("disqualified\tNo budget")
    report = json.loads(ok(rapport("report", "leads", "--json", data_dir=data)))
    rows = {r["key"]: r for r in report["rows"]}
    assert (rows["Web form"]["captured"], rows["Web form"]["disqualified"], rows["Web form"]["still_open"]) == (3, 1, 2)
    assert (rows["Referral"]["qualified"], rows["Referral"]["won"], rows["Referral"]["won_amounts"]) == (
        1, 1, {"EUR": 400000})
    ok(rapport("delete", "lead", other, data_dir=data))
    assert len(ok(rapport("list", "lead", data_dir=data)).splitlines()) == 3
    ok(rapport("undo", data_dir=data))
    assert len(ok(rapport("list", "lead", data_dir=data)).splitlines()) == 4
    unreadable = tmp_path / "empty.csv"
    unreadable.write_text("", encoding="utf-8")
    assert rapport("lead", "import", str(unreadable), data_dir=data).returncode == 2
    missing = rapport("lead", "import", str(tmp_path / "gone.csv"), "--json", data_dir=data)
    assert missing.returncode == 2 and "gone.csv" in json.loads(missing.stdout)["unreadable"]


def test_the_leads_report_by_source_and_month(services: Services, clock: FakeClock) -> None:
    from datetime import date

    from app.reports import leads

    clock.set(datetime(2026, 1, 10, 9))
    fair = [services.leads.create(LeadData(name=f"Fair {n}", source="Fair")).value.uid for n in range(3)]
    web = services.leads.create(LeadData(name="Web one", source="Web form")).value.uid
    clock.set(datetime(2026, 2, 3, 9))
    services.leads.qualify(fair[0], amount=Decimal("100"), currency="EUR")
    services.leads.disqualify(fair[1], "No budget")
    deal = services.leads.qualify(web).value.deal_uid or ""
    services.deals.mark_won(deal)
    database = services.store.database
    by_source = {r.key: r for r in leads(database, date(2026, 1, 1), date(2026, 2, 28)).rows}
    assert (by_source["Fair"].captured, by_source["Fair"].qualified, by_source["Fair"].disqualified,
            by_source["Fair"].still_open, by_source["Fair"].qualified_rate) == (3, 1, 1, 1, 0.5)
    assert (by_source["Web form"].won, by_source["Fair"].won) == (1, 0)
    by_month = [(r.key, r.captured, r.qualified, r.disqualified, r.won)
                for r in leads(database, date(2026, 1, 1), date(2026, 2, 28), "month").rows]
    assert by_month == [("2026-01", 4, 0, 0, 0), ("2026-02", 0, 2, 1, 1)]
    assert leads(database, date(2026, 2, 1), date(2026, 2, 28)).rows[0].captured == 0  # captured in January


def test_a_lead_purged_from_the_trash_leaves_its_calls(services: Services) -> None:
    lead = services.leads.create(LeadData(name="Tom", source="Fair")).value.uid
    call = services.activities.log(ActivityData(kind="call", subject="Hello", links=(Link("lead", lead),))).value.uid
    with pytest.raises(ValidationError, match="in the Trash"):
        services.leads.purge(lead)
    services.leads.delete(lead)
    services.leads.purge(lead)
    assert services.leads.find(lead) is None
    assert services.activities.get(call).data.links == ()


def test_the_readmes_nightly_script_makes_each_lead_and_its_call_once(tmp_path: Path) -> None:
    """The worked example in the README, run by sh as written with the installed `rapport` on PATH, on two
    nights: the form's rows become leads (a refused row said, the rest in), each with a call to make, once."""
    import os
    import re
    import subprocess
    import sys

    from tests.unit.test_cli import PROJECT

    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    script = re.search(r"```sh\n#!/bin/sh\n(tomorrow=.*?)```", readme, re.DOTALL)
    assert script is not None, "the README's nightly script"
    form = tmp_path / "enquiries.csv"
    form.write_text(FORM, encoding="utf-8")
    bin_dir = Path(sys.executable).parent
    assert (bin_dir / "rapport").exists(), "the test runs from the project's environment, where pip put rapport"
    data = tmp_path / "data"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "RAPPORT_DATA_DIR": str(data),
           "QT_QPA_PLATFORM": "offscreen"}
    body = script.group(1).replace("/srv/form/enquiries.csv", str(form)).replace("/tmp/leads.txt",
                                                                                   str(tmp_path / "leads.txt"))
    for _night in range(2):
        run = subprocess.run(["sh", "-c", body], env=env, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
    tasks = json.loads(ok(rapport("list", "task", "--json", data_dir=data)))
    assert sorted(t["title"] for t in tasks) == ["Call Anna Petrova", "Call Olga, Ltd", "Call 王伟"]
    assert all(len(t["lead"]) == 1 and t["due"] for t in tasks)
    assert len(ok(rapport("list", "lead", data_dir=data)).splitlines()) == 3


@pytest.mark.parametrize(("typed", "expected"), [
    ("Anna Petrova, Sever LLC, anna@sever.example.org, +7 495 123-45-67, from the Moscow fair",
     ("Anna Petrova", "Sever LLC", "anna@sever.example.org", "+7 495 123-45-67", "the Moscow fair", "")),
    ("ООО Север, Иван Орлов, от выставки", ("Иван Орлов", "ООО Север", "", "", "выставки", "")),
    ("王芳, 北京科技有限公司, wang@bjtech.example.cn, 来源：展会",
     ("王芳", "北京科技有限公司", "wang@bjtech.example.cn", "", "展会", "")),
    ("Sever LLC", ("", "Sever LLC", "", "", "", "")),
    ("Anne-Marie Dupont, Acme", ("Anne-Marie Dupont", "Acme", "", "", "", "")),
    ("Dr. Mary O'Neil, Globex", ("Dr. Mary O'Neil", "Globex", "", "", "", "")),
    ("ТОВ Північ, Олена Коваль", ("Олена Коваль", "ТОВ Північ", "", "", "", "")),
    ("Петров ЕООД", ("", "Петров ЕООД", "", "", "", "")),
    ("Jane Roe; Roe Widgets; via referral; wants a demo",
     ("Jane Roe", "Roe Widgets", "", "", "referral", "wants a demo")),
])
def test_a_lead_typed_on_one_line(typed: str, expected: tuple[str, ...]) -> None:
    from app.lead_capture import read_capture

    data = read_capture(typed)
    assert (data.name, data.company, data.email, data.phone, data.source, data.notes) == expected


def test_schema_31_keeps_every_link_and_takes_links_to_leads(tmp_path: Path) -> None:
    """The link tables are made anew (their CHECK of one kind a row cannot be altered): every link of a call and
    a task stays, with its id; a link to a lead alone is then allowed, two kinds in one row still are not."""
    import peewee

    from db.migrations import migrate

    database = peewee.SqliteDatabase(str(tmp_path / "old.db"), pragmas={"foreign_keys": 1})
    migrate(database, 30)
    stamp = "'2026-01-01', '2026-01-01', 1"
    database.execute_sql(f"INSERT INTO contact (id, uid, created_at, updated_at, version, display_name)"
                         f" VALUES (1, 'c1', {stamp}, 'Ann')")
    database.execute_sql(f"INSERT INTO activity (id, uid, created_at, updated_at, version, kind, occurred_at)"
                         f" VALUES (1, 'a1', {stamp}, 'call', '2026-01-01 10:00:00')")
    database.execute_sql(f"INSERT INTO task (id, uid, created_at, updated_at, version, title) VALUES (1, 't1', {stamp},"
                         " 'Call back')")
    database.execute_sql("INSERT INTO activity_link (id, activity_id, contact_id) VALUES (5, 1, 1)")
    database.execute_sql("INSERT INTO task_link (id, task_id, contact_id) VALUES (6, 1, 1)")
    assert migrate(database) == [31, 32, 33, 34, 35, 36]
    assert database.execute_sql("SELECT id, activity_id, contact_id, lead_id FROM activity_link").fetchall() == [
        (5, 1, 1, None)]
    assert database.execute_sql("SELECT id, task_id, contact_id, lead_id FROM task_link").fetchall() == [
        (6, 1, 1, None)]
    database.execute_sql(f"INSERT INTO lead (id, uid, created_at, updated_at, version, name) VALUES (1, 'l1', {stamp},"
                         " 'Bob')")
    database.execute_sql("INSERT INTO activity_link (activity_id, lead_id) VALUES (1, 1)")
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("INSERT INTO task_link (task_id, contact_id, lead_id) VALUES (1, 1, 1)")
    database.execute_sql("DELETE FROM contact WHERE id = 1")  # the links still cascade with their record
    assert database.execute_sql("SELECT count(*) FROM activity_link").fetchone()[0] == 1
    database.close()


def test_a_leads_calendar_text_reads_back_whole_and_icalendar_reads_it(services: Services, clock: FakeClock) -> None:
    import icalendar

    from app.formats import ical_leads

    clock.set(datetime(2026, 3, 2, 9, 30))
    uid = services.leads.create(LeadData(name="Ольга Иванова", company="ООО «Вектор»; филиал", job_title="CEO",
                                         email="olga@vector.example.org", phone="+7 812 555-01-02",
                                         source="Выставка, Берлин", owner="Ann",
                                         notes="Line one\nline two: ; , \\ done")).value.uid
    services.leads.disqualify(uid, "Нет бюджета")
    entry = services.leads.entry(uid)
    assert entry is not None
    text = ical_leads.write(entry, datetime(2026, 3, 3, 8))
    assert ical_leads.is_lead(text) and ical_leads.read(text) == entry
    journal = icalendar.Calendar.from_ical(text).walk("VJOURNAL")[0]
    assert str(journal["SUMMARY"]) == "Ольга Иванова · ООО «Вектор»; филиал"
    assert str(journal["DESCRIPTION"]) == "Line one\nline two: ; , \\ done"
    assert str(journal["STATUS"]) == "CANCELLED" and str(journal["X-RAPPORT-LEAD-REASON"]) == "Нет бюджета"
    assert journal["DTSTART"].dt.isoformat() == "2026-03-02"
    kept = text.replace("END:VJOURNAL", "X-PHONE-APP-FLAG:1\r\nEND:VJOURNAL")  # another program's line: kept
    assert ical_leads.read(kept).extra == ("X-PHONE-APP-FLAG:1",)
    with pytest.raises(ical_leads.LeadFormatError):
        ical_leads.read(text.replace(f"UID:{uid}\r\n", ""))


def test_qualifying_onto_a_known_contact_undoes_and_redoes(services: Services) -> None:
    """The contact there was gets the account and the deal; undone, then redone, all of it comes back (the
    contact's tie to the deal is put back before the deal: checked at the end of the step)."""
    ada = services.contacts.create(ContactData(given="Ada", family="Lovelace",
                                               emails=(Email("ada@acme.example.com"),))).value.uid
    lead = services.leads.create(LeadData(name="Ada Lovelace", company="Acme", email="ada@acme.example.com",
                                          notes="Met at the fair")).value.uid
    done = services.leads.qualify(lead).value
    assert done.contact_uid == ada and done.made == ("account", "deal")
    services.undo.undo()
    assert services.deals.count() == 0 and services.contacts.get(ada).data.accounts == ()
    services.undo.redo()
    deal = services.deals.get(done.deal_uid or "")
    assert deal.data.contact_uids == (ada,) and deal.data.account_uid == done.account_uid
    assert [a.account_uid for a in services.contacts.get(ada).data.accounts] == [done.account_uid]
    assert services.leads.get(lead).data.status == "qualified"


@pytest.mark.parametrize(("there", "typed"), [("Север", "Север ООО"), ("Café Müller", "CAFÉ Müller GmbH"),
                                               ("ACME Foods, Inc.", "acme foods"), ("北京科技", "北京科技有限公司")])
def test_qualifying_takes_the_account_of_that_name_in_any_script(services: Services, there: str, typed: str) -> None:
    account = services.accounts.create(AccountData(name=there)).value.uid
    lead = services.leads.create(LeadData(company=typed)).value.uid
    assert services.leads.found_for(lead) == (None, account)
    assert services.leads.qualify(lead).value.account_uid == account
    assert services.accounts.count() == 1


def test_what_a_lead_knows_goes_onto_the_records_there_are_and_merges_keep_what_it_became(
        services: Services) -> None:
    ada = services.contacts.create(ContactData(given="Ada", family="Lovelace",
                                               emails=(Email("ada@acme.example.com"),))).value.uid
    lead = services.leads.create(LeadData(name="Ada Lovelace", email="ADA@acme.example.com",
                                          phone="+44 20 7946 0000")).value.uid
    services.leads.qualify(lead, make_deal=False)
    assert [p.value for p in services.contacts.get(ada).data.phones] == ["+44 20 7946 0000"]
    assert [e.value for e in services.contacts.get(ada).data.emails] == ["ada@acme.example.com"]  # (the same)
    firm = services.leads.create(LeadData(company="Globex GmbH", phone="+49 30 1234567")).value.uid
    account = services.leads.qualify(firm, make_deal=False).value.account_uid or ""
    assert [p.value for p in services.accounts.get(account).data.phones] == ["+49 30 1234567"]

    twin = services.contacts.create(ContactData(given="Ada", family="Lovelace")).value.uid
    services.leads.repoint("contact", ada, twin)  # (as a merge of Ada into her twin does)
    assert services.leads.get(lead).contact_uid == twin
    from app.duplicates import DuplicateService

    DuplicateService(services).merge(ada, twin)
    assert services.leads.get(lead).contact_uid == ada
    services.undo.undo()
    assert services.leads.get(lead).contact_uid == twin
