"""`rapport field add|list|change|move|remove|restore|trash`: the custom fields a user adds to contacts,
accounts, deals, activities and tasks (app/custom_fields.py), from a script. Their values are set with
`rapport add|update KIND --custom KEY=VALUE` and found with `rapport list KIND --where KEY=VALUE`. Each change is
one undo step.

cli/commands.py wires this in: `add_commands(commands)` and COMMANDS.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from app.record_fields import KINDS

if TYPE_CHECKING:
    from app.services import Services

# app.custom_fields.FIELD_TYPES (a test keeps them alike)
TYPES_SAID = "text, longtext, number, money, date, choice, multichoice, checkbox, contact or account"


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    field = commands.add_parser("field", help="custom fields: add, list, change, move, remove, restore",
                                description="The fields you add to a kind of record. A removed field waits in the"
                                            " Trash with its values (`rapport field restore`, or `rapport"
                                            " undo`); sync carries the removal to the office's other laptops.")
    actions = field.add_subparsers(dest="field_command", metavar="ACTION", required=True, parser_class=type(field))
    add = actions.add_parser("add", help="add a field to a kind of record")
    add.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    add.add_argument("key", metavar="KEY", help="its name in files and scripts: lower-case letters, digits and _")
    add.add_argument("label", metavar="LABEL", help="its name in the window")
    add.add_argument("--type", default="text", metavar="TYPE", help=f"{TYPES_SAID} (default: text)")
    add.add_argument("--choice", action="append", default=[], metavar="TEXT",
                     help="one of the values a choice or multichoice field takes (again for each)")
    change = actions.add_parser("change", help="a field's label or choices (its key and type stay)")
    change.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    change.add_argument("key", metavar="KEY")
    change.add_argument("--label", metavar="LABEL", help="its new name in the window")
    change.add_argument("--choice", action="append", default=None, metavar="TEXT",
                        help="the choices it takes from now on, each given again (one held by a record stays)")
    move = actions.add_parser("move", help="a field up or down among its kind's fields")
    move.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    move.add_argument("key", metavar="KEY")
    move.add_argument("places", type=int, metavar="PLACES", help="how far: negative up, positive down")
    listed = actions.add_parser("list", help="the fields of every kind, or of one")
    listed.add_argument("kind", nargs="?", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    listed.add_argument("--json", action="store_true", help="print a JSON list")
    remove = actions.add_parser("remove", help="move a field with its values to the Trash")
    remove.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    remove.add_argument("key", metavar="KEY")
    restore = actions.add_parser("restore", help="bring a field back from the Trash with its values")
    restore.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    restore.add_argument("key", metavar="KEY")
    actions.add_parser("trash", help="the fields in the Trash, with how many values each keeps")


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
    elif args.field_command == "change":
        changed = fields.update(args.kind, args.key, label=args.label, choices=args.choice).value
        out.write("\t".join([changed.record_kind, changed.key, changed.field_type, changed.label, *changed.choices])
                  + "\n")
    elif args.field_command == "move":
        fields.move(args.kind, args.key, args.places)
        out.write("\n".join(d.key for d in fields.definitions(args.kind)) + "\n")
    elif args.field_command == "remove":
        fields.remove(args.kind, args.key)
        out.write(f"Moved to the Trash: {args.kind} {args.key}\n")
    elif args.field_command == "restore":
        fields.restore(args.kind, args.key)
        out.write(f"Restored: {args.kind} {args.key}\n")
    elif args.field_command == "trash":
        for item in fields.trash():
            d = item.definition
            out.write(f"{d.record_kind}\t{d.key}\t{d.label}\t{item.values} values\t{item.removed_at}\n")
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
