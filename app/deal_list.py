"""Rows for the Deals list: counted, filtered (text, status, pipeline, stage), sorted and paged in SQL.

Built on the Contacts/Accounts list query (app/contact_list.py), so the same lazy table model pages it.
The scope (status, pipeline, stage) is set on the query; the text filter matches a deal's title,
account, lead source, owner and notes through the search index.
"""

from __future__ import annotations

import json

import peewee

from app.contact_list import Column, ListQuery
from app.office import spellings

STATUS_FILTERS = ("open", "won", "lost", "")  # "" for every status


def minor_scale(currency: str) -> str:
    """SQL: 10 to the power of the minor digits of the currency in `currency` (100 but for those babel
    knows to differ: JPY 1, KWD 1000…)."""
    from babel.numbers import get_currency_precision, list_currencies

    odd: dict[int, list[str]] = {}
    for code in sorted(list_currencies()):
        digits = int(get_currency_precision(code))
        if digits != 2 and code.isalpha():
            odd.setdefault(digits, []).append(code)
    cases = " ".join(f"WHEN {currency} IN ({', '.join(repr(c) for c in codes)}) THEN {10 ** digits}"
                     for digits, codes in sorted(odd.items()))
    return f"(CASE {cases} ELSE 100 END)"


class DealListQuery(ListQuery):
    """Rows: uid, title, account, stage, amount (minor units), expected close, owner, status, updated,
    currency (last: what the amount is in; the list shows it inside the amount)."""

    table = "deal"
    kind = "deal"
    name_column = "title"
    plain_where = False  # _where() adds pipeline, stage and status: counts need the table
    columns = {  # noqa: RUF012 (a fixed table of SQL, never changed)
        "name": Column("r.title", "r.title"),
        "account": Column(
            shown="coalesce((SELECT a.name FROM account a WHERE a.id = r.account_id AND a.deleted_at IS NULL), '')",
            key="ac.name",
            join="LEFT JOIN account ac ON ac.id = r.account_id AND ac.deleted_at IS NULL",
        ),
        "stage": Column(
            shown="(SELECT s.name FROM stage s WHERE s.id = r.stage_id)",
            # pipelines in their order, then stages in theirs: the board's order, not the alphabet's
            key="(sp.position * 1000 + st.position)",
            join="JOIN stage st ON st.id = r.stage_id JOIN pipeline sp ON sp.id = st.pipeline_id",
        ),
        # The amount in minor units; a condition compares it in units (each currency's own decimals).
        "amount": Column("r.amount_minor", "r.amount_minor",
                         number=f"CAST(r.amount_minor AS REAL) / {minor_scale('r.currency')}", currency="r.currency"),
        "close": Column("r.expected_close", "r.expected_close"),
        "owner": Column("r.owner", "r.owner"),
        "status": Column("r.status", "r.status"),
        "updated": Column("r.updated_at", "r.updated_at"),
        "currency": Column("r.currency", "r.currency"),
    }

    def __init__(self, database: peewee.SqliteDatabase) -> None:
        super().__init__(database)
        self.status = "open"
        self.pipeline_uid = ""
        self.stage_uid = ""
        self.owner = ""  # only this person of the office's deals ("" everyone's): the "Mine" filter

    def set_scope(self, status: str = "open", pipeline_uid: str = "", stage_uid: str = "") -> None:
        """Which deals are listed: a status ("" any), a pipeline ("" any), a stage ("" any)."""
        if status not in STATUS_FILTERS:
            raise ValueError(f"a deal's status is open, won or lost, not {status!r}")
        self.status, self.pipeline_uid, self.stage_uid = status, pipeline_uid, stage_uid

    def _where(self, filter_text: str, tag: str) -> tuple[str, list[object]]:
        where, params = super()._where(filter_text, tag)
        clauses = [where]
        if self.status:
            clauses.append("r.status = ?")
            params.append(self.status)
        if self.stage_uid:
            clauses.append("r.stage_id = (SELECT id FROM stage WHERE uid = ?)")
            params.append(self.stage_uid)
        elif self.pipeline_uid:
            clauses.append("r.stage_id IN (SELECT s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id"
                           " WHERE p.uid = ?)")
            params.append(self.pipeline_uid)
        if self.owner:
            clauses.append("r.owner IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(spellings(self._db, self.owner)))
        return " AND ".join(clauses), params
