"""`rapport file attach|list|save|remove`: files on contacts, accounts and deals (app/record_files.py), the same
write path and undo log as the window (each attach or removal one step: `rapport undo` takes it back).

cli/commands.py wires this in: `add_commands(commands)` and COMMANDS.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from app.record_files import RecordFile
    from app.services import Services

KINDS = ("contact", "account", "deal")


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    file = commands.add_parser("file", help="files on contacts, accounts and deals",
                               description="Keep files with a contact, an account or a deal. Each file's bytes"
                                           " are kept once in the database, however many records hold them.")
    actions = file.add_subparsers(dest="file_command", metavar="ACTION", required=True, parser_class=type(file))
    attach = actions.add_parser("attach", help="put files on a record (one undo step)",
                                description="Put FILEs on the record. A file it has already (the same bytes) is"
                                            " not put on twice. Exit status 1 when a file could not be attached.")
    _record_arguments(attach)
    attach.add_argument("files", nargs="+", metavar="FILE")
    attach.add_argument("--json", action="store_true", help="print what was attached as JSON")
    listing = actions.add_parser("list", help="the files on a record")
    _record_arguments(listing)
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    save = actions.add_parser("save", help="write a record's file to the disk")
    _record_arguments(save)
    save.add_argument("file", metavar="NAME", help="the file's name on the record (or its number, as `list` shows)")
    save.add_argument("target", metavar="TARGET", help="where to write it: a file, or a folder to write it into")
    remove = actions.add_parser("remove", help="take a file off a record (one undo step)")
    _record_arguments(remove)
    remove.add_argument("file", metavar="NAME", help="the file's name on the record (or its number, as `list` shows)")


def _record_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help="contact, account or deal")
    parser.add_argument("record", metavar="RECORD", help="the record's UID (an account's name will do too)")


def cmd_file(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    uid = _uid(services, args.kind, args.record)
    files = services.files
    if args.file_command == "attach":
        done = files.attach(args.kind, uid, [Path(name).expanduser() for name in args.files]).value
        if args.json:
            out.write(json.dumps({"attached": [_as_json(f) for f in done.files], "already": list(done.already),
                                  "refused": [{"name": name, "reason": str(why)} for name, why in done.refused]},
                                 ensure_ascii=False, indent=2) + "\n")
        else:
            for found in done.files:
                out.write(f"attached\t{found.id}\t{found.name}\t{found.size}\n")
            for name in done.already:
                out.write(f"already on it\t{name}\n")
            for name, why in done.refused:
                out.write(f"not attached\t{name}\t{why}\n")
        return 1 if done.refused else 0
    if args.file_command == "list":
        listed = files.files_of(args.kind, uid)
        if args.json:
            out.write(json.dumps([_as_json(f) for f in listed], ensure_ascii=False, indent=2) + "\n")
        for found in [] if args.json else listed:
            out.write(f"{found.id}\t{found.name}\t{found.size}\t{found.added_at:%Y-%m-%d %H:%M}\n")
        return 0
    found = _file(files.files_of(args.kind, uid), args.file)
    if args.file_command == "save":
        target = Path(args.target).expanduser()
        written = files.save_copy(args.kind, found.id, target / found.name if target.is_dir() else target)
        out.write(f"{written}\n")
        return 0
    files.remove(args.kind, uid, found.id)
    out.write(f"removed\t{found.name}\n")
    return 0


def _uid(services: Services, kind: str, text: str) -> str:
    if kind == "account":
        from cli.record_run import resolver

        return resolver(services)("account", text)
    return text.strip()


def _file(listed: list[RecordFile], which: str) -> RecordFile:
    from app.errors import ValidationError

    for found in listed:
        if found.name == which or (which.isdigit() and found.id == int(which)):
            return found
    named = [f for f in listed if f.name.casefold() == which.casefold()]
    if len(named) == 1:
        return named[0]
    names = ", ".join(f.name for f in listed) or "none"
    raise ValidationError.single("file", f"the record has no file named {which!r} (its files: {names})")


def _as_json(found: RecordFile) -> dict[str, Any]:
    return {"id": found.id, "name": found.name, "size": found.size, "sha256": found.sha256,
            "added_at": found.added_at.isoformat(sep=" ")}


COMMANDS = {"file": cmd_file}
