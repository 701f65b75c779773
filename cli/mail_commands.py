"""`rapport mail import PATH`: e-mail onto the timeline from where it already is on this computer — an mbox
file, a Maildir folder or a Thunderbird profile (app/mail_import.py); `rapport mail add-account|accounts|
remove-account|fetch`: from IMAP accounts, read-only and incremental (sync/mail_fetch.py). Only messages from
or to a contact's address are kept. An import or a fetch is one step: `rapport undo` takes it back.
Passwords come from --password-stdin or a prompt and go only to the keyring.

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

    add = actions.add_parser(
        "add-account", help="add an IMAP account (read-only: nothing on the server is changed or marked read)",
        description="Log in to an IMAP server once to check the password, find its folders, and remember the"
                    " account. Its Inbox and Sent folder are read unless --folder names others. The password"
                    " goes into the system keyring, never into the data folder. The same account again takes"
                    " the new password and folders.")
    add.add_argument("host", metavar="HOST", help="the IMAP server, as imap.example.org")
    add.add_argument("--user", required=True, help="the user name on the server (often the e-mail address)")
    add.add_argument("--port", type=int, help="the server's port (993, or 143 with --starttls)")
    add.add_argument("--starttls", action="store_true",
                     help="connect on the plain port and switch to TLS before the login (STARTTLS)")
    add.add_argument("--folder", action="append", default=[], metavar="FOLDER",
                     help="a folder to read (again for several); default: the Inbox and the Sent folder")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.add_argument("--trust-certificate", action="store_true",
                     help="trust the certificate the server shows now although no authority signed it (your own"
                          " server): its fingerprint is pinned, and any other certificate is refused")
    actions.add_parser("accounts", help="list the IMAP accounts, their folders and their last fetch")
    remove = actions.add_parser("remove-account", help="forget an IMAP account and its password (its e-mails stay)")
    remove.add_argument("account", type=int, metavar="ID", help="the account's number, as `mail accounts` shows it")
    domain = actions.add_parser(
        "domain", help="mail from a company's own domain onto its timeline (or list what is allowed)",
        description="Allow mail from or to anyone at DOMAIN (as acme.example) onto the account's timeline, although"
                    " no contact has the address: the colleagues of your contacts there. The next import or fetch"
                    " follows. Without DOMAIN, the account's website's domain; without ACCOUNT, the list of what"
                    " is allowed. A mail provider's domain (gmail.com…) is refused. One undo step.")
    domain.add_argument("account", nargs="?", metavar="ACCOUNT", help="the account, by UID or name")
    domain.add_argument("domain", nargs="?", metavar="DOMAIN")
    domain.add_argument("--off", action="store_true", help="take the allowance back")
    fetch = actions.add_parser(
        "fetch", help="bring what is new in the IMAP accounts' folders onto the timelines",
        description="Read what arrived since the last fetch in every IMAP account's folders (only the folders'"
                    " status when nothing did). A message already here, from any folder or store, is passed"
                    " over. Exit status 1 when an account could not be read.")
    fetch.add_argument("--json", action="store_true", help="print the counts as JSON")
    fetch.add_argument("--again", action="store_true",
                       help="read every folder from its start (mail of people made contacts since it arrived);"
                            " nothing comes twice")
    fetch.add_argument("--account", type=int, metavar="ID",
                       help="only this account (its number, as `mail accounts` shows it)")
    fetch.add_argument("--password-stdin", action="store_true",
                       help="read the account's password from standard input, for this run only (when no keyring"
                            " holds it); with several accounts, give --account")


def cmd_mail(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    if args.mail_command != "import":
        from cli.mail_accounts_run import run_mail_accounts

        return run_mail_accounts(args, services, out)
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
