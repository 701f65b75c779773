"""Where things stand with a person, in one short line a phone shows with the contact (issue 14, point 5):

    Acme: 40 seats — Proposal · 12,000.50 EUR · ▸ Send the contract 2026-12-11 · ☎ 2026-12-03

the open deal the person is in (the one closing first, then the largest), its stage and amount; the next
open task on the person or that deal; the day of the last call with the person. Sync puts it at the end of
the card's NOTE under a line of its own (NOTE is what phones show on a contact's page), apart from the
user's own note: sync/cards.py writes and strips it, so neither overwrites the other.

The line is the same on every laptop that has the same data: no words of a language, numbers with
a comma every three digits, dates in ISO form. Otherwise two laptops in two languages would send the
card back and forth for ever.
"""

from __future__ import annotations

from decimal import Decimal

import peewee

from app.unit_of_work import Origin, Writer
from app.validation import from_minor_units

MARK = "— Rapport —"  # the line above the summary in a card's NOTE
SEPARATOR = "\n\n" + MARK + "\n"

_SQL = """
WITH live_deal AS (
    SELECT dc.contact_id, d.id, d.title, d.amount_minor, d.currency, s.name AS stage,
           row_number() OVER (PARTITION BY dc.contact_id
                              ORDER BY d.expected_close IS NULL, d.expected_close, d.amount_minor DESC, d.id) AS n
    FROM deal_contact dc JOIN deal d ON d.id = dc.deal_id JOIN stage s ON s.id = d.stage_id
    WHERE d.deleted_at IS NULL AND d.status = 'open'),
first_deal AS (SELECT * FROM live_deal WHERE n = 1),
open_task AS (
    SELECT who.contact_id, t.title, t.due_date,
           row_number() OVER (PARTITION BY who.contact_id
                              ORDER BY t.due_date IS NULL, t.due_date, t.id) AS n
    FROM (SELECT tl.task_id, tl.contact_id FROM task_link tl WHERE tl.contact_id IS NOT NULL
          UNION SELECT tl.task_id, f.contact_id FROM task_link tl JOIN first_deal f ON f.id = tl.deal_id) who
    JOIN task t ON t.id = who.task_id
    WHERE t.deleted_at IS NULL AND t.status IN ('needs-action', 'in-process')),
last_call AS (
    SELECT al.contact_id, max(a.occurred_at) AS at
    FROM activity_link al JOIN activity a ON a.id = al.activity_id
    WHERE al.contact_id IS NOT NULL AND a.kind = 'call' AND a.deleted_at IS NULL
    GROUP BY al.contact_id)
SELECT c.id, f.title, f.stage, f.amount_minor, f.currency, t.title, t.due_date, l.at
FROM contact c
LEFT JOIN first_deal f ON f.contact_id = c.id
LEFT JOIN open_task t ON t.contact_id = c.id AND t.n = 1
LEFT JOIN last_call l ON l.contact_id = c.id
WHERE c.deleted_at IS NULL AND (f.id IS NOT NULL OR t.title IS NOT NULL OR l.at IS NOT NULL)
"""


def summaries(database: peewee.SqliteDatabase) -> dict[int, str]:
    """contact row id → its line, for every live contact that has something to say (one query)."""
    found: dict[int, str] = {}
    for contact_id, title, stage, amount_minor, currency, task, due, called in database.execute_sql(_SQL):
        parts: list[str] = []
        if title:
            deal = f"{title} — {stage}"
            if amount_minor is not None and currency:
                deal += f" · {_grouped(from_minor_units(amount_minor, currency))} {currency}"
            parts.append(deal)
        if task:
            parts.append(f"▸ {task}" + (f" {str(due)[:10]}" if due else ""))
        if called:
            parts.append(f"☎ {str(called)[:10]}")
        found[int(contact_id)] = " · ".join(" ".join(p.split()) for p in parts)
    return found


def with_summary(note: str, summary: str) -> str:
    """A card's NOTE: the user's note, then the summary under its line."""
    if not summary:
        return note
    return (note.rstrip("\n") + SEPARATOR if note.strip() else MARK + "\n") + summary


def split_note(text: str) -> tuple[str, str]:
    """(the user's note, the summary) of a card's NOTE; a NOTE without the mark is all the user's."""
    if text.startswith(MARK + "\n"):
        return "", text[len(MARK) + 1:].strip()
    note, found, summary = text.rpartition(SEPARATOR)
    if not found:
        return text, ""
    return note, summary.strip()


def _grouped(amount: Decimal) -> str:
    return f"{amount:,}"


def refresh(writer: Writer) -> list[int]:
    """Work out every line now; where one differs from the line last put on the person's card, keep the
    new one and count the contact as changed, so that the next push sends the card (its version grows; its
    updated_at does not: nobody edited the person). Returns the contacts whose line changed."""
    database = writer.database
    now = summaries(database)
    before = {int(a): str(b) for a, b in database.execute_sql("SELECT contact_id, text FROM sync_summary")}
    if all(now.get(c, "") == before.get(c, "") for c in now.keys() | before.keys()):
        return []  # no write at all: a sync with nothing new here stays one that looks at nothing
    with writer.write("Work out the lines for phones", Origin.SYNC):
        before = {int(a): str(b) for a, b in database.execute_sql("SELECT contact_id, text FROM sync_summary")}
        changed = sorted(c for c in now.keys() | before.keys() if now.get(c, "") != before.get(c, ""))
        live = {int(r[0]) for r in _in_chunks(database, "SELECT id FROM contact WHERE deleted_at IS NULL AND id IN",
                                             changed)}
        for contact_id in changed:
            if contact_id in now:
                database.execute_sql("INSERT INTO sync_summary (contact_id, text) VALUES (?, ?) ON CONFLICT"
                                     " (contact_id) DO UPDATE SET text = excluded.text", (contact_id, now[contact_id]))
            else:
                database.execute_sql("DELETE FROM sync_summary WHERE contact_id = ?", (contact_id,))
        stamped = sorted(live & set(changed))
        for start in range(0, len(stamped), 500):
            chunk = stamped[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            database.execute_sql(f"UPDATE contact SET version = version + 1 WHERE id IN ({marks})", chunk)
    return stamped


def stored(database: peewee.SqliteDatabase, contact_id: int) -> str:
    """The line last worked out for a person ("" when none)."""
    row = database.execute_sql("SELECT text FROM sync_summary WHERE contact_id = ?", (contact_id,)).fetchone()
    return str(row[0]) if row else ""


def _in_chunks(database: peewee.SqliteDatabase, sql: str, ids: list[int]) -> list[tuple[int]]:
    found: list[tuple[int]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found += database.execute_sql(f"{sql} ({', '.join('?' * len(chunk))})", chunk).fetchall()
    return found
