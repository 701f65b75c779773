"""Where a domain's CardDAV and CalDAV service is, as its DNS says (RFC 6764 section 3): the SRV record
`_carddavs._tcp.DOMAIN` (else `_caldavs._tcp.DOMAIN`) names the host and port, a TXT record of the same name
may give the path (`path=/dav/`). Only the TLS services are asked: the plain `_carddav._tcp` would send the
password in clear. Without a record the caller goes on to https://DOMAIN and its well-known addresses.

dnspython does the asking (the system's resolver does not answer SRV or TXT): the system's name servers, or
those a test gives. Every DNS failure — no record, no answer, no name server, a timeout — is "no record":
the user typed a domain, and its web server is still tried.

Where the DNS names a host outside the domain the user typed (a company's own domain hosted at Fastmail:
`_carddavs._tcp.company.com` → `carddav.fastmail.com`), `inside` is False: DNS without DNSSEC can be forged,
so the user's word sends their password there (sync/service.py raises ServerMoved, as for a redirect)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # dnspython is imported when a domain is looked up (add-account): 55 ms off every start
    import dns.resolver

log = logging.getLogger(__name__)

SERVICES = ("_carddavs._tcp", "_caldavs._tcp")
LIFETIME = 4.0  # seconds for each question, retries included: a dead resolver must not hold add-account long


@dataclass(frozen=True)
class DnsService:
    """The service the DNS of `domain` names: `url` to start discovery from, and whether its host is the
    domain itself or one under it."""

    domain: str
    url: str
    host: str
    inside: bool


class DnsLookup:
    """`nameservers`/`port`: ask these instead of the system's (tests run a name server on loopback)."""

    def __init__(self, nameservers: list[str] | None = None, port: int = 53, lifetime: float = LIFETIME) -> None:
        self._nameservers = nameservers
        self._port = port
        self._lifetime = lifetime

    def __call__(self, domain: str) -> DnsService | None:
        import dns.exception

        domain = domain.strip().rstrip(".").lower()
        if not domain:
            return None
        try:
            resolver = self._resolver()
        except dns.exception.DNSException as exc:  # no resolv.conf: no DNS to ask
            log.info("no DNS resolver to ask about %s: %s", domain, exc)
            return None
        for service in SERVICES:
            name = f"{service}.{domain}"
            target = self._srv(resolver, name)
            if target is None:
                continue
            host, port = target
            path = self._path(resolver, name)
            netloc = host if port == 443 else f"{host}:{port}"
            inside = host == domain or host.endswith("." + domain)
            return DnsService(domain, f"https://{netloc}{path}", host, inside)
        return None

    def _resolver(self) -> dns.resolver.Resolver:
        import dns.resolver

        if self._nameservers is None:
            resolver = dns.resolver.Resolver()
        else:
            resolver = dns.resolver.Resolver(configure=False)
            resolver.nameservers = list(self._nameservers)
            resolver.port = self._port
        resolver.lifetime = self._lifetime
        return resolver

    def _srv(self, resolver: dns.resolver.Resolver, name: str) -> tuple[str, int] | None:
        """The host and port to use: the lowest priority, and of those the heaviest weight (RFC 2782's
        random choice by weight, made the same each time so the account's address is stable). A target of
        "." says the service is not offered here."""
        import dns.exception
        import dns.rdatatype

        try:
            answer = resolver.resolve(name, dns.rdatatype.SRV)
        except dns.exception.DNSException as exc:
            log.info("no SRV record %s: %s", name, exc.__class__.__name__)
            return None
        records = sorted(answer, key=lambda r: (r.priority, -r.weight, r.target.to_text()))
        if not records:
            return None
        best = records[0]
        host = best.target.to_text(omit_final_dot=True).lower()
        if not host or host == ".":
            return None
        return host, int(best.port)

    def _path(self, resolver: dns.resolver.Resolver, name: str) -> str:
        """The context path of a TXT record's `path=` (RFC 6764 section 4); "/" when none is given."""
        import dns.exception
        import dns.rdatatype

        try:
            answer = resolver.resolve(name, dns.rdatatype.TXT)
        except dns.exception.DNSException:
            return "/"
        for record in answer:
            text = b"".join(record.strings).decode("utf-8", "replace").strip()
            key, _, value = text.partition("=")
            if key.strip().lower() == "path" and value.strip().startswith("/"):
                return value.strip()
        return "/"
