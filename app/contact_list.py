"""Rows for the Contacts and Accounts lists: counted, filtered, sorted and paged in SQL.

Plain SQL rather than peewee's query builder: a list page is read on every scroll step and
keystroke, and building the query through peewee cost more than running it. A list reads the
ordered ids once per sort or filter (`ids`), then the rows of whichever page is shown (`rows`):
sorting 100,000 contacts by company costs a few hundred ms in SQLite however it is asked, so it
is paid once rather than on every page an OFFSET would re-sort.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

import peewee

from app.list_names import CUSTOM_PREFIX, OPERATORS
from app.search import match_expression
from app.tags import tag_key
from db import bulk, list_order
from db.fts import CJK_CHAR, KIND_CODES

Row = tuple[str, ...]  # uid, then one string per column (the custom fields' last)
# Above this many matches in the lists' index's last group read for a page, the names are walked from the
# group's start instead of each match looked up (app/contact_list.py ListQuery._page_in_name_order).
WALK_GROUP = 2_000


@dataclass(frozen=True)
class Column:
    """`shown`: the value, an SQL expression over the record `r`; `join`/`key`: how to sort by it.

    Sort keys join the record's part at position 0 (the services number parts from 0): a join
    sorted 100,000 contacts in half the time of a correlated "ORDER BY position LIMIT 1".
    """

    shown: str
    key: str
    join: str = ""
    number: str = ""  # the value as a number, for "less" and "more" (an amount in units, not cents); "" if text
    currency: str = ""  # an amount's currency code, when a condition names one ("is 5 USD"); "" if none


def _part(table: str, owner: str, value: str, alias: str) -> Column:
    return Column(
        shown=f"coalesce((SELECT {value} FROM {table} WHERE {owner} = r.id AND position = 0 LIMIT 1), '')",
        key=f"{alias}.{value}",
        join=f"LEFT JOIN {table} {alias} ON {alias}.{owner} = r.id AND {alias}.position = 0",
    )


def _all_values(table: str, owner: str, value: str) -> Column:
    """Every value of a record's part, joined ("a@x.org, b@y.org"): "contains" finds any one of them."""
    return Column(f"coalesce((SELECT group_concat({value}, ', ') FROM {table} WHERE {owner} = r.id), '')", "")


def _tags_of(kind: str) -> Column:
    return Column(f"coalesce((SELECT group_concat(t.name, ', ') FROM tagging g JOIN tag t ON t.id = g.tag_id"
                  f" WHERE g.record_kind = '{kind}' AND g.record_id = r.id), '')", "")


# A list filtered by a column: (column name, operator, value). Every condition holds (AND).
Condition = tuple[str, str, str]


def custom_column(position: int, field_id: int, field_type: str) -> Column:
    """A custom field's value as a list shows and sorts it: numbers and money by their amount, a linked
    contact or account by its name, several choices one after another (the values are checked when set,
    so the casts meet only numbers)."""
    alias = f"cf{position}"
    join = f"LEFT JOIN custom_value {alias} ON {alias}.field_id = {int(field_id)} AND {alias}.record_id = r.id"
    value = f"(SELECT value FROM custom_value WHERE field_id = {int(field_id)} AND record_id = r.id)"
    if field_type in ("contact", "account"):
        table, name = ("contact", "display_name") if field_type == "contact" else ("account", "name")
        linked = f"cl{position}"
        return Column(f"coalesce((SELECT {name} FROM {table} WHERE uid = {value}), '')", f"{linked}.{name}",
                      f"{join} LEFT JOIN {table} {linked} ON {linked}.uid = {alias}.value")
    if field_type == "number":
        return Column(f"coalesce({value}, '')", f"CAST({alias}.value AS REAL)", join, f"CAST({value} AS REAL)")
    if field_type == "money":  # "1200.50 EUR": CAST reads the amount before the code
        return Column(f"coalesce({value}, '')",
                      f"CAST(substr({alias}.value, 1, instr({alias}.value, ' ') - 1) AS REAL)", join,
                      f"CAST({value} AS REAL)", f"substr({value}, -3)")
    if field_type == "multichoice":
        return Column(f"coalesce(replace({value}, char(10), ', '), '')", f"{alias}.value", join)
    return Column(f"coalesce({value}, '')", f"{alias}.value", join)


_AMOUNT = re.compile(r"\s*([-+])?\s*(?:([A-Za-z]{3})|([€$£₽₴¥元]))?\s*([-+]?\d[\d\s\u00a0\u202f.,']*)\s*"
                     r"(?:([A-Za-z]{3})|([€$£₽₴¥元]))?\s*")


def _amount(text: str) -> tuple[float, str] | None:
    """A number as the user types one for a condition, and the currency it names if any: "1,000" and "1 000"
    a thousand, "2,5" two and a half, "1.500 KWD" one and a half (the field's own reading,
    app/custom_fields.py), "1e3" as Python reads it; None for what is no number ("1/2", "5 6")."""
    from app.custom_fields import CURRENCY_SYMBOLS, decimal_of
    from app.validation import minor_digits

    match = _AMOUNT.fullmatch(text)
    if match is None:
        try:
            return float(text), ""
        except ValueError:
            return None
    sign, code_before, symbol_before, digits, code_after, symbol_after = match.groups()
    codes = {c.upper() for c in (code_before, code_after) if c} | {
        CURRENCY_SYMBOLS[s] for s in (symbol_before, symbol_after) if s}
    spaced = re.split(r"[\s\u00a0\u202f']+", digits.strip())
    if len(codes) > 1 or any(len(re.sub(r"[.,].*", "", g)) != 3 for g in spaced[1:]):
        return None  # two currencies; "5 6" is no grouping of thousands
    code = next(iter(codes), "")
    try:
        places = minor_digits(code) if code else 2
    except (ValueError, LookupError):
        places = 2
    found = decimal_of(digits.strip(), places)
    if found is None:
        return None
    return (-float(found) if sign == "-" else float(found)), code


class ListQuery:
    """Shared by both lists; subclasses name the table and its columns (in row order after the uid)."""

    table: str
    kind: str
    name_column: str
    name_index: str  # the index on name_column COLLATE NOCASE (of the live records)
    # True while _where() is this class's own (text and tag only): a text filter's count and its page by name
    # can then be read from the lists' index alone. A subclass that filters on more sets it False.
    plain_where = True
    columns: dict[str, Column]
    # Fields a condition can name beside the columns (a segment of "any field": a job title, a birthday, every
    # e-mail, the tags), not shown in the list: their values as SQL expressions over the record `r`.
    fields: dict[str, Column] = {}  # noqa: RUF012

    def filterable(self) -> dict[str, Column]:
        """Every name a condition can take: the columns (custom fields' too), then the other fields."""
        return {**self.columns, **{name: c for name, c in self.fields.items() if name not in self.columns}}

    def __init__(self, database: peewee.SqliteDatabase) -> None:
        self._db = database
        self.columns = dict(type(self).columns)  # the custom fields' come after (set_custom)
        self.conditions: tuple[Condition, ...] = ()
        self.match_any = False

    def set_conditions(self, conditions: Sequence[Condition], *, match_any: bool = False) -> None:
        """Rows only where each (column, operator, value) holds, or any one of them (`match_any`); a column
        not listed (a custom field removed meanwhile) is left out of them."""
        for _column, operator, _value in conditions:
            if operator not in OPERATORS:
                raise ValueError(f"{operator!r} is not one of {', '.join(OPERATORS)}")
        self.conditions = tuple(conditions)
        self.match_any = match_any
        self.plain_where = type(self).plain_where and not self.conditions  # (the count then needs the table)

    @staticmethod
    def _in_currency(column: Column, code: str) -> str:
        """" AND the currency is CODE" where a condition names one ("is 5 USD" is not 5 EUR)."""
        return f" AND {column.currency} = ?" if code and column.currency else ""

    def _condition_sql(self, name: str, operator: str, value: str) -> tuple[str, list[object]]:
        """One condition over the value the column shows (a linked record's name, several choices joined
        by commas); numbers and money compared by amount, dates (ISO) and text as text, case folded."""
        column = self.columns.get(name) or self.fields.get(name)
        if column is None:
            return "0", []  # a column that went (a field removed): nothing matches, rather than everything
        shown = column.shown
        numeric = bool(column.number)
        if operator == "empty":
            return f"{shown} = ''", []
        if operator == "filled":
            return f"{shown} != ''", []
        if operator == "contains":  # letter case aside in any script (rapport_fold: db/connection.py)
            escaped = value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            return f"rapport_fold({shown}) LIKE ? ESCAPE '\\'", [f"%{escaped}%"]
        if operator in ("less", "more"):
            sign = "<" if operator == "less" else ">"
            if numeric:
                amount = _amount(value)
                if amount is None:
                    return "0", []  # a number asked of a column of numbers: not a number, no row
                return (f"{shown} != '' AND {column.number} {sign} ?" + self._in_currency(column, amount[1]),
                        [amount[0], *([amount[1]] if amount[1] and column.currency else [])])
            return f"{shown} != '' AND {shown} {sign} ? COLLATE NOCASE", [value]
        if numeric and (amount := _amount(value)) is not None:
            return (f"{'' if operator == 'is' else 'NOT '}({shown} != '' AND {column.number} = ?"
                    f"{self._in_currency(column, amount[1])})",
                    [amount[0], *([amount[1]] if amount[1] and column.currency else [])])
        return f"rapport_fold({shown}) {'=' if operator == 'is' else '!='} ?", [value.casefold()]

    def field_ids(self, keys: Sequence[str]) -> dict[str, int]:
        """The ids of this kind's live custom fields of these keys."""
        rows = self._db.execute_sql("SELECT key, id FROM custom_field WHERE record_kind = ? AND removed_at IS NULL",
                                    (self.kind,)).fetchall()
        return {str(key): int(field_id) for key, field_id in rows if key in set(keys)}

    def set_custom(self, fields: Sequence[tuple[int, str, str]]) -> None:
        """The custom fields listed after the fixed columns: (field id, key, type) each, in order; their
        columns are named "custom:KEY"."""
        self.columns = dict(type(self).columns)
        for position, (field_id, key, field_type) in enumerate(fields):
            self.columns[CUSTOM_PREFIX + key] = custom_column(position, field_id, field_type)

    @property
    def sort_columns(self) -> tuple[str, ...]:
        return tuple(self.columns)

    def count(self, filter_text: str = "", tag: str = "") -> int:
        if self.plain_where and not filter_text.strip() and not tag:
            return self._live()  # the whole list: the triggers' count (schema 34), not a scan of its rows
        if self.plain_where and self._listed() and filter_text.strip() and not tag:
            expression = self._expression(filter_text)  # the lists' index alone: it holds live records only
            return 0 if expression is None else int(self._db.execute_sql(
                f"SELECT count(*) FROM {list_order.TABLE} WHERE {list_order.TABLE} MATCH ? AND rowid & 7 = ?",
                (expression, KIND_CODES[self.kind])).fetchone()[0])
        where, params = self._where(filter_text, tag)
        return int(self._db.execute_sql(f"SELECT count(*) FROM {self.table} r WHERE {where}", params).fetchone()[0])

    def page(self, offset: int, limit: int, sort_column: str = "name", descending: bool = False,
             filter_text: str = "", tag: str = "") -> list[Row]:
        """One page of rows in order. For a list that pages on, `ids` once and `rows` per page is cheaper."""
        ids = self._ordered_ids(sort_column, descending, filter_text, tag, limit, offset)
        return self.rows(ids)

    def ids(self, sort_column: str = "name", descending: bool = False, filter_text: str = "",
            tag: str = "") -> list[int]:
        """Every matching record's id, in list order; its length is the count."""
        return self._ordered_ids(sort_column, descending, filter_text, tag, -1, 0)

    def id_of(self, uid: str) -> int | None:
        """The row id of a live record of this list's kind."""
        found = self._db.execute_sql(
            f"SELECT id FROM {self.table} WHERE uid = ? AND deleted_at IS NULL", (uid,)).fetchone()
        return int(found[0]) if found else None

    def rows(self, ids: Sequence[int]) -> list[Row]:
        """The rows of these records, in the order of `ids` (ids deleted meanwhile are left out)."""
        if not ids:
            return []
        shown = ", ".join(c.shown for c in self.columns.values())
        found: dict[int, Row] = {}
        for start in range(0, len(ids), 500):  # SQLite's variable limit, with room to spare
            chunk = list(ids[start : start + 500])
            cursor = self._db.execute_sql(
                f"SELECT r.id, r.uid, {shown} FROM {self.table} r"
                f" WHERE r.deleted_at IS NULL AND r.id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for record_id, *values in cursor:
                found[record_id] = tuple("" if v is None else str(v) for v in values)
        return [found[i] for i in ids if i in found]

    def _ordered_ids(self, sort_column: str, descending: bool, filter_text: str, tag: str, limit: int,
                     offset: int) -> list[int]:
        column = self.columns.get(sort_column)
        if column is None:
            raise ValueError(f"cannot sort by {sort_column!r}; one of {', '.join(self.columns)}")
        where, params = self._where(filter_text, tag)
        direction = "DESC" if descending else "ASC"
        if sort_column == "name":
            if self.plain_where and self._listed() and filter_text.strip() and not tag and limit >= 0:
                return self._page_in_name_order(filter_text, descending, limit, offset)
            # Exactly the indexed expression, so SQLite walks the index instead of sorting.
            order = f"r.{self.name_column} COLLATE NOCASE {direction}, r.id {direction}"
        elif sort_column == "updated":
            order = f"r.updated_at {direction}, r.id {direction}"
        else:  # empty values last either way: a sorted column should start with something to read
            order = f"coalesce({column.key}, '') = '', {column.key} COLLATE NOCASE {direction}, r.id"
            if column.number:
                order = f"{column.key} IS NULL, {column.key} {direction}, r.id"  # by the amount, not its text
        sql = (f"SELECT r.id FROM {self.table} r {column.join} WHERE {where}"
               f" ORDER BY {order} LIMIT ? OFFSET ?")
        return [row[0] for row in self._db.execute_sql(sql, [*params, limit, offset])]

    def _live(self) -> int:
        """Records of this kind out of the Trash, as the triggers keep them."""
        return bulk.live_counts(self._db).get(self.table, 0)

    def _listed(self) -> bool:
        """Whether the lists' index holds this kind (db/list_order.py): contacts and accounts."""
        return self.kind in list_order.LISTED

    @staticmethod
    def _expression(filter_text: str) -> str | None:
        """The lists' index query for a text filter: one letter (not Chinese or Japanese) is a word of the
        name beginning with it — as a prefix of every word it would match most records by their e-mail or
        company — and more is every word a prefix of one of the name's or the details' (companies, e-mails,
        phones, places); not the notes, which would surprise in a list."""
        text = filter_text.strip()
        names_only = len(text) == 1 and not CJK_CHAR.fullmatch(text)
        return match_expression(text, prefix=True, column="name" if names_only else "name detail")

    def _page_in_name_order(self, filter_text: str, descending: bool, limit: int, offset: int) -> list[int]:
        """A page of a text filter's matches by name, from the lists' index: its row ids follow the names'
        first three bytes in NOCASE's order, so the first `offset + limit` matches are among those read up to
        that many and the rest of the last one's three-byte group; those are put in order exactly."""
        expression = self._expression(filter_text)
        wanted = offset + limit
        if expression is None or wanted == 0:
            return []
        direction = "DESC" if descending else "ASC"
        code = KIND_CODES[self.kind]
        before: list[int] = []  # matches in the groups before the last one read: fewer than wanted
        group: list[int] = []  # the last group's
        group_key = -1
        enough = False  # whether the groups read hold `wanted` matches (else every match was read)
        cursor = self._db.execute_sql(
            f"SELECT rowid FROM {list_order.TABLE} WHERE {list_order.TABLE} MATCH ? ORDER BY rowid {direction}",
            (expression,))
        try:
            for (row_id,) in cursor:
                if row_id & 7 != code:
                    continue
                key = row_id >> list_order.KEY_SHIFT
                if key != group_key:
                    if len(before) + len(group) >= wanted:
                        enough = True
                        break
                    before += group
                    group, group_key = [], key
                group.append(list_order.record_id(row_id))
        finally:
            cursor.close()
        ordered = self._in_name_order(before, direction, -1)
        needed = wanted - len(ordered)
        enough = enough or len(before) + len(group) >= wanted
        if len(group) > WALK_GROUP and not descending and enough and self._name_index_there():
            # Thousands in one group ("Anna…" for "an"): walking the names from the group's start finds the
            # first of them sooner than looking each one up (16,000 look-ups, 50 ms, at a million contacts).
            # The group holds `needed` of them, so the walk ends within it.
            start = list_order.group_start(group_key)
            ordered += [row[0] for row in self._db.execute_sql(
                f"SELECT r.id FROM {self.table} r INDEXED BY {self.name_index} WHERE r.deleted_at IS NULL"
                f" AND r.{self.name_column} >= ? COLLATE NOCASE AND r.id IN (SELECT value FROM json_each(?))"
                f" ORDER BY r.{self.name_column} COLLATE NOCASE, r.id LIMIT ?",
                (start, json.dumps(group), needed))]
        else:
            ordered += self._in_name_order(group, direction, needed)
        return ordered[offset : offset + limit]

    def _name_index_there(self) -> bool:
        """Whether the names' index is in place: a large import sets it aside while it writes (db/bulk.py)."""
        return self._db.execute_sql("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
                                    (self.name_index,)).fetchone() is not None

    def _in_name_order(self, ids: list[int], direction: str, limit: int) -> list[int]:
        if not ids or limit == 0:
            return []
        return [row[0] for row in self._db.execute_sql(
            f"SELECT r.id FROM {self.table} r WHERE r.deleted_at IS NULL AND r.id IN (SELECT value FROM json_each(?))"
            f" ORDER BY r.{self.name_column} COLLATE NOCASE {direction}, r.id {direction} LIMIT ?",
            (json.dumps(ids), limit))]

    def _where(self, filter_text: str, tag: str) -> tuple[str, list[object]]:
        clauses = ["r.deleted_at IS NULL"]
        params: list[object] = []
        text = filter_text.strip()
        if text and self._listed():
            expression = self._expression(text)
            if expression is None:
                clauses.append("0")  # only punctuation: nothing can match
            else:
                clauses.append(f"r.id IN (SELECT rowid >> {list_order.ID_SHIFT} & {list_order.ID_MASK}"
                               f" FROM {list_order.TABLE} WHERE {list_order.TABLE} MATCH ? AND rowid & 7 = ?)")
                params += [expression, KIND_CODES[self.kind]]
        elif len(text) == 1 and not CJK_CHAR.fullmatch(text):
            # One letter as an FTS prefix matches much of the index; a scan of the names is cheaper
            # and what a user means: a word of the name starts with it. LIKE folds only ASCII case,
            # so both cases are asked for (Cyrillic).
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            if text.isascii():  # LIKE folds ASCII case itself: one pattern, half the scan
                clauses.append(f"' ' || r.{self.name_column} LIKE ? ESCAPE '\\'")
                params.append(f"% {escaped}%")
            else:
                clauses.append(f"(' ' || r.{self.name_column} LIKE ? ESCAPE '\\'"
                               f" OR ' ' || r.{self.name_column} LIKE ? ESCAPE '\\')")
                params += [f"% {escaped.lower()}%", f"% {escaped.upper()}%"]
        elif text:
            # Names, companies, e-mails, phones and places; not notes, which would surprise in a list.
            expression = match_expression(text, prefix=True, column="name detail")
            if expression is None:
                clauses.append("0")  # only punctuation: nothing can match
            else:
                clauses.append(
                    "r.id IN (SELECT rowid / 8 FROM search_index WHERE search_index MATCH ? AND rowid % 8 = ?)"
                )
                params += [expression, KIND_CODES[self.kind]]
        if tag:
            clauses.append(
                "r.id IN (SELECT g.record_id FROM tagging g JOIN tag t ON t.id = g.tag_id"
                " WHERE t.name_key = ? AND g.record_kind = ?)"
            )
            params += [tag_key(tag), self.kind]
        said: list[str] = []
        for name, operator, value in self.conditions:
            clause, values = self._condition_sql(name, operator, value)
            said.append(f"({clause})")
            params += values
        if said:
            clauses.append("(" + (" OR " if self.match_any else " AND ").join(said) + ")")
        return " AND ".join(clauses), params


class ContactListQuery(ListQuery):
    """Rows: uid, display name, company, first e-mail, first phone, city, updated_at."""

    table = "contact"
    kind = "contact"
    name_column = "display_name"
    name_index = "contact_display_name"
    columns = {  # noqa: RUF012 (a fixed table of SQL, never changed)
        "name": Column("r.display_name", "r.display_name"),
        "company": Column(
            shown="coalesce((SELECT a.name FROM contact_account ca JOIN account a ON a.id = ca.account_id"
                  " WHERE ca.contact_id = r.id AND a.deleted_at IS NULL AND ca.position = 0 LIMIT 1), '')",
            key="co.name",
            join="LEFT JOIN contact_account ca ON ca.contact_id = r.id AND ca.position = 0"
                 " LEFT JOIN account co ON co.id = ca.account_id AND co.deleted_at IS NULL",
        ),
        "email": _part("contact_email", "contact_id", "value", "em"),
        "phone": _part("contact_phone", "contact_id", "value", "ph"),
        "city": _part("contact_address", "contact_id", "locality", "ad"),
        "updated": Column("r.updated_at", "r.updated_at"),
    }
    fields = {  # noqa: RUF012
        "job_title": Column("r.job_title", ""),
        "department": Column("r.department", ""),
        "nickname": Column("r.nickname", ""),
        "birthday": Column("coalesce(r.birthday, '')", ""),  # ISO, or --MM-DD without the year
        "notes": Column("r.notes", ""),
        "emails": _all_values("contact_email", "contact_id", "value"),
        "phones": _all_values("contact_phone", "contact_id", "value"),
        "country": _all_values("contact_address", "contact_id", "country"),
        "tags": _tags_of("contact"),
    }


    # Sorts that walk an index in order when the list is not filtered by text (a page costs a few ms
    # instead of sorting every contact): the first part's value (schema 8's contact_*_first indexes).
    _FIRST_PARTS = {  # noqa: RUF012
        "email": ("contact_email", "value", "contact_email_first"),
        "phone": ("contact_phone", "value", "contact_phone_first"),
        "city": ("contact_address", "locality", "contact_address_first"),
    }

    def _ordered_ids(self, sort_column: str, descending: bool, filter_text: str, tag: str, limit: int,
                     offset: int) -> list[int]:
        if filter_text.strip() or (sort_column != "company" and sort_column not in self._FIRST_PARTS):
            return super()._ordered_ids(sort_column, descending, filter_text, tag, limit, offset)
        # Unfiltered: walk the index of the sort key and stop after the page; then the contacts with no
        # such value, in id order, exactly as the general query orders them (tested against it).
        where, params = self._where(filter_text, tag)
        direction = "DESC" if descending else "ASC"
        wanted = offset + limit if limit >= 0 else -1
        if sort_column == "company":
            named_sql = (
                "SELECT r.id FROM account co INDEXED BY account_name"
                " CROSS JOIN contact_account ca ON ca.account_id = co.id AND ca.position = 0"
                " CROSS JOIN contact r ON r.id = ca.contact_id"
                f" WHERE co.deleted_at IS NULL AND co.name != '' AND {where}"
                f" ORDER BY co.name COLLATE NOCASE {direction}, r.id LIMIT ?"
            )
            has_value = ("SELECT 1 FROM contact_account ca JOIN account co ON co.id = ca.account_id"
                         " WHERE ca.contact_id = r.id AND ca.position = 0 AND co.deleted_at IS NULL AND co.name != ''")
        else:
            table, value, index = self._FIRST_PARTS[sort_column]
            named_sql = (
                f"SELECT r.id FROM {table} p INDEXED BY {index} CROSS JOIN contact r ON r.id = p.contact_id"
                f" WHERE p.position = 0 AND p.{value} != '' AND {where}"
                f" ORDER BY p.{value} COLLATE NOCASE {direction}, p.contact_id LIMIT ?"
            )
            has_value = f"SELECT 1 FROM {table} p WHERE p.contact_id = r.id AND p.position = 0 AND p.{value} != ''"
        named = [row[0] for row in self._db.execute_sql(named_sql, [*params, wanted])]
        if wanted < 0 or len(named) < wanted:
            rest = self._db.execute_sql(
                f"SELECT r.id FROM contact r WHERE {where} AND NOT EXISTS ({has_value}) ORDER BY r.id LIMIT ?",
                [*params, wanted - len(named) if wanted >= 0 else -1],
            )
            named += [row[0] for row in rest]
        return named[offset:] if limit < 0 else named[offset : offset + limit]


class AccountListQuery(ListQuery):
    """Rows: uid, name, industry, website, first phone, city, updated_at."""

    table = "account"
    kind = "account"
    name_column = "name"
    name_index = "account_name"
    columns = {  # noqa: RUF012
        "name": Column("r.name", "r.name"),
        "industry": Column("r.industry", "r.industry"),
        "website": Column("r.website", "r.website"),
        "phone": _part("account_phone", "account_id", "value", "ph"),
        "city": _part("account_address", "account_id", "locality", "ad"),
        "updated": Column("r.updated_at", "r.updated_at"),
    }
    fields = {  # noqa: RUF012
        "notes": Column("r.notes", ""),
        "phones": _all_values("account_phone", "account_id", "value"),
        "country": _all_values("account_address", "account_id", "country"),
        "tags": _tags_of("account"),
    }
