"""Command line for sync: `rapport sync add-account|run|status|conflicts|resolve` (CardDAV and CalDAV).

cli/commands.py wires these in: `add_commands(commands)` in build_parser, and COMMANDS into its table.
The parser is all this module holds: every command builds it, and sync's network stack and keyring
(cli/sync_run.py) load only when a sync command runs.
Passwords come from --password-stdin or a prompt and go only to the keyring (sync/credentials.py);
no output, log line or error message ever contains one.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from sync.defaults import DEFAULT_DEADLINE

if TYPE_CHECKING:
    from app.services import Services


def add_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    sync = subparsers.add_parser(
        "sync", help="two-way sync with CardDAV and CalDAV servers",
        description="Sync contacts and accounts (as organisation cards) with CardDAV address books, and meetings"
                    " and tasks with CalDAV calendars.",
    )
    commands = sync.add_subparsers(dest="sync_command", metavar="SYNC_COMMAND", required=True,
                                   parser_class=subparsers._parser_class)
    add = commands.add_parser("add-account", help="add a server account by URL, domain or e-mail address",
                              description="Find the address books and calendars of an account (a URL, or just the"
                                          " domain or the e-mail address: RFC 6764 discovery, the domain's DNS SRV"
                                          " and TXT records, then its well-known addresses) and remember them. An"
                                          " e-mail address is the user name unless --user gives another. The"
                                          " password goes into the system keyring, never into the data folder.")
    add.add_argument("url", metavar="URL|DOMAIN|EMAIL")
    add.add_argument("--user", metavar="NAME",
                     help="the user name on the server (needed unless the URL holds it: a user name and password"
                          " typed into the URL are taken out of it, the password into the keyring)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.add_argument("--trust-certificate", action="store_true",
                     help="trust the certificate this https server shows now although no authority signed it (a"
                          " self-signed server of your own); its SHA-256 fingerprint is pinned, any other refused")
    add.add_argument("--insecure-http", action="store_true",
                     help="accept a plain http:// server off this machine: the password and every card then cross"
                          " the network unencrypted (a loopback address needs no such word)")
    _deadline_option(add)
    run = commands.add_parser("run", help="sync every account now",
                              description="Pull the server's changes, then push this side's. Exit status 0 when"
                                          " all went through, 1 when something needs attention (an error, or a"
                                          " conflict found: see sync conflicts).")
    run.add_argument("--json", action="store_true", help="print the report as JSON")
    run.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input (when no keyring holds it)")
    run.add_argument("--allow-mass-delete", action="store_true",
                     help="mirror a side that now lists none of the records it had (deletes them on the other)")
    _deadline_option(run)
    collection = commands.add_parser(
        "collection", help="what an address book or calendar does: sync it or not, where new records go, deals on"
                           " phones", description="Change one collection, named by its address (as `status` shows"
                                                  " it) or its name.")
    collection.add_argument("collection", metavar="HREF_OR_NAME")
    collection.add_argument("--sync", choices=["on", "off"], help="keep it in step with Rapport, or not")
    collection.add_argument("--new-here", action="store_true",
                            help="new contacts (an address book) or new meetings (a calendar) go here")
    collection.add_argument("--tasks-here", action="store_true",
                            help="new tasks and deals go here (a calendar that takes tasks)")
    collection.add_argument("--private", choices=["on", "off"],
                            help="the user's own collection (on) or the office's (off): private records live in"
                                 " the first private collection taking their kind, never in the office's")
    collection.add_argument("--phone-summary", choices=["on", "off"],
                            help="each card's note ends with where things stand with the person: the open deal"
                                 " and its stage, the next step, the last call (an address book)")
    commands.add_parser("status", help="accounts, address books, pending changes, the last runs")
    commands.add_parser("conflicts", help="the changes both sides made differently, waiting for a decision")
    resolve = commands.add_parser("resolve", help="settle a conflict",
                                  description="Keep this side's (local) or the server's values of the fields"
                                              " both sides changed; the next sync uploads the result.")
    resolve.add_argument("uid", metavar="UID")
    resolve.add_argument("--keep", required=True, choices=["local", "server"])


def _deadline_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--deadline", type=_seconds, default=DEFAULT_DEADLINE, metavar="SECONDS",
                        help=f"give up a request the server has not answered whole in this time (default"
                             f" {DEFAULT_DEADLINE:g} s)")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value < 1e6:
        raise argparse.ArgumentTypeError(f"not a sensible number of seconds: {text!r}")
    return value


def cmd_sync(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from app.loading import loading_modules

    with loading_modules():
        from cli.sync_run import run_sync

    return run_sync(args, services, out)


COMMANDS = {"sync": cmd_sync}
