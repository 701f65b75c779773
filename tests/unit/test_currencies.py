"""A home currency and exchange rates (issue 18, point 4): the ECB's CSV files import as downloaded, rates are
typed by hand, amounts convert at the rate of a day (the last one on or before it), a currency without any
rate is said rather than dropped, and every change is one undo step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.currencies import rate_on
from app.errors import RapportError, ValidationError
from app.services import Services
from tests.unit.test_cli import ok, rapport

HISTORY = """Date,USD,JPY,BGN,CYP,RUB,XXQ,
2026-12-04,1.0812,162.51,1.9558,N/A,N/A,1.0,
2026-12-03,1.0790,161.90,1.9558,N/A,N/A,1.0,
2026-12-02,1.0801,abc,1.9558,N/A,N/A,1.0,
1999-01-04,1.1789,133.73,N/A,0.58231,25.2,1.0,
"""
DAILY = """Date, USD, JPY, BGN, CZK,
 07 December 2026, 1.0830, 163.02, 1.9558, 25.11,
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_ecbs_history_imports_as_downloaded_and_says_what_it_left_out(services: Services, tmp_path: Path) -> None:
    report = services.currencies.import_ecb(_write(tmp_path, "eurofxref-hist.csv", HISTORY)).value
    assert report.days == 4 and report.added == 3 * 3 + 2 + 1  # USD, BGN each day; JPY but the bad cell; RUB
    assert "CYP" in report.currencies or any("CYP" in reason for reason in report.left_out)
    assert any("“XXQ” left out" in reason for reason in report.left_out)
    assert any("line 4: JPY rate “abc” is not a number" in reason for reason in report.left_out)
    database = services.store.database
    assert rate_on(database, "USD", date(2026, 12, 4)) == 1.0812
    assert rate_on(database, "USD", date(2026, 12, 6)) == 1.0812  # a weekend: Friday's
    assert rate_on(database, "JPY", date(2026, 12, 2)) == 133.73  # the bad cell: the last one before it
    assert rate_on(database, "USD", date(1990, 1, 1)) == 1.1789  # before any: the first
    assert rate_on(database, "EUR", date(2026, 12, 4)) == 1.0
    assert rate_on(database, "CNY", date(2026, 12, 4)) is None

    daily = services.currencies.import_ecb(_write(tmp_path, "eurofxref.csv", DAILY)).value
    assert (daily.days, daily.added, daily.changed) == (1, 4, 0)
    assert rate_on(database, "CZK", date(2026, 12, 7)) == 25.11
    again = services.currencies.import_ecb(tmp_path / "eurofxref.csv").value
    assert (again.added, again.changed) == (0, 0)  # nothing twice

    services.undo.undo()  # the daily file's rates, one step
    assert rate_on(database, "CZK", date(2026, 12, 7)) is None
    assert rate_on(database, "USD", date(2026, 12, 7)) == 1.0812


def test_a_file_that_is_not_the_ecbs_is_refused_naming_it(services: Services, tmp_path: Path) -> None:
    with pytest.raises(RapportError, match=r"prices\.csv: not the European Central Bank.s rates"):
        services.currencies.import_ecb(_write(tmp_path, "prices.csv", "Item,Price\nPen,2\n"))
    with pytest.raises(RapportError, match=r"gone\.csv: cannot read it"):
        services.currencies.import_ecb(tmp_path / "gone.csv")


def test_amounts_convert_at_the_rate_of_their_day_into_the_home_currency(services: Services) -> None:
    currencies = services.currencies
    assert currencies.home() == "" and currencies.converter(date(2026, 12, 4)) is None
    currencies.set_home("usd")
    currencies.set_rate("USD", "1.08", date(2026, 12, 1))
    currencies.set_rate("JPY", "162", date(2026, 12, 1))
    currencies.set_rate("USD", "1,10", date(2026, 12, 5))  # a decimal comma is taken too
    converter = currencies.converter(date(2026, 12, 4))
    assert converter is not None and converter.home == "USD"
    assert converter.convert(100_00, "EUR") == 108_00
    assert converter.convert(16_200, "JPY") == 108_00  # yen have no minor unit
    assert converter.convert(12_34, "USD") == 12_34
    assert converter.convert(5_00, "GBP") is None
    total = converter.total([("EUR", 100_00), ("JPY", 16_200), ("GBP", 5_00)])
    assert (total.currency, total.amount_minor, total.converted) == ("USD", 216_00, True)
    assert total.without_rate == (("GBP", 5_00),)
    later = currencies.converter(date(2026, 12, 6))
    assert later is not None and later.convert(100_00, "EUR") == 110_00

    services.undo.undo()  # the last rate typed
    assert rate_on(services.store.database, "USD", date(2026, 12, 6)) == 1.08
    with pytest.raises(ValidationError, match="not an ISO 4217"):
        currencies.set_home("euros")
    with pytest.raises(ValidationError, match="the euro's own is always 1"):
        currencies.set_rate("EUR", "1", date(2026, 12, 1))
    with pytest.raises(ValidationError, match="is not a rate"):
        currencies.set_rate("USD", "-3", date(2026, 12, 1))


def test_the_home_currency_is_data_every_window_shares_and_undo_takes_back(services: Services) -> None:
    services.currencies.set_home("EUR")
    services.currencies.set_home("CNY")
    assert services.currencies.home() == "CNY"
    services.undo.undo()
    assert services.currencies.home() == "EUR"
    services.undo.undo()
    assert services.currencies.home() == ""


def test_the_command_line_chooses_sets_lists_and_imports(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert ok(rapport("currency", "home", data_dir=data)).startswith("none yet")
    assert ok(rapport("currency", "home", "rub", data_dir=data)) == "RUB\n"
    ok(rapport("currency", "rate", "RUB", "92.5", "--date", "2026-12-01", data_dir=data))
    result = rapport("currency", "import", str(_write(tmp_path, "eurofxref.csv", DAILY)), data_dir=data)
    assert result.returncode == 0 and "1 days of 4 currencies read: 4 rates added, 0 changed" in result.stdout
    lines = ok(rapport("currency", "rates", data_dir=data)).splitlines()
    assert lines == ["BGN\t1.9558\t2026-12-07\tecb", "CZK\t25.11\t2026-12-07\tecb", "JPY\t163.02\t2026-12-07\tecb",
                     "RUB\t92.5\t2026-12-01\thand", "USD\t1.083\t2026-12-07\tecb"]
    assert ok(rapport("currency", "rate", "rub", data_dir=data)) == "2026-12-01\t92.5\thand\n"
    ok(rapport("currency", "rate", "RUB", "--remove", "--date", "2026-12-01", data_dir=data))
    assert ok(rapport("currency", "rate", "RUB", data_dir=data)) == ""
    bad = rapport("currency", "import", str(_write(tmp_path, "hist.csv", HISTORY)), data_dir=data)
    assert bad.returncode == 1 and "left out: hist.csv: column “XXQ” left out" in bad.stdout


def test_the_ecbs_zip_a_day_given_twice_and_rates_far_from_the_day(services: Services, tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(archive, "w") as out:  # as the ECB serves the history
        out.writestr("eurofxref-hist.csv", HISTORY + "2026-12-04,1.0999,162.51,1.9558,N/A,N/A,1.0,\n")
    report = services.currencies.import_ecb(archive).value
    assert report.days == 5 and report.added == 12  # the day given twice once, at its last line's rate
    assert rate_on(services.store.database, "USD", date(2026, 12, 4)) == 1.0999
    assert [(r.currency, r.day, r.per_euro) for r in services.currencies.latest_rates()] == [
        ("BGN", date(2026, 12, 4), 1.9558), ("CYP", date(1999, 1, 4), 0.58231), ("JPY", date(2026, 12, 4), 162.51),
        ("RUB", date(1999, 1, 4), 25.2), ("USD", date(2026, 12, 4), 1.0999)]

    services.currencies.set_home("EUR")
    converter = services.currencies.converter(date(2026, 12, 7))
    assert converter is not None
    total = converter.total([("EUR", 100), ("USD", 100), ("RUB", 100)])
    assert total.stale == (("RUB", date(1999, 1, 4)),)  # Monday: Friday's dollar is fine, the rouble is not
    (tmp_path / "two.zip").write_bytes(b"")
    with zipfile.ZipFile(tmp_path / "two.zip", "w") as out:
        out.writestr("a.csv", DAILY)
        out.writestr("b.csv", DAILY)
    with pytest.raises(RapportError, match=r"two\.zip: cannot read it \(2 CSV files in it, not one\)"):
        services.currencies.import_ecb(tmp_path / "two.zip")
