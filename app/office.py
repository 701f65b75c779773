"""The office: who the user is, and the people deals and tasks are owned by (issue 14, point 3).

An owner is a name, as iCalendar and vCard carry it, so it travels with each deal and task to every laptop
(X-RAPPORT-OWNER). The office's people are every name that owns something here, and the names a user typed
in this folder's list (`office_person`) before they owned anything. "Me" is one of them, chosen per data
folder; until the user chooses, the name the sync server gives the account (its DAV:displayname) stands
in, so that a new deal is the user's own from the first day without a question.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from app.changes import Changes, Result
from app.clock import Clock
from app.errors import ValidationError
from app.messages import QT_TRANSLATE_NOOP, said
from app.unit_of_work import Writer
from db.models import OfficePerson

CHANGED = Changes(office=True)
LONGEST_NAME = 200


def clean_name(name: str) -> str:
    """A person's name as owners hold it: spacing made single, no ends."""
    return " ".join(name.split())


def system_name() -> str:
    """The name the computer knows its user by: the full name where the system keeps one, else the login."""
    if sys.platform != "win32":
        import pwd

        try:
            full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0]
        except KeyError:
            full = ""
        if clean_name(full):
            return clean_name(full)
    try:
        return clean_name(getpass.getuser())
    except OSError:  # no user name anywhere (a container without one)
        return ""


def spellings(database: Any, name: str) -> list[str]:
    """Every way the owners here write this person's name ("Анна Ли", "анна ли"): SQLite's NOCASE folds
    ASCII only, so a filter by person asks for these. One read of the owners' index; a few names."""
    key = clean_name(name).casefold()
    rows = database.execute_sql(
        "SELECT DISTINCT owner FROM deal WHERE owner <> '' AND deleted_at IS NULL"
        " UNION SELECT DISTINCT owner FROM task WHERE owner <> '' AND deleted_at IS NULL")
    found = [str(owner) for (owner,) in rows if clean_name(str(owner)).casefold() == key]
    return found or [clean_name(name)]


class OfficeService:
    def __init__(self, writer: Writer, clock: Clock) -> None:
        self._writer = writer
        self._db = writer.database
        self._clock = clock

    def me(self) -> str:
        """The user's name in the office: chosen here, else the sync server's name for the account, else ""."""
        row = self._db.execute_sql("SELECT name FROM office_person WHERE me = 1 LIMIT 1").fetchone()
        if row:
            return str(row[0])
        row = self._db.execute_sql(
            "SELECT display_name FROM sync_account WHERE display_name <> '' ORDER BY id LIMIT 1").fetchone()
        return clean_name(str(row[0])) if row else ""

    def me_chosen(self) -> bool:
        return self._db.execute_sql("SELECT 1 FROM office_person WHERE me = 1").fetchone() is not None

    def guess_me(self) -> str:
        """What to offer when the user is asked who they are: the name in use, else the system's."""
        return self.me() or system_name()

    def people(self) -> list[str]:
        """The office's people: the names in the list and every owner of a deal or task here, one each
        whatever the case, sorted as people read them."""
        rows = self._db.execute_sql(
            "SELECT name FROM office_person UNION SELECT owner FROM deal WHERE owner <> '' AND deleted_at IS NULL"
            " UNION SELECT owner FROM task WHERE owner <> '' AND deleted_at IS NULL")
        found: dict[str, str] = {}
        for (name,) in rows:
            found.setdefault(clean_name(str(name)).casefold(), clean_name(str(name)))
        me = self.me()
        if me:
            found.setdefault(me.casefold(), me)
        return sorted(found.values(), key=lambda n: (n.casefold(), n))

    def set_me(self, name: str) -> Result[str]:
        """The user of this data folder is `name` (a person of the office, added to the list if new)."""
        name = self._checked(name)
        with self._writer.write("Set your name in the office") as op:
            for person in OfficePerson.select().where(OfficePerson.me == True):  # noqa: E712 (SQL, not Python)
                op.capture("office_person", person.id)
                person.me = False
                person.save()
            person = self._person(name)
            op.capture("office_person", person.id)
            person.me = True
            person.save()
            op.mark(CHANGED)
        return Result(person.name, CHANGED)

    def add(self, name: str) -> Result[str]:
        """A person of the office, in the list before they own anything (a name already there stays)."""
        name = self._checked(name)
        with self._writer.write("Add a person of the office") as op:
            person = self._person(name)
            op.mark(CHANGED)
        return Result(person.name, CHANGED)

    def _person(self, name: str) -> OfficePerson:
        """The person of this name in the list, whatever the case in any script; made when not there."""
        for person in OfficePerson.select():
            if person.name.casefold() == name.casefold():
                return person
        return OfficePerson.create(name=name, me=False, created_at=self._clock.now())

    def _checked(self, name: str) -> str:
        """The name cleaned, written as the office already writes it when it is one of its people (a name
        typed in lower case takes the owners' "Robin")."""
        name = clean_name(name)
        if not name:
            raise ValidationError.single("name", said(QT_TRANSLATE_NOOP("Services", "a person needs a name")))
        if len(name) > LONGEST_NAME:
            raise ValidationError.single("name", said(QT_TRANSLATE_NOOP(
                "Services", "a name of at most %1 characters"), str(LONGEST_NAME)))
        return next((known for known in self.people() if known.casefold() == name.casefold()), name)
