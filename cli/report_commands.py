"""`rapport report won-lost|activities|leads`: reports beyond the dashboard (app/reports.py) as a table, CSV or JSON,
for a script, a spreadsheet or a chart of the user's own. Read only.

cli/commands.py wires this in: `add_commands(commands)` and COMMANDS.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from datetime import UTC, date
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from app.services import Services


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    report = commands.add_parser("report", help="won and lost deals, time to close, activities, by period",
                                 description="Reports over a period (default: this year to today).")
    actions = report.add_subparsers(dest="report_command", metavar="REPORT", required=True,
                                    parser_class=type(report))
    won_lost = actions.add_parser(
        "won-lost", help="deals won and lost by owner, lead source, stage or month; win rate; days to close",
        description="Deals won and lost in the period (by the day they closed), grouped; the won amounts per"
                    " currency and, with a home currency, added up at each closing day's rate; the win rate;"
                    " the average and median days from making a deal to winning it.")
    won_lost.add_argument("--by", choices=["owner", "source", "stage", "month"], default="owner")
    won_lost.add_argument("--pipeline", metavar="NAME", help="only this pipeline (a name or UID)")
    moves = actions.add_parser("activities", help="calls, meetings, e-mails and notes by kind, owner, month or week")
    moves.add_argument("--by", choices=["kind", "owner", "month", "week"], default="kind")
    lead_report = actions.add_parser(
        "leads", help="leads captured, qualified and disqualified, and deals won, by source or month",
        description="Leads made in the period, those qualified and disqualified in it (and the share qualified of"
                    " those decided), those of the period still open, and the deals won in it from each source"
                    " (a deal's lead source) with their amounts.")
    lead_report.add_argument("--by", choices=["source", "month"], default="source")
    for parser in (won_lost, moves, lead_report):
        parser.add_argument("--from", dest="first", type=date.fromisoformat, metavar="YYYY-MM-DD")
        parser.add_argument("--to", dest="last", type=date.fromisoformat, metavar="YYYY-MM-DD")
        shape = parser.add_mutually_exclusive_group()
        shape.add_argument("--csv", action="store_true", help="print CSV (a header line, then a line a row)")
        shape.add_argument("--json", action="store_true", help="print JSON")


def _days(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def cmd_report(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from app.reports import ACTIVITY_KINDS, activities, won_and_lost
    from cli.pipeline_commands import money_text

    today = services.clock.now().replace(tzinfo=UTC).astimezone().date()
    first, last = args.first or date(today.year, 1, 1), args.last or today
    database = services.store.database
    started = time.perf_counter()
    if args.report_command == "leads":
        return _leads(args, services, out, first, last, started)
    if args.report_command == "activities":
        counts = activities(database, first, last, args.by)
        header = [args.by, *ACTIVITY_KINDS, "total"]
        lines = [[row.key or "(none)", *map(str, row.counts), str(row.total)] for row in counts]
        if args.json:
            out.write(json.dumps({"seconds": round(time.perf_counter() - started, 4), "from": first.isoformat(),
                                  "to": last.isoformat(), "by": args.by,
                                  "rows": [dict(zip(header, line, strict=True)) for line in lines]}, indent=2) + "\n")
            return 0
        return _table(out, header, lines, csv_out=args.csv)
    pipeline_id = None
    if args.pipeline:
        from app.pipeline_history import find_pipeline

        pipeline_id = find_pipeline(database, args.pipeline)[0]
    found = won_and_lost(database, first, last, args.by, pipeline_id)
    if args.json:
        out.write(json.dumps({
            "seconds": round(time.perf_counter() - started, 4), "from": first.isoformat(), "to": last.isoformat(),
            "by": args.by, "home": found.home, "without_rate": list(found.without_rate),
            "rows": [{"key": r.key, "won": r.won, "lost": r.lost, "win_rate": r.win_rate, "won_amounts": r.won_amounts,
                      "won_home_minor": r.won_home_minor, "average_days_to_close": r.average_days,
                      "median_days_to_close": r.median_days} for r in found.rows]}, ensure_ascii=False, indent=2)
            + "\n")
        return 0
    header = [args.by, "won", "lost", "win rate", "won amounts",
              *([f"won in {found.home}"] if found.home else []), "average days to close", "median days to close"]
    lines = []
    for row in found.rows:
        rate = "" if row.win_rate is None else f"{row.win_rate:.0%}"
        amounts = "; ".join(money_text(v, c) for c, v in sorted(row.won_amounts.items(), key=lambda i: -i[1]))
        home = [money_text(row.won_home_minor, found.home) if row.won_home_minor is not None else ""] \
            if found.home else []
        lines.append([row.key or "(none)", str(row.won), str(row.lost), rate, amounts, *home,
                      _days(row.average_days), _days(row.median_days)])
    code = _table(out, header, lines, csv_out=args.csv)
    if found.without_rate and not args.csv:
        out.write(f"Not in the {found.home} column: {', '.join(found.without_rate)} (no exchange rate)\n")
    return code


def _leads(args: argparse.Namespace, services: Services, out: TextIO, first: date, last: date,
           started: float) -> int:
    from app.reports import leads
    from cli.pipeline_commands import money_text

    found = leads(services.store.database, first, last, args.by)
    if args.json:
        out.write(json.dumps({
            "seconds": round(time.perf_counter() - started, 4), "from": first.isoformat(), "to": last.isoformat(),
            "by": args.by, "home": found.home, "without_rate": list(found.without_rate),
            "rows": [{"key": r.key, "captured": r.captured, "qualified": r.qualified, "disqualified": r.disqualified,
                      "still_open": r.still_open, "qualified_rate": r.qualified_rate, "won": r.won,
                      "won_amounts": r.won_amounts, "won_home_minor": r.won_home_minor} for r in found.rows]},
            ensure_ascii=False, indent=2) + "\n")
        return 0
    header = [args.by, "captured", "qualified", "disqualified", "qualified rate", "still open", "deals won",
              "won amounts", *([f"won in {found.home}"] if found.home else [])]
    lines = []
    for row in found.rows:
        rate = "" if row.qualified_rate is None else f"{row.qualified_rate:.0%}"
        amounts = "; ".join(money_text(v, c) for c, v in sorted(row.won_amounts.items(), key=lambda i: -i[1]))
        home = [money_text(row.won_home_minor, found.home) if row.won_home_minor is not None else ""] \
            if found.home else []
        lines.append([row.key or "(none)", str(row.captured), str(row.qualified), str(row.disqualified), rate,
                      str(row.still_open), str(row.won), amounts, *home])
    code = _table(out, header, lines, csv_out=args.csv)
    if found.without_rate and not args.csv:
        out.write(f"Not in the {found.home} column: {', '.join(found.without_rate)} (no exchange rate)\n")
    return code


def _table(out: TextIO, header: list[str], lines: list[list[str]], *, csv_out: bool) -> int:
    if csv_out:
        from app.formats.csv_contacts import neutralised

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        # a name beginning with "=" (an owner, a source) is text in a spreadsheet, never a formula
        writer.writerows([[neutralised(line[0]), *line[1:]] for line in lines])
        return 0
    if not lines:
        out.write("Nothing in this period.\n")
        return 0
    for line in [header, *lines]:
        out.write("\t".join(line) + "\n")
    return 0


COMMANDS = {"report": cmd_report}
