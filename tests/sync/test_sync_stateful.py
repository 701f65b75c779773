"""A hypothesis state machine edits both sides at random: contacts here through the services, cards
on the server through plain HTTP PUT and DELETE (another device), with syncs in between. After every
sync both sides hold the same contacts with the same values, and nothing was lost: each value last
written on either side is in the record, or (both sides changed the same field) in the conflict list.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import niquests
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule, run_state_machine_as_test

from app.contacts import ContactData
from sync.cards import read_card
from sync.dav import DavClient
from tests.sync.conftest import PASSWORD, Book, Server, fresh_user, make_laptop, vcard
from tests.sync.proxy import FaultProxy

FIELDS = {"notes": "NOTE", "job_title": "TITLE"}
ANCHORS = 2  # contacts never deleted, so that deleting "everything" (a refused mass delete) cannot happen


@dataclass
class Expected:
    """What one contact should hold after the next sync."""

    synced: dict[str, str] = field(default_factory=dict)  # field → value at the last sync
    local: dict[str, str] = field(default_factory=dict)  # edits here since
    remote: dict[str, str] = field(default_factory=dict)  # edits on the server since
    local_deleted: bool = False
    remote_deleted: bool = False
    on_server: bool = False  # the server has it (created there, or synced)
    here: bool = False  # this side has it, live


@pytest.mark.slow
@pytest.mark.parametrize("server", ["radicale"], indirect=True)
def test_random_edits_on_both_sides_converge_and_lose_nothing(tmp_path: Path, server: Server,
                                                              proxy: FaultProxy) -> None:
    user = fresh_user()
    values = (f"v{n}" for n in itertools.count(1))
    base = f"http://127.0.0.1:{server.port}"

    class Machine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            direct = DavClient(base + "/", user, PASSWORD, timeout=10)
            href = f"/{user}/random-{uuid.uuid4().hex[:8]}/"
            direct.make_addressbook(href, "Random book")
            self.book = Book(server, user, href, direct)
            self.http = niquests.Session(disable_http3=True)
            self.http.auth = (user, PASSWORD)
            self.laptop = make_laptop(tmp_path / uuid.uuid4().hex[:8], proxy, self.book)
            self.model: dict[str, Expected] = {}
            self.hrefs: dict[str, str] = {}  # uid → href, for cards made on the server by this test
            self.conflicts_seen = 0
            for i in range(ANCHORS):
                self._create_here(f"Anchor{i}")
            self.sync()

        def teardown(self) -> None:
            self.sync()
            self.laptop.store.close()
            self.book.direct.close()
            self.http.close()

        # --- helpers -------------------------------------------------------------------------

        def _create_here(self, given: str) -> None:
            self.laptop.store.activate()
            uid = self.laptop.services.contacts.create(ContactData(given=given, family="Random")).value.uid
            self.model[uid] = Expected(here=True)

        def _server_cards(self) -> dict[str, tuple[str, str]]:
            """uid → (href, text) of every card on the server."""
            found = {}
            for href, text in self.book.cards().items():
                found[read_card(text).uid] = (href, text)
            return found

        def _pick(self, data: st.DataObject, candidates: list[str]) -> str:
            return data.draw(st.sampled_from(sorted(candidates)))

        def _live_here(self) -> list[str]:
            return [u for u, e in self.model.items() if e.here and not e.local_deleted]

        def _live_there(self) -> list[str]:
            return [u for u, e in self.model.items() if e.on_server and not e.remote_deleted]

        def _deletable(self, uids: list[str]) -> list[str]:
            return [u for u in uids if u.startswith("remote-") or not self._is_anchor(u)]

        def _is_anchor(self, uid: str) -> bool:
            self.laptop.store.activate()
            record = self.laptop.services.contacts.get(uid, include_deleted=True)
            return record.data.given.startswith("Anchor")

        # --- this side, through the services ------------------------------------------------------

        @rule()
        def create_here(self) -> None:
            self._create_here(f"Local{next(values)}")

        @precondition(lambda self: bool(self._live_here()))
        @rule(data=st.data(), name=st.sampled_from(sorted(FIELDS)))
        def edit_here(self, data: st.DataObject, name: str) -> None:
            uid = self._pick(data, self._live_here())
            value = next(values)
            self.laptop.store.activate()
            self.laptop.services.contacts.update(uid, **{name: value})
            self.model[uid].local[name] = value

        @precondition(lambda self: len(self._live_here()) > ANCHORS)
        @rule(data=st.data())
        def delete_here(self, data: st.DataObject) -> None:
            choices = self._deletable(self._live_here())
            if not choices:
                return
            uid = self._pick(data, choices)
            self.laptop.store.activate()
            self.laptop.services.contacts.delete(uid)
            self.model[uid].local_deleted = True

        # --- the server, through plain HTTP ----------------------------------------------------------

        @rule()
        def create_there(self) -> None:
            uid = f"remote-{next(values)}"
            href = f"{self.book.href}{uid}.vcf"
            response = self.http.put(base + href, data=vcard(uid, "Remote", uid).encode(),
                                     headers={"If-None-Match": "*", "Content-Type": "text/vcard"})
            assert response.status_code == 201, response.status_code
            self.model[uid] = Expected(on_server=True)

        @precondition(lambda self: bool(self._live_there()))
        @rule(data=st.data(), name=st.sampled_from(sorted(FIELDS)))
        def edit_there(self, data: st.DataObject, name: str) -> None:
            uid = self._pick(data, self._live_there())
            href, _ = self._server_cards()[uid]
            current = self.http.get(base + href)
            text = current.text.replace("\r\n ", "")
            lines = [line for line in text.split("\r\n") if line and not line.startswith(FIELDS[name] + ":")]
            value = next(values)
            lines.insert(-1, f"{FIELDS[name]}:{value}")
            response = self.http.put(base + href, data=("\r\n".join(lines) + "\r\n").encode(),
                                     headers={"If-Match": current.headers["ETag"], "Content-Type": "text/vcard"})
            assert response.status_code in (200, 201, 204), response.status_code
            self.model[uid].remote[name] = value

        @precondition(lambda self: len(self._live_there()) > ANCHORS)
        @rule(data=st.data())
        def delete_there(self, data: st.DataObject) -> None:
            choices = self._deletable(self._live_there())
            if not choices:
                return
            uid = self._pick(data, choices)
            href, _ = self._server_cards()[uid]
            response = self.http.delete(base + href)
            assert response.status_code in (200, 204), response.status_code
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
            contacts = self.laptop.services.contacts
            server = self._server_cards()
            conflicts = self.laptop.sync.conflicts()
            for uid, expected in list(self.model.items()):
                edited_here, edited_there = bool(expected.local), bool(expected.remote)
                gone = ((expected.local_deleted and expected.remote_deleted)
                        or (expected.local_deleted and not edited_there)
                        or (expected.remote_deleted and not edited_here))
                if gone:
                    assert uid not in server, f"{uid} should be gone from the server"
                    assert uid not in {c.uid for c in contacts.list(limit=1000)}, f"{uid} should be gone here"
                    del self.model[uid]
                    continue
                values_now: dict[str, str] = dict(expected.synced)
                if expected.local_deleted:  # deleted here, edited there: back with the server's version
                    values_now.update(expected.remote)
                elif expected.remote_deleted:  # deleted there, edited here: uploaded again
                    values_now.update(expected.local)
                else:
                    for name in FIELDS:
                        mine, theirs = expected.local.get(name), expected.remote.get(name)
                        if mine is not None and theirs is not None and mine != theirs:
                            values_now[name] = theirs  # the server's value stays; ours is in the conflict list
                            assert any(c.record_uid == uid and name in c.fields and f":{mine}" in c.local_text
                                       for c in conflicts), f"{uid}: the local {name} {mine} was lost"
                        elif mine is not None or theirs is not None:
                            values_now[name] = theirs if theirs is not None else mine  # type: ignore[assignment]
                record = contacts.get(uid)
                assert uid in server, f"{uid} is missing on the server"
                card = read_card(server[uid][1]).fields
                for name in FIELDS:
                    wanted = values_now.get(name, "")
                    assert getattr(record.data, name) == wanted, (uid, name, "here")
                    assert card[name] == wanted, (uid, name, "server")
                self.model[uid] = Expected(synced=values_now, on_server=True, here=True)
                self.hrefs[uid] = server[uid][0]
            assert sorted(server) == sorted(self.model)  # nothing extra on either side
            assert sorted(c.uid for c in contacts.list(limit=1000)) == sorted(self.model)

    Machine.TestCase.settings = settings(max_examples=8, stateful_step_count=15, deadline=None,
                                         suppress_health_check=list(HealthCheck))
    run_state_machine_as_test(Machine, settings=Machine.TestCase.settings)
