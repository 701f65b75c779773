"""The command line: `rapport search|demo|backup|restore|stats|…`. No Qt here.

Every call builds the whole parser, so this module and the parsers it wires in (cli/*_commands.py) load
only what the parser needs: a command's own work is imported when it runs (sync's network stack and the
keyring with `sync`, the services with the commands that write). `search` and `stats` read the store
alone and start in a fifth of the time the services would take to load.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from app import paths
from app.errors import RapportError
from app.export_formats import EXPORT_FORMATS
from app.formats.csv_fields import FIELDS as CSV_FIELDS
from cli import (
    currency_commands,
    desktop_commands,
    duplicate_commands,
    field_commands,
    file_commands,
    history_commands,
    lead_commands,
    mail_commands,
    pipeline_commands,
    record_commands,
    report_commands,
    segment_commands,
    sync_commands,
)

if TYPE_CHECKING:
    from app.services import Services
    from app.store import Store

log = logging.getLogger("rapport.cli")

Command = Callable[[argparse.Namespace, "Services", TextIO], int]
StoreCommand = Callable[[argparse.Namespace, "Store", TextIO], int]  # reads the store alone


MAX_LIMIT = 1_000_000  # the most results, steps or pairs a --limit may ask for
MAX_DEMO_CONTACTS = 1_000_000
# The window's sections `--show` names (ui/main_window.py SECTION_NAMES maps them; a test keeps the two alike).
WINDOW_SECTIONS = ("search", "contacts", "accounts", "leads", "deals", "tasks", "calendar", "dashboard",
                   "duplicates", "trash")
FILTERED_SECTIONS = ("search", "contacts", "accounts")  # a --filter's text goes to their field
SORTED_SECTIONS = ("contacts", "accounts")
# Commands that write more than a step at a time: one of them at a time per data folder (Store.writing_turn).
BULK_WRITERS = {"import", "demo", "restore", "merge", "undo", "redo", "mail"}
WAIT_NOTICE = "rapport: another Rapport is writing to this folder; waiting for it to finish…\n"
WAIT_LIMIT = 600.0  # seconds a command waits for its turn to write before it gives up, having written nothing


def count(maximum: int = MAX_LIMIT) -> Callable[[str], int]:
    """An argparse type: a whole number no larger than `maximum` (SQLite's integers end at 2**63; a huge
    --limit is a mistake to say, not an OverflowError). Lower bounds stay each command's own check."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value > maximum:
            raise argparse.ArgumentTypeError(f"{text} is too large: give a number from 1 to {maximum}")
        return value
    parse.__name__ = "number"
    return parse


class _Parser(argparse.ArgumentParser):
    """Usage mistakes end like every other error: one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        if self.prog.endswith(" search") and ("TEXT" in message or "unrecognized arguments: -" in message):
            word = next((a for a in sys.argv[1:] if a.startswith("-") and a not in _SEARCH_OPTIONS), "-x")
            message += f"; to search for a text that starts with '-', put -- before it: rapport search -- {word}"
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


_SEARCH_OPTIONS = {"--json", "--kind", "--limit", "-h", "--help", "--data-dir", "--"}


class _Version(argparse.Action):
    """`--version`: the installed distribution's version, looked up only when asked (reading the package
    metadata at every start would cost each command a few milliseconds for nothing)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("rapport")
        except PackageNotFoundError:
            number = "(not installed: run from a source folder)"
        sys.stdout.write(f"rapport {number}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="rapport",
        description="Rapport, an offline-first CRM. With no command, opens the main window.",
    )
    parser.add_argument("--version", action=_Version, help="print Rapport's version and exit")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"the data folder (default: ${paths.DATA_DIR_ENV}, else the user data folder)")
    window = parser.add_argument_group("the window (with no command; a window open on the folder is asked)")
    window.add_argument("--show", choices=WINDOW_SECTIONS, metavar="SECTION",
                        help="open on this section: " + ", ".join(WINDOW_SECTIONS))
    window.add_argument("--filter", metavar="TEXT",
                        help="with --show contacts or accounts, the list filtered by TEXT; with --show search,"
                             " a search for TEXT")
    window.add_argument("--sort", metavar="COLUMN",
                        help="with --show contacts or accounts, the list sorted by this column: name, company,"
                             " email, phone, city, updated (contacts), name, industry, website, phone, city,"
                             " updated (accounts), custom:KEY for a custom field")
    window.add_argument("--descending", action="store_true", help="with --sort, the largest or last first")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    search = commands.add_parser("search", help="find records of every kind",
                                 description="Find contacts, accounts, deals, activities, tasks and leads.")
    search.add_argument("text", metavar="TEXT", help="words to look for (prefixes match)")
    search.add_argument("--json", action="store_true", help="print a JSON list")
    search.add_argument("--kind", action="append", choices=["contact", "account", "deal", "activity", "task", "lead"],
                        help="only this kind (may be repeated)")
    search.add_argument("--limit", type=count(), default=50, help="at most this many results (default 50)")

    demo_cmd = commands.add_parser("demo", help="fill an empty data folder with a sample CRM",
                                   description="Fill an empty data folder with a realistic, deterministic"
                                               " sample CRM (same size and seed, same data).")
    demo_cmd.add_argument("--contacts", type=count(MAX_DEMO_CONTACTS), default=2000, metavar="N",
                          help="how many contacts (default 2000)")
    demo_cmd.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")

    backup = commands.add_parser("backup", help="copy the database to a file",
                                 description="Copy the live database (SQLite online backup).")
    backup.add_argument("file", nargs="?", metavar="FILE",
                        help="where to write it (default: the data folder's backups/, time-stamped)")

    restore = commands.add_parser("restore", help="replace the data with a backup",
                                  description="Check FILE, keep a copy of the current data in backups/,"
                                              " then restore FILE.")
    restore.add_argument("file", metavar="FILE")

    import_cmd = commands.add_parser(
        "import", help="import vCard, CSV and iCalendar files",
        description="Import contacts from vCard files (2.1, 3.0, 4.0, as phones, Outlook, Apple, Google and"
                    " Thunderbird write them) and Google/Outlook CSV, and meetings and tasks from iCalendar"
                    " files; the kind of each file is told by its content. Exit status: 0 all went in, 1 some"
                    " records were rejected, 2 a file could not be read at all.",
    )
    import_cmd.add_argument("files", nargs="+", metavar="FILE")
    import_cmd.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    import_cmd.add_argument("--json", action="store_true", help="print the report as JSON")
    import_cmd.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                            help="for a CSV file: which column holds which field (repeat it; fields: "
                                 + ", ".join(CSV_FIELDS) + "); Google and Outlook columns are known already")

    export_cmd = commands.add_parser(
        "export", help="export contacts, accounts, meetings and tasks",
        description="Export contacts and accounts (vCard, CSV) or meetings, tasks, calls, e-mails and notes (ics).",
    )
    export_cmd.add_argument("--format", required=True, choices=sorted(EXPORT_FORMATS), dest="format")
    export_cmd.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output)")
    export_cmd.add_argument("--query", metavar="TEXT", help="only the records a search for TEXT finds")
    export_cmd.add_argument("--segment", metavar="NAME", help="only the contacts (or accounts) of this segment")

    stats_cmd = commands.add_parser("stats", help="counts, database size, schema version")
    stats_cmd.add_argument("--json", action="store_true", help="print JSON")
    duplicate_commands.add_commands(commands)
    history_commands.add_commands(commands)
    sync_commands.add_commands(commands)
    record_commands.add_commands(commands)
    field_commands.add_commands(commands)
    mail_commands.add_commands(commands)
    file_commands.add_commands(commands)
    currency_commands.add_commands(commands)
    segment_commands.add_commands(commands)
    lead_commands.add_commands(commands)
    pipeline_commands.add_commands(commands)
    report_commands.add_commands(commands)
    desktop_commands.add_commands(commands)
    return parser


def cmd_search(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from app.search import SearchService

    hits = SearchService(store.database).search(args.text, kinds=tuple(args.kind or ()), limit=args.limit)
    if args.json:
        json.dump([asdict(h) for h in hits], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for hit in hits:
            out.write(f"{hit.kind}\t{hit.uid}\t{hit.display}\n")
    return 0


def cmd_demo(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from app import demo

    started = time.perf_counter()

    def progress(stage: str, done: int, total: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{stage}: {done:,}/{total:,}   ")
            sys.stderr.flush()

    summary = demo.fill(services.store, services.clock, contacts=args.contacts, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    made = ", ".join(f"{count:,} {kind}" for kind, count in summary.counts.items())
    out.write(f"Made {made} in {time.perf_counter() - started:.1f} s.\n")
    return 0


def cmd_backup(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    target = services.backups.backup(Path(args.file).expanduser() if args.file else None)
    out.write(f"Backed up to {target}\n")
    return 0


def cmd_restore(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    checked, kept = services.backups.restore(Path(args.file).expanduser())
    out.write(f"Restored {checked.path} ({checked.contacts:,} contacts). The data it replaced is in {kept}\n")
    return 0


def cmd_stats(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from app import stats

    figures = stats.collect(store)
    if args.json:
        json.dump(asdict(figures), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for name, count in figures.counts.items():
        trash = figures.in_trash[name]
        out.write(f"{name:<14}{count:>10,}" + (f"   ({trash:,} in Trash)" if trash else "") + "\n")
    for name, count in figures.other.items():
        out.write(f"{name.replace('_', ' '):<14}{count:>10,}\n")
    out.write(f"{'database':<14}{figures.database_bytes / 1_048_576:>10.1f} MB   {figures.path}\n")
    out.write(f"{'schema':<14}{figures.schema_version:>10}\n")
    return 0


def cmd_export(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from app.exporting import export_to_file, write_export

    uids = None
    if args.segment:
        found = [s for listed in ("contacts", "accounts") for s in services.segments.list(listed)
                 if s.name == args.segment]
        if not found:
            raise RapportError(f"no segment of contacts or accounts is named {args.segment!r}")
        if len(found) > 1:
            raise RapportError(f"both the contacts and the accounts have a segment {args.segment!r}")
        if found[0].list == "accounts" and args.format.startswith("csv"):
            raise RapportError(f"the segment {args.segment!r} holds accounts: export it as vcard4 or vcard3"
                               " (a CSV file holds contacts)")
        uids = set(services.segments.members(found[0]))
    if not args.output:
        write_export(services, args.format, out, args.query, uids=uids)
        return 0
    target = Path(args.output).expanduser()
    count = export_to_file(services, args.format, target, args.query, uids=uids)
    sys.stderr.write(f"Exported {count:,} records to {target}\n")
    return 0


def cmd_import(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from app import import_plan  # the plan the import wizard runs

    def progress(done: int, _position: int, _size: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{done:,} records read   ")
            sys.stderr.flush()

    mapping = {}
    for item in args.map:
        column, sep, field = item.rpartition("=")
        if not sep or not column or (field not in (*CSV_FIELDS, "") and not re.fullmatch(r"custom:[a-z][a-z0-9_]*",
                                                                                          field)):
            raise RapportError(f"--map {item!r}: write COLUMN=FIELD with a field from: {', '.join(CSV_FIELDS)},"
                               " or custom:KEY for a contacts' custom field")
        mapping[column] = field
    files = [import_plan.inspect(Path(f).expanduser()) for f in args.files]
    mappings = {chosen.path: mapping for chosen in files} if mapping else {}
    report = import_plan.run_import(services, files, mappings, dry_run=args.dry_run, progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\r")
    if args.json:
        body = asdict(report)
        body["rejected"] = [asdict(r) for r in report.rejected]
        json.dump(body, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        prefix = "Dry run, nothing written: would have " if report.dry_run else ""
        out.write(f"{prefix}imported {report.imported}, updated {report.updated}, merged {report.merged},"
                  f" skipped {report.unchanged} unchanged, rejected {len(report.rejected)}\n")
        for rejected in report.rejected:
            out.write(f"rejected: {rejected}\n")
        for problem in report.unreadable:
            out.write(f"unreadable: {problem}\n")
        for warning in report.warnings:
            out.write(f"warning: {warning}\n")
    if report.unreadable:
        return 2
    return 1 if report.rejected else 0


COMMANDS: dict[str, Command] = {
    **duplicate_commands.COMMANDS,
    **history_commands.COMMANDS,
    **sync_commands.COMMANDS,
    **record_commands.COMMANDS,
    **field_commands.COMMANDS,
    **mail_commands.COMMANDS,
    **file_commands.COMMANDS,
    **currency_commands.COMMANDS,
    **segment_commands.COMMANDS,
    **lead_commands.COMMANDS,
    **pipeline_commands.COMMANDS,
    **report_commands.COMMANDS,
    "export": cmd_export,
    "import": cmd_import,
    "demo": cmd_demo, "backup": cmd_backup, "restore": cmd_restore,
}
# Commands that need no data folder (the desktop entry): run before any store is opened.
PLAIN_COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "install-desktop": desktop_commands.cmd_install_desktop,
}
STORE_COMMANDS: dict[str, StoreCommand] = {**history_commands.STORE_COMMANDS, "search": cmd_search, "stats": cmd_stats}
# Commands that only read, and that scripts call in loops: a small database's pages are not all read at each
# call (app/store.py _check; 0.1 s a call at 30 MB). `stats` is the health report: it checks them.
READING_COMMANDS = {"search", "history"}


def run(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run one subcommand against the data folder the arguments name. A command that writes in bulk takes
    the folder's writing turn first (a second one waits, saying so), and any write waits for SQLite's
    write lock rather than failing after the busy timeout."""
    from app.store import writing_turn

    data_dir = paths.resolve_data_dir(args.data_dir)

    def waiting() -> None:
        err.write(WAIT_NOTICE)
        err.flush()

    with ExitStack() as stack:
        if args.command in BULK_WRITERS:
            stack.enter_context(writing_turn(data_dir, waiting, WAIT_LIMIT))
        store = _open(args, data_dir, out)
        try:
            if args.command in STORE_COMMANDS:
                return STORE_COMMANDS[args.command](args, store, out)
            from app.loading import loading_modules

            with loading_modules():
                from app.clock import SystemClock
                from app.services import Services

            services = Services.build(store, SystemClock())
            services.writer.waiting, services.writer.wait_limit = waiting, WAIT_LIMIT
            return COMMANDS[args.command](args, services, out)
        finally:
            store.close()
    raise AssertionError("unreachable")


def _open(args: argparse.Namespace, data_dir: Path, out: TextIO) -> Store:
    """The store; for `restore`, a damaged or emptied database is first moved into the backups folder
    (kept, never deleted) so that the backup can take its place."""
    from app.loading import loading_modules

    with loading_modules():
        from app.store import DamagedStoreError, Store

    try:
        return Store.open(data_dir, reading=args.command in READING_COMMANDS)
    except DamagedStoreError as exc:
        if args.command != "restore":
            raise
        from app.backup import check_backup
        from app.clock import SystemClock
        from app.rescue import set_aside

        check_backup(Path(args.file).expanduser())  # a bad backup: the damaged file stays where it is
        kept = set_aside(data_dir, SystemClock().now())
        out.write(f"The damaged database ({exc.path}) is kept as {kept}\n")
        return Store.open(data_dir)


def _quiet_pipe(out: TextIO) -> None:
    """Whoever read our output went away (`rapport stats | head -n 1`): nothing more to say to them. The
    rest of the output goes nowhere, and Python's flush at exit must not complain either."""
    try:
        fileno = out.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


def window_options_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with `--show`, `--filter` and `--sort` as given (they are the window's), or None."""
    given = [f"--{name}" for name in ("show", "filter", "sort") if getattr(args, name, None) is not None]
    given += ["--descending"] if getattr(args, "descending", False) else []
    if not given:
        return None
    if args.command is not None:
        return f"{', '.join(given)}: for the window, not the {args.command} command"
    if args.show is None:
        return f"{', '.join(given)}: say which section with --show"
    if args.descending and args.sort is None:
        return "--descending: say which column with --sort"
    if args.filter is not None and args.show not in FILTERED_SECTIONS:
        return f"--filter: only {', '.join(FILTERED_SECTIONS)} can be filtered, not {args.show}"
    if args.sort is not None:
        if args.show not in SORTED_SECTIONS:
            return f"--sort: only {' and '.join(SORTED_SECTIONS)} can be sorted, not {args.show}"
        from app.contact_list import AccountListQuery, ContactListQuery

        query = ContactListQuery if args.show == "contacts" else AccountListQuery
        column = args.sort
        if column not in query.columns and not (column.startswith("custom:") and len(column) > len("custom:")):
            return f"--sort: {args.show} have no column {column!r} (they have {', '.join(query.columns)}, custom:KEY)"
    return None


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr,
         parsed: argparse.Namespace | None = None) -> int:
    """Errors end with one line on stderr and a non-zero status, never a traceback. `parsed`: the arguments
    as the program's main() parsed and checked them (building the parser again cost 16 ms of every call)."""
    if parsed is None:
        parser = build_parser()
        parsed = parser.parse_args(argv)
        if (problem := window_options_problem(parsed)) is not None:
            parser.error(problem)
    args = parsed
    if args.command is None:
        raise ValueError("main() handles the window; cli.main needs a command")
    if args.command in PLAIN_COMMANDS:
        try:
            return PLAIN_COMMANDS[args.command](args, out)
        except OSError as exc:
            err.write(f"rapport: error: {exc}\n")
            return 1
    try:
        status = run(args, out, err)
        out.flush()
        return status
    except BrokenPipeError:
        _quiet_pipe(out)
        return 141  # as a shell reports a command ended by SIGPIPE
    except RapportError as exc:
        err.write(f"rapport: error: {exc}\n")
        return 1
    except KeyboardInterrupt:
        err.write("rapport: interrupted\n")
        return 130
    except Exception as exc:
        from app.store import damaged_error, is_damage
        from app.store_errors import sqlite_problem

        if is_damage(exc):  # a damaged page met on the way (a large database is not checked at every start)
            log.warning("damaged database: %s", exc)
            database = paths.database_path(paths.resolve_data_dir(args.data_dir))
            err.write(f"rapport: error: {damaged_error(database, exc)}\n")
            return 1
        problem = sqlite_problem(exc)
        if problem is not None:  # a full disk, a read-only file, a lock held too long: said as such
            log.warning("%s failed: %s", args.command, exc)
            err.write(f"rapport: error: {problem}\n")
            return 1
        log.exception("unexpected error in %s", args.command)
        err.write(f"rapport: unexpected error: {type(exc).__name__}: {exc}\n")
        return 3
