"""`rapport segment list|show|save|rename|remove|tag`: the lists' saved filters (app/segments.py), kept in the
database like the window's; `rapport export --segment NAME` writes a segment's contacts or accounts.

    rapport segment save contacts "Big budgets" --where budget more 1000 --where vip is yes
    rapport segment show contacts "Big budgets"        # its members: uid and name
    rapport segment tag contacts "Big budgets" Priority

cli/commands.py wires this in: `add_commands(commands)` and COMMANDS.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from app.list_names import CUSTOM_PREFIX, LISTS, OPERATORS

if TYPE_CHECKING:
    from app.services import Services



def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    segment = commands.add_parser(
        "segment", help="saved filters of the contacts and accounts lists",
        description="A segment is a list's filter text, a tag and conditions on its columns (custom fields by"
                    " their key), all of which hold (or any one, with --any). The window lists them under"
                    " their list; each change is one undo step.")
    actions = segment.add_subparsers(dest="segment_command", metavar="ACTION", required=True,
                                     parser_class=type(segment))
    listed = actions.add_parser("list", help="the segments of a list, or of all")
    listed.add_argument("list", nargs="?", choices=tuple(LISTS), metavar="LIST", help=", ".join(LISTS))
    listed.add_argument("--json", action="store_true", help="print a JSON list")
    show = actions.add_parser("show", help="the records a segment holds now: uid and name")
    show.add_argument("list", choices=tuple(LISTS), metavar="LIST", help=", ".join(LISTS))
    show.add_argument("name", metavar="NAME")
    show.add_argument("--json", action="store_true", help="print a JSON list")
    save = actions.add_parser("save", help="keep a filter as a segment (one of that name is replaced)")
    save.add_argument("list", choices=tuple(LISTS), metavar="LIST", help=", ".join(LISTS))
    save.add_argument("name", metavar="NAME")
    save.add_argument("--text", default="", metavar="TEXT", help="the filter text, as typed in the list's field")
    save.add_argument("--tag", default="", metavar="TAG", help="only records with this tag")
    save.add_argument("--where", nargs=3, action="append", default=[], metavar=("COLUMN", "HOW", "VALUE"),
                      help=f"a condition: COLUMN (a list's column or a custom field's key) HOW ({', '.join(OPERATORS)})"
                           " VALUE (give '' for empty and filled); again for each")
    save.add_argument("--any", action="store_true", help="records matching any one condition (default: all)")
    rename = actions.add_parser("rename", help="give a segment another name")
    rename.add_argument("list", choices=tuple(LISTS), metavar="LIST", help=", ".join(LISTS))
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    remove = actions.add_parser("remove", help="remove a segment (its records stay)")
    remove.add_argument("list", choices=tuple(LISTS), metavar="LIST", help=", ".join(LISTS))
    remove.add_argument("name", metavar="NAME")
    tag = actions.add_parser("tag", help="give every record of a segment a tag (one undo step)")
    tag.add_argument("list", choices=tuple(LISTS), metavar="LIST", help=", ".join(LISTS))
    tag.add_argument("name", metavar="NAME")
    tag.add_argument("tag", metavar="TAG")


def _columns(services: Services, list_name: str) -> dict[str, str]:
    """{what a script writes: the query's column name}: the list's own columns and its custom fields' keys."""
    from app.contact_list import AccountListQuery, ContactListQuery  # (loaded when a segment command runs)

    query = {"contacts": ContactListQuery, "accounts": AccountListQuery}[list_name]
    found = {name: name for name in (*query.columns, *query.fields)}
    for definition in services.custom_fields.definitions(LISTS[list_name]):
        found.setdefault(definition.key, CUSTOM_PREFIX + definition.key)
    return found


def cmd_segment(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from app.errors import ValidationError
    from app.segments import Segment

    segments = services.segments
    command = args.segment_command
    if command == "list":
        found = [s for name in ([args.list] if args.list else list(LISTS)) for s in segments.list(name)]
        if args.json:
            out.write(json.dumps([{"list": s.list, "name": s.name, "text": s.text, "tag": s.tag,
                                   "conditions": [list(c) for c in s.conditions], "any": s.match_any}
                                  for s in found], ensure_ascii=False, indent=2) + "\n")
        for s in [] if args.json else found:
            said = " ".join("(" + " ".join(c) + ")" for c in s.conditions)
            out.write("\t".join([s.list, s.name, s.text, s.tag, said, "any" if s.match_any else "all"]) + "\n")
        return 0
    if command == "save":
        columns = _columns(services, args.list)
        wanted: list[tuple[str, str, str]] = []
        for column, how, value in args.where:
            if column not in columns:
                raise ValidationError.single("where", f"{args.list} have no column or field {column!r}; they have:"
                                                      f" {', '.join(columns)}")
            wanted.append((columns[column], how, value))
        saved = segments.save(Segment(args.list, args.name, args.text, args.tag, tuple(wanted), args.any)).value
        out.write(f"{saved.list}\t{saved.name}\n")
        return 0
    if command == "rename":
        out.write(segments.rename(args.list, args.name, args.new_name).value.name + "\n")
        return 0
    if command == "remove":
        segments.remove(args.list, args.name)
        out.write(f"Removed: {args.list} {args.name}\n")
        return 0
    segment = segments.get(args.list, args.name)
    if command == "tag":
        added = segments.tag_members(segment, args.tag).value
        out.write(f"Tagged {added} more\n")
        return 0
    members = segments.members(segment)
    query = segments.query(segment)
    names = {row[0]: row[1] for row in query.rows([i for i in (query.id_of(u) for u in members) if i is not None])}
    if args.json:
        out.write(json.dumps([{"uid": uid, "name": names.get(uid, "")} for uid in members], ensure_ascii=False,
                             indent=2) + "\n")
    for uid in [] if args.json else members:
        out.write(f"{uid}\t{names.get(uid, '')}\n")
    return 0


COMMANDS = {"segment": cmd_segment}
