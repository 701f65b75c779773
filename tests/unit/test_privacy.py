"""Private records (app/privacy.py) over a real SQLite store: kept, shared again, undone, purged; a custom
value set alone makes its record's version grow (sync sends it)."""

from __future__ import annotations

from datetime import date

import pytest

from app.contacts import ContactData
from app.errors import ValidationError
from app.services import Services
from app.tasks import TaskData


def _version(services: Services, table: str, uid: str) -> int:
    return int(services.store.database.execute_sql(f"SELECT version FROM {table} WHERE uid = ?", (uid,)).fetchone()[0])


def test_a_record_kept_private_is_one_undoable_step_that_sync_sees(services: Services) -> None:
    ada = services.contacts.create(ContactData(given="Ada")).value.uid
    task = services.tasks.create(TaskData(title="Call Ada")).value.uid
    before = _version(services, "contact", ada)
    assert services.privacy.set_private("contact", ada, True).value
    assert services.privacy.is_private("contact", ada) and not services.privacy.is_private("task", task)
    assert _version(services, "contact", ada) == before + 1  # the next sync moves it
    assert not services.privacy.set_private("contact", ada, True).value  # already: nothing written
    assert _version(services, "contact", ada) == before + 1
    step = services.undo.next_undo()
    assert step is not None and step.label == "Make private"
    services.undo.undo()
    assert not services.privacy.is_private("contact", ada)
    services.undo.redo()
    assert services.privacy.is_private("contact", ada)
    with pytest.raises(ValidationError, match="records kept private are"):
        services.privacy.set_private("tag", ada, True)


def test_purging_a_private_record_leaves_no_row_behind(services: Services) -> None:
    ada = services.contacts.create(ContactData(given="Ada")).value
    services.privacy.set_private("contact", ada.uid, True)
    services.contacts.delete(ada.uid)
    services.contacts.purge(ada.uid)
    assert services.store.database.execute_sql("SELECT count(*) FROM private_record").fetchone()[0] == 0


def test_a_custom_value_set_alone_makes_its_record_newer(services: Services) -> None:
    services.custom_fields.define("task", "effort", "Effort", "number")
    task = services.tasks.create(TaskData(title="Quote")).value.uid
    before = _version(services, "task", task)
    services.custom_fields.set("task", task, "effort", "2.50")
    assert _version(services, "task", task) == before + 1
    services.custom_fields.set("task", task, "effort", "2.50")  # the same value: nothing written
    assert _version(services, "task", task) == before + 1
    services.custom_fields.set("task", task, "effort", None)
    assert _version(services, "task", task) == before + 2 and services.custom_fields.values("task", task) == {}


def _weekly_private_task(services: Services, tag: str) -> str:
    """A weekly task due 2026-03-06, tagged, with an effort of 2, private."""
    services.custom_fields.define("task", "effort", "Effort", "number")
    task = services.tasks.create(TaskData(title="Weekly report", due_date=date(2026, 3, 6),
                                          recurrence="FREQ=WEEKLY")).value.uid
    services.tags.add("task", task, tag)
    services.custom_fields.set("task", task, "effort", "2")
    services.privacy.set_private("task", task, True)
    return task


def test_the_next_occurrence_of_a_repeating_task_keeps_its_tags_values_and_privacy(services: Services) -> None:
    task = _weekly_private_task(services, "Reports")
    following = services.tasks.complete(task).value
    assert following is not None and following.data.due_date == date(2026, 3, 13)
    assert services.tags.of("task", following.uid) == ["Reports"]
    assert services.custom_fields.values("task", following.uid) == {"effort": "2"}
    assert services.privacy.is_private("task", following.uid)


def test_undoing_a_completed_repeating_task_leaves_nothing_for_the_next_task_made(services: Services) -> None:
    """The next occurrence carried the task's tags, values and privacy: undone, they go with it, and the next
    task made (which SQLite may give the same row id) is not private, tagged or valued by mistake."""
    task = _weekly_private_task(services, "secret")
    following = services.tasks.complete(task).value
    assert following is not None
    services.undo.undo()  # the completion, and the next occurrence with it
    fresh = services.tasks.create(TaskData(title="Unrelated")).value.uid
    assert not services.privacy.is_private("task", fresh)
    assert services.tags.of("task", fresh) == [] and services.custom_fields.values("task", fresh) == {}
    assert services.privacy.is_private("task", task) and services.tags.of("task", task) == ["secret"]
