"""The quick-add grammar of app.quick_dates, always relative to a given wall clock."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from dateutil.rrule import rrulestr

from app.quick_dates import parse_quick

MONDAY = datetime(2026, 3, 2, 9, 0)  # Monday 2 March 2026, 09:00


@pytest.mark.parametrize(("text", "title", "due", "time"), [
    ("call Ann tomorrow 10:00", "call Ann", date(2026, 3, 3), "10:00"),
    ("call Ann tomorrow", "call Ann", date(2026, 3, 3), ""),
    ("Call Ann TOMORROW at 10:30", "Call Ann", date(2026, 3, 3), "10:30"),
    ("send offer in 3 days", "send offer", date(2026, 3, 5), ""),
    ("send offer in a week", "send offer", date(2026, 3, 9), ""),
    ("renew contract in two months", "renew contract", date(2026, 5, 2), ""),
    ("ping Bob in 2 hours", "ping Bob", date(2026, 3, 2), "11:00"),
    ("ping Bob in 30 minutes", "ping Bob", date(2026, 3, 2), "09:30"),
    ("mon 9am standup notes", "standup notes", date(2026, 3, 9), "09:00"),
    ("review fri", "review", date(2026, 3, 6), ""),
    ("review on friday", "review", date(2026, 3, 6), ""),
    ("review this friday", "review", date(2026, 3, 6), ""),
    ("review next friday", "review", date(2026, 3, 13), ""),
    ("invoice next week", "invoice", date(2026, 3, 9), ""),
    ("invoice next month", "invoice", date(2026, 4, 1), ""),
    ("ship v2 today", "ship v2", date(2026, 3, 2), ""),
    ("ship v2 day after tomorrow", "ship v2", date(2026, 3, 4), ""),
    ("demo 12 March 14:00", "demo", date(2026, 3, 12), "14:00"),
    ("demo on March 12th at 2pm", "demo", date(2026, 3, 12), "14:00"),
    ("demo 2026-04-01 9:15", "demo", date(2026, 4, 1), "09:15"),
    ("demo 1 feb", "demo", date(2027, 2, 1), ""),  # passed this year: next year's
    ("demo 1 feb 2026", "demo", date(2026, 2, 1), ""),  # a year given is kept, even past
    ("pay rent on the 15th", "pay rent", date(2026, 3, 15), ""),
    ("pay rent the 1st", "pay rent", date(2026, 4, 1), ""),
    ("lunch with Eve at noon", "lunch with Eve", date(2026, 3, 2), "12:00"),
    ("call Bob at 3pm", "call Bob", date(2026, 3, 2), "15:00"),
    ("call Bob at 8", "call Bob", date(2026, 3, 3), "08:00"),  # 08:00 has passed today
    ("call Bob 7:45 pm", "call Bob", date(2026, 3, 2), "19:45"),
    ("call Bob at 12am", "call Bob", date(2026, 3, 3), "00:00"),
    ("pay invoice", "pay invoice", None, ""),
    ("prepare 2 slides", "prepare 2 slides", None, ""),
    ("satisfaction survey", "satisfaction survey", None, ""),
])
def test_phrases(text: str, title: str, due: date | None, time: str) -> None:
    parsed = parse_quick(text, MONDAY)
    assert (parsed.title, parsed.due_date, parsed.due_time) == (title, due, time)


def test_quotes_keep_words_out_of_the_date() -> None:
    parsed = parse_quick('call "March Ltd" tomorrow', MONDAY)
    assert parsed.title == "call March Ltd"
    assert parsed.due_date == date(2026, 3, 3)
    plain = parse_quick("follow up with “Sun Li”", MONDAY)
    assert plain.title == "follow up with Sun Li" and plain.due_date is None


def test_understood_lists_the_phrases_as_typed() -> None:
    parsed = parse_quick("call Ann Tomorrow at 10:00", MONDAY)
    assert parsed.understood == ("Tomorrow", "at 10:00")


def test_a_weekday_is_the_next_one_after_today() -> None:
    assert parse_quick("x monday", MONDAY).due_date == date(2026, 3, 9)
    assert parse_quick("x this monday", MONDAY).due_date == date(2026, 3, 2)
    sunday = datetime(2026, 3, 8, 9)
    assert parse_quick("x mon", sunday).due_date == date(2026, 3, 9)
    # With weeks starting on Sunday, "next monday" seen from Sunday is in the week after this one.
    assert parse_quick("x next monday", sunday, week_start=6).due_date == date(2026, 3, 16)
    assert parse_quick("x next week", sunday, week_start=6).due_date == date(2026, 3, 15)


@pytest.mark.parametrize(("text", "rule", "due"), [
    ("standup every weekday 9:30", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", date(2026, 3, 2)),
    ("report every friday", "FREQ=WEEKLY;BYDAY=FR", date(2026, 3, 6)),
    ("gym every mon and thu 7am", "FREQ=WEEKLY;BYDAY=MO,TH", date(2026, 3, 2)),
    ("backup daily", "FREQ=DAILY", date(2026, 3, 2)),
    ("review weekly next friday", "FREQ=WEEKLY", date(2026, 3, 13)),
    ("payroll every 2 weeks", "FREQ=WEEKLY;INTERVAL=2", date(2026, 3, 2)),
    ("accounts every month on the 15th", "FREQ=MONTHLY", date(2026, 3, 15)),
    ("renewal yearly", "FREQ=YEARLY", date(2026, 3, 2)),
])
def test_repeats(text: str, rule: str, due: date) -> None:
    parsed = parse_quick(text, MONDAY)
    assert parsed.recurrence == rule
    assert parsed.due_date == due
    rrulestr(f"RRULE:{parsed.recurrence}", dtstart=datetime.combine(due, datetime.min.time()))
    assert "every" not in parsed.title and "daily" not in parsed.title


def test_an_adjective_is_not_a_repeat() -> None:
    parsed = parse_quick("weekly report every friday", MONDAY)
    assert (parsed.title, parsed.recurrence) == ("weekly report", "FREQ=WEEKLY;BYDAY=FR")
    assert parse_quick("send the monthly figures", MONDAY).recurrence == ""
    assert parse_quick("send the figures monthly on the 1st", MONDAY).recurrence == "FREQ=MONTHLY"


def test_a_time_after_now_stays_today_and_one_before_goes_to_tomorrow() -> None:
    evening = datetime(2026, 3, 2, 18, 30)
    assert parse_quick("call 18:45", evening).due_date == date(2026, 3, 2)
    assert parse_quick("call 18:15", evening).due_date == date(2026, 3, 3)


def test_nonsense_numbers_are_left_in_the_title() -> None:
    assert parse_quick("room 25:99", MONDAY) == parse_quick("room 25:99", MONDAY)
    parsed = parse_quick("room 25:99", MONDAY)
    assert parsed.due_time == "" and parsed.title == "room 25:99"
    assert parse_quick("demo 31 feb", MONDAY).due_date is None


def test_only_a_date_phrase_keeps_the_text_as_title() -> None:
    parsed = parse_quick("tomorrow", MONDAY)
    assert parsed.title == "tomorrow" and parsed.due_date == date(2026, 3, 3)


def test_month_end_arithmetic() -> None:
    parsed = parse_quick("close books in 1 month", datetime(2026, 1, 31, 9))
    assert parsed.due_date == date(2026, 2, 28)


@pytest.mark.parametrize(("text", "title", "due", "time"), [
    ("call Sun Li tomorrow", "call Sun Li", date(2026, 3, 3), ""),  # a person, not Sunday
    ("call Sun Li", "call Sun Li", None, ""),
    ("lunch with Li Sun", "lunch with Li Sun", None, ""),
    ("meet Mon Chan at 3pm", "meet Mon Chan", date(2026, 3, 2), "15:00"),
    ("call Ann friday", "call Ann", date(2026, 3, 6), ""),  # a day beside a name is still a day
    ("call Ann on Sun", "call Ann", date(2026, 3, 8), ""),  # "on": a day
    ("review Fri", "review", date(2026, 3, 6), ""),
])
def test_a_name_is_never_taken_for_a_weekday(text: str, title: str, due: date | None, time: str) -> None:
    parsed = parse_quick(text, MONDAY)
    assert (parsed.title, parsed.due_date, parsed.due_time) == (title, due, time)


@pytest.mark.parametrize(("text", "title", "due", "time", "rule"), [
    ("позвонить Анне завтра в 10", "позвонить Анне", date(2026, 3, 3), "10:00", ""),
    ("позвонить Анне завтра в 10:30", "позвонить Анне", date(2026, 3, 3), "10:30", ""),
    ("отправить счёт сегодня", "отправить счёт", date(2026, 3, 2), "", ""),
    ("демо послезавтра в 3 дня", "демо", date(2026, 3, 4), "15:00", ""),
    ("созвон в пятницу в 9 утра", "созвон", date(2026, 3, 6), "09:00", ""),
    ("созвон в следующую пятницу", "созвон", date(2026, 3, 13), "", ""),
    ("отчёт через 3 дня", "отчёт", date(2026, 3, 5), "", ""),
    ("напомнить через час", "напомнить", date(2026, 3, 2), "10:00", ""),
    ("продлить договор через два месяца", "продлить договор", date(2026, 5, 2), "", ""),
    ("демо 12 марта в 14:00", "демо", date(2026, 3, 12), "14:00", ""),
    ("встреча 1 февраля", "встреча", date(2027, 2, 1), "", ""),
    ("счёт на следующей неделе", "счёт", date(2026, 3, 9), "", ""),
    ("планёрка каждый понедельник", "планёрка", date(2026, 3, 2), "", "FREQ=WEEKLY;BYDAY=MO"),
    ("отчёт еженедельно", "отчёт", date(2026, 3, 2), "", "FREQ=WEEKLY"),
    ("сверка каждые 2 недели", "сверка", date(2026, 3, 2), "", "FREQ=WEEKLY;INTERVAL=2"),
    ("обед в полдень", "обед", date(2026, 3, 2), "12:00", ""),
])
def test_russian_quick_add(text: str, title: str, due: date, time: str, rule: str) -> None:
    parsed = parse_quick(text, MONDAY)
    assert (parsed.title, parsed.due_date, parsed.due_time, parsed.recurrence) == (title, due, time, rule)


@pytest.mark.parametrize(("text", "title", "due", "time", "rule"), [
    ("明天上午10点给李明打电话", "给李明打电话", date(2026, 3, 3), "10:00", ""),
    ("给李明打电话 明天", "给李明打电话", date(2026, 3, 3), "", ""),
    ("后天下午3点半演示", "演示", date(2026, 3, 4), "15:30", ""),
    ("周五发报价", "发报价", date(2026, 3, 6), "", ""),
    ("下周五复盘", "复盘", date(2026, 3, 13), "", ""),
    ("下周提交发票", "提交发票", date(2026, 3, 9), "", ""),
    ("3天后续约", "续约", date(2026, 3, 5), "", ""),
    ("两小时后回电", "回电", date(2026, 3, 2), "11:00", ""),
    ("3月12日 14:00 演示", "演示", date(2026, 3, 12), "14:00", ""),
    ("15号付房租", "付房租", date(2026, 3, 15), "", ""),
    ("每周一例会", "例会", date(2026, 3, 2), "", "FREQ=WEEKLY;BYDAY=MO"),
    ("每天写日报", "写日报", date(2026, 3, 2), "", "FREQ=DAILY"),
    ("有一点问题要问", "有一点问题要问", None, "", ""),  # "一点" here is "a little", not one o'clock
])
def test_chinese_quick_add(text: str, title: str, due: date | None, time: str, rule: str) -> None:
    parsed = parse_quick(text, MONDAY)
    assert (parsed.title, parsed.due_date, parsed.due_time, parsed.recurrence) == (title, due, time, rule)


@pytest.mark.parametrize(("text", "title", "due", "time", "rule"), [
    ("зателефонувати Анні завтра о 10", "зателефонувати Анні", date(2026, 3, 3), "10:00", ""),
    ("надіслати рахунок сьогодні", "надіслати рахунок", date(2026, 3, 2), "", ""),
    ("демо післязавтра о 3 дня", "демо", date(2026, 3, 4), "15:00", ""),
    ("дзвінок у п'ятницю о 9 ранку", "дзвінок", date(2026, 3, 6), "09:00", ""),
    ("дзвінок у наступну п'ятницю", "дзвінок", date(2026, 3, 13), "", ""),
    ("звіт через 3 дні", "звіт", date(2026, 3, 5), "", ""),
    ("нагадати через годину", "нагадати", date(2026, 3, 2), "10:00", ""),
    ("продовжити договір через два місяці", "продовжити договір", date(2026, 5, 2), "", ""),
    ("демо 12 березня о 14:00", "демо", date(2026, 3, 12), "14:00", ""),
    ("зустріч 1 лютого", "зустріч", date(2027, 2, 1), "", ""),
    ("рахунок наступного тижня", "рахунок", date(2026, 3, 9), "", ""),
    ("планірка кожного понеділка", "планірка", date(2026, 3, 2), "", "FREQ=WEEKLY;BYDAY=MO"),
    ("звіт щотижня", "звіт", date(2026, 3, 2), "", "FREQ=WEEKLY"),
    ("звірка кожні 2 тижні", "звірка", date(2026, 3, 2), "", "FREQ=WEEKLY;INTERVAL=2"),
    ("обід опівдні", "обід", date(2026, 3, 2), "12:00", ""),
])
def test_ukrainian_quick_add(text: str, title: str, due: date, time: str, rule: str) -> None:
    parsed = parse_quick(text, MONDAY)
    assert (parsed.title, parsed.due_date, parsed.due_time, parsed.recurrence) == (title, due, time, rule)


@pytest.mark.parametrize(("text", "title", "due", "time", "rule"), [
    ("да се обадя на Ани утре в 10", "да се обадя на Ани", date(2026, 3, 3), "10:00", ""),
    ("изпрати фактура днес", "изпрати фактура", date(2026, 3, 2), "", ""),
    ("демо вдругиден в 3 следобед", "демо", date(2026, 3, 4), "15:00", ""),
    ("разговор в петък в 9 сутринта", "разговор", date(2026, 3, 6), "09:00", ""),
    ("разговор следващия петък", "разговор", date(2026, 3, 13), "", ""),
    ("отчет след 3 дни", "отчет", date(2026, 3, 5), "", ""),
    ("напомни след два часа", "напомни", date(2026, 3, 2), "11:00", ""),
    ("поднови договора след два месеца", "поднови договора", date(2026, 5, 2), "", ""),
    ("демо 12 март в 14:00", "демо", date(2026, 3, 12), "14:00", ""),
    ("среща 1 февруари", "среща", date(2027, 2, 1), "", ""),
    ("фактура следващата седмица", "фактура", date(2026, 3, 9), "", ""),
    ("оперативка всеки понеделник", "оперативка", date(2026, 3, 2), "", "FREQ=WEEKLY;BYDAY=MO"),
    ("отчет ежеседмично", "отчет", date(2026, 3, 2), "", "FREQ=WEEKLY"),
    ("сверка всеки 2 седмици", "сверка", date(2026, 3, 2), "", "FREQ=WEEKLY;INTERVAL=2"),
    ("обед по обяд", "обед", date(2026, 3, 2), "12:00", ""),
])
def test_bulgarian_quick_add(text: str, title: str, due: date, time: str, rule: str) -> None:
    parsed = parse_quick(text, MONDAY)
    assert (parsed.title, parsed.due_date, parsed.due_time, parsed.recurrence) == (title, due, time, rule)
