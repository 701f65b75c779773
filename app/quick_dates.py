"""Quick add for tasks: "call Ann tomorrow 10:00" -> title "call Ann", due tomorrow at 10:00.

Why our own small parser rather than a library: `dateparser.search.search_dates` (1.5) found the dates
in most phrases, but returned nothing for "ship v2 today" and "email Bob next week", read the names
"Sun Li" and "March Ltd" as dates, and gives "tomorrow" the current time of day, so a task due on a
day could not be told from one due at a time. `parsedatetime` (2.6) had its last release in 2020 and
reads "lunch" as noon. A task title needs a narrow, predictable grammar that knows whether a time was
given and always computes from the app's Clock; that is this module, and its tests.

Understood (English here, Russian and Chinese in app/quick_dates_local.py; anywhere in the text):
- days: today, tomorrow (tmrw), day after tomorrow, a weekday (monday, mon, tues…) = the next one
  after today, "this friday" = this week's (today included), "next friday" = the one in the next
  week, next week (its first day), next month (its 1st), in N days/weeks/months, in an hour,
  in N minutes/hours; dates: 2026-03-12, 12 March, March 12th, 12 mar 2027, the 15th;
- times: 10:00, 9am, 9:30 pm, at 14, noon, midnight (a time alone: today if still ahead, else tomorrow);
- repeats: daily, weekly, monthly, yearly (last, or before a date: "weekly report" stays a title),
  every day, every weekday, every 2 weeks, every monday, every mon and thu (due on the first such day);
- a word in "double quotes" is never read as a date ("call “March Ltd”").
A little word before a date ("on", "by", "at", "due") goes with it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from app import quick_dates_local as local

WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
            "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
            "sunday": 6, "sun": 6}
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}

_DAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_COUNT = r"\d+|" + "|".join(NUMBER_WORDS)
_LEAD = r"(?:(?:on|by|due|at|for)\s+)?"
_ORD = r"(?:st|nd|rd|th)?"

# "daily" and the like only where an adverb stands: last, or before a date ("weekly report" is a title).
_DATE_WORDS = rf"on|at|by|from|starting|next|this|today|tomorrow|tmrw|in|{_DAY}|{_MONTH}|\d"
_REPEAT = re.compile(
    rf"\b(?:(?P<plain>daily|weekly|monthly|yearly|annually)(?=\s*$|\s+(?:{_DATE_WORDS})\b)"
    rf"|every\s+(?:(?P<n>{_COUNT})\s+)?(?P<unit>days?|weeks?|months?|years?)"
    rf"|every\s+(?P<weekday>weekday)s?"
    rf"|every\s+(?P<days>(?:{_DAY})s?(?:\s*(?:,|and|&)\s*(?:{_DAY})s?)*))\b", re.IGNORECASE)
_RELATIVE = re.compile(rf"\bin\s+(?P<n>{_COUNT})\s+(?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b",
                       re.IGNORECASE)
_ISO = re.compile(rf"\b{_LEAD}(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b{_LEAD}(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<month>{_MONTH})\.?"
                        rf"(?:,?\s+(?P<y>\d{{4}}))?\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b{_LEAD}(?P<month>{_MONTH})\.?\s+(?P<d>\d{{1,2}}){_ORD}(?:,?\s+(?P<y>\d{{4}}))?\b",
                        re.IGNORECASE)
_DAY_OF_MONTH = re.compile(rf"\b{_LEAD}the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b", re.IGNORECASE)
_WORD_DAY = re.compile(rf"\b{_LEAD}(?P<word>day\s+after\s+tomorrow|today|tonight|tomorrow|tmrw|tmr"
                       rf"|next\s+week|next\s+month"
                       rf"|(?P<which>this|next)\s+(?P<named>{_DAY})|(?P<day>{_DAY}))\b", re.IGNORECASE)
_TIME = re.compile(
    r"\b(?:at\s+)?(?:(?P<h12>\d{1,2})(?::(?P<m12>\d{2}))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|(?P<h24>\d{1,2}):(?P<m24>\d{2})\b"
    r"|(?P<word>noon|midday|midnight)\b)", re.IGNORECASE)
_AT_HOUR = re.compile(r"\bat\s+(?P<h>\d{1,2})\b(?![:.]\d)", re.IGNORECASE)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_LEFTOVER = re.compile(r"\s+(?:on|by|due|at|for)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class QuickTask:
    """What a quick-add line says. `due_time` is "HH:MM" or "" (a task due on a day, or undated)."""

    title: str
    due_date: date | None = None
    due_time: str = ""
    recurrence: str = ""  # an RRULE body, e.g. "FREQ=WEEKLY;BYDAY=MO"
    understood: tuple[str, ...] = ()  # the phrases read as dates, times or repeats, as typed


class _Text:
    """The line with the parts already read blanked out (same length, so positions stay valid)."""

    def __init__(self, text: str) -> None:
        self.original = text
        masked = text
        for match in _QUOTED.finditer(text):
            masked = masked[:match.start()] + "\0" * (match.end() - match.start()) + masked[match.end():]
        self.masked = masked
        self.taken: list[tuple[int, int]] = []

    def find(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        return pattern.search(self.masked)

    def take(self, match: re.Match[str]) -> str:
        start, end = match.span()
        self.masked = self.masked[:start] + "\0" * (end - start) + self.masked[end:]
        self.taken.append((start, end))
        return self.original[start:end].strip()

    def rest(self) -> str:
        chars = list(self.original)
        for start, end in self.taken:
            for index in range(start, end):
                chars[index] = " "
        title = " ".join("".join(chars).split())
        title = _LEFTOVER.sub("", title)
        return title.replace("\u201c", "").replace("\u201d", "").replace('"', "").strip(" ,;-")


def parse_quick(text: str, now: datetime, *, week_start: int = 0) -> QuickTask:
    """Read a quick-add line at `now` (the user's wall clock). `week_start`: 0 Monday .. 6 Sunday, for
    "next week" and "this/next <weekday>"."""
    line = _Text(text)
    understood: list[str] = []
    today = now.date()
    recurrence, repeat_start = _repeat(line, today, understood)
    if not recurrence:
        recurrence, repeat_start = local.read_repeat(line, today, understood)
    due_date, due_time = _relative(line, now, understood)
    if due_date is None:
        due_date, due_time = local.read_relative(line, now, understood)
    if due_date is None:
        due_date = _absolute(line, today, understood) or local.read_date(line, today, understood)
    if due_date is None:
        due_date = _word_day(line, today, week_start, understood)
    if due_date is None:
        due_date = local.read_day(line, today, week_start, understood)
    if not due_time:  # "в 10:00" before "10:00" alone: the little word goes with it
        due_time = local.read_time(line, understood) or _time(line, understood)
    if due_date is None and repeat_start is not None:
        due_date = repeat_start
    if due_date is None and due_time:  # a time alone: the next time the clock shows it
        due_date = today if due_time > now.strftime("%H:%M") else today + timedelta(days=1)
    if recurrence and due_date is None:
        due_date = today
    title = line.rest() or text.strip()
    return QuickTask(title, due_date, due_time, recurrence, tuple(understood))


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _repeat(line: _Text, today: date, understood: list[str]) -> tuple[str, date | None]:
    match = line.find(_REPEAT)
    if match is None:
        return "", None
    understood.append(line.take(match))
    if match["plain"]:
        word = match["plain"].lower()
        freq = {"daily": "DAILY", "weekly": "WEEKLY", "monthly": "MONTHLY"}.get(word, "YEARLY")
        return f"FREQ={freq}", None
    if match["unit"]:
        freq = {"d": "DAILY", "w": "WEEKLY", "m": "MONTHLY", "y": "YEARLY"}[match["unit"][0].lower()]
        interval = _count(match["n"]) if match["n"] else 1
        return f"FREQ={freq}" + (f";INTERVAL={interval}" if interval > 1 else ""), None
    if match["weekday"]:
        days = [0, 1, 2, 3, 4]
    else:
        names = re.findall(_DAY, match["days"], re.IGNORECASE)
        days = sorted({WEEKDAYS[n.lower()] for n in names})
    first = min(today + timedelta(days=(d - today.weekday()) % 7) for d in days)
    return "FREQ=WEEKLY;BYDAY=" + ",".join(RRULE_DAYS[d] for d in days), first


def _relative(line: _Text, now: datetime, understood: list[str]) -> tuple[date | None, str]:
    match = line.find(_RELATIVE)
    if match is None:
        return None, ""
    understood.append(line.take(match))
    amount = _count(match["n"])
    unit = match["unit"].lower()
    if unit.startswith(("min", "h")):
        moment = now + (timedelta(hours=amount) if unit.startswith("h") else timedelta(minutes=amount))
        return moment.date(), moment.strftime("%H:%M")
    if unit.startswith("d"):
        return now.date() + timedelta(days=amount), ""
    if unit.startswith("w"):
        return now.date() + timedelta(weeks=amount), ""
    return now.date() + relativedelta(months=amount), ""


def _absolute(line: _Text, today: date, understood: list[str]) -> date | None:
    for pattern in (_ISO, _DAY_MONTH, _MONTH_DAY, _DAY_OF_MONTH):
        match = line.find(pattern)
        if match is None:
            continue
        found = _date_of(match, today)
        if found is not None:
            understood.append(line.take(match))
            return found
    return None


def _date_of(match: re.Match[str], today: date) -> date | None:
    groups = match.groupdict()
    day = int(groups["d"])
    if "month" not in groups:  # "the 15th": this month's, or next month's when it has passed
        if groups.get("m") is not None:  # ISO
            try:
                return date(int(groups["y"]), int(groups["m"]), day)
            except ValueError:
                return None
        for ahead in range(0, 3):
            month_start = (today.replace(day=1) + relativedelta(months=ahead))
            try:
                candidate = month_start.replace(day=day)
            except ValueError:
                continue
            if candidate >= today:
                return candidate
        return None
    month = MONTHS[groups["month"].lower().rstrip(".")]
    year = int(groups["y"]) if groups.get("y") else today.year
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if not groups.get("y") and found < today:  # "12 March" typed in April: next year's
        try:
            found = date(year + 1, month, day)
        except ValueError:
            return None
    return found


def _pick_word_day(line: _Text) -> re.Match[str] | None:
    """The surest day word: "tomorrow", "next friday" and the like first; a weekday alone only when it is
    not part of a name ("call Sun Li", "ask Li Sun" are people, "call Ann friday" a day)."""
    bare = None
    for match in _WORD_DAY.finditer(line.masked):
        if not match["day"]:
            return match
        if bare is None and not _names_someone(line.original, match):
            bare = match
    return bare


def _names_someone(text: str, match: re.Match[str]) -> bool:
    start, end = match.span("day")
    if match.start() != start:  # "on sun", "by fri": a day
        return False
    word = text[start:end]
    if not word[:1].isupper():
        return False
    after = re.match(r"\s+(\w+)", text[end:])
    before = re.search(r"(\w+)\s+$", text[:start])
    capital = re.compile(r"[^\W\d_]")  # a letter
    followed = after is not None and capital.match(after[1]) is not None and after[1][0].isupper() and (
        after[1].lower() not in WEEKDAYS and after[1].lower() not in MONTHS)
    abbreviated = len(word) <= 4 and word.lower() not in ("friday",)
    preceded = before is not None and before[1][0].isupper() and before[1].lower() not in WEEKDAYS
    return followed or (abbreviated and preceded)


def _word_day(line: _Text, today: date, week_start: int, understood: list[str]) -> date | None:
    match = _pick_word_day(line)
    if match is None:
        return None
    understood.append(line.take(match))
    word = " ".join(match["word"].lower().split())
    week_begins = today - timedelta(days=(today.weekday() - week_start) % 7)
    if word in ("today", "tonight"):
        return today
    if word in ("tomorrow", "tmrw", "tmr"):
        return today + timedelta(days=1)
    if word == "day after tomorrow":
        return today + timedelta(days=2)
    if word == "next week":
        return week_begins + timedelta(days=7)
    if word == "next month":
        return today.replace(day=1) + relativedelta(months=1)
    if match["named"]:
        weekday = WEEKDAYS[match["named"].lower()]
        offset = (weekday - week_start) % 7
        this_week = week_begins + timedelta(days=offset)
        return this_week if match["which"].lower() == "this" else this_week + timedelta(days=7)
    weekday = WEEKDAYS[match["day"].lower()]
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _time(line: _Text, understood: list[str]) -> str:
    match = line.find(_TIME)
    if match is not None:
        found = _time_of(match)
        if found is not None:
            understood.append(line.take(match))
            return found.strftime("%H:%M")
    match = line.find(_AT_HOUR)
    if match is not None and int(match["h"]) < 24:
        understood.append(line.take(match))
        return f"{int(match['h']):02d}:00"
    return ""


def _time_of(match: re.Match[str]) -> time | None:
    if match["word"]:
        return time(0, 0) if match["word"].lower() == "midnight" else time(12, 0)
    if match["h24"] is not None:
        hour, minute = int(match["h24"]), int(match["m24"])
    else:
        hour, minute = int(match["h12"]), int(match["m12"] or 0)
        if not 1 <= hour <= 12:
            return None
        pm = match["ampm"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
