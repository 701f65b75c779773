"""Mail from a company's own domain onto its account's timeline — only where the user allowed it.

A message comes into the CRM when a contact's address is in its From, To or Cc. For a company the user
allows it (File ▸ the account's "Mail from acme.example", or `rapport mail domain`), a message from or
to anyone at its domain comes too, onto the account's timeline: the colleague of a contact who is no
contact yet. One account a domain; never a mail provider's domain (gmail.com: everyone's), which would
bring the user's private mail in. Allowing and taking it back is one undo step each.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from app.changes import Changes, Result
from app.errors import RapportError
from app.messages import QT_TRANSLATE_NOOP, said
from app.services import Services

# Domains whose addresses belong to anyone: never one company's.
PROVIDERS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
    "yahoo.co.uk", "yahoo.co.jp", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de", "gmx.net",
    "gmx.com", "web.de", "t-online.de", "proton.me", "protonmail.com", "pm.me", "fastmail.com", "zoho.com",
    "mail.com", "yandex.ru", "yandex.com", "ya.ru", "mail.ru", "bk.ru", "list.ru", "inbox.ru", "rambler.ru",
    "ukr.net", "abv.bg", "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sohu.com",
    "aliyun.com", "naver.com", "orange.fr", "free.fr", "libero.it", "seznam.cz", "wp.pl", "o2.pl", "interia.pl",
})


def domain_of(text: str) -> str:
    """The domain a website, an e-mail address or a bare domain names, lower-case, without "www."."""
    text = text.strip().lower()
    if "@" in text and "://" not in text:
        text = text.rpartition("@")[2]
    host = urlsplit(text if "://" in text else "//" + text).hostname or ""
    return host.removeprefix("www.").strip(".")


def suggested_domain(services: Services, account_uid: str) -> str:
    """The domain the account's mail would come from: its website's (a mail provider's is never suggested)."""
    data = services.accounts.get(account_uid).data
    for candidate in (data.website,):
        found = domain_of(candidate) if candidate else ""
        if "." in found and found not in PROVIDERS:
            return found
    return ""


def allowed_domains(services: Services) -> dict[str, str]:
    """Every allowed domain and the uid of its account (an account in the Trash brings no mail)."""
    return {str(domain): str(uid) for domain, uid in services.store.database.execute_sql(
        "SELECT m.domain, a.uid FROM account_mail_domain m JOIN account a ON a.id = m.account_id"
        " WHERE a.deleted_at IS NULL")}


def domains_of(services: Services, account_uid: str) -> list[str]:
    return [str(r[0]) for r in services.store.database.execute_sql(
        "SELECT m.domain FROM account_mail_domain m JOIN account a ON a.id = m.account_id WHERE a.uid = ?"
        " ORDER BY m.domain", (account_uid,))]


def set_mail_domain(services: Services, account_uid: str, domain: str, allowed: bool) -> Result[str]:
    """Allow (or take back) mail from `domain` onto the account's timeline; the next import or fetch
    follows. Refused, with the reason: a mail provider's domain, or one another account has."""
    clean = domain_of(domain)
    if "." not in clean:
        raise RapportError(said(QT_TRANSLATE_NOOP("Services", "“%1” is not an e-mail domain (as example.com)"),
                                domain))
    if allowed and clean in PROVIDERS:
        raise RapportError(said(QT_TRANSLATE_NOOP(
            "Services", "%1 is a mail provider's domain: its addresses are everyone's, not one company's"), clean))
    services.accounts.get(account_uid)  # (NotFoundError, naming it, when there is no such account)
    database = services.store.database
    with services.writer.write("Mail from a company's domain") as op:
        row = database.execute_sql("SELECT id FROM account WHERE uid = ?", (account_uid,)).fetchone()
        holder = database.execute_sql(
            "SELECT a.name, a.uid FROM account_mail_domain m JOIN account a ON a.id = m.account_id WHERE m.domain = ?",
            (clean,)).fetchone()
        if allowed and holder is not None and str(holder[1]) != account_uid:
            raise RapportError(said(QT_TRANSLATE_NOOP(
                "Services", "mail from %1 goes to %2 already: one company a domain"), clean, str(holder[0])))
        op.capture("account", int(row[0]))  # its undo image holds its domains
        if allowed:
            database.execute_sql("INSERT OR IGNORE INTO account_mail_domain (domain, account_id) VALUES (?, ?)",
                                 (clean, int(row[0])))
        else:
            database.execute_sql("DELETE FROM account_mail_domain WHERE domain = ? AND account_id = ?",
                                 (clean, int(row[0])))
    return Result(clean, Changes(accounts=True))
