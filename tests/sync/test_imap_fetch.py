"""Mail from an IMAP account, against a real server (Debian's Dovecot on 127.0.0.1, TLS with a certificate
the user pinned): the first fetch, an incremental one that fetches only what is new, a message moved between
folders, a folder rebuilt under a new UIDVALIDITY, a connection dropped mid-fetch (it goes on, nothing
twice), a wrong password (said plainly, nothing changed), a legacy charset, a 25 MB attachment; the same
messages as a Maildir and an mbox give the same timeline; the password is nowhere but the keyring."""

from __future__ import annotations

import email.message
import io
import json
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from app.accounts import AccountData
from app.contacts import AccountLink, ContactData, Email
from app.mail_import import import_mail, original_of
from app.messages import Said
from app.services import Services
from cli import commands as cli
from sync.credentials import Credentials
from sync.errors import AuthError
from sync.imap import ImapCertificateError
from sync.mail_fetch import AddedMailAccount, MailAccounts
from tests.sync.conftest import PASSWORD, MemoryKeyring
from tests.sync.dovecot import DOVECOT, CuttingRelay, Dovecot, dovecot
from tests.unit.test_mail_import import _maildir, _mbox
from tests.unit.test_mail_import import _message as _email

pytestmark = pytest.mark.skipif(DOVECOT is None, reason="Dovecot is not installed (Debian's dovecot-imapd)")
__all__ = ["dovecot"]  # the fixture


def _message(number: int, sender: str, to: str, subject: str, body: str, *, charset: str = "utf-8",
             cc: str = "", attachment: bytes = b"") -> bytes:
    """The local stores' test message (its Message-ID imapN@), as the bytes an IMAP APPEND takes."""
    message = _email(number, sender, to, subject, body, charset=charset, cc=cc,
                     message_id=f"<imap{number}@mail.example>")
    if attachment:
        message.add_attachment(attachment, maintype="application", subtype="octet-stream", filename="drawings.bin")
    return message.as_bytes()


MESSAGES = [
    _message(1, "Ada Lovelace <ADA@acme.example>", "me@mine.example", "Quote for the engine", "Please send the quote."),
    _message(2, "me@mine.example", "Пётр <petr@romashka.example>", "Поставка в марте", "Добрый день, Пётр!",
             charset="koi8-r"),
    _message(3, "friend@private.example", "me@mine.example", "Dinner on Saturday?", "Bring wine."),
    _message(4, "me@mine.example", "ada@acme.example", "Re: Quote for the engine", "Attached.",
             cc="petr@romashka.example"),
]


@pytest.fixture
def people(services: Services) -> dict[str, str]:
    acme = services.accounts.create(AccountData(name="Acme")).value.uid
    ada = services.contacts.create(ContactData(given="Ada", family="Lovelace", emails=(Email("ada@acme.example"),),
                                               accounts=(AccountLink(acme),))).value.uid
    petr = services.contacts.create(ContactData(given="Пётр", emails=(Email("petr@romashka.example"),))).value.uid
    return {"acme": acme, "ada": ada, "petr": petr}


@pytest.fixture
def mailbox_user(dovecot: Dovecot) -> str:
    return dovecot.user()


def _accounts(services: Services) -> MailAccounts:
    return MailAccounts(services, Credentials())


def _add(mail: MailAccounts, dovecot: Dovecot, user: str, *, port: int | None = None,
         **options: Any) -> AddedMailAccount:
    return mail.add_account("127.0.0.1", user, PASSWORD, port=port or dovecot.port, trust_certificate=True,
                            **options)


def _put(dovecot: Dovecot, user: str, folder: str, *raws: bytes) -> None:
    client = dovecot.client(user, PASSWORD)
    for raw in raws:
        client.append(folder, raw)
    client.logout()


def _timeline(services: Services) -> list[tuple[object, ...]]:
    rows = []
    for record in sorted((a for a in services.activities.all() if a.data.kind == "email"),
                         key=lambda a: (a.data.occurred_at, a.data.subject)):
        data = record.data
        rows.append((data.subject, data.occurred_at, data.text, tuple(sorted((k.kind, k.uid) for k in data.links))))
    return rows


def test_first_fetch_then_only_what_is_new(services: Services, people: dict[str, str], dovecot: Dovecot,
                                           mailbox_user: str, memory_keyring: MemoryKeyring) -> None:
    _put(dovecot, mailbox_user, "INBOX", MESSAGES[0], MESSAGES[2])
    _put(dovecot, mailbox_user, "Sent", MESSAGES[1])
    mail = _accounts(services)
    added = _add(mail, dovecot, mailbox_user)
    assert added.account.folders == ("INBOX", "Sent")  # the Sent folder found by its special-use flag
    assert added.in_keyring and list(memory_keyring.passwords.values()) == [PASSWORD]
    assert added.account.tls_fingerprint == dovecot.fingerprint

    first = mail.fetch()
    assert first.errors == []
    assert (first.read, first.logged, first.not_for_the_crm, first.already_here) == (3, 2, 1, 0)
    timeline = _timeline(services)
    assert [row[0] for row in timeline] == ["Quote for the engine", "Поставка в марте"]
    assert timeline[0][3] == (("account", people["acme"]), ("contact", people["ada"]))
    assert timeline[1][2] == "Добрый день, Пётр!"  # KOI8-R, read as such

    nothing = mail.fetch()
    assert (nothing.read, nothing.logged) == (0, 0)  # STATUS said nothing is new: no message fetched

    _put(dovecot, mailbox_user, "Sent", MESSAGES[3])
    then = mail.fetch()
    assert (then.read, then.logged) == (1, 1)  # only the new one
    assert [row[0] for row in _timeline(services)][-1] == "Re: Quote for the engine"
    assert services.undo.undo().value.label == "Fetch mail"  # one step, as an import
    assert len(_timeline(services)) == 2


def test_a_message_moved_between_folders_and_a_rebuilt_folder_bring_nothing_twice(
        services: Services, people: dict[str, str], dovecot: Dovecot, mailbox_user: str) -> None:
    _put(dovecot, mailbox_user, "INBOX", MESSAGES[0], MESSAGES[1])
    mail = _accounts(services)
    _add(mail, dovecot, mailbox_user, folders=["INBOX", "Archive"])
    assert mail.fetch().logged == 2

    client = dovecot.client(mailbox_user, PASSWORD)
    client.select_folder("INBOX")
    client.move(client.search(["ALL"])[:1], "Archive")  # filed away in the mail program
    client.logout()
    moved = mail.fetch()
    assert (moved.read, moved.logged, moved.already_here) == (1, 0, 1)
    assert len(_timeline(services)) == 2

    client = dovecot.client(mailbox_user, PASSWORD)  # the folder rebuilt: a new UIDVALIDITY, the same mail
    client.delete_folder("Archive")
    client.create_folder("Archive")
    client.append("Archive", MESSAGES[0])
    client.append("Archive", MESSAGES[3])
    client.logout()
    rebuilt = mail.fetch()
    assert rebuilt.accounts[0].rebuilt == ["Archive"]
    assert (rebuilt.read, rebuilt.logged, rebuilt.already_here) == (2, 1, 1)
    subjects = [row[0] for row in _timeline(services)]
    assert sorted(subjects) == sorted(["Quote for the engine", "Поставка в марте", "Re: Quote for the engine"])


def _orders(first: int, count: int) -> list[bytes]:
    return [_message(100 + n, "ada@acme.example", "me@mine.example", f"Order {n}", "x" * 4000)
            for n in range(first, first + count)]


def _stored(dovecot: Dovecot, user: str, subject: str) -> Path:
    """The file of the message with this subject in the user's Maildir on the server. (Found by its content:
    Dovecot's file names do not sort in the order the messages came, as their microseconds vary in length.)"""
    [found] = [p for p in (dovecot.homes / user / "Maildir").rglob("*")
               if p.is_file() and p.parent.name in ("new", "cur") and f"Subject: {subject}\n".encode()
               in p.read_bytes().replace(b"\r\n", b"\n")]
    return found


def test_a_connection_dropped_mid_fetch_goes_on_where_it_stopped(
        services: Services, people: dict[str, str], dovecot: Dovecot, mailbox_user: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sync.mail_fetch.CHUNK", 5)  # a transaction every five messages
    _put(dovecot, mailbox_user, "INBOX", *_orders(0, 30))
    relay = CuttingRelay(dovecot.port)
    try:
        mail = _accounts(services)
        _add(mail, dovecot, mailbox_user, port=relay.port, folders=["INBOX"])
        relay.cut_after = 60_000  # every connection dies after 60 kB: three connections for the 140 kB
        resumed = mail.fetch()
        assert relay.cuts == 2 and relay.connections == 2 + 3  # (add_account: the certificate read, the login)
        assert resumed.errors == [] and resumed.logged == 30
        assert sorted(row[0] for row in _timeline(services)) == sorted(f"Order {n}" for n in range(30))  # each once

        _put(dovecot, mailbox_user, "INBOX", *_orders(30, 40))
        relay.cut_after, relay.cuts = 30_000, 0  # a chunk or two a connection: it goes on while it gets somewhere
        flaky = mail.fetch()
        assert relay.cuts > 2 and flaky.errors == [] and flaky.logged == 40 and flaky.unreadable == 0
        assert sorted(row[0] for row in _timeline(services)) == sorted(f"Order {n}" for n in range(70))

        _put(dovecot, mailbox_user, "INBOX", *_orders(70, 10))
        relay.cut_after, relay.cuts = 3_000, 0  # nothing gets through but the login: it gives up, said plainly
        cut = mail.fetch()
        assert relay.cuts == 3  # the first connection and two more, none of which got anywhere
        assert "the connection to the server broke off; what came before it is kept" in cut.errors[0]
        assert cut.logged == 0 and len(_timeline(services)) == 70

        relay.cut_after = None
        rest = mail.fetch()
        assert rest.errors == [] and rest.logged == 10
        assert sorted(row[0] for row in _timeline(services)) == sorted(f"Order {n}" for n in range(80))
    finally:
        relay.close()


def test_a_damaged_message_that_drops_the_connection_is_tried_again_then_passed_over_never_stopped_at(
        services: Services, people: dict[str, str], dovecot: Dovecot, mailbox_user: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Dovecot hangs up on a message whose file no longer matches its size. The rest of its chunk and of the
    folder comes; that one is tried again at the next fetches (repaired meanwhile, it comes then), and
    after five tries it is said and left on the server, never stopped at."""
    from sync.mail_fetch import TRIES

    monkeypatch.setattr("sync.mail_fetch.CHUNK", 4)
    _put(dovecot, mailbox_user, "INBOX", *_orders(0, 10))
    mail = _accounts(services)
    _add(mail, dovecot, mailbox_user, folders=["INBOX"])
    order_5 = _stored(dovecot, mailbox_user, "Order 5")
    whole = order_5.read_bytes()
    order_5.write_bytes(whole[:300])  # cut short on the server's disk
    report = mail.fetch()
    assert report.errors == [] and report.logged == 9 and report.accounts[0].passed_over == []
    assert sorted(row[0] for row in _timeline(services)) == sorted(f"Order {n}" for n in range(10) if n != 5)

    order_5.write_bytes(whole)  # repaired on the server: it comes at the next fetch
    repaired = mail.fetch()
    assert (repaired.logged, repaired.errors) == (1, [])
    assert sorted(row[0] for row in _timeline(services)) == sorted(f"Order {n}" for n in range(10))

    _put(dovecot, mailbox_user, "INBOX", *_orders(10, 2))
    order_11 = _stored(dovecot, mailbox_user, "Order 11")
    order_11.write_bytes(order_11.read_bytes()[:300])  # damaged for good
    tries = [mail.fetch() for _ in range(TRIES)]
    assert [t.accounts[0].passed_over for t in tries] == [[]] * (TRIES - 1) + [["INBOX UID 12"]]
    assert all(t.errors == [] for t in tries) and tries[0].logged == 1 and tries[-1].unreadable == 1
    quiet = mail.fetch()
    assert (quiet.read, quiet.unreadable, quiet.errors, quiet.accounts[0].passed_over) == (0, 0, [], [])


def test_a_folder_gone_from_the_server_is_said_and_the_others_are_read(
        services: Services, people: dict[str, str], dovecot: Dovecot, mailbox_user: str) -> None:
    client = dovecot.client(mailbox_user, PASSWORD)
    client.create_folder("Projects")
    client.logout()
    mail = _accounts(services)
    _add(mail, dovecot, mailbox_user, folders=["Projects", "INBOX"])
    client = dovecot.client(mailbox_user, PASSWORD)
    client.delete_folder("Projects")
    client.append("INBOX", MESSAGES[0])
    client.logout()
    report = mail.fetch()
    assert report.logged == 1  # the Inbox, after the folder that is gone
    assert "Projects" in report.errors[0] and mail.accounts()[0].last_error == report.accounts[0].error


def test_a_message_without_a_date_is_dated_when_the_server_received_it(
        services: Services, people: dict[str, str], dovecot: Dovecot, mailbox_user: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")  # a machine not on UTC (IMAPClient would give its local time)
    time.tzset()
    undated = b"From: ada@acme.example\r\nTo: me@mine.example\r\nSubject: No date\r\nMessage-ID: <nd@x>\r\n\r\nHi\r\n"
    client = dovecot.client(mailbox_user, PASSWORD)
    client.append("INBOX", undated, msg_time=datetime(2026, 2, 3, 14, 5, tzinfo=timezone(timedelta(hours=3))))
    client.logout()
    mail = _accounts(services)
    _add(mail, dovecot, mailbox_user, folders=["INBOX"])
    assert mail.fetch().logged == 1
    [(subject, when, _, _)] = _timeline(services)
    assert (subject, when) == ("No date", datetime(2026, 2, 3, 11, 5))  # in UTC, whatever this machine's zone
    monkeypatch.delenv("TZ")
    time.tzset()


def test_a_wrong_password_is_said_plainly_and_changes_nothing(
        services: Services, people: dict[str, str], dovecot: Dovecot, mailbox_user: str,
        memory_keyring: MemoryKeyring) -> None:
    mail = _accounts(services)
    with pytest.raises(AuthError, match=f"refused the user name {mailbox_user} or its password"):
        mail.add_account("127.0.0.1", mailbox_user, "not-the-password", port=dovecot.port, trust_certificate=True)
    assert mail.accounts() == [] and memory_keyring.passwords == {}

    _put(dovecot, mailbox_user, "INBOX", MESSAGES[0])
    _add(mail, dovecot, mailbox_user)
    [key] = memory_keyring.passwords
    memory_keyring.passwords[key] = "an-old-password"  # changed on the server since it was kept
    report = mail.fetch()
    assert report.logged == 0 and "or its password" in report.errors[0]
    assert mail.accounts()[0].last_error == report.accounts[0].error
    assert isinstance(mail.accounts()[0].last_error, Said)  # kept so that the window says it in its language
    assert _timeline(services) == [] and mail.accounts()[0].folders == ("INBOX", "Sent")
    mail.set_password(mail.accounts()[0], PASSWORD)
    assert mail.fetch().logged == 1 and mail.accounts()[0].last_error == ""


def test_an_unsigned_certificate_is_refused_unless_trusted_and_a_new_one_after_that(
        services: Services, dovecot: Dovecot, mailbox_user: str, tmp_path: Path) -> None:
    mail = _accounts(services)
    with pytest.raises(ImapCertificateError, match="certificate is not trusted"):
        mail.add_account("127.0.0.1", mailbox_user, PASSWORD, port=dovecot.port)
    assert mail.accounts() == []
    _add(mail, dovecot, mailbox_user)
    account = mail.accounts()[0]
    services.store.database.execute_sql("UPDATE mail_account SET tls_fingerprint = ? WHERE id = ?",
                                        ("ab" * 32, account.id))  # as if the server's certificate changed since
    report = mail.fetch()
    assert "is not the one you trusted" in report.errors[0] and "nothing was sent" in report.errors[0]


def test_a_25_mb_attachment_comes_whole_and_its_text_alone_reaches_the_timeline(
        services: Services, people: dict[str, str], dovecot: Dovecot, mailbox_user: str) -> None:
    big = bytes(range(256)) * (25 * 1024 * 1024 // 256)
    _put(dovecot, mailbox_user, "INBOX", _message(30, "ada@acme.example", "me@mine.example", "The drawings",
                                                  "All 25 MB of them, attached.", attachment=big))
    mail = _accounts(services)
    _add(mail, dovecot, mailbox_user, folders=["INBOX"])
    report = mail.fetch()
    assert report.errors == [] and report.logged == 1
    [(subject, _, text, _)] = _timeline(services)
    assert (subject, text) == ("The drawings", "All 25 MB of them, attached.")
    drawings = next(a for a in services.activities.all() if a.data.subject == "The drawings")
    found = original_of(services, drawings.meta.uid)  # kept in the data folder: it opens offline
    assert found is not None and len(found[1]) > 25 * 1024 * 1024
    parsed = email.message_from_bytes(found[1])
    assert next(p for p in parsed.walk() if p.get_filename() == "drawings.bin").get_payload(decode=True) == big


def test_imap_maildir_and_mbox_give_the_same_timeline(
        services: Services, people: dict[str, str], dovecot: Dovecot, mailbox_user: str, tmp_path: Path) -> None:
    _put(dovecot, mailbox_user, "INBOX", *MESSAGES)
    mail = _accounts(services)
    _add(mail, dovecot, mailbox_user, folders=["INBOX"])
    assert mail.fetch().logged == 3
    from_imap = _timeline(services)
    services.undo.undo()
    assert _timeline(services) == []

    import_mail(services, _maildir(tmp_path / "Maildir", MESSAGES))
    assert _timeline(services) == from_imap
    services.undo.undo()
    import_mail(services, _mbox(tmp_path / "Inbox", MESSAGES))
    assert _timeline(services) == from_imap


def test_the_password_is_nowhere_but_the_keyring(services: Services, people: dict[str, str], dovecot: Dovecot,
                                                 mailbox_user: str, memory_keyring: MemoryKeyring,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    _put(dovecot, mailbox_user, "INBOX", *MESSAGES)
    mail = _accounts(services)
    _add(mail, dovecot, mailbox_user)
    mail.fetch()
    [key] = memory_keyring.passwords
    memory_keyring.passwords[key] = PASSWORD + "-old"
    assert "or its password" in mail.fetch().errors[0]  # an error recorded: it must not carry a password either
    memory_keyring.passwords[key] = PASSWORD
    services.store.database.execute_sql("PRAGMA wal_checkpoint(FULL)")
    secret = PASSWORD.encode()
    for path in services.store.data_dir.rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes(), path
    assert PASSWORD not in caplog.text
    assert list(memory_keyring.passwords.values()) == [PASSWORD]
    mail.remove_account(mail.accounts()[0].id)
    assert memory_keyring.passwords == {} and len(_timeline(services)) == 3  # its e-mails stay



def test_the_command_line_adds_an_account_fetches_and_says_what_it_did(
        dovecot: Dovecot, mailbox_user: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    data = tmp_path / "data"

    def rapport(*args: str, stdin: str = "") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        status = cli.main(["--data-dir", str(data), *args], out=out, err=err)
        return status, out.getvalue(), err.getvalue()

    assert rapport("add", "contact", "--given", "Ada", "--email", "ada@acme.example")[0] == 0
    _put(dovecot, mailbox_user, "INBOX", *MESSAGES)
    status, out, err = rapport("mail", "add-account", "127.0.0.1", "--port", str(dovecot.port), "--user",
                               mailbox_user, "--password-stdin", "--trust-certificate", stdin=PASSWORD + "\n")
    assert status == 0, err
    assert out.startswith(f"Added {mailbox_user} at 127.0.0.1 (#1, port {dovecot.port}); folders read: INBOX, Sent\n")
    assert "Trusting the server's certificate with SHA-256 fingerprint" in out

    status, out, err = rapport("mail", "fetch")
    assert (status, err) == (0, "")
    assert out == (f"{mailbox_user} at 127.0.0.1: 2 folder(s) read\n4 new messages: 2 e-mails put on timelines,"
                   " 0 already here, 2 from and to no contact (left out)\n")
    status, out, _ = rapport("mail", "fetch", "--json")
    figures = json.loads(out)
    assert status == 0 and (figures["read"], figures["logged"]) == (0, 0) and figures["accounts"][0]["error"] == ""
    status, out, _ = rapport("mail", "accounts")
    assert out.startswith(f"#1\t{mailbox_user} at 127.0.0.1:{dovecot.port}\tINBOX, Sent\tlast fetch: ")

    [key] = memory_keyring.passwords
    memory_keyring.passwords[key] = "stale"
    status, out, err = rapport("mail", "fetch")
    assert status == 1 and "or its password" in out and PASSWORD not in out + err
    status, out, err = rapport("mail", "add-account", "127.0.0.1", "--port", str(dovecot.port), "--user",
                               mailbox_user, "--password-stdin", "--folder", "Nowhere", stdin=PASSWORD + "\n")
    assert status == 1 and "certificate is not trusted" in err and len(err.strip().splitlines()) == 1
    status, out, err = rapport("mail", "add-account", "127.0.0.1", "--port", str(dovecot.port), "--user",
                               mailbox_user, "--password-stdin", "--trust-certificate", "--folder", "Nowhere",
                               stdin=PASSWORD + "\n")
    assert status == 1 and "127.0.0.1 has no folder Nowhere (its folders: " in err
    other = dovecot.user()
    status, out, err = rapport("mail", "add-account", "127.0.0.1", "--port", str(dovecot.port), "--user", other,
                               "--password-stdin", "--trust-certificate", stdin=PASSWORD + "\n")
    assert status == 0, err
    status, out, err = rapport("mail", "fetch", "--password-stdin", stdin="typed-for-one-run\n")
    assert status == 1 and "say whose password this is with --account ID" in err
    status, out, err = rapport("mail", "fetch", "--account", "2", "--password-stdin", stdin=PASSWORD + "\n")
    assert status == 0 and f"{other} at 127.0.0.1: 2 folder(s) read" in out and mailbox_user not in out
    assert sorted(memory_keyring.passwords.values()) == sorted(["stale", PASSWORD])  # for the run only
    assert rapport("mail", "remove-account", "2")[0] == 0
    assert rapport("mail", "remove-account", "1")[1] == (f"Removed {mailbox_user} at 127.0.0.1; the e-mails it"
                                                         " brought stay on the timelines\n")
    assert memory_keyring.passwords == {}
    assert "no mail accounts" in rapport("mail", "fetch")[2]


def test_kept_originals_and_handed_copies_are_tidied_once_no_e_mail_needs_them(
        services: Services, people: dict[str, str], dovecot: Dovecot, mailbox_user: str) -> None:
    import filelock

    from app.mail_import import MAIL_LOCK, original_file, tidy_mail_files

    _put(dovecot, mailbox_user, "INBOX", MESSAGES[0], MESSAGES[3])
    mail = _accounts(services)
    _add(mail, dovecot, mailbox_user, folders=["INBOX"])
    assert mail.fetch().logged == 2
    kept = services.store.data_dir / "mail-originals"
    assert len(list(kept.glob("*.eml"))) == 2
    quote = next(a.meta.uid for a in services.activities.all() if a.data.subject == "Quote for the engine")
    handed = original_file(services, quote)
    assert handed is not None and handed.parent.name == "mail-cache"
    later = time.time() + 2 * 3600
    assert tidy_mail_files(services, later) == 0  # both e-mails are here; the copy is fresh
    services.activities.delete(quote)
    assert tidy_mail_files(services, later) == 0  # in the Trash: its original stays with it
    services.undo.undo()  # the delete
    services.undo.undo()  # the fetch: both e-mails gone, but a redo would bring them back
    assert tidy_mail_files(services, later) == 0
    services.undo.redo()
    assert original_of(services, quote) is not None  # the original came back with the e-mail
    services.undo.undo()
    services.accounts.create(AccountData(name="Something else"))  # a new action: no redo any more
    with filelock.FileLock(str(services.store.data_dir / MAIL_LOCK)):  # a fetch under way (another process)
        assert tidy_mail_files(services, later) == 0
    assert tidy_mail_files(services, later) == 2 and list(kept.glob("*.eml")) == []
    assert tidy_mail_files(services, later + 86_400) == 1  # the copy, a day later
    assert not handed.exists()
