"""A hypothesis state machine edits both sides at random: contacts and accounts here through the services,
their cards (a person's, an organisation's) on the server as another device would (plain HTTP PUT and
DELETE on Radicale; its own connection on the in-memory server), with syncs in between. After every sync
both sides hold the same contacts and accounts with the same values, and nothing was lost: each value last
written on either side is in the record, or (both sides changed the same field) in the conflict list.

The same machine runs against Radicale (slow, few examples) and the in-memory server (sync/memory.py:
many examples in seconds, and there also syncs that a fault breaks off, each followed by a clean one).
"""

from __future__ import annotations

import itertools
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

import niquests
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule, run_state_machine_as_test

from app import paths
from app.accounts import AccountData
from app.clock import FakeClock
from app.contacts import ContactData
from app.services import Services
from app.store import Store
from sync.cards import read_card
from sync.dav import DavClient
from sync.errors import NetworkError
from sync.memory import MemoryServer
from tests.sync.conftest import PASSWORD, Book, Laptop, Server, fresh_user, make_laptop, make_memory_laptop, vcard
from tests.sync.proxy import FaultProxy

FIELDS = {"contact": {"notes": "NOTE", "job_title": "TITLE"}, "account": {"notes": "NOTE", "website": "URL"}}
EDITED = sorted({name for fields in FIELDS.values() for name in fields})  # a field a kind lacks: no edit
ANCHORS = 2  # records of each kind never deleted: deleting "everything" (a refused mass delete) cannot happen


@dataclass
class Expected:
    """What one contact or account should hold after the next sync."""

    kind: str = "contact"
    synced: dict[str, str] = field(default_factory=dict)  # field → value at the last sync
    local: dict[str, str] = field(default_factory=dict)  # edits here since
    remote: dict[str, str] = field(default_factory=dict)  # edits on the server since
    local_deleted: bool = False
    remote_deleted: bool = False
    on_server: bool = False  # the server has it (created there, or synced)
    here: bool = False  # this side has it, live


class There(Protocol):
    """Another device on the server's address book."""

    def create(self, uid: str, text: str) -> None: ...

    def edit(self, href: str, prop: str, value: str) -> None:
        """Set one property of a card to `value` (replacing the property where the card has it)."""
        ...

    def delete(self, href: str) -> None: ...

    def cards(self) -> dict[str, str]:
        """href → text of every card."""
        ...

    def close(self) -> None: ...


def with_property(text: str, prop: str, value: str) -> str:
    """A card's text with `prop` set to `value` (CRLF line ends, unfolded)."""
    text = text.replace("\r\n ", "")
    lines = [line for line in text.split("\r\n") if line and not line.startswith(prop + ":")]
    lines.insert(-1, f"{prop}:{value}")
    return "\r\n".join(lines) + "\r\n"


class OverHttp:
    """Another device on Radicale: plain HTTP, a book of its own for each example."""

    def __init__(self, server: Server, user: str) -> None:
        self.base = f"http://127.0.0.1:{server.port}"
        direct = DavClient(self.base + "/", user, PASSWORD, timeout=10)
        href = f"/{user}/random-{uuid.uuid4().hex[:8]}/"
        direct.make_addressbook(href, "Random book")
        self.book = Book(server, user, href, direct)
        self.http = niquests.Session(disable_http3=True)
        self.http.auth = (user, PASSWORD)

    def create(self, uid: str, text: str) -> None:
        href = f"{self.book.href}{uid}.vcf"
        response = self.http.put(self.base + href, data=text.encode(),
                                 headers={"If-None-Match": "*", "Content-Type": "text/vcard"})
        assert response.status_code == 201, response.status_code

    def edit(self, href: str, prop: str, value: str) -> None:
        current = self.http.get(self.base + href)
        response = self.http.put(self.base + href, data=with_property(current.text, prop, value).encode(),
                                 headers={"If-Match": current.headers["ETag"], "Content-Type": "text/vcard"})
        assert response.status_code in (200, 201, 204), response.status_code

    def delete(self, href: str) -> None:
        response = self.http.delete(self.base + href)
        assert response.status_code in (200, 204), response.status_code

    def cards(self) -> dict[str, str]:
        return self.book.cards()

    def close(self) -> None:
        self.book.direct.close()
        self.http.close()


class InMemory:
    """Another device on the in-memory server: a connection of its own."""

    book = "/user/contacts/"

    def __init__(self, server: MemoryServer) -> None:
        self.server = server
        self.storage = server.storage()

    def create(self, uid: str, text: str) -> None:
        self.storage.put(f"{self.book}{uid}.vcf", text, etag=None)

    def edit(self, href: str, prop: str, value: str) -> None:
        current = self.storage.get(href)
        assert current is not None, href
        self.storage.put(href, with_property(current.text, prop, value), etag=current.etag)

    def delete(self, href: str) -> None:
        assert self.storage.delete(href, None), href

    def cards(self) -> dict[str, str]:
        # As Book.cards gives them: one kind of line end, unfolded.
        return {h: t.replace("\r\n", "\n").replace("\n ", "") for h, t in self.server.texts(self.book).items()}

    def close(self) -> None:
        self.storage.close()


class RandomEdits(RuleBasedStateMachine):
    """The machine; a subclass says where the laptop syncs to and how the other device reaches it."""

    def __init__(self) -> None:
        super().__init__()
        self.values = (f"v{n}" for n in itertools.count(1))
        self.laptop, self.there = self.world()
        self.model: dict[str, Expected] = {}
        self.hrefs: dict[str, str] = {}  # uid → href, for cards made on the server by this test
        self.conflicts_seen = 0
        for i in range(ANCHORS):
            self._create_here(f"Anchor{i}")
            self._create_account_here(f"Anchor{i} Ltd")
        self.sync()

    def world(self) -> tuple[Laptop, There]:
        raise NotImplementedError

    def teardown(self) -> None:
        self.sync()
        self.laptop.store.close()
        self.there.close()

    # --- helpers -------------------------------------------------------------------------

    def _create_here(self, given: str) -> None:
        self.laptop.store.activate()
        uid = self.laptop.services.contacts.create(ContactData(given=given, family="Random")).value.uid
        self.model[uid] = Expected(here=True)

    def _create_account_here(self, name: str) -> None:
        self.laptop.store.activate()
        uid = self.laptop.services.accounts.create(AccountData(name=name)).value.uid
        self.model[uid] = Expected("account", here=True)

    def _server_cards(self) -> dict[str, tuple[str, str]]:
        """uid → (href, text) of every card on the server."""
        found = {}
        for href, text in self.there.cards().items():
            found[read_card(text).uid] = (href, text)
        return found

    def _pick(self, data: st.DataObject, candidates: list[str]) -> str:
        # In the model's order (the order they were made), not by uid: local uids are random, and a choice
        # that depended on them would differ when hypothesis replays a failing example to shrink it.
        return data.draw(st.sampled_from(candidates))

    def _live_here(self) -> list[str]:
        return [u for u, e in self.model.items() if e.here and not e.local_deleted]

    def _live_there(self) -> list[str]:
        return [u for u, e in self.model.items() if e.on_server and not e.remote_deleted]

    def _deletable(self, uids: list[str]) -> list[str]:
        return [u for u in uids if u.startswith("remote-") or not self._is_anchor(u)]

    def _is_anchor(self, uid: str) -> bool:
        self.laptop.store.activate()
        if self.model[uid].kind == "account":
            return self.laptop.services.accounts.get(uid, include_deleted=True).data.name.startswith("Anchor")
        return self.laptop.services.contacts.get(uid, include_deleted=True).data.given.startswith("Anchor")

    # --- this side, through the services ------------------------------------------------------

    @rule()
    def create_here(self) -> None:
        self._create_here(f"Local{next(self.values)}")

    @rule()
    def create_account_here(self) -> None:
        self._create_account_here(f"Local{next(self.values)} GmbH")

    @precondition(lambda self: bool(self._live_here()))
    @rule(data=st.data(), name=st.sampled_from(EDITED))
    def edit_here(self, data: st.DataObject, name: str) -> None:
        uid = self._pick(data, self._live_here())
        kind = self.model[uid].kind
        if name not in FIELDS[kind]:
            return
        value = next(self.values) if name != "website" else f"https://{next(self.values)}.example"
        self.laptop.store.activate()
        service = self.laptop.services.accounts if kind == "account" else self.laptop.services.contacts
        service.update(uid, **{name: value})
        self.model[uid].local[name] = value

    @precondition(lambda self: len(self._live_here()) > ANCHORS)
    @rule(data=st.data())
    def delete_here(self, data: st.DataObject) -> None:
        choices = self._deletable(self._live_here())
        if not choices:
            return
        uid = self._pick(data, choices)
        self.laptop.store.activate()
        service = self.laptop.services.accounts if self.model[uid].kind == "account" else self.laptop.services.contacts
        service.delete(uid)
        self.model[uid].local_deleted = True

    # --- the server, as another device ------------------------------------------------------------

    @rule()
    def create_there(self) -> None:
        uid = f"remote-{next(self.values)}"
        self.there.create(uid, vcard(uid, "Remote", uid))
        self.model[uid] = Expected(on_server=True)

    @rule()
    def create_account_there(self) -> None:
        uid = f"remote-{next(self.values)}"
        self.there.create(uid, "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:Remote {uid} AG",
                                            "N:;;;;", f"ORG:Remote {uid} AG", "X-ABShowAs:COMPANY", "END:VCARD", ""]))
        self.model[uid] = Expected("account", on_server=True)

    @precondition(lambda self: bool(self._live_there()))
    @rule(data=st.data(), name=st.sampled_from(EDITED))
    def edit_there(self, data: st.DataObject, name: str) -> None:
        uid = self._pick(data, self._live_there())
        kind = self.model[uid].kind
        if name not in FIELDS[kind]:
            return
        href, _ = self._server_cards()[uid]
        value = next(self.values) if name != "website" else f"https://{next(self.values)}.example"
        self.there.edit(href, FIELDS[kind][name], value)
        self.model[uid].remote[name] = value

    @precondition(lambda self: len(self._live_there()) > ANCHORS)
    @rule(data=st.data())
    def delete_there(self, data: st.DataObject) -> None:
        choices = self._deletable(self._live_there())
        if not choices:
            return
        uid = self._pick(data, choices)
        href, _ = self._server_cards()[uid]
        self.there.delete(href)
        self.model[uid].remote_deleted = True

    # --- sync and the checks ---------------------------------------------------------------------

    @rule()
    def sync(self) -> None:
        report = self.laptop.run()
        assert report.ok, report.as_dict()
        self._settle()

    def _settle(self) -> None:
        """The model after a sync: what each contact must now hold, checked on both sides."""
        self.laptop.store.activate()
        contacts, accounts = self.laptop.services.contacts, self.laptop.services.accounts
        server = self._server_cards()
        conflicts = self.laptop.sync.conflicts()
        for uid, expected in list(self.model.items()):
            edited_here, edited_there = bool(expected.local), bool(expected.remote)
            gone = ((expected.local_deleted and expected.remote_deleted)
                    or (expected.local_deleted and not edited_there)
                    or (expected.remote_deleted and not edited_here))
            if gone:
                assert uid not in server, f"{uid} should be gone from the server"
                assert uid not in self._live_uids(), f"{uid} should be gone here"
                del self.model[uid]
                continue
            values_now: dict[str, str] = dict(expected.synced)
            if expected.local_deleted:  # deleted here, edited there: back with the server's version
                values_now.update(expected.remote)
            elif expected.remote_deleted:  # deleted there, edited here: uploaded again
                values_now.update(expected.local)
            else:
                for name in FIELDS[expected.kind]:
                    mine, theirs = expected.local.get(name), expected.remote.get(name)
                    if mine is not None and theirs is not None and mine != theirs:
                        values_now[name] = theirs  # the server's value stays; ours is in the conflict list
                        assert any(c.record_uid == uid and name in c.fields and f":{mine}" in c.local_text
                                   for c in conflicts), f"{uid}: the local {name} {mine} was lost"
                    elif mine is not None or theirs is not None:
                        values_now[name] = theirs if theirs is not None else mine  # type: ignore[assignment]
            record = (accounts if expected.kind == "account" else contacts).get(uid)
            assert uid in server, f"{uid} is missing on the server"
            card = read_card(server[uid][1])
            assert card.kind == expected.kind, (uid, card.kind)
            for name in FIELDS[expected.kind]:
                wanted = values_now.get(name, "")
                assert getattr(record.data, name) == wanted, (uid, name, "here")
                assert card.fields[name] == wanted, (uid, name, "server")
            self.model[uid] = Expected(expected.kind, synced=values_now, on_server=True, here=True)
            self.hrefs[uid] = server[uid][0]
        assert sorted(server) == sorted(self.model)  # nothing extra on either side
        assert sorted(self._live_uids()) == sorted(self.model)

    def _live_uids(self) -> list[str]:
        services = self.laptop.services
        return [c.uid for c in services.contacts.list(limit=1000)] + [a.uid for a in services.accounts.list(limit=1000)]


@pytest.mark.slow
@pytest.mark.parametrize("server", ["radicale"], indirect=True)
def test_random_edits_on_both_sides_converge_and_lose_nothing(tmp_path: Path, server: Server,
                                                              proxy: FaultProxy) -> None:
    user = fresh_user()

    class OnRadicale(RandomEdits):
        def world(self) -> tuple[Laptop, There]:
            there = OverHttp(server, user)
            return make_laptop(tmp_path / uuid.uuid4().hex[:8], proxy, there.book), there

    OnRadicale.TestCase.settings = settings(max_examples=8, stateful_step_count=15, deadline=None,
                                            suppress_health_check=list(HealthCheck))
    run_state_machine_as_test(OnRadicale, settings=OnRadicale.TestCase.settings)


FAULTS = st.sampled_from([500, 503, NetworkError("the connection failed (test)")])


@pytest.mark.parametrize("content_tokens", [False, True], ids=["revision-tokens", "content-tokens"])
def test_random_edits_and_faults_on_the_memory_server_converge_and_lose_nothing(tmp_path: Path,
                                                                              template_database: Path,
                                                                              content_tokens: bool) -> None:
    class OnMemory(RandomEdits):
        def world(self) -> tuple[Laptop, There]:
            self.server = MemoryServer(password=PASSWORD, content_tokens=content_tokens)
            folder = tmp_path / uuid.uuid4().hex[:8]
            folder.mkdir()
            shutil.copyfile(template_database, paths.database_path(folder))
            services = Services.build(Store.open(folder), FakeClock(datetime(2026, 3, 2, 9, 0, 0)),
                                      phone_region="US")
            return make_memory_laptop(services, self.server), InMemory(self.server)

        @rule(operation=st.sampled_from(["marks", "sync_collection", "multiget", "get", "put", "delete"]),
              error=FAULTS, after=st.booleans(), skip=st.integers(0, 3))
        def sync_broken_off_then_again(self, operation: str, error: int | NetworkError, after: bool,
                                       skip: int) -> None:
            """A run that fails somewhere (the server may have done the work whose answer was lost), then a
            clean run with no edits in between: it ends where one clean run would have."""
            self.server.fail(operation, error, after=after and operation in ("put", "delete"), skip=skip)
            self.laptop.run()  # may fail, or end before the fault comes up
            self.server.clear_faults()
            self.sync()

    OnMemory.TestCase.settings = settings(max_examples=60, stateful_step_count=30, deadline=None,
                                          suppress_health_check=list(HealthCheck))
    run_state_machine_as_test(OnMemory, settings=OnMemory.TestCase.settings)
