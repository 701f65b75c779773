"""`rapport sync …` at work (cli/sync_commands.py holds its parser): the DAV client, the keyring, the
sync service. Passwords come from --password-stdin or a prompt and go only to the keyring
(sync/credentials.py); no output, log line or error message ever contains one.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from app.errors import RapportError
from app.services import Services
from app.unit_of_work import WriteStats
from cli.passwords import password_from
from sync.credentials import NO_KEYRING, Credentials, keyring_available
from sync.dav import DavClient, format_fingerprint
from sync.defaults import DEFAULT_DEADLINE
from sync.errors import DnsNamedServer, ServerMoved
from sync.service import SyncService, account_address
from sync.state import CollectionRow

MAX_MOVES = 3  # servers that send discovery on, one after another, each confirmed by the user


def run_sync(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    credentials = Credentials()
    deadline = float(getattr(args, "deadline", DEFAULT_DEADLINE))

    def client(url: str, username: str, password: str, /, *, pinned: str = "") -> DavClient:
        return DavClient(url, username, password, pinned=pinned, deadline=deadline)

    sync = SyncService(services, credentials, client)
    if args.sync_command == "run" and getattr(args, "json", False):
        # What the run's writes held SQLite's lock at a stretch: what an edit in the window beside it waits.
        stats = services.writer.stats
        stats.count, stats.longest, stats.longest_label = 0, 0.0, ""
        return _run(args, sync, credentials, out, stats)
    handlers = {"add-account": _add_account, "run": _run, "status": _status, "conflicts": _conflicts,
                "resolve": _resolve, "collection": _collection}
    return handlers[args.sync_command](args, sync, credentials, out)


def _add_account(args: argparse.Namespace, sync: SyncService, credentials: Credentials, out: TextIO) -> int:
    # Refused before a password is asked: a plain http:// server without --insecure-http. A password typed
    # into the URL is taken out of it here (and never printed); then no other is asked for.
    address = account_address(args.url, insecure_http=args.insecure_http)
    if not (args.user or address.username or address.email):
        raise RapportError("no user name given: give it with --user NAME")
    password = address.password or password_from(args)
    # As typed (a bare domain or an e-mail address is looked up in its DNS first), the password taken out:
    # it is given on its own, and this address may be said back in a question.
    url = address.url if not address.domain else (address.email or address.url.removeprefix("https://"))
    for _asked in range(MAX_MOVES + 1):
        try:
            added = sync.add_account(url, args.user or address.username or address.email, password,
                                     trust_certificate=args.trust_certificate, insecure_http=args.insecure_http)
            break
        except ServerMoved as moved:
            # Nothing went to the other server; the user's word sends the credentials there (a script has
            # no one to ask: it says so, and the account can be added with that address).
            said_so = (f"The DNS of {moved.domain} names {moved.moved_to}, a server of another domain, as its"
                       " address book and calendar server." if isinstance(moved, DnsNamedServer) else
                       f"The server at {url} sent Rapport on to {moved.moved_to}, another server.")
            if _asked == MAX_MOVES or not _confirmed(f"{said_so} Send the user name and password there?"):
                raise
            url = moved.moved_to
    out.write(f"Added {added.username} at {added.url}:\n")
    if added.fingerprint:
        out.write(f"Trusting the server's certificate with SHA-256 fingerprint {format_fingerprint(added.fingerprint)}"
                  "\n")
    for c in added.collections:
        if c.kind == "calendar":
            marks = [what for what, flag in (("new meetings go here", c.default_for_new),
                                             ("new tasks and deals go here", c.default_for_tasks)) if flag]
            out.write(f"  {c.display_name}\t{c.href}\tcalendar ({c.components})"
                      + (f" ({', '.join(marks)})" if marks else "") + "\n")
            continue
        mark = " (new contacts go here)" if c.default_for_new else ""
        out.write(f"  {c.display_name}\t{c.href}\tvCard {c.vcard_version}{mark}\n")
    if added.notice:
        out.write(f"Note: {added.notice}\n")
    return 0


def _confirmed(question: str) -> bool:
    """The user's yes on the terminal; False when there is no one to ask (a script, a pipe)."""
    if sys.stdin is None or not sys.stdin.isatty():
        return False
    sys.stderr.write(f"{question} [y/N] ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def _run(args: argparse.Namespace, sync: SyncService, credentials: Credentials, out: TextIO,
         writes: WriteStats | None = None) -> int:
    if args.password_stdin or not keyring_available():
        if not keyring_available():
            sys.stderr.write(f"rapport: {NO_KEYRING}\n")
        password = password_from(args)
        for account in sync.state.accounts():
            credentials.store(account.url, account.username, password)
    report = sync.run(allow_mass_delete=args.allow_mass_delete)
    if args.json:
        said = report.as_dict()
        if writes is not None:
            said["write_transactions"] = writes.count
            said["longest_write_ms"] = round(writes.longest * 1000, 1)
        json.dump(said, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for c in report.collections:
            out.write(f"{c.collection}: {c.pulled_new} new and {c.pulled_changed} changed here,"
                      f" {c.pulled_deleted} deleted here; {c.pushed_new} new and {c.pushed_changed} changed on"
                      f" the server, {c.pushed_deleted} deleted there; {c.merged} merged, {c.conflicts}"
                      f" conflicts, {c.restored} kept from deletion\n")
            for error in c.errors:
                out.write(f"  error: {error}\n")
            if c.refused:
                out.write(f"  refused: {c.refused}\n")
        for error in report.errors:
            out.write(f"error: {error}\n")
    # 1: something needs attention — an error, or a conflict this run found (it waits for `sync resolve`).
    return 0 if report.ok and not any(c.conflicts for c in report.collections) else 1


def _status(args: argparse.Namespace, sync: SyncService, credentials: Credentials, out: TextIO) -> int:
    status = sync.status()
    if not status.accounts:
        out.write("No sync accounts. Add one: rapport sync add-account URL --user NAME\n")
        return 0
    for account in status.accounts:
        out.write(f"{account.username} at {account.url}: last sync {account.last_sync_at or 'never'}"
                  + (f", last error: {account.last_error}" if account.last_error else "") + "\n")
        for c in status.collections:
            if c.account_id == account.id:
                out.write(f"  {c.display_name} ({c.href}): {_flags(c)}\n")
    out.write(f"{status.pending} local change(s) waiting to upload; {status.open_conflicts} open conflict(s)\n")
    for at, level, message in status.log[:5]:
        out.write(f"  {at} {level}: {message}\n")
    return 0


def _flags(c: CollectionRow) -> str:
    flags = ["synced" if c.enabled else "not synced"] + ["private"] * c.private
    if c.kind == "calendar":
        flags.insert(0, f"calendar of {c.components or 'VEVENT,VTODO,VJOURNAL'}")
        flags += ["new meetings go here"] * c.default_for_new + ["new tasks and deals go here"] * c.default_for_tasks
    else:
        flags += ["new contacts go here"] * c.default_for_new + ["deals on phones"] * c.phone_summary
    return ", ".join(flags)


def _collection(args: argparse.Namespace, sync: SyncService, credentials: Credentials, out: TextIO) -> int:
    collections = sync.state.collections()
    wanted = args.collection.strip()
    found = [c for c in collections if c.href == wanted] or [c for c in collections
                                                              if c.display_name.casefold() == wanted.casefold()]
    if len(found) != 1:
        listed = "\n".join(f"  {c.display_name} ({c.href})" for c in collections) or "  (none: add an account first)"
        reason = "no collection is" if not found else f"{len(found)} collections are"
        raise RapportError(f"{reason} named {wanted!r}; the collections are:\n{listed}")
    [collection] = found
    if args.tasks_here and collection.kind != "calendar":
        raise RapportError(f"{collection.display_name} is an address book: tasks and deals go to a calendar")
    if args.phone_summary and collection.kind != "addressbook":
        raise RapportError(f"{collection.display_name} is a calendar: the summary goes on the cards of an address"
                           " book")
    changed = sync.set_collection(collection.id, enabled=None if args.sync is None else args.sync == "on",
                                  default_for_new=args.new_here or None, default_for_tasks=args.tasks_here or None,
                                  phone_summary=None if args.phone_summary is None else args.phone_summary == "on",
                                  private=None if args.private is None else args.private == "on")
    out.write(f"{changed.display_name} ({changed.href}): {_flags(changed)}\n")
    return 0


def _conflicts(args: argparse.Namespace, sync: SyncService, credentials: Credentials, out: TextIO) -> int:
    conflicts = sync.conflicts()
    if not conflicts:
        out.write("No open conflicts.\n")
    for c in conflicts:
        out.write(f"{c.record_uid}\t{c.record_kind}\t{', '.join(c.fields)}\t{c.created_at}\n")
    return 0


def _resolve(args: argparse.Namespace, sync: SyncService, credentials: Credentials, out: TextIO) -> int:
    conflict = sync.resolve(args.uid, args.keep)
    out.write(f"Kept the {args.keep} values of {', '.join(conflict.fields)} for {conflict.record_uid};"
              " the next sync uploads them.\n" if args.keep == "local" else
              f"Kept the server's values of {', '.join(conflict.fields)} for {conflict.record_uid}.\n")
    return 0


