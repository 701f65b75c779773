"""`rapport field add|list|remove`: the custom fields a user adds to contacts, accounts, deals, activities
and tasks (app/custom_fields.py), from a script. Their values are set with `rapport add|update KIND
--custom KEY=VALUE` and found with `rapport list KIND --where KEY=VALUE`. Each change is one undo step.

cli/commands.py wires this in: `add_commands(commands)` and COMMANDS.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from app.record_fields import KINDS

if TYPE_CHECKING:
    from app.services import Services

TYPES_SAID = "text, number, date or choice"  # app.custom_fields.FIELD_TYPES (a test keeps them alike)


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    field = commands.add_parser("field", help="custom fields: add, list, remove",
                                description="The fields you add to a kind of record. A removed field's values go"
                                            " with it (`rapport undo` brings them back); sync carries the"
                                            " removal to the office's other laptops.")
    actions = field.add_subparsers(dest="field_command", metavar="ACTION", required=True, parser_class=type(field))
    add = actions.add_parser("add", help="add a field to a kind of record")
    add.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    add.add_argument("key", metavar="KEY", help="its name in files and scripts: lower-case letters, digits and _")
    add.add_argument("label", metavar="LABEL", help="its name in the window")
    add.add_argument("--type", default="text", metavar="TYPE", help=f"{TYPES_SAID} (default: text)")
    add.add_argument("--choice", action="append", default=[], metavar="TEXT",
                     help="one of the values a choice field takes (again for each)")
    listed = actions.add_parser("list", help="the fields of every kind, or of one")
    listed.add_argument("kind", nargs="?", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    listed.add_argument("--json", action="store_true", help="print a JSON list")
    remove = actions.add_parser("remove", help="remove a field and its values")
    remove.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    remove.add_argument("key", metavar="KEY")


def cmd_field(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    fields = services.custom_fields
    if args.field_command == "add":
        from app.errors import ValidationError
        from app.record_fields import FIELDS

        if args.key in {spec.name for spec in FIELDS[args.kind]}:
            # `--where KEY=…` and `--custom` could not tell it from the field of that name
            raise ValidationError.single("key", f"a {args.kind} has a field {args.key!r} of its own; choose another"
                                                " key")
        made = fields.define(args.kind, args.key, args.label, args.type, tuple(args.choice)).value
        out.write(f"{made.record_kind}\t{made.key}\n")
    elif args.field_command == "remove":
        fields.remove(args.kind, args.key)
        out.write(f"Removed: {args.kind} {args.key}\n")
    else:
        defined = [d for kind in ([args.kind] if args.kind else KINDS) for d in fields.definitions(kind)]
        if args.json:
            out.write(json.dumps([{"kind": d.record_kind, "key": d.key, "label": d.label, "type": d.field_type,
                                   "choices": list(d.choices)} for d in defined], ensure_ascii=False, indent=2)
                      + "\n")
        for d in defined if not args.json else ():
            out.write("\t".join([d.record_kind, d.key, d.field_type, d.label, *d.choices]) + "\n")
    return 0


COMMANDS = {"field": cmd_field}
