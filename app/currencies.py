"""A home currency and exchange rates: totals over deals in several currencies added up, with no network.

Rates are kept as the European Central Bank publishes them, units of a currency one euro buys on a day
(schema 26), typed by the user or imported from the ECB's CSV files as they are downloaded (the daily
`eurofxref.csv` and the whole history `eurofxref-hist.csv`). An amount converts from its currency to the home
currency at the rates of a day: each currency's last rate on or before that day, or its first one for a day
before any; the euro is 1. A currency with no rate at all is not converted, and is said beside the total
rather than left out of it silently.

Every change is a step of the undo log like any write (an import of 25 years of rates too).
"""

from __future__ import annotations

import csv
import io
import math
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

import peewee

from app.changes import Changes, Result
from app.errors import RapportError, ValidationError
from app.messages import QT_TRANSLATE_NOOP, Said, message_of, said
from app.unit_of_work import WriteOp, Writer
from app.validation import clean_currency, minor_digits

EURO = "EUR"
STALE_DAYS = 7  # a rate further than this from the day it converts for is named beside the total
HOME = "home_currency"
CHANGED = Changes(currencies=True)
_MONTHS = {name: number for number, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"), start=1)}


@dataclass(frozen=True)
class Rate:
    currency: str
    day: date
    per_euro: float
    source: str  # "hand" or "ecb"


@dataclass(frozen=True)
class RatesImport:
    """What an import of the ECB's rates did: rates new here, rates changed, days read, and each line or column
    left out with its reason."""

    added: int = 0
    changed: int = 0
    days: int = 0
    currencies: tuple[str, ...] = ()
    left_out: tuple[Said, ...] = ()


@dataclass(frozen=True)
class Total:
    """A sum over several currencies in the home currency: `amount_minor` in its minor units; `converted`
    when any amount had to be; `without_rate`, the currencies (with their own sums) no rate converts."""

    currency: str
    amount_minor: int
    converted: bool
    without_rate: tuple[tuple[str, int], ...] = ()
    stale: tuple[tuple[str, date], ...] = ()  # converted at a rate more than STALE_DAYS from the day


class Converter:
    """Rates of one day, read once: amounts in any currency to the home currency's minor units."""

    def __init__(self, database: peewee.SqliteDatabase, home: str, day: date) -> None:
        self.home = home
        self.day = day
        self._db = database
        self._rates: dict[str, tuple[float, date] | None] = {EURO: (1.0, day)}

    def per_euro(self, currency: str) -> float | None:
        found = self._rate(currency)
        return found[0] if found else None

    def rate_day(self, currency: str) -> date | None:
        """The day of the rate `currency` converts at (the euro: the converter's own)."""
        found = self._rate(currency)
        return found[1] if found else None

    def _rate(self, currency: str) -> tuple[float, date] | None:
        if currency not in self._rates:
            self._rates[currency] = dated_rate(self._db, currency, self.day)
        return self._rates[currency]

    def convert(self, amount_minor: int, currency: str) -> int | None:
        """The amount in the home currency's minor units, or None when either currency has no rate."""
        if currency == self.home:
            return amount_minor
        source, target = self.per_euro(currency), self.per_euro(self.home)
        if source is None or target is None:
            return None
        value = Decimal(amount_minor).scaleb(-minor_digits(currency)) * Decimal(repr(target)) / Decimal(repr(source))
        return int(value.scaleb(minor_digits(self.home)).to_integral_value())

    def total(self, sums: Iterable[tuple[str, int]]) -> Total:
        """Sums per currency (currency, minor units) added up in the home currency."""
        sums = list(sums)
        amount, converted, missing = 0, False, []
        for currency, minor in sums:
            value = self.convert(minor, currency)
            if value is None:
                missing.append((currency, minor))
                continue
            amount += value
            converted = converted or currency != self.home
        return Total(self.home, amount, converted, tuple(missing), self.stale([c for c, _ in sums]))

    def stale(self, currencies: Iterable[str]) -> tuple[tuple[str, date], ...]:
        """Currencies converted at a rate far from the day (an old one, as the ECB's last rouble of March 2022,
        or the first one known for a day before it), each with its rate's day: said beside the total."""
        found = []
        for currency in dict.fromkeys([*currencies, self.home]):
            day = self.rate_day(currency) if currency != EURO else None
            if day is not None and abs((self.day - day).days) > STALE_DAYS:
                found.append((currency, day))
        return tuple(found)


def rate_on(database: peewee.SqliteDatabase, currency: str, day: date) -> float | None:
    """Units of `currency` one euro bought on `day`: its last rate on or before it, else its first one."""
    found = dated_rate(database, currency, day)
    return found[0] if found else None


def dated_rate(database: peewee.SqliteDatabase, currency: str, day: date) -> tuple[float, date] | None:
    """rate_on with the day of the rate it found."""
    if currency == EURO:
        return 1.0, day
    row = database.execute_sql(
        "SELECT per_euro, day FROM exchange_rate WHERE currency = ? AND day <= ? ORDER BY day DESC LIMIT 1",
        (currency, day.isoformat())).fetchone() or database.execute_sql(
        "SELECT per_euro, day FROM exchange_rate WHERE currency = ? ORDER BY day LIMIT 1", (currency,)).fetchone()
    return (float(row[0]), date.fromisoformat(str(row[1]))) if row else None


def rate_sql(currency: str, day: str) -> str:
    """SQL for rate_on(currency, day) inside a query (`currency` and `day` SQL expressions): one lookup in the
    (currency, day) index a row, so a report converts each deal at its own date's rate."""
    return (f"(CASE WHEN {currency} = '{EURO}' THEN 1.0 ELSE coalesce("
            f"(SELECT r.per_euro FROM exchange_rate r WHERE r.currency = {currency} AND r.day <= {day}"
            f" ORDER BY r.day DESC LIMIT 1),"
            f" (SELECT r.per_euro FROM exchange_rate r WHERE r.currency = {currency} ORDER BY r.day LIMIT 1)) END)")


def has_rates(database: peewee.SqliteDatabase, currency: str) -> bool:
    """Whether any rate converts `currency` (the euro always)."""
    return currency == EURO or database.execute_sql(
        "SELECT 1 FROM exchange_rate WHERE currency = ? LIMIT 1", (currency,)).fetchone() is not None


def home_currency(database: peewee.SqliteDatabase) -> str:
    row = database.execute_sql("SELECT value FROM crm_setting WHERE key = ?", (HOME,)).fetchone()
    return str(row[0]) if row else ""


def home_minor(amount: float, currency: str, home: str) -> int:
    """A sum SQL made of amounts in `currency`'s minor units times rates, in `home`'s minor units."""
    return int((Decimal(repr(amount)).scaleb(minor_digits(home) - minor_digits(currency))).to_integral_value())


class CurrencyService:
    def __init__(self, writer: Writer) -> None:
        self._writer = writer
        self._db: peewee.SqliteDatabase = writer.database

    # --- reading ------------------------------------------------------------------------------

    def home(self) -> str:
        """The home currency ("" until the user chose one)."""
        return home_currency(self._db)

    def converter(self, day: date, home: str | None = None) -> Converter | None:
        """Conversion at `day`'s rates into the home currency; None while there is no home currency."""
        home = self.home() if home is None else home
        return Converter(self._db, home, day) if home else None

    def latest_rates(self) -> list[Rate]:
        """Each currency's newest rate, A to Z."""
        # Each currency's newest through the (currency, day) index: GROUP BY read all 200,000 rows of the
        # ECB's history (0.2 s) to find 30.
        rows = self._db.execute_sql(
            "WITH RECURSIVE codes(code) AS (SELECT min(currency) FROM exchange_rate UNION ALL"
            " SELECT (SELECT min(currency) FROM exchange_rate WHERE currency > code) FROM codes WHERE code IS NOT NULL)"
            " SELECT r.currency, r.day, r.per_euro, r.source FROM codes JOIN exchange_rate r ON r.id ="
            " (SELECT id FROM exchange_rate WHERE currency = code ORDER BY day DESC LIMIT 1) ORDER BY r.currency")
        return [Rate(str(c), date.fromisoformat(str(d)), float(r), str(s)) for c, d, r, s in rows]

    def rates_of(self, currency: str) -> list[Rate]:
        code = clean_currency(currency)
        rows = self._db.execute_sql(
            "SELECT currency, day, per_euro, source FROM exchange_rate WHERE currency = ? ORDER BY day DESC", (code,))
        return [Rate(str(c), date.fromisoformat(str(d)), float(r), str(s)) for c, d, r, s in rows]

    # --- writing ------------------------------------------------------------------------------

    def set_home(self, currency: str) -> Result[str]:
        """Choose the currency totals are added up in."""
        try:
            code = clean_currency(currency)
        except ValueError as exc:
            raise ValidationError.single("currency", message_of(exc)) from None
        with self._writer.write("Choose the home currency") as op:
            row = self._db.execute_sql("SELECT id FROM crm_setting WHERE key = ?", (HOME,)).fetchone()
            if row is None:
                self._db.execute_sql("INSERT INTO crm_setting (key, value) VALUES (?, ?)", (HOME, code))
            else:
                op.capture("crm_setting", int(row[0]))
                self._db.execute_sql("UPDATE crm_setting SET value = ? WHERE id = ?", (code, int(row[0])))
            op.mark(CHANGED)
        return Result(code, CHANGED)

    def set_rate(self, currency: str, per_euro: Decimal | str, day: date) -> Result[Rate]:
        """How many units of `currency` one euro buys on `day`, as the user typed it."""
        code, value = _checked_rate(currency, per_euro)
        with self._writer.write("Set an exchange rate") as op:
            self._put(op, code, day, value, "hand")
            op.mark(CHANGED)
        return Result(Rate(code, day, value, "hand"), CHANGED)

    def remove_rate(self, currency: str, day: date) -> Result[None]:
        code = clean_currency(currency)
        with self._writer.write("Remove an exchange rate") as op:
            row = self._db.execute_sql("SELECT id FROM exchange_rate WHERE currency = ? AND day = ?",
                                       (code, day.isoformat())).fetchone()
            if row is None:
                raise RapportError(said(QT_TRANSLATE_NOOP("Services", "there is no rate of %1 on %2"), code,
                                        day.isoformat()))
            op.capture("exchange_rate", int(row[0]))
            self._db.execute_sql("DELETE FROM exchange_rate WHERE id = ?", (int(row[0]),))
            op.mark(CHANGED)
        return Result(None, CHANGED)

    def import_ecb(self, path: Path) -> Result[RatesImport]:
        """The ECB's reference rates from its CSV file (daily or the whole history), one step. A rate here for
        the same currency and day takes the file's value; a value the file leaves out (N/A) changes nothing."""
        try:
            text = _ecb_text(path)
        except (OSError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
            raise RapportError(said(QT_TRANSLATE_NOOP("Services", "%1: cannot read it (%2)"), path.name,
                                    getattr(exc, "strerror", None) or str(exc))) from None
        rates, days, left_out = _read_ecb(text, path.name)
        added = changed = 0
        with self._writer.write("Import exchange rates") as op:
            known = {(str(c), str(d)): (int(i), float(r)) for i, c, d, r in self._db.execute_sql(
                "SELECT id, currency, day, per_euro FROM exchange_rate")}
            new = []
            for currency, day, value in rates:
                here = known.get((currency, day.isoformat()))
                if here is None:
                    new.append((currency, day.isoformat(), value, "ecb"))
                elif not math.isclose(here[1], value, rel_tol=1e-12):
                    op.capture("exchange_rate", here[0])
                    self._db.execute_sql("UPDATE exchange_rate SET per_euro = ?, source = 'ecb' WHERE id = ?",
                                         (value, here[0]))
                    changed += 1
            self._db.cursor().executemany(
                "INSERT INTO exchange_rate (currency, day, per_euro, source) VALUES (?, ?, ?, ?)", new)
            added = len(new)
            if added or changed:  # (a file read again is no step of the undo log)
                op.mark(CHANGED)
        currencies = tuple(sorted({currency for currency, _, _ in rates}))
        return Result(RatesImport(added, changed, days, currencies, tuple(left_out)), op.changes)

    def _put(self, op: WriteOp, currency: str, day: date, value: float, source: str) -> None:
        row = self._db.execute_sql("SELECT id FROM exchange_rate WHERE currency = ? AND day = ?",
                                   (currency, day.isoformat())).fetchone()
        if row is None:
            self._db.execute_sql("INSERT INTO exchange_rate (currency, day, per_euro, source) VALUES (?, ?, ?, ?)",
                                 (currency, day.isoformat(), value, source))
        else:
            op.capture("exchange_rate", int(row[0]))
            self._db.execute_sql("UPDATE exchange_rate SET per_euro = ?, source = ? WHERE id = ?",
                                 (value, source, int(row[0])))


def _checked_rate(currency: str, per_euro: Decimal | str) -> tuple[str, float]:
    try:
        code = clean_currency(currency)
    except ValueError as exc:
        raise ValidationError.single("currency", message_of(exc)) from None
    if code == EURO:
        raise ValidationError.single("currency", said(QT_TRANSLATE_NOOP(
            "Services", "rates are units of a currency to one euro: the euro's own is always 1")))
    try:
        value = Decimal(str(per_euro).strip().replace(",", "."))
    except InvalidOperation:
        value = Decimal(0)
    if not value.is_finite() or value <= 0:
        raise ValidationError.single("rate", said(QT_TRANSLATE_NOOP(
            "Services", "“%1” is not a rate: how many units of %2 one euro buys, as 1.0812"), str(per_euro), code))
    return code, float(value)


def _read_ecb(text: str, name: str) -> tuple[list[tuple[str, date, float]], int, list[Said]]:
    """(currency, day, units per euro) of an ECB CSV file, the number of days, and what was left out."""
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text)) if any(c.strip() for c in row)]
    if not rows or rows[0][0].casefold() != "date":
        raise RapportError(said(QT_TRANSLATE_NOOP(
            "Services", "%1: not the European Central Bank's rates (its first line starts with “Date”, then the"
                        " currencies)"), name))
    header = rows[0]
    columns: dict[int, str] = {}
    left_out: list[Said] = []
    for index, cell in enumerate(header[1:], start=1):
        if not cell:
            continue
        try:
            columns[index] = clean_currency(cell)
        except ValueError:
            left_out.append(said(QT_TRANSLATE_NOOP(
                "Services", "%1: column “%2” left out: not a currency in use (ISO 4217)"), name, cell))
    rates: dict[tuple[str, date], float] = {}
    days = 0
    for line, row in enumerate(rows[1:], start=2):
        day = _ecb_day(row[0])
        if day is None:
            left_out.append(said(QT_TRANSLATE_NOOP("Services", "%1, line %2: “%3” is not a date; line left out"),
                                 name, line, row[0]))
            continue
        days += 1
        for index, currency in columns.items():
            cell = row[index] if index < len(row) else ""
            if not cell or cell.upper() == "N/A" or currency == EURO:
                continue
            try:
                value = float(Decimal(cell))
            except InvalidOperation:
                value = 0.0
            if not value > 0 or not math.isfinite(value):
                left_out.append(said(QT_TRANSLATE_NOOP("Services", "%1, line %2: %3 rate “%4” is not a number"),
                                     name, line, currency, cell))
                continue
            rates[(currency, day)] = value  # a day the file gives twice: its last line's
    return [(currency, day, value) for (currency, day), value in rates.items()], days, left_out


def _ecb_text(path: Path) -> str:
    """The CSV file's text, or that of the one CSV file in the ZIP the ECB serves (eurofxref-hist.zip)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith(".csv")]
            if len(names) != 1:
                raise zipfile.BadZipFile(f"{len(names)} CSV files in it, not one")
            return archive.read(names[0]).decode("utf-8-sig")
    return path.read_text(encoding="utf-8-sig")


def _ecb_day(text: str) -> date | None:
    """2026-12-04 (the history file) or 04 December 2026 (the daily file)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    parts = text.split()
    if len(parts) == 3 and parts[0].isdigit() and parts[2].isdigit() and parts[1].casefold() in _MONTHS:
        try:
            return date(int(parts[2]), _MONTHS[parts[1].casefold()], int(parts[0]))
        except ValueError:
            return None
    return None
