"""`rapport mail import PATH`: e-mail onto the timeline from where it already is on this computer — an mbox
file, a Maildir folder or a Thunderbird profile (app/mail_import.py). Only messages from or to a contact's
address are kept. The import is one step: `rapport undo` takes it back.

cli/commands.py wires this in: `add_commands(commands)` and COMMANDS.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from app.services import Services


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    mail = commands.add_parser("mail", help="e-mail onto the timeline, from mail stores on this computer",
                               description="E-mail from or to your contacts onto their timelines and their"
                                           " companies'. Nothing else of the mailbox is kept.")
    actions = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True, parser_class=type(mail))
    read = actions.add_parser(
        "import", help="read an mbox file, a Maildir folder or a Thunderbird profile",
        description="Read every message of PATH: an mbox file, a Maildir folder (with cur/ and new/), a"
                    " Thunderbird profile, or the Thunderbird folder holding profiles.ini (every profile's"
                    " local and offline IMAP folders). A message already imported (by its Message-ID, from"
                    " any store) is passed over, so running it again takes only what is new.")
    read.add_argument("path", metavar="PATH")
    read.add_argument("--json", action="store_true", help="print the counts as JSON")


def cmd_mail(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from app.mail_import import import_mail

    def progress(read: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{read:,} messages read   ")
            sys.stderr.flush()

    report = import_mail(services, Path(args.path).expanduser(), progress)
    if sys.stderr.isatty():
        sys.stderr.write("\r")
    if args.json:
        out.write(json.dumps(asdict(report), ensure_ascii=False, indent=2) + "\n")
    else:
        skipped = "".join(f", {number} {what}" for number, what in (
            (report.unreadable, "unreadable (skipped)"), (report.thrown_away, "deleted in the mail program"))
            if number)
        out.write(f"{report.read} messages read in {len(report.stores)} folder(s): {report.logged} e-mails put on"
                  f" timelines, {report.already_here} already here, {report.not_for_the_crm} from and to no"
                  f" contact (left out){skipped}\n")
        if report.stopped:
            out.write("Stopped before the end: run it again to go on.\n")
    return 0


COMMANDS = {"mail": cmd_mail}
