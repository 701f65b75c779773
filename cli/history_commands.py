"""Command line for the undo log (app/undo.py): `rapport undo`, `rapport redo`, `rapport history`. The
window's Undo and Redo read the same log, so a step taken in one is undone in the other.

cli/commands.py wires these in: `add_commands(commands)` in build_parser, and COMMANDS into its table.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from app.errors import ValidationError

if TYPE_CHECKING:
    from app.services import Services
    from app.store import Store

MAX_LIMIT = 1_000_000  # as cli.commands.MAX_LIMIT: SQLite's integers end at 2**63


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    subparsers.add_parser(
        "undo", help="undo the last step (an edit, a merge, a whole import…)",
        description="Undo the newest step not undone yet, whether it was taken here or in the window; run again"
                    " for the one before. A step whose records were changed after it (by sync, say) is not"
                    " undone: it says which record, and the next `undo` goes on to the step before it.")
    subparsers.add_parser("redo", help="redo the last step undone",
                          description="Take back the last undo (until a new step is taken).")
    history = subparsers.add_parser(
        "history", help="the steps taken, newest first",
        description="Every step written to this data folder, newest first: when, by whom (user, import, sync,"
                    " system), whether it is done, undone or no longer undoable, and what it was.")
    history.add_argument("--json", action="store_true", help="print a JSON list")
    history.add_argument("--limit", type=int, default=50, metavar="N", help="at most N steps (default: 50)")


def cmd_undo(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    step = services.undo.undo().value
    out.write(f"Undone: {step.label}\n" if step is not None else "Nothing to undo.\n")
    return 0


def cmd_redo(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    step = services.undo.redo().value
    out.write(f"Redone: {step.label}\n" if step is not None else "Nothing to redo.\n")
    return 0


def cmd_history(args: argparse.Namespace, store: Store, out: TextIO) -> int:
    from app.clock import SystemClock
    from app.undo import UndoLog
    from app.unit_of_work import Writer

    if args.limit < 1:
        raise ValidationError.single("limit", "--limit must be at least 1")
    if args.limit > MAX_LIMIT:
        raise ValidationError.single("limit", f"--limit must be at most {MAX_LIMIT}")
    steps = UndoLog(Writer(store.database, SystemClock())).history(args.limit)  # reads only: no services
    if args.json:
        json.dump([{"id": s.id, "at": s.at.isoformat(), "origin": s.origin, "state": s.state, "label": s.label,
                    "reason": s.reason} for s in steps], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    for s in steps:
        note = f" ({s.reason})" if s.reason else ""
        out.write(f"{s.at:%Y-%m-%d %H:%M:%S}\t{s.origin}\t{s.state}\t{s.label}{note}\n")
    return 0


COMMANDS = {"undo": cmd_undo, "redo": cmd_redo}
STORE_COMMANDS = {"history": cmd_history}  # reads the store alone
