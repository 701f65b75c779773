"""`rapport add|update|show|list|delete KIND …`, `rapport move DEAL STAGE`, `rapport complete TASK`: every
kind of record from a script, through the same services (one unit of work, one undo step each: `rapport
undo` takes any of them back, as the window's Undo does) and the same validation messages as the window.

The fields are app/record_fields.py's tables; the work is done in cli/record_run.py, loaded when one of
these commands runs. cli/commands.py wires this in: `add_commands(commands)` and COMMANDS.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from app.record_fields import FIELDS, KINDS

if TYPE_CHECKING:
    from app.services import Services

KIND_CHOICES = ", ".join(KINDS)


def _field_options(parser: argparse.ArgumentParser, kind: str) -> None:
    fields = parser.add_argument_group("fields")
    for spec in FIELDS[kind]:
        fields.add_argument(spec.option, dest=f"field_{spec.name}", metavar=spec.metavar, help=spec.help,
                            action="append" if spec.many else "store")
    parser.add_argument("--from-json", metavar="FILE",
                        help="read the fields from a JSON object in FILE ('-': standard input), as `show --json`"
                             " writes them; options given beside it win")
    parser.add_argument("--json", action="store_true", help="print the record as JSON instead of its UID")


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    add = commands.add_parser("add", help="add a record (contact, account, deal, activity, task, lead)",
                              description="Add a record and print its UID. One step in the history: `rapport"
                                          " undo` takes it back.")
    add_kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True, parser_class=type(add))
    for kind in KINDS:
        _field_options(add_kinds.add_parser(kind, help=f"add a {kind}"), kind)

    update = commands.add_parser("update", help="change fields of a record",
                                 description="Change the fields given and leave the others as they are. A field"
                                             " given many times (--email, --tag…) is replaced as a whole;"
                                             " an empty value clears it.")
    update_kinds = update.add_subparsers(dest="kind", metavar="KIND", required=True, parser_class=type(update))
    for kind in KINDS:
        parser = update_kinds.add_parser(kind, help=f"change a {kind}")
        parser.add_argument("uid", metavar="UID")
        _field_options(parser, kind)

    show = commands.add_parser("show", help="print one record", description="Print one record's fields.")
    show.add_argument("kind", choices=KINDS, metavar="KIND", help=KIND_CHOICES)
    show.add_argument("uid", metavar="UID")
    show.add_argument("--json", action="store_true", help="print a JSON object (what --from-json reads)")

    list_cmd = commands.add_parser(
        "list", help="list records, filtered by their fields",
        description="List records of one kind, oldest first: UID and name, tab-separated, or JSON objects."
                    " --where FIELD=VALUE keeps those whose field is VALUE (letter case aside); FIELD~TEXT those"
                    " whose field contains TEXT; several --where must all hold. Values are compared as stored:"
                    " times in UTC as YYYY-MM-DD HH:MM:SS, a deal's amount in cents, a deal's or contact's"
                    " account and a deal's stage by name, linked contacts, accounts and deals by UID.")
    list_cmd.add_argument("kind", choices=KINDS, metavar="KIND", help=KIND_CHOICES)
    list_cmd.add_argument("--where", action="append", default=[], metavar="FIELD=VALUE")
    list_cmd.add_argument("--limit", type=int, default=100, metavar="N", help="at most N records (default: 100)")
    list_cmd.add_argument("--json", action="store_true", help="print a JSON list of whole records")

    move = commands.add_parser("move", help="move a deal to another stage, or mark it won or lost",
                               description="Move a deal to STAGE (a name of its pipeline, or a UID); `won`"
                                           " and `lost` close it (give --reason for a lost one).")
    move.add_argument("uid", metavar="DEAL_UID")
    move.add_argument("stage", metavar="STAGE")
    move.add_argument("--reason", default="", help="why a deal was lost")

    complete = commands.add_parser("complete", help="mark a task done",
                                   description="Mark a task done; a repeating task gets its next occurrence,"
                                               " whose UID is printed.")
    complete.add_argument("uid", metavar="TASK_UID")

    delete = commands.add_parser("delete", help="move a record to the Trash",
                                 description="Move a record to the Trash (the window's Trash brings it back;"
                                             " so does `rapport undo`).")
    delete.add_argument("kind", choices=KINDS, metavar="KIND", help=KIND_CHOICES)
    delete.add_argument("uid", metavar="UID")


def _run(name: str) -> Any:
    def command(args: argparse.Namespace, services: Services, out: TextIO) -> int:
        from app.loading import loading_modules

        with loading_modules():
            from cli import record_run
        return int(getattr(record_run, name)(args, services, out))
    return command


COMMANDS = {name: _run(f"cmd_{name}") for name in ("add", "update", "show", "list", "move", "complete", "delete")}
