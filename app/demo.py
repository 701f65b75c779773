"""A realistic, deterministic sample CRM: the same seed and size always give the same data.

Rows are written in bulk (executemany) inside one transaction per batch, and the search index is
filled with the same code the services use, so the sample behaves exactly like typed-in data.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from app import demo_names as names
from app.changes import Changes
from app.clock import Clock
from app.errors import RapportError
from app.pipelines import PipelineService
from app.store import Store
from app.tags import tag_key
from app.unit_of_work import Origin, Writer

BATCH = 5_000
Progress = Callable[[str, int, int], None]


@dataclass
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)


def _ts(moment: datetime) -> str:
    return moment.isoformat(sep=" ")


class _Builder:
    def __init__(self, store: Store, clock: Clock, seed: int) -> None:
        self.db = store.database
        self.writer = Writer(store.database, clock)
        self.rng = random.Random(seed)
        self.now = clock.now().replace(microsecond=0)
        self.today = self.now.date()
        self.clock = clock

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def moment(self, days_back: int, days_ahead: int = 0) -> datetime:
        offset = self.rng.randint(-days_back * 86400, days_ahead * 86400)
        return self.now + timedelta(seconds=offset)

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        if rows:
            marks = ",".join("?" * len(columns))
            self.db.cursor().executemany(
                f'INSERT INTO {table} ({",".join(columns)}) VALUES ({marks})', rows
            )

    def next_id(self, table: str) -> int:
        return int(self.db.execute_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0])

    def phone(self, culture: str) -> tuple[str, str]:
        code, length = self.rng.choice(names.PHONE[culture])
        national = str(self.rng.randint(2, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(length - 1))
        if code == "1":
            written = f"+1 {national[:3]}-{national[3:6]}-{national[6:]}"
        elif code == "7":
            written = f"+7 {national[:3]} {national[3:6]}-{national[6:8]}-{national[8:]}"
        else:
            written = f"+{code} {national[:3]} {national[3:]}"
        return written, f"+{code}{national}"


def fill(store: Store, clock: Clock, contacts: int = 2_000, seed: int = 2026,
         progress: Progress | None = None) -> DemoSummary:
    """Fill an empty store with a sample CRM of `contacts` people and proportionate everything else.

    One transaction (BEGIN IMMEDIATE, so the ids it counts from stay its own): a demo killed half-way
    leaves nothing and runs again, and an import writing at the same time either waits for it or finds
    the folder no longer empty. Every kind of record it writes must be absent, checked inside."""
    if contacts < 1:
        raise RapportError("--contacts must be at least 1")
    b = _Builder(store, clock, seed)
    report = progress or (lambda stage, done, total: None)
    summary = DemoSummary()
    with b.writer.step("Make sample data", Origin.SYSTEM), \
            b.writer.write("Make sample data", Origin.SYSTEM):  # one line in the history, not the user's to undo
        _refuse_non_empty(b)
        accounts = _accounts(b, max(3, contacts // 20), report)
        contact_rows = _contacts(b, contacts, accounts, report)
        deals = _deals(b, max(5, contacts // 5), accounts, contact_rows, report)
        summary.counts["activities"] = _activities(b, contacts * 2, contact_rows, deals, report)
        summary.counts["tasks"] = _tasks(b, max(5, contacts // 10), contact_rows, deals, report)
        _tags(b, contact_rows, accounts)
        summary.counts["leads"] = _leads(b, max(5, contacts // 10), report)  # last: the rest stays as it was
    summary.counts.update(contacts=len(contact_rows), accounts=len(accounts), deals=len(deals))
    return summary


def _refuse_non_empty(b: _Builder) -> None:
    """Demo data goes only into an empty folder: no record of any kind it makes (Trash included)."""
    existing = b.db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    if existing:
        raise RapportError(
            f"this data folder already holds {existing} contacts; demo data goes only into an empty one"
            " (use --data-dir to pick another folder)"
        )
    for table in ("account", "deal", "activity", "task", "lead"):
        if b.db.execute_sql(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            raise RapportError(
                f"this data folder already holds records ({table}); demo data goes only into an empty one"
                " (use --data-dir to pick another folder)"
            )


def _culture(rng: random.Random) -> str:
    return rng.choices(["latin", "cyrillic", "chinese"], weights=[60, 25, 15])[0]


def _accounts(b: _Builder, count: int, report: Progress) -> list[tuple[int, str, str]]:
    """Returns (id, name, culture) for each account made."""
    combos = [(culture, base, sector, form)
              for culture, bases in names.COMPANY_BASES.items() for base in bases
              for sector in names.SECTORS[culture] for form in names.COMPANY_FORM[culture]]
    picked = b.rng.sample(combos, min(count, len(combos)))
    taken = {(c[0], c[1], c[2], c[3]) for c in picked}
    branches: dict[tuple[str, str, tuple[str, str], str], int] = {}  # how many of each name, past the first
    branch_of: dict[int, int] = {}  # picked index → its branch number
    while len(picked) < count:  # more accounts than name combinations: a city, then a branch number
        culture, base, sector, form = b.rng.choice(combos)
        city = b.rng.choice(names.CITIES[culture])[0]
        combo = (culture, f"{base} {city}" if culture != "chinese" else f"{city}{base}", sector, form)
        if combo in taken:  # every draw adds one: a million contacts' 50,000 accounts outnumber the names
            branches[combo] = branches.get(combo, 1) + 1
            branch_of[len(picked)] = branches[combo]
        taken.add(combo)
        picked.append(combo)
    first = b.next_id("account")
    made, rows, phones, places = [], [], [], []
    with b.writer.write("Make sample data", Origin.SYSTEM) as op:
        for offset, (culture, base, (sector_word, industry), form) in enumerate(picked):
            aid = first + offset
            if culture == "chinese":
                name = f"{base}{sector_word}{form}"
            elif culture == "cyrillic":
                name = f'{form} «{base} {sector_word}»'
            else:
                name = f"{base} {sector_word} {form}"
            if offset in branch_of:
                name = f"{name} {branch_of[offset]}"
            slug = f"company{aid}"
            if culture != "chinese":
                latin = names.transliterate(f"{base}-{sector_word}").replace(" ", "-")
                slug = latin.encode("ascii", "ignore").decode() or slug
            created = b.moment(900, -30)
            rows.append((aid, b.uid(), _ts(created), _ts(created), 1, name, industry, f"https://{slug}.example",
                         ""))
            written, e164 = b.phone(culture)
            phones.append((aid, "work", 1, 0, written, e164))
            city, region, country = b.rng.choice(names.CITIES[culture])
            street = f"{b.rng.choice(names.STREETS[culture])} {b.rng.randint(1, 180)}"
            places.append((aid, "work", 1, 0, street, city, region, f"{b.rng.randint(10000, 99999)}", country))
            made.append((aid, name, culture))
        b.insert("account", ("id", "uid", "created_at", "updated_at", "version", "name", "industry", "website",
                             "notes"), rows)
        b.insert("account_phone", ("account_id", "label", "preferred", "position", "value", "e164"), phones)
        b.insert("account_address", ("account_id", "label", "preferred", "position", "street", "locality",
                                     "region", "postal_code", "country"), places)
        op.reindex("account", [m[0] for m in made])
    report("accounts", len(made), count)
    return made


def _person(b: _Builder, culture: str) -> tuple[str, str, str, str]:
    """given, family, display name, e-mail local part."""
    rng = b.rng
    if culture == "chinese":
        family, family_py = rng.choice(names.CHINESE_FAMILY)
        given, given_py = rng.choice(names.CHINESE_GIVEN)
        return given, family, f"{family}{given}", f"{given_py}.{family_py}"
    if culture == "cyrillic":
        given, gender = rng.choice(names.CYRILLIC_GIVEN)
        family = rng.choice(names.CYRILLIC_FAMILY) + ("а" if gender == "f" else "")
        return given, family, f"{given} {family}", names.transliterate(f"{given}.{family}")
    given, _ = rng.choice(names.LATIN_GIVEN)
    family = rng.choice(names.LATIN_FAMILY)
    local = f"{given}.{family}".lower().replace(" ", "").replace("'", "")
    return given, family, f"{given} {family}", local.encode("ascii", "ignore").decode() or "contact"


def _contacts(b: _Builder, count: int, accounts: list[tuple[int, str, str]],
              report: Progress) -> list[tuple[int, int | None]]:
    """Returns (contact id, account id or None)."""
    rng = b.rng
    by_culture: dict[str, list[tuple[int, str, str]]] = {}
    for known in accounts:
        by_culture.setdefault(known[2], []).append(known)
    first = b.next_id("contact")
    made: list[tuple[int, int | None]] = []
    for start in range(0, count, BATCH):
        rows, emails, phones, places, links, dates = [], [], [], [], [], []
        for cid in range(first + start, first + min(start + BATCH, count)):
            culture = _culture(rng)
            given, family, display, local = _person(b, culture)
            account = rng.choice(by_culture.get(culture) or accounts) if rng.random() < 0.85 else None
            created = b.moment(1000, -1)
            birthday = None
            if rng.random() < 0.4:
                year = f"{rng.randint(1950, 2000)}" if rng.random() < 0.7 else "-"
                birthday = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            notes = rng.choice(names.NOTE_TEXTS) if rng.random() < 0.3 else ""
            rows.append((cid, b.uid(), _ts(created), _ts(created), 1, given, family, display,
                         rng.choice(names.JOB_TITLES) if account else "",
                         rng.choice(names.DEPARTMENTS) if account else "", birthday, notes))
            domain = f"company{account[0]}.example" if account else rng.choice(
                ["mail.example", "post.example", "inbox.example"])
            emails.append((cid, "work" if account else "home", 1, 0, f"{local}{cid}@{domain}"))
            if rng.random() < 0.35:
                emails.append((cid, "home", 0, 1, f"{local}.{cid}@mail.example"))
            for position in range(rng.choice((1, 1, 2))):
                written, e164 = b.phone(culture)
                phones.append((cid, rng.choice(("work", "cell")), int(position == 0), position, written, e164))
            if rng.random() < 0.5:
                city, region, country = rng.choice(names.CITIES[culture])
                street = f"{rng.choice(names.STREETS[culture])} {rng.randint(1, 180)}"
                places.append((cid, "home", 1, 0, street, city, region, f"{rng.randint(10000, 99999)}", country))
            if account:
                links.append((cid, account[0], rng.choice(names.JOB_TITLES), 0))
            if rng.random() < 0.05:
                dates.append((cid, "first met", 0, 0, b.moment(2000).date().isoformat()))
            made.append((cid, account[0] if account else None))
        with b.writer.write("Make sample data", Origin.SYSTEM) as op:
            b.insert("contact", ("id", "uid", "created_at", "updated_at", "version", "given", "family",
                                 "display_name", "job_title", "department", "birthday", "notes"), rows)
            b.insert("contact_email", ("contact_id", "label", "preferred", "position", "value"), emails)
            b.insert("contact_phone", ("contact_id", "label", "preferred", "position", "value", "e164"), phones)
            b.insert("contact_address", ("contact_id", "label", "preferred", "position", "street", "locality",
                                         "region", "postal_code", "country"), places)
            b.insert("contact_account", ("contact_id", "account_id", "role", "position"), links)
            b.insert("contact_date", ("contact_id", "label", "preferred", "position", "value"), dates)
            op.reindex("contact", [r[0] for r in rows])
        report("contacts", len(made), count)
    return made


def _deals(b: _Builder, count: int, accounts: list[tuple[int, str, str]],
           contacts: list[tuple[int, int | None]], report: Progress) -> list[int]:
    rng = b.rng
    pipelines = PipelineService(b.writer, b.clock)
    sales = pipelines.default()
    if len(pipelines.list()) < 2:
        pipelines.create("Partnerships", (("Intro", 10), ("Pilot", 40), ("Agreement", 80)))
    all_stages = {
        p.uid: [(s.uid, s.probability) for s in p.stages] for p in pipelines.list()
    }
    stage_ids = {uid: sid for uid, sid in b.db.execute_sql("SELECT uid, id FROM stage")}
    people_at: dict[int, list[int]] = {}
    for cid, aid in contacts:
        if aid is not None:
            people_at.setdefault(aid, []).append(cid)
    account_culture = {a[0]: a for a in accounts}
    first = b.next_id("deal")
    made = []
    for start in range(0, count, BATCH):
        rows, history, deal_people = [], [], []
        for did in range(first + start, first + min(start + BATCH, count)):
            pipeline_uid = sales.uid if rng.random() < 0.85 else rng.choice(list(all_stages))
            stages = all_stages[pipeline_uid]
            aid, _, culture = account_culture[rng.choice(accounts)[0]]
            currency = rng.choice(names.CURRENCY[culture])
            amount = rng.randrange(1_000, 250_000, 50) * 100
            reached = rng.randint(0, len(stages) - 1)
            status = rng.choices(["open", "won", "lost"], weights=[60, 25, 15])[0]
            if status == "won":
                reached = len(stages) - 1
            moment = b.moment(540, -20)
            created = moment
            for index in range(reached + 1):
                history.append((did, stage_ids[stages[index - 1][0]] if index else None,
                                stage_ids[stages[index][0]], _ts(moment)))
                if index < reached:
                    moment += timedelta(days=rng.randint(2, 30), hours=rng.randint(0, 23))
            closed = None
            if status != "open":
                closed = moment + timedelta(days=rng.randint(1, 25))
                if closed > b.now:
                    closed = b.now - timedelta(hours=rng.randint(1, 48))
                    moment = min(moment, closed)
            expected = (closed.date() if closed else b.today + timedelta(days=rng.randint(-20, 200)))
            rows.append((
                did, b.uid(), _ts(created), _ts(closed or moment), 1,
                rng.choice(names.PRODUCTS[culture]), aid, amount, currency,
                stage_ids[stages[reached][0]], None if rng.random() < 0.9 else rng.randint(5, 95),
                expected.isoformat(), status, rng.choice(names.LOST_REASONS) if status == "lost" else "",
                rng.choice(names.LEAD_SOURCES), rng.choice(names.OWNERS), _ts(moment),
                _ts(closed) if closed else None,
            ))
            people = people_at.get(aid, [])
            for cid in rng.sample(people, min(len(people), rng.randint(1, 2))):
                deal_people.append((did, cid, rng.choice(("Decision maker", "Champion", "User", ""))))
            made.append(did)
        with b.writer.write("Make sample data", Origin.SYSTEM) as op:
            b.insert("deal", ("id", "uid", "created_at", "updated_at", "version", "title", "account_id",
                              "amount_minor", "currency", "stage_id", "probability", "expected_close", "status",
                              "lost_reason", "lead_source", "owner", "stage_entered_at", "closed_at"), rows)
            b.insert("deal_stage_change", ("deal_id", "from_stage_id", "to_stage_id", "changed_at"), history)
            b.insert("deal_contact", ("deal_id", "contact_id", "role"), deal_people)
            op.reindex("deal", [r[0] for r in rows])
        report("deals", len(made), count)
    return made


def _activities(b: _Builder, count: int, contacts: list[tuple[int, int | None]], deals: list[int],
                report: Progress) -> int:
    rng = b.rng
    first = b.next_id("activity")
    done = 0
    for start in range(0, count, BATCH):
        rows: list[tuple[Any, ...]] = []
        links: list[tuple[int, int | None, int | None, int | None]] = []
        for aid in range(first + start, first + min(start + BATCH, count)):
            kind = rng.choices(["call", "meeting", "email", "note"], weights=[40, 20, 25, 15])[0]
            when = b.moment(720, 30 if kind == "meeting" else 0)
            if kind == "call":
                subject, text, duration = "", rng.choice(names.CALL_NOTES), rng.randint(2, 45)
                outcome = rng.choice(["Reached", "Voicemail", "No answer", "Call back"])
            elif kind == "meeting":
                subject, text, duration, outcome = rng.choice(names.MEETING_SUBJECTS), "", rng.choice(
                    (30, 45, 60, 90)), ""
            elif kind == "email":
                subject, text, duration, outcome = "Re: " + rng.choice(names.TASK_TITLES), "", None, ""
            else:
                subject, text, duration, outcome = "", rng.choice(names.NOTE_TEXTS), None, ""
            ends = _ts(when + timedelta(minutes=duration)) if kind == "meeting" and duration else None
            rows.append((aid, b.uid(), _ts(when), _ts(when), 1, kind, _ts(when), duration, ends, subject, outcome,
                         text))
            cid, account = rng.choice(contacts)
            links.append((aid, cid, None, None))
            if account is not None and rng.random() < 0.3:
                links.append((aid, None, account, None))
            if deals and rng.random() < 0.25:
                links.append((aid, None, None, rng.choice(deals)))
        with b.writer.write("Make sample data", Origin.SYSTEM) as op:
            b.insert("activity", ("id", "uid", "created_at", "updated_at", "version", "kind", "occurred_at",
                                  "duration_minutes", "ends_at", "subject", "outcome", "text"), rows)
            b.insert("activity_link", ("activity_id", "contact_id", "account_id", "deal_id"), links)
            op.reindex("activity", [r[0] for r in rows])
        done += len(rows)
        report("activities", done, count)
    return done


def _tasks(b: _Builder, count: int, contacts: list[tuple[int, int | None]], deals: list[int],
           report: Progress) -> int:
    rng = b.rng
    first = b.next_id("task")
    rows: list[tuple[Any, ...]] = []
    links: list[tuple[int, int | None, int | None, int | None]] = []
    for tid in range(first, first + count):
        due = b.today + timedelta(days=rng.randint(-20, 40))
        status = "completed" if due < b.today and rng.random() < 0.6 else "needs-action"
        due_time = rng.choice(["", "", "09:00", "10:30", "14:00", "16:15"])
        created = datetime.combine(due, datetime.min.time()) - timedelta(days=rng.randint(1, 30))
        reminder = None
        if due_time and status != "completed":
            reminder = _ts(datetime.combine(due, datetime.strptime(due_time, "%H:%M").time()) - timedelta(minutes=15))
        recurrence = "FREQ=WEEKLY" if rng.random() < 0.05 else ""
        rows.append((tid, b.uid(), _ts(created), _ts(created), 1, rng.choice(names.TASK_TITLES), "",
                     due.isoformat(), due_time, rng.choice((0, 1, 5, 9)), status,
                     100 if status == "completed" else 0,
                     _ts(created + timedelta(days=1)) if status == "completed" else None, reminder, recurrence,
                     names.OWNERS[tid % len(names.OWNERS)]))  # by its id: the other sample data stays as it was
        links.append((tid, rng.choice(contacts)[0], None, None))
        if deals and rng.random() < 0.4:
            links.append((tid, None, None, rng.choice(deals)))
    with b.writer.write("Make sample data", Origin.SYSTEM) as op:
        b.insert("task", ("id", "uid", "created_at", "updated_at", "version", "title", "notes", "due_date",
                          "due_time", "priority", "status", "percent_complete", "completed_at", "reminder_at",
                          "recurrence", "owner"), rows)
        b.insert("task_link", ("task_id", "contact_id", "account_id", "deal_id"), links)
        op.reindex("task", [r[0] for r in rows])
    report("tasks", count, count)
    return count


def _leads(b: _Builder, count: int, report: Progress) -> int:
    """People and companies not yet qualified: most new or contacted, some disqualified with a reason, a few
    qualified (naming a deal of theirs, its account and first person), from the last quarter."""
    rng = b.rng
    deals = b.db.execute_sql(
        "SELECT d.uid, coalesce((SELECT a.uid FROM account a WHERE a.id = d.account_id), ''),"
        " coalesce((SELECT c.uid FROM contact c WHERE c.id = (SELECT min(contact_id) FROM deal_contact"
        " WHERE deal_id = d.id)), '') FROM deal d ORDER BY d.id").fetchall()
    first = b.next_id("lead")
    rows: list[tuple[Any, ...]] = []
    for lid in range(first, first + count):
        culture = _culture(rng)
        _given, _family, name, local = _person(b, culture)
        base = rng.choice(names.COMPANY_BASES[culture])
        company = "" if rng.random() < 0.2 else (f"{base}{rng.choice(names.SECTORS[culture])[0]}"
                                                   if culture == "chinese" else base)
        if rng.random() < 0.1:
            name = ""  # a company alone (from a fair's list)
        created = b.moment(90)
        status = rng.choices(["new", "contacted", "disqualified", "qualified"], weights=[45, 30, 15, 10])[0]
        closed = _ts(created + timedelta(days=rng.randint(1, 20))) if status in ("qualified", "disqualified") \
            else None
        deal = rng.choice(deals) if status == "qualified" and deals else ("", "", "")
        rows.append((lid, b.uid(), _ts(created), _ts(created), 1, name, company or ("" if name else base),
                     f"{local}@mail.example.org" if name else "", b.phone(culture)[0] if rng.random() < 0.6 else "",
                     rng.choice(names.LEAD_SOURCES), status if deal[0] or status != "qualified" else "contacted",
                     rng.choice(names.LOST_REASONS) if status == "disqualified" else "",
                     names.OWNERS[lid % len(names.OWNERS)], closed if deal[0] or status != "qualified" else None,
                     deal[2], deal[1], deal[0]))
    with b.writer.write("Make sample data", Origin.SYSTEM) as op:
        b.insert("lead", ("id", "uid", "created_at", "updated_at", "version", "name", "company", "email", "phone",
                          "source", "status", "reason", "owner", "closed_at", "contact_uid", "account_uid", "deal_uid"),
                 rows)
        op.reindex("lead", [r[0] for r in rows])
    report("leads", count, count)
    return count


def _tags(b: _Builder, contacts: list[tuple[int, int | None]], accounts: list[tuple[int, str, str]]) -> None:
    rng = b.rng
    with b.writer.write("Make sample data", Origin.SYSTEM) as op:
        op.mark(Changes(tags=True))
        tag_ids = {}
        for name in names.TAGS:
            existing = b.db.execute_sql("SELECT id FROM tag WHERE name_key = ?", (tag_key(name),)).fetchone()
            if existing:
                tag_ids[name] = existing[0]
            else:
                cursor = b.db.execute_sql("INSERT INTO tag (name, name_key, color, created_at) VALUES (?, ?, '', ?)",
                                          (name, tag_key(name), _ts(b.now)))
                tag_ids[name] = cursor.lastrowid
        rows = {(tag_ids[rng.choice(names.TAGS)], "contact", cid) for cid, _ in contacts if rng.random() < 0.15}
        rows |= {(tag_ids[rng.choice(("VIP", "Partner", "Reseller"))], "account", a[0])
                 for a in accounts if rng.random() < 0.2}
        b.insert("tagging", ("tag_id", "record_kind", "record_id"), sorted(rows))


def fill_sample(services: Any, contacts: int) -> DemoSummary:
    """`fill` over the services' store and clock (the window's welcome page)."""
    return fill(services.store, services.clock, contacts=contacts)
