"""What can go wrong in a sync, as errors a user can act on. None of them ever carries a password."""

from __future__ import annotations

from app.errors import RapportError
from app.messages import QT_TRANSLATE_NOOP, said


class SyncError(RapportError):
    """The run stopped: the text says why and what to do."""


class SyncStopped(SyncError):
    """The run was asked to stop (the window is closing); what was written so far stays, and the next
    run goes on from there."""


class SyncBusy(SyncError):
    """Another sync of the same data folder is running (another window, or `rapport sync run`)."""


class AuthError(SyncError):
    """The server refused the user name or password (401/403): the run stops and asks again."""

    def __init__(self, message: str, status: int = 401) -> None:
        super().__init__(message)
        self.status = status


# Requests that change something on the server: a 403 to one of them says the server will not have this
# change (a read-only collection, a card it refuses), not that the password is wrong.
WRITES = frozenset({"PUT", "DELETE", "PROPPATCH", "MKCOL", "MKCALENDAR"})


def forbidden_write(method: str, where: str) -> DavStatusError:
    return DavStatusError(said(QT_TRANSLATE_NOOP(
        "Services", "%1 %2: the server does not allow this change (403: a read-only collection, or one this"
                    " account may not write)"), method, where), 403)


class NetworkError(SyncError):
    """The server could not be reached, or the connection broke; nothing half-done was kept."""


class ServerBusyError(SyncError):
    """5xx, 429 or 503: the server asked us to come back later (retry_after seconds, when it said)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class DavStatusError(SyncError):
    """An unexpected status for one request; `status` says which."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class PreconditionFailed(DavStatusError):
    """412: the resource is not as the If-Match / If-None-Match said (someone else changed it)."""


class InvalidSyncToken(DavStatusError):
    """The server no longer knows our sync-token (RFC 6578 valid-sync-token): list everything."""


class InsufficientStorage(DavStatusError):
    """507 on a write: the server (or the user's quota) is full."""


class UnusableAnswer(SyncError):
    """An answer of the server that cannot be used: it cannot be read (malformed XML, a DTD or entities,
    which are refused), or it points off the account's server (an href or a redirect to another host, or
    from https down to http). That collection stops with this error, recorded; the run goes on."""


class UnreadableAnswer(UnusableAnswer):
    """The server's answer could not be parsed."""


class OffOrigin(DavStatusError, UnusableAnswer):
    """An href or a redirect that leads off the account's server (scheme, host and port): refused, never
    followed. `status` is 0 (no status of the server's): for one item it is that item's error."""

    def __init__(self, message: str) -> None:
        DavStatusError.__init__(self, message, 0)


class ServerMoved(OffOrigin):
    """A redirect to another server (not down to http): the account may really have moved there (a
    well-known address sending to the provider's DAV host). Not followed: `moved_to` (the address without
    any user name or password the server put in it) is offered to the user, and only their word sends the
    credentials there (`rapport sync add-account` asks on a terminal; the window has a box to tick)."""

    def __init__(self, message: str, moved_to: str) -> None:
        super().__init__(message)
        self.moved_to = moved_to


class DnsNamedServer(ServerMoved):
    """The DNS of the domain the user typed (SRV, RFC 6764) names a server of another domain: offered to the
    user like a redirect (DNS without DNSSEC can be forged), never gone to on its own word."""

    def __init__(self, message: str, moved_to: str, domain: str) -> None:
        super().__init__(message, moved_to)
        self.domain = domain
