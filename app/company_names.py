"""Company names compared as people mean them: "ACME Foods, Inc." and "Acme Foods" are one company.

Typing a company for a contact or a deal completes from the accounts there are (fuzzy, so "acme inc"
finds "ACME Foods, Inc.") and, before a new account is made, names the ones it nearly duplicates. The
comparison key drops case, accents, punctuation and the legal form ("Inc.", "GmbH", "ООО", "有限公司"),
which differ between the systems a name was typed into far more often than the company does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import peewee
from rapidfuzz import fuzz, process

from app.name_keys import fold_name

# Legal forms and filler words that do not tell two companies apart, in the shipped languages.
_LEGAL_WORDS = frozenset((
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "lp", "plc",
    "gmbh", "mbh", "ag", "kg", "se", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "oyj", "ab", "asa",
    "as", "aps", "kk", "pty", "pvt", "the", "and",
    "ооо", "оао", "зао", "пао", "ао", "ип", "тоо", "чп", "нко", "компания", "фирма", "группа",
    "тов", "пп", "пат", "прат", "компанія", "група",  # Ukrainian
    "оод", "еоод", "ад", "еад", "ет", "кд",  # Bulgarian
))
_FILLER = frozenset(("the", "and"))
_LEGAL_SUFFIXES_CJK = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司")
_PUNCTUATION = re.compile(r"[^\w\s]", re.UNICODE)

# Completion offers names scoring at least this (rapidfuzz's WRatio, 0–100) against what is typed.
COMPLETION_SCORE = 70
# A new name this close to an existing one (token_sort_ratio on the keys: a letter or two apart, words in
# another order) is asked about before it is made; "Acme" beside "Acme Foods" is not (they may well differ).
NEAR_DUPLICATE_SCORE = 88


def has_legal_form(name: str) -> bool:
    """Whether a name says it is a company's: a legal form or a company's word ("Sever LLC", "ООО Север",
    "Roe Widgets GmbH", "北京科技有限公司"), never punctuation alone ("Anne-Marie", "O'Neil", "Dr. Smith")."""
    words = _PUNCTUATION.sub(" ", fold_name(name)).split()
    return any(word in _LEGAL_WORDS and word not in _FILLER for word in words) or \
        any(name.strip().endswith(suffix) for suffix in _LEGAL_SUFFIXES_CJK)


def company_key(name: str) -> str:
    """The name without case, accents, punctuation or legal form: "ACME Foods, Inc." -> "acme foods"."""
    folded = _PUNCTUATION.sub(" ", fold_name(name).replace("&", " and "))
    words = [word for word in folded.split() if word not in _LEGAL_WORDS]
    key = " ".join(words)
    for suffix in _LEGAL_SUFFIXES_CJK:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)].strip()
            break
    return key or " ".join(folded.split())


@dataclass(frozen=True)
class AccountName:
    uid: str
    name: str


class AccountNames:
    """The live accounts' names, read once, for completing and checking what the user types (a sheet or
    an editor lives a few seconds; the names are read again the next time one opens)."""

    def __init__(self, database: peewee.SqliteDatabase) -> None:
        rows = database.execute_sql(
            "SELECT uid, name FROM account WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE").fetchall()
        self._accounts = [AccountName(uid, name) for uid, name in rows]
        self._folded = [fold_name(a.name) for a in self._accounts]
        self._keys = [company_key(a.name) for a in self._accounts]
        self._by_fold = {fold: account for fold, account in zip(self._folded, self._accounts, strict=True)}

    def __len__(self) -> int:
        return len(self._accounts)

    def exact(self, name: str) -> AccountName | None:
        """The account called `name`, case, accents and spacing aside."""
        return self._by_fold.get(fold_name(name))

    def complete(self, text: str, limit: int = 10) -> list[AccountName]:
        """Accounts for what is typed, best first: names starting with it, then containing it, then
        names that match it loosely (a typo, another legal form, words in another order)."""
        folded = fold_name(text)
        if not folded:
            return []
        starts = [i for i, name in enumerate(self._folded) if name.startswith(folded)]
        contains = [i for i, name in enumerate(self._folded) if folded in name and not name.startswith(folded)]
        chosen = list(dict.fromkeys(starts + contains))[:limit]
        if len(chosen) < limit:
            key = company_key(text)
            for _match, _score, index in process.extract(
                key, self._keys, scorer=fuzz.WRatio, score_cutoff=COMPLETION_SCORE, limit=limit * 2
            ):
                if index not in chosen:
                    chosen.append(index)
                if len(chosen) >= limit:
                    break
        return [self._accounts[i] for i in chosen]

    def near_duplicates(self, name: str, limit: int = 3) -> list[AccountName]:
        """Accounts a new one called `name` would nearly duplicate ("Acme Foods" beside "Acme Foods Inc.",
        "Acme Food"); none when an account has exactly this name (that one is meant)."""
        if not fold_name(name) or self.exact(name) is not None:
            return []
        key = company_key(name)
        found = process.extract(key, self._keys, scorer=fuzz.token_sort_ratio,
                                score_cutoff=NEAR_DUPLICATE_SCORE, limit=limit)
        return [self._accounts[index] for _match, _score, index in found]
