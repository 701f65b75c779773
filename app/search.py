"""Search across every kind of record: prefix matching, ranked, case- and accent-insensitive."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

import peewee

from db.fts import CJK_CHAR as CJK_CHAR  # the window takes it from here, not from db
from db.fts import KIND_CODES, split_cjk

# Words as FTS5's unicode61 sees them (letters and digits; "_" separates). A quoted term that the
# tokenizer split in two would be a phrase, which the index (detail=column) cannot answer.
_WORD = re.compile(r"[^\W_]+")
_PHONE_LIKE = re.compile(r"^\+?[\d\s\-().]+$")

log = logging.getLogger(__name__)
_KIND_ORDER = {"contact": 0, "account": 0, "lead": 1, "deal": 1, "task": 2, "activity": 3}


@dataclass(frozen=True)
class SearchHit:
    kind: str
    uid: str
    display: str


def _terms(text: str) -> list[tuple[str, bool]]:
    """(term, may be a prefix) pairs; CJK characters are whole terms of their own."""
    stripped = text.strip()
    if _PHONE_LIKE.match(stripped):
        digits = re.sub(r"\D", "", stripped)
        if len(digits) >= 3:
            return [(digits, True)]
    words = _WORD.findall(split_cjk(unicodedata.normalize("NFC", stripped)))
    terms = []
    for word in words:
        # A number of one or two digits beside other words ("Bluebird 4") is taken whole: as a
        # prefix it would match every phone number and postcode.
        short_number = len(words) > 1 and word.isdigit() and len(word) < 3
        term = (word, not (CJK_CHAR.fullmatch(word) or short_number))
        if term not in terms:
            terms.append(term)
    return terms


def match_expression(text: str, *, prefix: bool = True, column: str | None = None) -> str | None:
    """The FTS5 query for what the user typed, or None when there is nothing to look for.

    Every word must match (as a prefix when `prefix`); a phone-like query is reduced to its digits;
    Chinese and Japanese characters are matched one by one, so any two characters of a name find it.
    """
    terms = _terms(text)
    if not terms:
        return None
    body = " ".join(f'"{term}"*' if prefix and can_prefix else f'"{term}"' for term, can_prefix in terms)
    return f"{{{column}}}: ({body})" if column else body


class SearchService:
    """Ranked in tiers, best first: whole words of a name, name prefixes, prefixes in names and
    organisations/e-mails/phones, then prefixes anywhere (notes, activity text).

    Within a tier, people and companies come before deals, tasks and activities, then A to Z.
    Each tier reads at most a few hundred index rows, so the cost does not grow with the number of
    matches: ORDER BY bm25() over every match took 100 ms for a one-letter query over 100,000
    contacts, as bm25 counts every document holding each term.
    """

    TIER_ROWS = 200

    def __init__(self, database: peewee.SqliteDatabase) -> None:
        self._db = database

    def search(self, text: str, *, kinds: tuple[str, ...] = (), limit: int = 50) -> list[SearchHit]:
        unknown = [k for k in kinds if k not in KIND_CODES]
        if unknown:
            raise ValueError(f"unknown kind(s): {', '.join(unknown)}")
        tiers = [
            match_expression(text, prefix=False, column="name"),
            match_expression(text, prefix=True, column="name"),
            match_expression(text, prefix=True, column="name detail"),
            match_expression(text, prefix=True),
        ]
        if limit <= 0:
            return []
        if "@" in text.strip()[1:]:  # an address or its start; "@domain" alone goes through the words
            return self._by_email(text.strip(), kinds, limit)
        hits: list[SearchHit] = []
        seen: set[tuple[str, str]] = set()
        for expression in dict.fromkeys(t for t in tiers if t):
            for kind, uid, display in self._tier(expression, kinds):
                if (kind, uid) not in seen:
                    seen.add((kind, uid))
                    hits.append(SearchHit(kind, uid, display))
                    if len(hits) >= limit:
                        return hits
        return hits

    def _by_email(self, text: str, kinds: tuple[str, ...], limit: int) -> list[SearchHit]:
        """An address (or its start) is looked up in the e-mail index: as words, "1", "mail" and "example"
        match a large part of every address book, and FTS took 30 ms to intersect them."""
        if kinds and "contact" not in kinds:
            return []
        pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self._db.execute_sql(
            "SELECT DISTINCT s.kind, s.uid, s.display FROM contact_email e"
            " JOIN search_index s ON s.rowid = e.contact_id * 8 + ?"
            " WHERE e.value LIKE ? ESCAPE '\\' ORDER BY e.value COLLATE NOCASE LIMIT ?",
            (KIND_CODES["contact"], pattern, limit),
        )
        return [SearchHit(kind, uid, display) for kind, uid, display in rows]

    def _tier(self, expression: str, kinds: tuple[str, ...]) -> list[tuple[str, str, str]]:
        sql = "SELECT kind, uid, display FROM search_index WHERE search_index MATCH ?"
        params: list[object] = [expression]
        if kinds:
            sql += f" AND kind IN ({','.join('?' * len(kinds))})"
            params.extend(kinds)
        sql += " LIMIT ?"
        params.append(self.TIER_ROWS)
        try:
            rows = self._db.execute_sql(sql, params).fetchall()
        except peewee.OperationalError as exc:
            # A query the tokenizer reads differently from _WORD (a phrase): skip this tier, keep the rest.
            log.warning("search tier %r skipped: %s", expression, exc)
            return []
        rows.sort(key=lambda r: (_KIND_ORDER[r[0]], r[2].casefold()))
        return [(kind, uid, display) for kind, uid, display in rows]
