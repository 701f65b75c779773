"""Render the views the operations layer touched, in every language, scheme, size and scale, to PNGs for a
person to look at (not a test: run it by hand).

    for scale in 1 2; do for lang in en ru uk bg zh_CN; do for scheme in light dark; do
        QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=$scale .venv/bin/python tests/ui/render_views.py \\
            --lang $lang --scheme $scheme --out /tmp/renders; done; done; done

Each run writes <view>_<lang>_<scheme>_<size>_x<scale>.png: the contact pane with a field that could not
be saved, the board with a move that failed (its Retry message), the tasks list, the stage editor, the
deal pane, the New deal sheet asking about a near-duplicate account, the accounts' duplicates, the contact
pane, the tasks filtered, the next-step sheet, the sync account form offering a moved server and the box
saying damage found after the start, at 960×640 and 1366×768, over the app's demo data (app.demo, 300
contacts).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget

from app import demo
from app.accounts import AccountData
from app.clock import FakeClock
from app.formats import ical_deals
from app.links import Link
from app.mail_domains import domains_of, set_mail_domain, suggested_domain
from app.messages import QT_TRANSLATE_NOOP, said, stored
from app.services import Services
from app.store import Store
from app.tasks import TaskData
from app.unit_of_work import Origin
from sync.calendars import CalendarRecords
from ui import i18n, theme
from ui.detail.next_step import NextStepSheet
from ui.detail.sheets import LogCallSheet, TaskSheet
from ui.mail_accounts_dialog import MailAccountsDialog
from ui.mail_dialog import MailImportDialog
from ui.mail_fetcher import MailFetcher
from ui.main_window import CONTACTS, DASHBOARD, DEALS, DUPLICATES, TASKS, MainWindow
from ui.office import WhoAmIDialog
from ui.operations.operation import operations
from ui.start_problem import _offer_repair
from ui.sync import AccountsDialog, SyncController
from ui.sync.conflicts_dialog import ConflictsDialog

SIZES = ((960, 640), (1366, 768))


def settle(app: QApplication, services: Services, ms: int = 150) -> None:
    loop_until = datetime.now().timestamp() + ms / 1000
    while operations(services).pending or datetime.now().timestamp() < loop_until:
        app.processEvents()


def save(widget: QWidget, out: Path, name: str) -> None:
    widget.grab().save(str(out / name))
    print(out / name)


def _office_account(services: Services, controller: SyncController) -> None:
    """An account as `sync add-account` leaves it (no server: the rows only), and a deal both laptops moved."""
    state = controller.sync.state
    now = services.clock.now()
    records = CalendarRecords(services)
    deal = services.deals.list(limit=1)[0]
    stages = services.pipelines.get(services.pipelines.stage(deal.data.stage_uid).pipeline_uid).stages
    other = next(s for s in stages if s.uid != deal.data.stage_uid)
    local = records.text("deal", deal.uid) or ""
    entry = ical_deals.read(local)
    server = ical_deals.write(replace(entry, stage=other.uid, amount="99000.00"), now)
    with services.writer.write("Render", Origin.SYSTEM):
        account = state.add_account("https://dav.example.org/", "ada", "/ada/", now, "")
        book = state.add_collection(account, "/ada/contacts/", "addressbook", "Office contacts", "3.0", "")
        tasks = state.add_collection(account, "/ada/calendar/", "calendar", "Office calendar", "2.0", "VEVENT,VTODO")
        state.add_collection(account, "/ada/journal/", "calendar", "Calls and notes", "2.0", "VJOURNAL")
        state.set_collection_flags(book, phone_summary=True)
        state.add_conflict(tasks, "deal", deal.uid, ("stage", "amount"), local, server, "", now)
        # A contact group both sides renamed (the members listed by name, one this folder does not have).
        people = [c.uid for c in services.contacts.list(limit=2)]
        members = [f"X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:{uid}" for uid in [*people, "elsewhere-9"]]

        def group(name: str) -> str:
            return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", "UID:g-1", f"FN:{name}", f"N:{name};;;;",
                                  "X-ADDRESSBOOKSERVER-KIND:group", *members, "END:VCARD"]) + "\r\n"

        state.add_conflict(book, "group", "g-1", ("name",), group("Gold clients"), group("Clients Gold"), "", now)


def _thread_for_the_first_contact(services: Services, folder: Path) -> str:
    """Three e-mails of one thread (from an mbox) on the timeline of a contact with an address; a mail
    account that fetched once and once was refused. Returns the contact's uid."""
    import email.message
    import mailbox

    from app.mail_import import import_mail

    contact = next(c for c in services.contacts.list(limit=50) if c.data.emails)
    address = contact.data.emails[0].value
    box = mailbox.mbox(folder / "Inbox")
    for number, subject in enumerate(("Offer for the spring order", "Re: Offer for the spring order",
                                      "Re: Re: Offer for the spring order"), start=1):
        message = email.message.EmailMessage()
        message["From"], message["To"] = (address, "me@mine.example") if number % 2 else ("me@mine.example", address)
        message["Subject"], message["Message-ID"] = subject, f"<render{number}@mail.example>"
        message["Date"] = f"Mon, 2{number} Feb 2026 10:00:00 +0000"
        if number > 1:
            message["References"] = "<render1@mail.example>"
        message.set_content(["Could you send the offer for the spring order?", "Attached: the offer, valid"
                             " until the end of March.", "Thank you, we will confirm by Friday."][number - 1])
        box.add(message)
    box.close()
    import_mail(services, folder / "Inbox")
    with services.writer.write("Add mail account", Origin.SYSTEM):
        services.store.database.execute_sql(
            "INSERT INTO mail_account (host, port, username, folders, created_at, last_fetch_at, last_error)"
            " VALUES ('imap.fastmail.com', 993, 'office@example.org', '[\"INBOX\", \"Sent\"]', ?, ?, '')",
            (services.clock.now(), services.clock.now()))
        services.store.database.execute_sql(
            "INSERT INTO mail_account (host, port, username, folders, created_at, last_fetch_at, last_error)"
            " VALUES ('mail.example.org', 993, 'anna', '[\"INBOX\"]', ?, ?, ?)",
            (services.clock.now(), services.clock.now(),
             stored(said(QT_TRANSLATE_NOOP("Services", "%1: the server refused the user name %2 or its password"),
                         "mail.example.org:993", "anna"))))
    return contact.meta.uid


def _render_leads(app: QApplication, services: Services, window: MainWindow, out: Path, tag: str) -> None:
    """The Leads section (its capture line read as typed, a lead's pane with its call), the Qualify and
    Disqualify sheets, a qualified lead naming what it became, the leads report and the Trash."""
    from app.activities import ActivityData
    from app.leads import LeadData
    from ui.leads.lead_sheets import DisqualifySheet, QualifySheet
    from ui.main_window import LEADS, TRASH

    leads = services.leads
    every = ("new", "contacted", "qualified", "disqualified")
    if not any(lead.data.name == "Jane Roe" for lead in leads.list(statuses=every, limit=100_000)):
        for name, company, email, source in (
                ("Анна Петрова", "ООО Север", "anna@sever.example.org", "Выставка «Связь-2026»"),
                ("王芳", "北京科技有限公司", "wang@bjtech.example.cn", "Web form"),
                ("Jane Roe", "Roe Widgets", "jane@roe.example.com", "Referral"),
                ("Ivan Orlov", "", "ivan.orlov@mail.example.ru", "Cold call"),
                ("", "Müller & Söhne GmbH", "", "Web form")):
            leads.create(LeadData(name=name, company=company, email=email, source=source,
                                  notes="Wants 40 seats from April." if name == "Jane Roe" else ""))
        jane = next(lead for lead in leads.list() if lead.data.name == "Jane Roe")
        services.activities.log(ActivityData(kind="call", subject="Asked for a demo", links=(Link("lead", jane.uid),)))
        leads.update(jane.uid, status="contacted")
        ivan = next(lead for lead in leads.list() if lead.data.name == "Ivan Orlov")
        leads.disqualify(ivan.uid, "No budget")
        wang = next(lead for lead in leads.list() if lead.data.name == "王芳")
        leads.qualify(wang.uid)
    window.show_section(LEADS)
    view = window.leads_view
    view.tabs.setCurrentIndex(0)
    view.reload()
    jane_uid = next(lead.uid for lead in leads.list() if lead.data.name == "Jane Roe")
    view.show_lead(jane_uid)
    view.capture.setText("Олег Смирнов, ООО Вектор, oleg@vector.example.ru, +7 812 555-01-02, от выставки")
    settle(app, services)
    save(window, out, f"leads_{tag}.png")
    view.capture.clear()
    for sheet in (QualifySheet(services, leads.get(jane_uid), window),
                  DisqualifySheet(services, leads.get(jane_uid), window)):
        sheet.show()
        settle(app, services)
        save(sheet, out, f"lead_{type(sheet).__name__.lower()}_{tag}.png")
        sheet.reject()
    view.tabs.setCurrentIndex(1)
    wang_uid = next(lead.uid for lead in leads.list(statuses=("qualified",), limit=100_000) if lead.data.name == "王芳")
    view.show_lead(wang_uid)
    settle(app, services)
    save(window, out, f"lead_qualified_{tag}.png")
    reports = window.open_reports()
    reports.report.setCurrentIndex(reports.report.findData("leads"))
    settle(app, services)
    save(reports, out, f"reports_leads_{tag}.png")
    reports.close()
    if not leads.trash():
        leads.delete(next(lead.uid for lead in leads.list(statuses=("disqualified",), limit=100_000)
                          if lead.data.name == "Ivan Orlov"))
    window.show_section(TRASH)
    window.trash_view.reload()
    settle(app, services)
    save(window, out, f"trash_lead_{tag}.png")


def _render_calendar(app: QApplication, services: Services, window: MainWindow, out: Path, tag: str) -> None:
    """The month (a day fuller than its cell: its first entries read, the rest counted in "+N more"), the week
    and the day of that day."""
    from datetime import date, timedelta

    from app.activities import ActivityData
    from ui.calendar.canvas import DAY, MONTH, WEEK
    from ui.main_window import CALENDAR

    full = date(2026, 3, 11)
    made = services.store.database.execute_sql("SELECT 1 FROM task WHERE title = 'Звонок 00'").fetchone()
    if made is None:  # (once for both sizes)
        for number, title in enumerate(("Звонок", "会议", "Call")):
            for hour in range(8):
                start = datetime(2026, 3, 11, 7 + hour, 10 * number)
                services.activities.log(ActivityData(kind="meeting", subject=f"{title} {hour:02d}", occurred_at=start,
                                                     ends_at=start + timedelta(minutes=25), timezone="UTC"))
        for number in range(6):
            services.tasks.create(TaskData(title=f"Звонок {number:02d}", due_date=full))
    window.show_section(CALENDAR)
    view = window.calendar_view
    for mode in (MONTH, WEEK, DAY):
        view.set_mode(mode)
        view.go_to(full)
        settle(app, services)
        save(window, out, f"calendar_{mode}_{tag}.png")
    view.set_mode(MONTH)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--scheme", default="light")
    parser.add_argument("--out", type=Path, default=Path("/tmp/renders"))
    parser.add_argument("--only", choices=["leads", "calendar"], help="only these views")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["rapport"])
    assert isinstance(app, QApplication)
    translators = i18n.install(app, args.lang)
    theme.apply(app, args.scheme)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    folder = Path(tempfile.mkdtemp(prefix="rapport-render-"))
    store = Store.open(folder)
    clock = FakeClock(datetime(2026, 3, 2, 9, 0, 0))
    services = Services.build(store, clock)
    demo.fill(store, clock, contacts=300)
    threaded = _thread_for_the_first_contact(services, folder)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    window.show()
    controller = SyncController(services, settings, parent=window)
    try:
        for width, height in SIZES:
            tag = f"{args.lang}_{args.scheme}_{width}x{height}_x{scale}"
            window.resize(width, height)
            if args.only == "leads":
                _render_leads(app, services, window, args.out, tag)
                continue
            if args.only == "calendar":
                _render_calendar(app, services, window, args.out, tag)
                continue
            # The contact pane, a field refused by the service (its message under it).
            window.show_section(CONTACTS)
            window.contacts_view.table.selectRow(0)
            settle(app, services)
            pane = window.contact_pane
            field = pane.field("emails[0]") if "emails[0]" in pane._fields else pane.field("job_title")
            field.start_editing()
            field.editor.selectAll()
            field.editor.insert("not an address @@")
            field.commit()
            settle(app, services)
            save(window, args.out, f"contact_field_error_{tag}.png")
            field.cancel()
            # The board, and the message a failed move shows (SQLite refusing the write).
            window.show_section(DEALS)
            settle(app, services)
            board = window.deals_view.board
            card = board.columns[0].model.card(0)
            board.select_deal(card.uid)
            services.store.database.execute_sql(
                "CREATE TRIGGER refuse BEFORE UPDATE ON deal BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
            board.move_selected(1)
            settle(app, services)
            box = window.findChild(QMessageBox, "operationFailure")
            save(window, args.out, f"board_{tag}.png")
            if box is not None:
                save(box, args.out, f"operation_failure_{tag}.png")
                box.close()
            services.store.database.execute_sql("DROP TRIGGER refuse")
            stages = board.edit_stages()
            if stages is not None:
                settle(app, services)
                save(stages, args.out, f"stage_editor_{tag}.png")
                stages.reject()
            window.show_section(TASKS)
            settle(app, services)
            save(window, args.out, f"tasks_{tag}.png")
            # The deal pane (account, pipeline and people edited in place) beside the board.
            window.show_section(DEALS)
            board.select_deal(card.uid)
            settle(app, services)
            save(window, args.out, f"deal_pane_{tag}.png")
            # New deal: an account name close to an existing one is asked about.
            sheet = window.new_deal()
            sheet.title.setText("Fleet renewal")
            account = services.accounts.list(limit=1)[0].data.name
            sheet.account.setText(account[:-1])
            sheet.accept()
            settle(app, services)
            save(sheet, args.out, f"new_deal_{tag}.png")
            sheet.reject()
            # Duplicates, the accounts' side (two near-duplicate companies made for it once).
            if not services.accounts.find_by_name("Acme Foods Inc."):
                services.accounts.create(AccountData(name="Acme Foods Inc.", industry="Food"))
                services.accounts.create(AccountData(name="ACME Foods"))
            window.show_section(DUPLICATES)
            window.duplicates_view.show_kind("account")
            settle(app, services, 600)
            save(window, args.out, f"duplicates_accounts_{tag}.png")
            window.duplicates_view.show_kind("contact")
            # The contact pane as it is read (organisations, labels in the user's language), and the tasks
            # filtered.
            window.show_section(CONTACTS)
            window.contacts_view.table.selectRow(1)
            settle(app, services)
            save(window, args.out, f"contact_pane_{tag}.png")
            window.show_section(TASKS)
            window.tasks_view.filter_field.setText("a")
            settle(app, services)
            save(window, args.out, f"tasks_filtered_{tag}.png")
            window.tasks_view.filter_field.clear()
            window.show_section(DEALS)
            # The next step, offered after a call or a move.
            offer = NextStepSheet(services, settings, (Link("deal", card.uid),), card.title, window)
            offer.open()
            settle(app, services)
            save(offer, args.out, f"next_step_{tag}.png")
            offer.reject()
            # Adding a sync account whose server sent discovery on to another server: the box to tick.
            accounts = AccountsDialog(controller)
            accounts.show_add_form()
            accounts.url_field.setText("https://example.com/")
            accounts.user_field.setText("ada")
            accounts._asked_url = "https://example.com/"
            accounts._offer_moved("https://carddav.example.net/dav/principals/user/ada@example.com/")
            accounts.show()
            settle(app, services)
            save(accounts, args.out, f"sync_moved_server_{tag}.png")
            accounts.reject()
            # An office's account: its address book with deals on phones, a calendar, the calls-and-notes one.
            if not controller.sync.state.accounts():
                _office_account(services, controller)
            accounts = AccountsDialog(controller)
            accounts.resize(width - 80, height - 120)
            accounts.show()
            settle(app, services, 400)
            save(accounts, args.out, f"sync_collections_{tag}.png")
            accounts.reject()
            # Two laptops moved one deal: the stage and the amount to choose between.
            conflicts = ConflictsDialog(controller)
            conflicts.resize(width - 80, height - 120)
            conflicts.show()
            settle(app, services, 400)
            conflicts.view.selectRow(0)
            settle(app, services, 400)
            save(conflicts, args.out, f"sync_deal_conflict_{tag}.png")
            conflicts.view.selectRow(1)
            settle(app, services, 400)
            save(conflicts, args.out, f"sync_group_conflict_{tag}.png")
            conflicts.reject()
            # Damage found in the background after the start, said over the window.
            damage = _offer_repair(window, "/home/ada/.local/share/rapport/rapport.sqlite3 is damaged (Tree 14 page"
                                           " 2345: btreeInitPage() returns error code 11)", lambda _reason: None)
            settle(app, services)
            save(damage, args.out, f"damage_found_{tag}.png")
            damage.close()
            # The office: who the user is, asked; then only the user's deals and tasks; a task's owner.
            who = WhoAmIDialog(services, window)
            who.open()
            settle(app, services)
            save(who, args.out, f"who_am_i_{tag}.png")
            who.reject()
            if not services.office.me_chosen():
                owner = str(services.store.database.execute_sql(
                    "SELECT owner FROM deal WHERE owner <> '' GROUP BY owner ORDER BY count(*) DESC").fetchone()[0])
                services.office.set_me(owner)
                services.tasks.create(TaskData(title="Send the revised quote", owner=owner,
                                               due_date=clock.now().date()))
            window.mine.action.setChecked(True)
            window.show_section(DEALS)
            settle(app, services)
            save(window, args.out, f"board_mine_{tag}.png")
            window.show_section(TASKS)
            settle(app, services)
            save(window, args.out, f"tasks_mine_{tag}.png")
            window.mine.action.setChecked(False)
            task_sheet = TaskSheet(services, (), window)
            task_sheet.open()
            settle(app, services)
            save(task_sheet, args.out, f"task_sheet_{tag}.png")
            task_sheet.reject()
            email_sheet = LogCallSheet(services, (), window, kind="email")
            email_sheet.open()
            settle(app, services)
            save(email_sheet, args.out, f"email_sheet_{tag}.png")
            email_sheet.reject()
            home = Path(tempfile.mkdtemp(prefix="rapport-render-home-"))
            (home / ".thunderbird").mkdir()
            (home / ".thunderbird" / "profiles.ini").write_text("[Profile0]\nPath=x\n", encoding="utf-8")
            mail_dialog = MailImportDialog(services, window, home=home)
            mail_dialog.open()
            settle(app, services)
            save(mail_dialog, args.out, f"mail_import_{tag}.png")
            mail_dialog.reject()
            # A thread of e-mails on the timeline, opened (Right), and the mail accounts with one refused.
            window.show_section(CONTACTS)
            window.open_record("contact", threaded)
            settle(app, services)
            timeline = window.contact_pane.timeline
            row = next(r for r in range(timeline.model.rowCount())
                       if "·" in str(timeline.model.index(r, 0).data()))
            timeline.model.toggle_thread(row, True)
            timeline.list.setCurrentIndex(timeline.model.index(row + 1, 0))
            settle(app, services)
            save(window, args.out, f"timeline_thread_{tag}.png")
            accounts = MailAccountsDialog(MailFetcher(services, parent=window), window)
            accounts.open()
            accounts.server.setText("imap.example.org")
            accounts.user.setText("anna@example.org")
            accounts._offer_trust("3f" * 32)
            accounts.status.setText(accounts.tr(
                "Not added: the server's TLS certificate is not signed by an authority this computer trusts. If"
                " this is your own server, compare the fingerprint below with the server's and tick the box."))
            settle(app, services)
            save(accounts, args.out, f"mail_accounts_{tag}.png")
            accounts.reject()
            # An account whose domain's mail comes onto its timeline ("Mail from …" ticked in its header).
            company = next(a for a in services.accounts.list(limit=50) if a.data.website)
            if not domains_of(services, company.meta.uid):
                set_mail_domain(services, company.meta.uid, suggested_domain(services, company.meta.uid), True)
            window.open_record("account", company.meta.uid)
            settle(app, services)
            save(window, args.out, f"account_mail_domain_{tag}.png")
            # Files on a contact (long names in three scripts; a folder dropped with them, refused and said)
            # and on a deal.
            if not services.files.files_of("contact", threaded):
                services.files.attach_data("contact", threaded, [
                    ("Коммерческое предложение на поставку оборудования 2027.pdf", b"%PDF" * 300_000),
                    ("报价单 2027 第三季度.xlsx", b"x" * 48_000), ("Site photo.jpg", b"j" * 2_400_000)])
            window.show_section(CONTACTS)
            window.open_record("contact", threaded)
            settle(app, services)
            pane = window.contact_pane
            folder = Path(tempfile.mkdtemp(prefix="rapport-render-folder-")) / "Project"
            folder.mkdir()
            pane.files_box.attach([folder])
            settle(app, services)
            pane.facts_scroll.ensureWidgetVisible(pane.files_box.message)
            pane.files_box.list.setFocus()
            pane.files_box.list.setCurrentItem(pane.files_box.list.topLevelItem(0))
            settle(app, services)
            save(window, args.out, f"record_files_{tag}.png")
            deal_uid = services.deals.list()[0].meta.uid
            if not services.files.files_of("deal", deal_uid):
                services.files.attach_data("deal", deal_uid, [("Договор поставки №17.docx", b"d" * 90_000),
                                                              ("合同.pdf", b"p" * 700_000)])
            window.show_section(DEALS)
            window.deals_view.detail.show_deal(deal_uid)
            settle(app, services)
            detail = window.deals_view.detail
            scroll = detail.stack.widget(1)
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(detail.files_box)
            settle(app, services)
            save(window, args.out, f"deal_files_{tag}.png")
            # Currencies: the board's totals added up in the home currency, the dashboard's forecast "All, in
            # EUR ≈", and the dialog.
            if not services.currencies.home():
                services.currencies.set_home("EUR")
                for code, rate in (("USD", "1.0812"), ("GBP", "0.8412"), ("CNY", "7.6843"), ("RUB", "98.5")):
                    services.currencies.set_rate(code, rate, services.clock.now().date())
            window.deals_view.reload()
            window.show_section(DEALS)
            settle(app, services)
            save(window, args.out, f"board_converted_{tag}.png")
            window.show_section(DASHBOARD)
            window.dashboard_view.reload()
            settle(app, services)
            save(window, args.out, f"dashboard_converted_{tag}.png")
            currencies = window.open_currencies()
            settle(app, services)
            save(currencies, args.out, f"currencies_{tag}.png")
            currencies.reject()
            # Reports: won and lost by owner over the demo's last year, and the pipeline on a past day.
            reports = window.open_reports()
            reports.first.setDate(reports.first.date().addYears(-1))
            settle(app, services)
            save(reports, args.out, f"reports_{tag}.png")
            reports.close()
            past = window.open_past_pipeline()
            settle(app, services)
            save(past, args.out, f"past_pipeline_{tag}.png")
            past.close()
            # Custom fields: the dialog with one of each type, the field editor, and their values in a contact's
            # and a deal's pane.
            fields = services.custom_fields
            if not fields.definitions("contact"):
                for key, label, kind, choices in (
                        ("budget", "Годовой бюджет", "money", ()), ("memo", "Background", "longtext", ()),
                        ("sectors", "行业", "multichoice", ("Retail", "Oil, gas", "食品")),
                        ("vip", "VIP", "checkbox", ()), ("referrer", "Referred by", "contact", ()),
                        ("since", "Customer since", "date", ()), ("tier", "Tier", "choice", ("Gold", "Silver")),
                        ("parent", "Parent company", "account", ()), ("seats", "Seats", "number", ())):
                    fields.define("contact", key, label, kind, choices)
                fields.define("deal", "signed", "Contract signed", "date")
                fields.define("deal", "region", "Region", "choice", ("North", "South", "Запад"))
                other = next(c.meta.uid for c in services.contacts.list(limit=5) if c.meta.uid != threaded)
                company = services.accounts.list(limit=1)[0].meta.uid
                for key, value in (("budget", "1200000 RUB"), ("memo", "Met at the fair in Kazan.\nPrefers e-mail."),
                                   ("sectors", "Retail, 食品"), ("vip", "yes"), ("referrer", other),
                                   ("since", "2019-04-02"), ("tier", "Gold"), ("parent", company), ("seats", "45")):
                    fields.set("contact", threaded, key, value)
                fields.set("deal", deal_uid, "signed", "2027-01-15")
                fields.set("deal", deal_uid, "region", "Запад")
            dialog = window.open_custom_fields()
            settle(app, services)
            save(dialog, args.out, f"custom_fields_{tag}.png")
            editor = dialog.add_field()
            editor.label.setText("Размер обуви")
            editor.type.setCurrentIndex(editor.type.findData("multichoice"))
            editor.choices.setPlainText("38\n39\n40")
            settle(app, services)
            save(editor, args.out, f"custom_field_editor_{tag}.png")
            editor.reject()
            dialog.reject()
            window.show_section(CONTACTS)
            window.open_record("contact", threaded)
            settle(app, services)
            pane = window.contact_pane
            pane.facts_scroll.ensureWidgetVisible(pane.field("custom:seats"))
            settle(app, services)
            save(window, args.out, f"contact_custom_fields_{tag}.png")
            window.show_section(DEALS)
            detail.show_deal(deal_uid)
            settle(app, services)
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(detail.custom_fields)
            settle(app, services)
            save(window, args.out, f"deal_custom_fields_{tag}.png")
            # The contacts list with a custom field's column, filtered by it, and the filter's dialog.
            window.show_section(CONTACTS)
            view = window.contacts_view
            view.refresh_custom_columns()
            budget = next(c for c in range(view.model.columnCount())
                          if view.model.column_name(c) == "custom:budget")
            view.set_column_shown(budget, True)
            view.set_conditions([("custom:budget", "more", "1000"), ("custom:vip", "is", "yes")])
            settle(app, services)
            save(window, args.out, f"list_custom_column_{tag}.png")
            column_filter = view.filter_by_column(budget)
            settle(app, services)
            if column_filter is not None:
                save(column_filter, args.out, f"column_filter_{tag}.png")
                column_filter.reject()
            view.set_conditions([])
            view.set_column_shown(budget, False)
    finally:
        controller.shutdown()
        window.close()
        QTimer.singleShot(0, app.quit)
        store.close()
        del translators
        QCoreApplication.processEvents()


if __name__ == "__main__":
    main()
