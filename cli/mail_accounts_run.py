"""`rapport mail add-account|accounts|remove-account|fetch` (cli/mail_commands.py declares them): IMAP
accounts through sync/mail_fetch.py. Passwords come from --password-stdin or a prompt and go only to the
keyring (or this run's memory, where the system has none: said so)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TextIO

from app.errors import RapportError
from app.services import Services
from cli.passwords import password_from as password_of
from sync.credentials import NO_KEYRING, Credentials, keyring_available
from sync.mail_fetch import MailAccounts, MailFetchReport
from sync.reasons import format_fingerprint


def run_mail_accounts(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    if args.mail_command == "domain":
        return _domain(args, services, out)
    credentials = Credentials()
    mail = MailAccounts(services, credentials)
    if args.mail_command == "add-account":
        added = mail.add_account(args.host, args.user, password_of(args), port=args.port,
                                 security="starttls" if args.starttls else "tls", folders=args.folder,
                                 trust_certificate=args.trust_certificate)
        account = added.account
        out.write(f"Added {account.label} (#{account.id}, port {account.port}); folders read: "
                  f"{', '.join(account.folders)}\n")
        if account.tls_fingerprint:
            out.write("Trusting the server's certificate with SHA-256 fingerprint"
                      f" {format_fingerprint(account.tls_fingerprint)}\n")
        if added.notice:
            out.write(f"Note: {added.notice}\n")
        return 0
    if args.mail_command == "accounts":
        accounts = mail.accounts()
        if not accounts:
            out.write("No mail accounts. Add one: rapport mail add-account HOST --user NAME\n")
        for account in accounts:
            last = account.last_fetch_at.isoformat(sep=" ", timespec="minutes") if account.last_fetch_at else "never"
            out.write(f"#{account.id}\t{account.label}:{account.port}\t{', '.join(account.folders)}\tlast fetch: {last}"
                      + (f"\terror: {account.last_error}" if account.last_error else "") + "\n")
        return 0
    if args.mail_command == "remove-account":
        removed = mail.remove_account(args.account)
        out.write(f"Removed {removed.label}; the e-mails it brought stay on the timelines\n")
        return 0
    accounts = mail.accounts()
    if not accounts:
        raise RapportError("no mail accounts: add one with `rapport mail add-account HOST --user NAME`")
    if args.account is not None:
        accounts = [mail.account(args.account)]
    if args.password_stdin or not keyring_available():
        if not keyring_available():
            sys.stderr.write(f"rapport: {NO_KEYRING}\n")
        if len(accounts) > 1:
            raise RapportError("there are several mail accounts: say whose password this is with --account ID")
        mail.hold_password(accounts[0], password_of(args))  # for this run: the keyring's is left as it is

    def progress(read: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{read:,} messages read   ")
            sys.stderr.flush()

    report = mail.fetch(progress=progress, again=args.again, account_ids=[a.id for a in accounts])
    if sys.stderr.isatty():
        sys.stderr.write("\r")
    _say(report, args.json, out)
    return 1 if report.errors else 0


def _say(report: MailFetchReport, as_json: bool, out: TextIO) -> None:
    if as_json:
        figures = asdict(report)
        figures.pop("stores", None)
        figures.pop("thrown_away", None)
        out.write(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
        return
    for account in report.accounts:
        rebuilt = f" ({', '.join(account.rebuilt)} rebuilt on the server: read again)" if account.rebuilt else ""
        out.write(f"{account.account}: {account.folders} folder(s) read{rebuilt}"
                  + (f"; error: {account.error}" if account.error else "") + "\n")
    skipped = f", {report.unreadable} unreadable (skipped)" if report.unreadable else ""
    out.write(f"{report.read} new messages: {report.logged} e-mails put on timelines, {report.already_here} already"
              f" here, {report.not_for_the_crm} from and to no contact (left out){skipped}\n")
    if report.stopped:
        out.write("Stopped before the end: run it again to go on.\n")


def _domain(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    from app.mail_domains import allowed_domains, set_mail_domain, suggested_domain
    from cli.record_run import resolver

    if args.account is None:
        allowed = allowed_domains(services)
        if not allowed:
            out.write("No company's domain brings its mail. Allow one: rapport mail domain ACCOUNT [DOMAIN]\n")
        for domain, uid in sorted(allowed.items()):
            out.write(f"{domain}\t{services.accounts.get(uid).data.name}\t{uid}\n")
        return 0
    uid = resolver(services)("account", args.account)
    domain = args.domain or suggested_domain(services, uid)
    if not domain:
        raise RapportError("the account has no website to take its domain from: give the DOMAIN")
    done = set_mail_domain(services, uid, domain, not args.off).value
    name = services.accounts.get(uid).data.name
    out.write(f"Mail from {done} no longer goes onto {name}'s timeline\n" if args.off else
              f"Mail from and to anyone at {done} goes onto {name}'s timeline from the next import or fetch\n")
    return 0
