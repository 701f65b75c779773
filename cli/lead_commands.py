"""`rapport lead qualify|disqualify|import`: what only a lead does (app/leads.py); `rapport add|update|show|list|
delete lead` are the records commands'. Each is one step of the history (`rapport undo` takes it back).

    rapport lead import form.csv --source "Web form"     # tonight's export of the form: each lead made once
    rapport lead qualify UID --amount 4000 --currency EUR
    rapport lead disqualify UID --reason "No budget"

cli/commands.py wires this in: `add_commands(commands)` and COMMANDS.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from app.services import Services


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    lead = commands.add_parser("lead", help="qualify, disqualify or import leads",
                               description="Leads are people and companies not yet qualified. `rapport add lead`"
                                           " captures one; these commands do what only a lead does.")
    actions = lead.add_subparsers(dest="lead_command", metavar="ACTION", required=True, parser_class=type(lead))
    qualify = actions.add_parser(
        "qualify", help="make the lead's contact, account and deal (or find those there are)",
        description="One step: the contact with the lead's e-mail address (or a new one), the account of its"
                    " company's name (or a new one), and a deal in the first stage of the default pipeline with"
                    " the lead's source and owner; the lead's calls, notes and tasks are about them too. Prints"
                    " the lead's, contact's, account's and deal's UIDs.")
    qualify.add_argument("uid", metavar="UID")
    qualify.add_argument("--contact", metavar="UID", help="this contact instead of the one found or made")
    qualify.add_argument("--account", metavar="ACCOUNT", help="this account (UID or name) instead")
    qualify.add_argument("--no-deal", action="store_true", help="make no deal")
    qualify.add_argument("--title", default="", help="the deal's title (default: the company's or person's name)")
    qualify.add_argument("--amount", metavar="AMOUNT", help="the deal's value, e.g. 1200.50")
    qualify.add_argument("--currency", default="", metavar="CODE", help="ISO code of the amount's currency")
    qualify.add_argument("--json", action="store_true", help="print JSON")
    disqualify = actions.add_parser("disqualify", help="close the lead, saying why")
    disqualify.add_argument("uid", metavar="UID")
    disqualify.add_argument("--reason", required=True, help="why (no budget, a competitor's customer…)")
    imported = actions.add_parser(
        "import", help="new leads from a CSV file (a web form's export)",
        description="Each row a lead. Exit status: 0 all went in, 1 some rows were refused, 2 the file could not be"
                    " read at all. Columns are known by their names (Name, First name, Last name, Company,"
                    " Job title, E-mail, Phone, Source, Notes, Owner; in the languages Rapport speaks too);"
                    " a column no field takes goes into the notes as 'Column: value'. A row whose e-mail (or,"
                    " without one, name and company) is a lead already is passed over, so the same export"
                    " imported every night makes each lead once. A refused row is named; the rest go in. One"
                    " step of the history.")
    imported.add_argument("file", type=Path, metavar="FILE")
    imported.add_argument("--source", default="", help="the source of a row that names none (Web form)")
    imported.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                          help="read COLUMN as FIELD (name, given, family, company, job_title, email, phone, source,"
                               " notes, owner; empty to leave the column out); again for more")
    imported.add_argument("--json", action="store_true", help="print JSON")


def cmd_lead(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from app.errors import ValidationError

    if args.lead_command == "disqualify":
        lead = services.leads.disqualify(args.uid, args.reason).value
        out.write(f"{lead.uid}\tdisqualified\t{lead.data.reason}\n")
        return 0
    if args.lead_command == "qualify":
        from app.record_fields import FIELDS
        from cli.record_run import resolver

        amount = next(s for s in FIELDS["deal"] if s.name == "amount").parse(args.amount or "")
        account = resolver(services)("account", args.account) if args.account else None
        done = services.leads.qualify(args.uid, contact_uid=args.contact, account_uid=account,
                                      make_deal=not args.no_deal, deal_title=args.title, amount=amount,
                                      currency=args.currency).value
        if args.json:
            out.write(json.dumps({"lead": done.lead_uid, "contact": done.contact_uid, "account": done.account_uid,
                                  "deal": done.deal_uid, "made": list(done.made)}, indent=2) + "\n")
        else:
            out.write("\t".join(u or "" for u in (done.lead_uid, done.contact_uid, done.account_uid, done.deal_uid))
                      + "\n")
        return 0
    from app.lead_import import import_leads

    mapping: dict[str, str] = {}
    for text in args.map:
        column, sep, field_name = text.partition("=")
        if not sep:
            raise ValidationError.single("map", f"{text!r} is not COLUMN=FIELD")
        mapping[column.strip()] = field_name.strip()
    from app.formats.csv_contacts import CsvFileError

    try:
        with args.file.open("rb") as source:
            found = import_leads(services, source, mapping=mapping, default_source=args.source)
    except (OSError, CsvFileError) as exc:  # the file as a whole: status 2, as `rapport import` says it
        problem = f"{args.file}: {exc.strerror or exc}" if isinstance(exc, OSError) else f"{args.file}: {exc}"
        if args.json:
            out.write(json.dumps({"made": [], "known": [], "refused": [], "warnings": [], "unreadable": problem},
                                 ensure_ascii=False, indent=2) + "\n")
        else:
            out.write(f"unreadable: {problem}\n")
        return 2
    if args.json:
        out.write(json.dumps({"made": found.made, "known": [{"row": n, "name": w} for n, w in found.known],
                              "refused": found.refused, "warnings": found.warnings}, ensure_ascii=False, indent=2)
                  + "\n")
    else:
        for warning in found.warnings:
            out.write(f"warning: {warning}\n")
        for refused in found.refused:
            out.write(f"refused: {refused}\n")
        for uid in found.made:  # a line a new lead, for a script to go on with: new<TAB>UID<TAB>NAME
            lead = services.leads.get(uid)
            out.write(f"new\t{uid}\t{lead.shown_name}\n")
        out.write(f"{len(found.made)} new leads, {len(found.known)} already leads, {len(found.refused)} refused\n")
    return 1 if found.refused else 0  # as `rapport import`: 1 some rows refused, 2 the file unreadable


COMMANDS = {"lead": cmd_lead}
