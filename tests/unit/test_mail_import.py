"""E-mail onto the timeline from mail stores on this computer: mbox, Maildir and a Thunderbird profile give the
same timeline; only mail from or to a contact is kept; one record per Message-ID; legacy charsets and HTML
read as text; the import is one undo step."""

from __future__ import annotations

import email.message
import mailbox
from pathlib import Path

import pytest

from app.accounts import AccountData
from app.activities import ActivityData
from app.contacts import AccountLink, ContactData, Email
from app.mail_import import import_mail
from app.mail_reader import MailStoreError
from app.services import Services
from tests.unit.test_cli import assert_one_line_error, ok, rapport


def _message(number: int, sender: str, to: str, subject: str, body: str, *, charset: str = "utf-8",
             html: bool = False, message_id: str | None = "default", cc: str = "") -> email.message.EmailMessage:
    message = email.message.EmailMessage()
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Date"] = f"Mon, {number:02d} Mar 2026 10:00:00 +0100"
    if message_id is not None:
        message["Message-ID"] = f"<m{number}@mail.example>" if message_id == "default" else message_id
    if html:
        message.set_content(body, subtype="html", charset=charset)
    else:
        message.set_content(body, charset=charset)
    return message


MESSAGES = [
    _message(1, "Ada Lovelace <ADA@acme.example>", "me@mine.example", "Quote for the engine",
             "Please send the quote.\n\nAda"),
    _message(2, "me@mine.example", "Пётр <petr@romashka.example>", "Поставка в марте", "Добрый день, Пётр!",
             charset="koi8-r"),
    _message(3, "friend@private.example", "me@mine.example", "Dinner on Saturday?", "Bring wine."),
    _message(4, "王芳 <wang@huaxia.example>", "me@mine.example", "报价", "<p>您好,<b>请</b>发送报价。</p>", html=True),
    _message(5, "me@mine.example", "ada@acme.example", "Re: Quote for the engine", "Attached.",
             cc="petr@romashka.example"),
    _message(6, "noreply@shop.example", "ada@acme.example", "Your order", "No Message-ID here.", message_id=None),
]


@pytest.fixture
def people(services: Services) -> dict[str, str]:
    acme = services.accounts.create(AccountData(name="Acme")).value.uid
    made = {
        "ada": ContactData(given="Ada", family="Lovelace", emails=(Email("ada@acme.example"),),
                           accounts=(AccountLink(acme),)),
        "petr": ContactData(given="Пётр", emails=(Email("petr@romashka.example"),)),
        "wang": ContactData(given="芳", family="王", emails=(Email("wang@huaxia.example"),)),
    }
    uids = {name: services.contacts.create(data).value.uid for name, data in made.items()}
    return {**uids, "acme": acme}


def _store(box: mailbox.Mailbox, path: Path, messages: list[email.message.EmailMessage] | list[bytes]) -> Path:
    for message in messages:
        box.add(message)
    box.close()
    return path


def _mbox(path: Path, messages: list[email.message.EmailMessage] | list[bytes]) -> Path:
    return _store(mailbox.mbox(path), path, messages)


def _maildir(path: Path, messages: list[email.message.EmailMessage] | list[bytes]) -> Path:
    return _store(mailbox.Maildir(path), path, messages)


def _timeline(services: Services) -> list[tuple[object, ...]]:
    rows = []
    for record in sorted((a for a in services.activities.all() if a.data.kind == "email"),
                         key=lambda a: (a.data.occurred_at, a.data.subject)):
        data = record.data
        links = tuple(sorted((link.kind, link.uid) for link in data.links))
        rows.append((data.subject, data.occurred_at, data.text, links))
    return rows


def test_mbox_and_maildir_give_the_same_timeline_of_the_contacts_mail(
        services: Services, people: dict[str, str], tmp_path: Path) -> None:
    report = import_mail(services, _mbox(tmp_path / "Inbox", MESSAGES))
    assert (report.read, report.logged, report.already_here, report.not_for_the_crm) == (6, 5, 0, 1)
    from_mbox = _timeline(services)
    subjects = [row[0] for row in from_mbox]
    assert "Dinner on Saturday?" not in subjects  # no contact's address: not in the CRM at all
    assert subjects == ["Quote for the engine", "Поставка в марте", "报价", "Re: Quote for the engine", "Your order"]
    quote, supply, chinese, reply, _order = from_mbox
    assert quote[1].isoformat() == "2026-03-01T09:00:00"  # the Date's +0100, kept in UTC
    assert quote[2] == "Please send the quote.\n\nAda"
    assert quote[3] == (("account", people["acme"]), ("contact", people["ada"]))  # her company's timeline too
    assert supply[2] == "Добрый день, Пётр!"  # KOI8-R read as such
    assert chinese[2] == "您好,请发送报价。"  # HTML without its tags
    assert reply[3] == tuple(sorted([("account", people["acme"]), ("contact", people["ada"]),
                                     ("contact", people["petr"])]))  # Cc counts
    assert services.search.search("Добрый") and services.search.search("报价")

    again = import_mail(services, tmp_path / "Inbox")
    assert (again.logged, again.already_here, again.not_for_the_crm) == (0, 5, 1)  # nothing twice

    assert services.undo.undo().value.label == "Import mail from Inbox"  # the second run wrote nothing: no step
    assert _timeline(services) == []
    maildir = import_mail(services, _maildir(tmp_path / "Maildir", MESSAGES))
    assert maildir.logged == 5 and _timeline(services) == from_mbox


def test_a_message_in_two_folders_or_stores_is_one_e_mail(services: Services, people: dict[str, str],
                                                            tmp_path: Path) -> None:
    profile = tmp_path / "thunderbird" / "abcd.default"
    local = profile / "Mail" / "Local Folders"
    imap = profile / "ImapMail" / "imap.example.org"
    local.mkdir(parents=True)
    imap.mkdir(parents=True)
    (profile / "prefs.js").write_text("", encoding="utf-8")
    _mbox(local / "Inbox", MESSAGES[:2])
    (local / "Inbox.msf").write_text("", encoding="utf-8")
    _mbox(imap / "INBOX", MESSAGES[1:4])
    (imap / "INBOX.msf").write_text("", encoding="utf-8")
    _mbox(local / "Unindexed", MESSAGES[4:])  # no .msf: not one of Thunderbird's folders
    (tmp_path / "thunderbird" / "profiles.ini").write_text(
        "[General]\nStartWithLastProfile=1\n\n[Profile0]\nName=default\nIsRelative=1\nPath=abcd.default\n",
        encoding="utf-8")

    report = import_mail(services, tmp_path / "thunderbird")
    assert len(report.stores) == 2 and report.read == 5
    assert (report.logged, report.already_here, report.not_for_the_crm) == (3, 1, 1)
    assert sorted(row[0] for row in _timeline(services)) == sorted(["Quote for the engine", "Поставка в марте", "报价"])


def test_a_path_that_is_no_mail_store_is_said_plainly(services: Services, tmp_path: Path) -> None:
    with pytest.raises(MailStoreError, match="no mbox file, Maildir folder or Thunderbird profile"):
        import_mail(services, tmp_path)
    with pytest.raises(MailStoreError, match="does not exist"):
        import_mail(services, tmp_path / "nothing")


def test_the_command_line_imports_and_says_what_it_did(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok(rapport("add", "contact", "--given", "Ada", "--email", "ada@acme.example", data_dir=data))
    inbox = _mbox(tmp_path / "Inbox", MESSAGES)
    said = ok(rapport("mail", "import", str(inbox), data_dir=data))
    assert said == ("6 messages read in 1 folder(s): 3 e-mails put on timelines, 0 already here, 3 from and to"
                    " no contact (left out)\n")
    assert "no mbox file" in assert_one_line_error(rapport("mail", "import", str(tmp_path / "data"), data_dir=data))


def test_the_same_message_read_on_two_laptops_is_one_record(services: Services, people: dict[str, str],
                                                             tmp_path: Path) -> None:
    """Its uid comes from its Message-ID: the e-mail another laptop imported, and sync brought here, is the
    one this laptop's import finds (noted, not made twice)."""
    from app.activities import ActivityData
    from app.links import Link
    from app.mail_import import mail_uid

    synced = services.activities.log(ActivityData(kind="email", subject="Quote for the engine",
                                                  links=(Link("contact", people["ada"]),)),
                                     uid=mail_uid("m1@mail.example")).value.uid
    report = import_mail(services, _mbox(tmp_path / "Inbox", MESSAGES[:1]))
    assert (report.logged, report.already_here) == (0, 1)
    assert [a.meta.uid for a in services.activities.all() if a.data.kind == "email"] == [synced]


def test_the_original_is_found_in_its_store_even_after_the_mbox_was_compacted(
        services: Services, people: dict[str, str], tmp_path: Path) -> None:
    from app.mail_import import original_of

    inbox = _mbox(tmp_path / "Inbox", MESSAGES)
    import_mail(services, inbox)
    supply = next(a for a in services.activities.all() if a.data.subject == "Поставка в марте")
    message_id, raw = original_of(services, supply.meta.uid) or ("", b"")
    assert message_id == "m2@mail.example" and b"Subject:" in raw and "koi8-r" in raw.decode("ascii", "replace")

    box = mailbox.mbox(inbox)  # the first message deleted and the file written again: every key moved
    box.lock()
    box.remove(box.keys()[0])
    box.flush()
    box.unlock()
    box.close()
    found = original_of(services, supply.meta.uid)
    assert found is not None and found[0] == "m2@mail.example" and b"m2@mail.example" in found[1]

    by_hand = services.activities.log(ActivityData(kind="email", subject="Typed in")).value.uid
    assert original_of(services, by_hand) is None
    inbox.unlink()
    assert original_of(services, supply.meta.uid) is None  # its store is gone


def test_thunderbird_is_found_where_it_keeps_its_profiles_and_an_import_stops_when_asked(
        services: Services, people: dict[str, str], tmp_path: Path) -> None:
    from app.mail_reader import thunderbird_homes

    home = tmp_path / "home"
    flatpak = home / ".var" / "app" / "org.mozilla.Thunderbird" / ".thunderbird"
    flatpak.mkdir(parents=True)
    (flatpak / "profiles.ini").write_text("[Profile0]\nPath=x\n", encoding="utf-8")
    (home / ".thunderbird").mkdir()  # no profiles.ini: not one
    assert thunderbird_homes(home) == [flatpak]

    report = import_mail(services, _mbox(tmp_path / "Inbox", MESSAGES), stop=lambda: True)
    assert report.stopped and report.logged == 0 and _timeline(services) == []


def _raw_mbox(path: Path, messages: list[bytes]) -> Path:
    """An mbox written byte for byte, as a mail program leaves it (junk headers and all)."""
    path.write_bytes(b"".join(b"From someone@example Mon Mar  2 09:15:00 2026\n" + m.replace(b"\r\n", b"\n")
                              + b"\n" for m in messages))
    return path


def test_real_mailboxes_junk_costs_only_itself(services: Services, people: dict[str, str], tmp_path: Path) -> None:
    """Headers Python's parser trips on, a message with no Date (dated by its mbox separator), one deleted in
    Thunderbird but not compacted away, one with no Message-ID whose status header the mail program rewrote
    after the first import: the rest comes in, each counted, nothing twice."""
    good = b"From: ada@acme.example\nTo: me@mine.example\nSubject: Fine\nMessage-ID: <fine@x>\n" \
           b"Date: Mon, 02 Mar 2026 10:00:00 +0000\n\nHello\n"
    broken = [b"From: \"a\" <\nTo: ada@acme.example\nSubject: Broken from\nMessage-ID: <b1@x>\n\nx\n",
              b"From: ada@acme.example\nSubject: Far future\nMessage-ID: <b2@x>\n"
              b"Date: Fri, 31 Dec 9999 23:59:59 -0100\n\nx\n"]
    undated = b"From: ada@acme.example\nTo: me@mine.example\nSubject: No date\nMessage-ID: <nodate@x>\n\nHi\n"
    deleted = b"From: ada@acme.example\nSubject: Deleted\nMessage-ID: <gone@x>\nX-Mozilla-Status: 0009\n\nx\n"
    no_id = b"From: ada@acme.example\nTo: me@mine.example\nSubject: No id\nX-Mozilla-Status: 0000\n" \
            b"Date: Tue, 03 Mar 2026 10:00:00 +0000\n\nHi\n"
    inbox = _raw_mbox(tmp_path / "Inbox", [good, *broken, undated, deleted, no_id])
    report = import_mail(services, inbox)
    subjects = {a.data.subject: a.data for a in services.activities.all() if a.data.kind == "email"}
    assert "Fine" in subjects and "No date" in subjects and "No id" in subjects and "Deleted" not in subjects
    assert report.thrown_away == 1 and report.logged + report.unreadable + report.not_for_the_crm == 5
    assert subjects["No date"].occurred_at is not None
    assert subjects["No date"].occurred_at.isoformat() == "2026-03-02T09:15:00"  # the separator line's date
    if "Far future" in subjects:  # the parser read it: its date out of range is left to the separator's
        assert subjects["Far future"].occurred_at.isoformat() == "2026-03-02T09:15:00"

    _raw_mbox(inbox, [good, *broken, undated, deleted, no_id.replace(b"X-Mozilla-Status: 0000",
                                                                   b"X-Mozilla-Status: 0001")])
    again = import_mail(services, inbox)
    assert again.logged == 0  # the message with no Message-ID is known by what the mail program leaves alone


def test_what_is_not_mail_or_was_never_sent_stays_out(services: Services, people: dict[str, str],
                                                      tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("Just some text\n", encoding="utf-8")
    with pytest.raises(MailStoreError, match="no mbox file"):
        import_mail(services, tmp_path / "notes.txt")
    profile = tmp_path / "tb"
    local = profile / "Mail" / "Local Folders"
    local.mkdir(parents=True)
    (profile / "prefs.js").write_text("", encoding="utf-8")
    for name, messages in (("Inbox", MESSAGES[:1]), ("Drafts", MESSAGES[4:5]), ("Trash", MESSAGES[1:2])):
        _mbox(local / name, messages)
        (local / f"{name}.msf").write_text("", encoding="utf-8")
    report = import_mail(services, profile)
    assert [Path(s).name for s in report.stores] == ["Inbox"]
    assert [row[0] for row in _timeline(services)] == ["Quote for the engine"]


def test_every_contact_of_an_address_and_the_contacts_own_copy_after_a_lists(
        services: Services, people: dict[str, str], tmp_path: Path) -> None:
    """Two contacts share info@; a mailing list's copy (From rewritten to the list) comes before the copy
    sent straight to the user, with the same Message-ID; an e-mail of a private contact is private."""
    first = services.contacts.create(ContactData(given="Info", emails=(Email("info@acme.example"),))).value.uid
    second = services.contacts.create(ContactData(given="Desk", emails=(Email("INFO@acme.example"),))).value.uid
    services.privacy.set_private("contact", people["wang"], True)
    from_list = _message(7, "Acme list <list@lists.example>", "list@lists.example", "Offer", "Via the list",
                         message_id="<offer@acme.example>")
    direct = _message(7, "info@acme.example", "me@mine.example", "Offer", "Straight", message_id="<offer@acme.example>")
    report = import_mail(services, _mbox(tmp_path / "Inbox", [from_list, direct, MESSAGES[3]]))
    assert (report.logged, report.not_for_the_crm) == (2, 1)
    offer = next(a for a in services.activities.all() if a.data.subject == "Offer")
    assert {link.uid for link in offer.data.links if link.kind == "contact"} == {first, second}
    chinese = next(a for a in services.activities.all() if a.data.subject == "报价")
    assert services.privacy.is_private("activity", chinese.meta.uid)
    assert not services.privacy.is_private("activity", offer.meta.uid)


def _thread(tmp_path: Path) -> Path:
    """Three messages of one thread (each naming the first in References) and one of its own."""
    first = _message(1, "ada@acme.example", "me@mine.example", "Quote for the engine", "Please send the quote.")
    second = _message(2, "me@mine.example", "ada@acme.example", "Re: Quote for the engine", "Here it is.")
    second["References"] = "<m1@mail.example>"
    third = _message(3, "ada@acme.example", "me@mine.example", "Re: Re: Quote for the engine", "Thanks!")
    third["References"] = "<m1@mail.example> <m2@mail.example>"
    other = _message(4, "ada@acme.example", "me@mine.example", "Lunch?", "Friday?")
    return _mbox(tmp_path / "Inbox", [first, second, third, other])


def test_a_thread_is_one_entry_of_the_timeline_and_opens_whole(services: Services, people: dict[str, str],
                                                                tmp_path: Path) -> None:
    from app.timeline import TimelineService

    timeline = TimelineService(services.store.database)
    import_mail(services, _thread(tmp_path))
    for kind, uid in (("contact", people["ada"]), ("account", people["acme"])):
        page = timeline.page(kind, uid)
        shown = [(e.title, e.in_thread) for e in page.entries]
        assert shown == [("Lunch?", 1), ("Re: Re: Quote for the engine", 3)]  # the thread: its newest message
        assert timeline.count(kind, uid) == 2
        thread = timeline.thread(kind, uid, page.entries[1].thread)
        assert [e.title for e in thread] == ["Re: Re: Quote for the engine", "Re: Quote for the engine",
                                             "Quote for the engine"]
        assert timeline.page(kind, uid, kinds=("email",)).entries == page.entries
        # Dated after now (the sender's clock, or a time zone): an e-mail is never the record's next step.
        now = services.clock.now()
        assert page.entries[0].when > now and timeline.next_step(kind, uid, now) is None
    services.activities.delete(next(a.meta.uid for a in services.activities.all()
                                    if a.data.subject == "Re: Re: Quote for the engine"))
    newest = timeline.page("contact", people["ada"]).entries[1]
    assert (newest.title, newest.in_thread) == ("Re: Quote for the engine", 2)  # the Trash's is left out
    first = next(a.meta.uid for a in services.activities.all() if a.data.subject == "Quote for the engine")
    services.activities.update(first, kind="note")  # (sync brings a kind changed on another laptop)
    shown = [(e.kind, e.title, e.in_thread) for e in timeline.page("contact", people["ada"]).entries]
    assert ("note", "Quote for the engine", 1) in shown  # no longer an e-mail: shown on its own, not hidden
    assert ("email", "Re: Quote for the engine", 1) in shown


def test_mail_from_a_company_domain_comes_only_where_the_user_allowed_it(
        services: Services, people: dict[str, str], tmp_path: Path) -> None:
    from app.errors import RapportError
    from app.mail_domains import domains_of, set_mail_domain, suggested_domain

    services.accounts.update(people["acme"], website="https://www.acme.example/about")
    colleague = _message(7, "Grace Hopper <grace@acme.example>", "me@mine.example", "Compiler demo", "Tuesday?")
    stranger = _message(8, "someone@gmail.com", "me@mine.example", "Hello", "Hi")
    inbox = _mbox(tmp_path / "Inbox", [colleague, stranger])
    assert import_mail(services, inbox).logged == 0  # no contact's address, nothing allowed: not kept

    assert suggested_domain(services, people["acme"]) == "acme.example"
    assert set_mail_domain(services, people["acme"], "acme.example", True).value == "acme.example"
    assert services.undo.undo().value.label == "Mail from a company's domain"  # type: ignore[union-attr]
    assert domains_of(services, people["acme"]) == []  # the allowance is one undo step
    set_mail_domain(services, people["acme"], "www.ACME.example", True)
    assert domains_of(services, people["acme"]) == ["acme.example"]
    report = import_mail(services, inbox)
    assert (report.logged, report.not_for_the_crm) == (1, 1)
    [(subject, _, _, links)] = _timeline(services)
    assert (subject, links) == ("Compiler demo", (("account", people["acme"]),))  # the company's only
    with pytest.raises(RapportError, match=r"gmail\.com is a mail provider's domain"):
        set_mail_domain(services, people["acme"], "someone@gmail.com", True)
    other = services.accounts.create(AccountData(name="Other")).value.uid
    with pytest.raises(RapportError, match=r"mail from acme\.example goes to Acme already"):
        set_mail_domain(services, other, "acme.example", True)


def test_the_command_line_allows_a_company_domain(tmp_path: Path) -> None:
    data = tmp_path / "data"
    made = ok(rapport("add", "account", "--name", "Acme", "--website", "acme.example", data_dir=data)).strip()
    assert ok(rapport("mail", "domain", "Acme", data_dir=data)) == (
        "Mail from and to anyone at acme.example goes onto Acme's timeline from the next import or fetch\n")
    assert ok(rapport("mail", "domain", data_dir=data)) == f"acme.example\tAcme\t{made}\n"
    assert "mail provider" in assert_one_line_error(rapport("mail", "domain", "Acme", "gmail.com", data_dir=data))
    ok(rapport("mail", "domain", "Acme", "--off", data_dir=data))
    assert ok(rapport("mail", "domain", data_dir=data)).startswith("No company's domain brings its mail.")
