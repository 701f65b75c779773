"""Quick add in the other shipped languages: Russian, Ukrainian, Bulgarian and Chinese dates, times and repeats.

The English grammar is app/quick_dates.py; these readers run after it on what it left, over the same
masked line, so "позвонить Анне завтра в 10" and "明天上午10点给李明打电话" read as their English twins do.
Each reader takes what it understood out of the line (the title is what remains).

Russian words are matched whole (\\b holds for Cyrillic); Chinese has no spaces between words, so its
patterns stand on their own characters.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Protocol

from dateutil.relativedelta import relativedelta


class Line(Protocol):
    def find(self, pattern: re.Pattern[str]) -> re.Match[str] | None: ...
    def take(self, match: re.Match[str]) -> str: ...


# --- Russian ---------------------------------------------------------------------------------------

_RU_WEEKDAYS = (
    (r"понедельник[аеу]?|пн", 0), (r"вторник[аеу]?|вт", 1), (r"сред[аыуе]|ср", 2), (r"четверг[аеу]?|чт", 3),
    (r"пятниц[аыуе]|пт", 4), (r"суббот[аыуе]|сб", 5), (r"воскресень[еяю]|вс", 6),
)


def _ru_day(tag: str) -> str:
    """The weekdays as an alternation whose groups say which day matched (tag: a pattern may hold two)."""
    return "|".join(f"(?P<{tag}{n}>{words})" for words, n in _RU_WEEKDAYS)


_RU_MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
              "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
_RU_MONTH = r"(?P<month>январ[яь]|феврал[яь]|март[а]?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|август[а]?|сентябр[яь]" \
            r"|октябр[яь]|ноябр[яь]|декабр[яь])"
_RU_NUMBERS = {"один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
               "семь": 7, "восемь": 8, "девять": 9, "десять": 10}
_RU_COUNT = r"\d+|" + "|".join(_RU_NUMBERS)
_RU_LEAD = r"(?:(?:в|во|к|до|на)\s+)?"

_RU_RELATIVE = re.compile(
    rf"\bчерез\s+(?:(?P<n>{_RU_COUNT})\s+)?(?P<unit>минут[уы]?|час[аов]*|д(?:ень|ня|ней)|недел[юиь]|месяц[аев]*)\b",
    re.IGNORECASE)
_RU_DATE = re.compile(rf"\b{_RU_LEAD}(?P<d>\d{{1,2}})\s+{_RU_MONTH}(?:\s+(?P<y>\d{{4}}))?(?:\s*г(?:ода|\.)?)?\b",
                      re.IGNORECASE)
_RU_WORD_DAY = re.compile(
    rf"\b(?P<word>послезавтра|сегодня|завтра"
    rf"|на\s+следующей\s+неделе|на\s+будущей\s+неделе|в\s+следующем\s+месяце"
    rf"|{_RU_LEAD}(?P<which>следующ(?:ий|ую|ее|ей)|эт(?:от|у|о))\s+(?:{_ru_day('n')})"
    rf"|{_RU_LEAD}(?:{_ru_day('d')}))\b", re.IGNORECASE)
_RU_TIME = re.compile(
    r"\b(?:в|к)\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?:\s*(?:час(?:а|ов)?|ч\.?))?"
    r"(?:\s+(?P<part>утра|дня|вечера|ночи))?\b(?![:.]\d)"
    r"|\b(?P<noon>в\s+полдень|в\s+полночь)\b", re.IGNORECASE)
_RU_REPEAT = re.compile(
    r"\b(?:(?P<plain>ежедневно|еженедельно|ежемесячно|ежегодно)"
    rf"|кажд(?:ый|ую|ое|ые)\s+(?:(?P<n>{_RU_COUNT})\s+)?(?P<unit>д(?:ень|ня|ней)|недел[июь]|месяц[аев]*|год[а]?|лет)"
    rf"|кажд(?:ый|ую|ое)\s+(?P<weekday>будний\s+день|рабочий\s+день)"
    rf"|кажд(?:ый|ую|ое)\s+(?:{_ru_day('d')}))\b", re.IGNORECASE)


def _ru_weekday(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    return next((n for _words, n in _RU_WEEKDAYS if groups.get(f"d{n}") or groups.get(f"n{n}")), None)


def _ru_count(word: str | None) -> int:
    if not word:
        return 1
    return int(word) if word.isdigit() else _RU_NUMBERS[word.lower()]


# --- Ukrainian and Bulgarian -----------------------------------------------------------------------
# Their own words for what Russian says (a word both share, "завтра", is read by the Russian reader first).


class Slavic:
    """One language's words: weekdays (stems; each with its number), months (stems), count words, the words
    for today/tomorrow/the day after, next week/month, "in N units", a time of day, and repeats."""

    def __init__(self, weekdays: tuple[tuple[str, int], ...], months: dict[str, int], month_pattern: str,
                 numbers: dict[str, int], days: dict[str, int], next_week: str, next_month: str, next_word: str,
                 this_word: str, lead: str, relative: str, units: dict[str, str], time_lead: str,
                 parts: dict[str, int], noon: dict[str, int], plain_repeats: dict[str, str], every: str,
                 repeat_units: dict[str, str], working_day: str) -> None:
        self.weekdays = weekdays
        self.months = months
        self.numbers = numbers
        self.days = days
        self.units = units
        self.parts = parts
        self.noon = noon
        self.plain_repeats = plain_repeats
        self.repeat_units = repeat_units
        count = r"\d+|" + "|".join(numbers)
        day = "|".join(f"(?P<d{n}>{words})" for words, n in weekdays)
        named = "|".join(f"(?P<n{n}>{words})" for words, n in weekdays)
        self.relative = re.compile(
            rf"\b{relative}\s+(?:(?P<n>{count})\s+)?(?P<unit>{'|'.join(units)})\b", re.IGNORECASE)
        self.date = re.compile(rf"\b{lead}(?P<d>\d{{1,2}})\s+(?P<month>{month_pattern})(?:\s+(?P<y>\d{{4}}))?\b",
                               re.IGNORECASE)
        self.word_day = re.compile(
            rf"\b(?P<word>{'|'.join(sorted(days, key=len, reverse=True))}|{next_week}|{next_month}"
            rf"|{lead}(?P<which>{next_word}|{this_word})\s+(?:{named})"
            rf"|{lead}(?:{day}))\b", re.IGNORECASE)
        self.next_word = re.compile(next_word, re.IGNORECASE)
        self.next_week = re.compile(next_week, re.IGNORECASE)
        self.next_month = re.compile(next_month, re.IGNORECASE)
        self.time = re.compile(
            rf"\b{time_lead}\s+(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?(?:\s*(?:год(?:ин[иа]?)?|ч(?:аса)?\.?))?"
            rf"(?:\s+(?P<part>{'|'.join(parts)}))?\b(?![:.]\d)"
            rf"|\b(?P<noon>{'|'.join(noon)})\b", re.IGNORECASE)
        self.repeat = re.compile(
            rf"\b(?:(?P<plain>{'|'.join(plain_repeats)})"
            rf"|{every}\s+(?:(?P<n>{count})\s+)?(?P<unit>{'|'.join(repeat_units)})"
            rf"|{every}\s+(?P<weekday>{working_day})"
            rf"|{every}\s+(?:{day}))\b", re.IGNORECASE)

    def weekday(self, match: re.Match[str]) -> int | None:
        groups = match.groupdict()
        return next((n for _words, n in self.weekdays if groups.get(f"d{n}") or groups.get(f"n{n}")), None)

    def count(self, word: str | None) -> int:
        if not word:
            return 1
        return int(word) if word.isdigit() else self.numbers[word.lower()]

    def kind_of(self, unit: str, table: dict[str, str]) -> str:
        folded = unit.lower()
        return next(kind for pattern, kind in table.items() if re.fullmatch(pattern, folded, re.IGNORECASE))

    def month(self, word: str) -> int:
        folded = word.lower()
        return next(n for stem, n in sorted(self.months.items(), key=lambda i: -len(i[0])) if folded.startswith(stem))


UKRAINIAN = Slavic(
    weekdays=((r"понеділ(?:ок|ка)|пн", 0), (r"вівтор(?:ок|ка)|вт", 1), (r"серед[ауи]|ср", 2), (r"четвер(?:га)?|чт", 3),
              (r"п['’ʼ]?ятниц[яюі]|пт", 4), (r"субот[аиу]|сб", 5), (r"неділ[яюі]|нд", 6)),
    months={"січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8, "верес": 9,
            "жовт": 10, "листопад": 11, "груд": 12},
    month_pattern=r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня",
    numbers={"один": 1, "одну": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7,
             "вісім": 8, "дев'ять": 9, "десять": 10},
    days={"сьогодні": 0, "завтра": 1, "післязавтра": 2},
    next_week=r"наступного\s+тижня|на\s+наступному\s+тижні", next_month=r"наступного\s+місяця",
    next_word=r"наступн(?:ий|ого|у|ої|ої)", this_word=r"ц(?:ей|ього|ю|ієї)", lead=r"(?:(?:у|в|до|на)\s+)?",
    relative=r"через",
    units={r"хвилин[уи]?": "min", r"годин[уи]?": "h", r"д(?:ень|ні|нів)": "d", r"тижд(?:ень|ні|нів)": "w",
           r"місяц(?:ь|і|ів)": "m"},
    time_lead=r"(?:о|об|на)", parts={"ранку": 0, "дня": 12, "вечора": 12, "ночі": 0},
    noon={"опівдні": 12, "опівночі": 0},
    plain_repeats={"щодня": "DAILY", "щоденно": "DAILY", "щотижня": "WEEKLY", "щомісяця": "MONTHLY",
                   "щороку": "YEARLY"},
    every=r"(?:кож(?:ен|ного|ну|ні|ної))",
    repeat_units={r"д(?:ень|ня|ні|нів)": "DAILY", r"тиж(?:день|ня|ні|нів)": "WEEKLY", r"місяц(?:ь|я|і|ів)": "MONTHLY",
                  r"р(?:ік|оку|оки|оків)": "YEARLY"},
    working_day=r"робочий\s+день|робочого\s+дня|будній\s+день")

BULGARIAN = Slavic(
    weekdays=((r"понеделник|пн", 0), (r"вторник|вт", 1), (r"сряда|ср", 2), (r"четвъртък|чт", 3), (r"петък|пт", 4),
              (r"събота|сб", 5), (r"неделя|нд", 6)),
    months={"яну": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "юни": 6, "юли": 7, "авг": 8, "сеп": 9, "окт": 10,
            "ное": 11, "дек": 12},
    month_pattern=r"януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември",
    numbers={"един": 1, "една": 1, "два": 2, "две": 2, "три": 3, "четири": 4, "пет": 5, "шест": 6, "седем": 7,
             "осем": 8, "девет": 9, "десет": 10},
    days={"днес": 0, "утре": 1, "вдругиден": 2},
    next_week=r"следващата\s+седмица|другата\s+седмица", next_month=r"следващия\s+месец|другия\s+месец",
    next_word=r"следващ(?:ия|ата|ото)", this_word=r"т(?:ози|ази|ова)", lead=r"(?:(?:в|във|до|на)\s+)?",
    relative=r"след",
    units={r"минут[аи]?": "min", r"час(?:а|ове)?": "h", r"д(?:ен|ни|ена)": "d", r"седмиц[аи]": "w",
           r"месец(?:а|и)?": "m"},
    time_lead=r"(?:в|във|към)", parts={"сутринта": 0, "следобед": 12, "вечерта": 12, r"през\s+нощта": 0},
    noon={r"по\s+обяд": 12, r"в\s+полунощ": 0},
    plain_repeats={"ежедневно": "DAILY", "ежеседмично": "WEEKLY", "ежемесечно": "MONTHLY", "ежегодно": "YEARLY"},
    every=r"(?:всеки|всяка|всяко|всички)",
    repeat_units={r"д(?:ен|ни|ена)": "DAILY", r"седмиц[аи]": "WEEKLY", r"месец(?:а|и)?": "MONTHLY",
                  r"годин[аи]": "YEARLY"},
    working_day=r"работен\s+ден|делничен\s+ден")

SLAVIC = (UKRAINIAN, BULGARIAN)


def _slavic_repeat(language: Slavic, match: re.Match[str], today: date) -> tuple[str, date | None]:
    if match["plain"]:
        word = " ".join(match["plain"].lower().split())
        return "FREQ=" + language.plain_repeats[word], None
    if match["unit"]:
        freq = language.kind_of(match["unit"], language.repeat_units)
        interval = language.count(match["n"])
        return f"FREQ={freq}" + (f";INTERVAL={interval}" if interval > 1 else ""), None
    if match["weekday"]:
        return _weekly([0, 1, 2, 3, 4], today)
    day = language.weekday(match)
    assert day is not None
    return _weekly([day], today)


def _slavic_time(language: Slavic, match: re.Match[str]) -> time | None:
    if match["noon"]:
        folded = " ".join(match["noon"].lower().split())
        return time(next(h for word, h in language.noon.items() if re.fullmatch(word, folded)))
    hour, minute = int(match["h"]), int(match["m"] or 0)
    part = " ".join((match["part"] or "").lower().split())
    offset = next((h for word, h in language.parts.items() if re.fullmatch(word, part)), 0) if part else 0
    if offset and hour < 12:
        hour += offset
    elif part and not offset and hour == 12 and part not in ("ранку", "сутринта"):
        hour = 0  # twelve at night
    return time(hour, minute) if hour < 24 and minute < 60 else None


# --- Chinese -----------------------------------------------------------------------------------------

_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10}
_ZH_NUMBER = r"[0-9]+|[零一二两三四五六七八九十]+"
_ZH_WEEKDAY = r"(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_ZH_RELATIVE = re.compile(
    rf"(?P<n>{_ZH_NUMBER})\s*(?P<unit>分钟|个?小时|个?钟头|天|个?(?:星期|礼拜)|周|个月)(?:以?后|之后)")
_ZH_DATE = re.compile(rf"(?:(?P<y>\d{{4}})\s*年\s*)?(?:(?P<m>{_ZH_NUMBER})\s*月\s*)?(?P<d>{_ZH_NUMBER})\s*[日号]")
_ZH_WORD_DAY = re.compile(
    rf"(?P<word>大后天|后天|今天|今晚|明天|明早|明晚|下周(?![一二三四五六日天])|下个?星期(?![一二三四五六日天])|下个月"
    rf"|(?P<which>下|本|这|这个|下个)?{_ZH_WEEKDAY})")
# An hour in Chinese numerals only after a part of the day ("下午三点"): "一点" alone is also "a little".
_ZH_TIME = re.compile(
    rf"(?:(?P<part>上午|早上|早晨|中午|下午|晚上|傍晚|凌晨)\s*(?P<h>{_ZH_NUMBER})|(?P<hd>[0-9]{{1,2}}))\s*[点點时]"
    rf"(?:\s*(?P<half>半)|\s*(?P<m>{_ZH_NUMBER})\s*分?)?")
_ZH_REPEAT = re.compile(rf"每(?:{_ZH_WEEKDAY}|个?工作日(?P<weekday>)"
                        rf"|(?P<n>{_ZH_NUMBER})?(?P<unit>天|日|周|个?星期|个?月|年))")


def zh_number(text: str) -> int:
    """"12", "十二", "二十", "三" → the number."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)
    value = 0
    for char in text:
        value = value * 10 + _ZH_DIGITS[char]
    return value


# --- readers: each returns what it read, having taken it out of the line -------------------------

def read_repeat(line: Line, today: date, understood: list[str]) -> tuple[str, date | None]:
    for pattern, reader in ((_RU_REPEAT, _ru_repeat), (_ZH_REPEAT, _zh_repeat)):
        match = line.find(pattern)
        if match is not None:
            understood.append(line.take(match))
            return reader(match, today)
    for language in SLAVIC:
        match = line.find(language.repeat)
        if match is not None:
            understood.append(line.take(match))
            return _slavic_repeat(language, match, today)
    return "", None


def _weekly(days: list[int], today: date) -> tuple[str, date]:
    codes = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
    first = min(today + timedelta(days=(d - today.weekday()) % 7) for d in days)
    return "FREQ=WEEKLY;BYDAY=" + ",".join(codes[d] for d in days), first


def _ru_repeat(match: re.Match[str], today: date) -> tuple[str, date | None]:
    if match["plain"]:
        word = match["plain"].lower()
        return "FREQ=" + {"ежедневно": "DAILY", "еженедельно": "WEEKLY", "ежемесячно": "MONTHLY"}.get(
            word, "YEARLY"), None
    if match["unit"]:
        unit = match["unit"].lower()
        freq = "DAILY" if unit.startswith("д") else "WEEKLY" if unit.startswith("н") else (
            "MONTHLY" if unit.startswith("м") else "YEARLY")
        interval = _ru_count(match["n"])
        return f"FREQ={freq}" + (f";INTERVAL={interval}" if interval > 1 else ""), None
    if match["weekday"]:
        return _weekly([0, 1, 2, 3, 4], today)
    day = _ru_weekday(match)
    assert day is not None
    return _weekly([day], today)


def _zh_repeat(match: re.Match[str], today: date) -> tuple[str, date | None]:
    if match["wd"]:
        return _weekly([_ZH_WEEKDAYS[match["wd"]]], today)
    if match["weekday"] is not None:
        return _weekly([0, 1, 2, 3, 4], today)
    unit = match["unit"]
    freq = "DAILY" if unit in ("天", "日") else "MONTHLY" if unit.endswith("月") else (
        "YEARLY" if unit == "年" else "WEEKLY")
    interval = zh_number(match["n"]) if match["n"] else 1
    return f"FREQ={freq}" + (f";INTERVAL={interval}" if interval > 1 else ""), None


def read_relative(line: Line, now: datetime, understood: list[str]) -> tuple[date | None, str]:
    match = line.find(_RU_RELATIVE)
    slavic = next(((language, found) for language in SLAVIC if (found := line.find(language.relative)) is not None),
                  None) if match is None else None
    if match is not None:
        amount, unit = _ru_count(match["n"]), match["unit"].lower()
        kind = "min" if unit.startswith("мин") else "h" if unit.startswith("час") else (
            "d" if unit.startswith("д") else "w" if unit.startswith("н") else "m")
    elif slavic is not None:
        language, match = slavic
        amount, kind = language.count(match["n"]), language.kind_of(match["unit"], language.units)
    else:
        match = line.find(_ZH_RELATIVE)
        if match is None:
            return None, ""
        amount, unit = zh_number(match["n"]), match["unit"]
        kind = "min" if unit == "分钟" else "h" if unit.endswith(("小时", "钟头")) else "d" if unit == "天" else (
            "m" if unit.endswith("月") else "w")
    understood.append(line.take(match))
    if kind in ("min", "h"):
        moment = now + (timedelta(hours=amount) if kind == "h" else timedelta(minutes=amount))
        return moment.date(), moment.strftime("%H:%M")
    if kind == "d":
        return now.date() + timedelta(days=amount), ""
    if kind == "w":
        return now.date() + timedelta(weeks=amount), ""
    return now.date() + relativedelta(months=amount), ""


def read_date(line: Line, today: date, understood: list[str]) -> date | None:
    match = line.find(_RU_DATE)
    slavic = next(((language, hit) for language in SLAVIC if (hit := line.find(language.date)) is not None),
                  None) if match is None else None
    if match is not None:
        stem = next(s for s in sorted(_RU_MONTHS, key=len, reverse=True) if match["month"].lower().startswith(s))
        found = _calendar_day(today, int(match["d"]), _RU_MONTHS[stem], match["y"])
    elif slavic is not None:
        language, match = slavic
        found = _calendar_day(today, int(match["d"]), language.month(match["month"]), match["y"])
    else:
        match = line.find(_ZH_DATE)
        if match is None:
            return None
        month = zh_number(match["m"]) if match["m"] else None
        found = _calendar_day(today, zh_number(match["d"]), month, match["y"])
    if found is not None:
        understood.append(line.take(match))
    return found


def _calendar_day(today: date, day: int, month: int | None, year: str | None) -> date | None:
    """A day of a month (this or next year's, unless the year is given); without a month, this month's
    or, when it has passed, the next month's."""
    try:
        if month is None:
            for ahead in range(3):
                start = today.replace(day=1) + relativedelta(months=ahead)
                try:
                    candidate = start.replace(day=day)
                except ValueError:
                    continue
                if candidate >= today:
                    return candidate
            return None
        found = date(int(year) if year else today.year, month, day)
        if not year and found < today:
            found = date(today.year + 1, month, day)
        return found
    except ValueError:
        return None


def read_day(line: Line, today: date, week_start: int, understood: list[str]) -> date | None:
    week_begins = today - timedelta(days=(today.weekday() - week_start) % 7)

    def named(weekday: int, which: str | None) -> date:
        if which is None:  # a weekday alone: the next one after today
            return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
        this_week = week_begins + timedelta(days=(weekday - week_start) % 7)
        return this_week + timedelta(days=7) if which == "next" else this_week

    match = line.find(_RU_WORD_DAY)
    if match is not None:
        understood.append(line.take(match))
        word = " ".join(match["word"].lower().split())
        words: dict[str, Callable[[], date]] = {
            "сегодня": lambda: today, "завтра": lambda: today + timedelta(days=1),
            "послезавтра": lambda: today + timedelta(days=2),
            "на следующей неделе": lambda: week_begins + timedelta(days=7),
            "на будущей неделе": lambda: week_begins + timedelta(days=7),
            "в следующем месяце": lambda: today.replace(day=1) + relativedelta(months=1),
        }
        if word in words:
            return words[word]()
        weekday = _ru_weekday(match)
        assert weekday is not None
        which = match["which"]
        return named(weekday, None if which is None else "next" if which.lower().startswith("след") else "this")
    for language in SLAVIC:
        match = line.find(language.word_day)
        if match is None:
            continue
        understood.append(line.take(match))
        word = " ".join(match["word"].lower().split())
        if word in language.days:
            return today + timedelta(days=language.days[word])
        if language.next_week.fullmatch(word):
            return week_begins + timedelta(days=7)
        if language.next_month.fullmatch(word):
            return today.replace(day=1) + relativedelta(months=1)
        weekday = language.weekday(match)
        assert weekday is not None
        which = match["which"]
        return named(weekday, None if which is None else "next" if language.next_word.fullmatch(which) else "this")
    match = line.find(_ZH_WORD_DAY)
    if match is None:
        return None
    understood.append(line.take(match))
    word = match["word"]
    fixed = {"今天": 0, "今晚": 0, "明天": 1, "明早": 1, "明晚": 1, "后天": 2, "大后天": 3}
    if word in fixed:
        return today + timedelta(days=fixed[word])
    if word.startswith(("下周", "下星期", "下个星期")) and not match["wd"]:
        return week_begins + timedelta(days=7)
    if word == "下个月":
        return today.replace(day=1) + relativedelta(months=1)
    which = match["which"]
    return named(_ZH_WEEKDAYS[match["wd"]], None if not which else "next" if which.startswith("下") else "this")


def read_time(line: Line, understood: list[str]) -> str:
    # The Slavic languages share "в 10": the longest reading wins ("в 3 следобед" is Bulgarian's, whole).
    candidates: list[tuple[re.Match[str], Callable[[re.Match[str]], time | None]]] = []
    match = line.find(_RU_TIME)
    if match is not None:
        candidates.append((match, _ru_time))
    for language in SLAVIC:
        match = line.find(language.time)
        if match is not None:
            candidates.append((match, functools.partial(_slavic_time, language)))
    for match, reader in sorted(candidates, key=lambda c: c[0].end() - c[0].start(), reverse=True):
        found = reader(match)
        if found is not None:
            understood.append(line.take(match))
            return found.strftime("%H:%M")
    match = line.find(_ZH_TIME)
    if match is not None:
        found = _zh_time(match)
        if found is not None:
            understood.append(line.take(match))
            return found.strftime("%H:%M")
    return ""


def _ru_time(match: re.Match[str]) -> time | None:
    if match["noon"]:
        return time(12) if "полдень" in match["noon"].lower() else time(0)
    hour, minute = int(match["h"]), int(match["m"] or 0)
    part = (match["part"] or "").lower()
    if part in ("дня", "вечера") and hour < 12:
        hour += 12
    elif part == "ночи" and hour == 12:
        hour = 0
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _zh_time(match: re.Match[str]) -> time | None:
    hour = zh_number(match["h"] or match["hd"])
    minute = 30 if match["half"] else zh_number(match["m"]) if match["m"] else 0
    part = match["part"] or ""
    afternoon = part in ("下午", "晚上", "傍晚") and hour < 12
    if afternoon or (part == "中午" and hour < 11):  # "中午12点" is noon, "中午1点" one in the afternoon
        hour += 12
    return time(hour, minute) if hour < 24 and minute < 60 else None
