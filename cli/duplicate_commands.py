"""Command line for duplicates: `rapport duplicates`, `rapport merge KEEP OTHER` (undone by `rapport undo`,
in cli/history_commands.py, like every other step).

cli/commands.py wires these in: `add_commands(commands)` in build_parser, and COMMANDS into its table.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TextIO

from app.errors import ValidationError
from app.merge_fields import CHOOSABLE

if TYPE_CHECKING:
    from app.services import Services

MAX_LIMIT = 1_000_000  # as cli.commands.MAX_LIMIT: SQLite's integers end at 2**63


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    duplicates = subparsers.add_parser(
        "duplicates", help="list contacts that may be the same person",
        description="List pairs of contacts that may be the same person, most likely first: the same e-mail,"
                    " the same phone number, or a close name at the same organisation. Each line: score,"
                    " both uids, both names, the reasons.",
    )
    duplicates.add_argument("--json", action="store_true", help="print a JSON list")
    duplicates.add_argument("--limit", type=int, metavar="N", help="at most N pairs (default: all)")

    merge = subparsers.add_parser(
        "merge", help="merge one contact into another",
        description="Merge OTHER_UID into KEEP_UID: the kept contact takes every e-mail, phone, address and"
                    " other detail it lacks, and every activity, task, deal, tag and custom value of the other;"
                    " the other goes to the Trash. `rapport undo` takes the merge back.",
    )
    merge.add_argument("keep", metavar="KEEP_UID", help="the contact that stays")
    merge.add_argument("other", metavar="OTHER_UID", help="the contact merged into it")
    merge.add_argument("--choose", action="append", default=[], metavar="FIELD=keep|other",
                       help="take this field from the kept or the other contact (may be repeated; by default"
                            f" the kept value unless it is empty). Fields: {', '.join(CHOOSABLE)}")


def _choices(pairs: list[str]) -> dict[str, str]:
    choose: dict[str, str] = {}
    for pair in pairs:
        name, sep, side = pair.partition("=")
        if not sep:
            raise ValidationError.single("choose", f"{pair!r} is not FIELD=keep or FIELD=other")
        choose[name.strip()] = side.strip()
    return choose


def cmd_duplicates(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    if args.limit is not None and args.limit < 1:
        raise ValidationError.single("limit", "--limit must be at least 1")
    if args.limit is not None and args.limit > MAX_LIMIT:
        raise ValidationError.single("limit", f"--limit must be at most {MAX_LIMIT}")
    from app.duplicates import DuplicateService  # loaded only for this command (rapidfuzz and all)

    found = DuplicateService(services).candidates(limit=args.limit)
    if args.json:
        json.dump([asdict(c) for c in found], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for c in found:
        out.write(f"{c.score}\t{c.first_uid}\t{c.second_uid}\t{c.first_name}\t{c.second_name}\t"
                  f"{'; '.join(c.reasons)}\n")
    return 0


def cmd_merge(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from app.duplicates import DuplicateService

    other_name = services.contacts.get(args.other).display_name if args.other != args.keep else ""
    kept = DuplicateService(services).merge(args.keep, args.other, _choices(args.choose)).value
    out.write(f"Merged “{other_name}” into “{kept.display_name}” ({kept.uid}). `rapport undo` takes it back.\n")
    return 0


COMMANDS = {"duplicates": cmd_duplicates, "merge": cmd_merge}
