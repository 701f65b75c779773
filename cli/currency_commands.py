"""`rapport currency home|rate|rates|import`: the home currency totals are added up in, and the exchange rates
(app/currencies.py), typed or imported from the European Central Bank's CSV files; each change one undo step.

cli/commands.py wires this in: `add_commands(commands)` and COMMANDS.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from app.services import Services


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    currency = commands.add_parser(
        "currency", help="the home currency and exchange rates",
        description="Totals over deals in several currencies are added up in the home currency, at the rate of"
                    " each deal's date (or today's). Rates are units of a currency one euro buys, as the"
                    " European Central Bank publishes them; no network is used.")
    actions = currency.add_subparsers(dest="currency_command", metavar="ACTION", required=True,
                                      parser_class=type(currency))
    home = actions.add_parser("home", help="show or choose the home currency")
    home.add_argument("code", nargs="?", metavar="CODE", help="an ISO 4217 code, as EUR, USD, RUB, CNY")
    rate = actions.add_parser("rate", help="set a rate (units of CODE one euro buys), or list CODE's rates")
    rate.add_argument("code", metavar="CODE")
    rate.add_argument("rate", nargs="?", metavar="RATE", help="as 1.0812; without it, CODE's rates are listed")
    rate.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="its day (default: today)")
    rate.add_argument("--remove", action="store_true", help="take the rate of --date away")
    rates = actions.add_parser("rates", help="each currency's newest rate")
    rates.add_argument("--json", action="store_true", help="print a JSON list")
    read = actions.add_parser(
        "import", help="import the ECB's reference rates from its CSV file (eurofxref.csv or eurofxref-hist.csv)",
        description="Read the European Central Bank's CSV file of euro reference rates, as downloaded (the daily"
                    " file or the whole history, unzipped). Rates here for the same day take the file's value."
                    " One undo step. Exit status 1 when a line or column was left out (each is said).")
    read.add_argument("file", metavar="FILE")
    read.add_argument("--json", action="store_true", help="print the counts as JSON")


def cmd_currency(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    currencies = services.currencies
    command = args.currency_command
    if command == "home":
        if args.code:
            currencies.set_home(args.code)
        out.write((currencies.home() or "none yet: choose one with `rapport currency home CODE`") + "\n")
        return 0
    if command == "rates":
        listed = currencies.latest_rates()
        if args.json:
            out.write(json.dumps([{**asdict(r), "day": r.day.isoformat()} for r in listed], indent=2) + "\n")
        for found in [] if args.json else listed:
            out.write(f"{found.currency}\t{found.per_euro:g}\t{found.day.isoformat()}\t{found.source}\n")
        return 0
    if command == "rate":
        day = args.date or services.clock.now().date()
        if args.remove:
            currencies.remove_rate(args.code, day)
        elif args.rate is not None:
            currencies.set_rate(args.code, args.rate, day)
        else:
            for found in currencies.rates_of(args.code):
                out.write(f"{found.day.isoformat()}\t{found.per_euro:g}\t{found.source}\n")
        return 0
    report = currencies.import_ecb(Path(args.file).expanduser()).value
    if args.json:
        out.write(json.dumps({**asdict(report), "left_out": [str(s) for s in report.left_out]}, indent=2,
                             ensure_ascii=False) + "\n")
    else:
        out.write(f"{report.days} days of {len(report.currencies)} currencies read: {report.added} rates added,"
                  f" {report.changed} changed\n")
        for reason in report.left_out:
            out.write(f"left out: {reason}\n")
    return 1 if report.left_out else 0


COMMANDS = {"currency": cmd_currency}
