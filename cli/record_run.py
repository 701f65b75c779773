"""The records commands at work (cli/record_commands.py holds their parser): the services write, in one
unit of work per command, so each is one step of the history that `rapport undo` and the window's Undo
take back."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from app.accounts import AccountData
from app.activities import ActivityData
from app.contacts import ContactData, Email
from app.deals import DealData
from app.errors import NotFoundError, RapportError, ValidationError
from app.leads import LeadData
from app.record_fields import FIELDS, Given, read_given, shown, texts_from_json
from app.services import Services
from app.tasks import TaskData

MAX_LIMIT = 1_000_000  # as cli.commands.MAX_LIMIT
NEW_LABELS = {"contact": "New contact", "account": "New account", "deal": "New deal", "activity": "Log activity",
              "task": "New task", "lead": "New lead"}
EDIT_LABELS = {"contact": "Edit contact", "account": "Edit account", "deal": "Edit deal",
               "activity": "Edit activity", "task": "Edit task", "lead": "Edit lead"}
_WHERE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*(=|~)(.*)$", re.DOTALL)


def _service(services: Services, kind: str) -> Any:
    return {"contact": services.contacts, "account": services.accounts, "deal": services.deals,
            "activity": services.activities, "task": services.tasks, "lead": services.leads}[kind]


def resolver(services: Services) -> Callable[[str, str], str]:
    def resolve(kind: str, text: str) -> str:
        text = text.strip()
        if kind == "account":
            try:
                return str(services.accounts.get(text).meta.uid)
            except NotFoundError:
                found = services.accounts.find_by_name(text)
                if found is not None:
                    return str(found.meta.uid)
            named = [str(r[0]) for r in _folding(services).execute_sql(
                "SELECT uid FROM account WHERE deleted_at IS NULL AND rapport_fold(name) = ? LIMIT 3",
                (" ".join(text.split()).casefold(),))]  # letter case aside, as a person types a name
            if len(named) == 1:
                return named[0]
            if named:
                raise ValidationError.single("account", f"several accounts are named {text!r}; give the UID of one:"
                                                        f" {', '.join(named)}")
            raise ValidationError.single("account", f"no account has the UID or name {text!r}")
        return _stage(services, text, None)
    return resolve


def _stage(services: Services, text: str, pipeline_uid: str | None) -> str:
    """A stage's UID from its UID or its name (in `pipeline_uid`'s pipeline when given, else in any)."""
    pipelines = [p for p in services.pipelines.list() if pipeline_uid is None or p.uid == pipeline_uid]
    stages = [s for p in pipelines for s in p.stages]
    for stage in stages:
        if stage.uid == text:
            return stage.uid
    named = [s for s in stages if s.name.casefold() == text.casefold()]
    if len(named) == 1:
        return named[0].uid
    if named:
        raise ValidationError.single("stage", f"{text!r} is a stage of several pipelines; give its UID: "
                                              + ", ".join(f"{s.uid} ({s.pipeline_uid})" for s in named))
    known = ", ".join(dict.fromkeys(s.name for s in stages))
    raise ValidationError.single("stage", f"no stage is named {text!r} (stages: {known})")


def _given(args: argparse.Namespace, services: Services) -> Given:
    texts: dict[str, list[str]] = {}
    if args.from_json:
        document = sys.stdin.read() if args.from_json == "-" else _read(Path(args.from_json))
        texts.update(texts_from_json(args.kind, document))
    for spec in FIELDS[args.kind]:
        value = getattr(args, f"field_{spec.name}")
        if value is not None:
            texts[spec.name] = value if spec.many else [value]
    return read_given(args.kind, texts, resolve=resolver(services))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RapportError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise RapportError(f"{path} is not UTF-8 text") from None


def _beside(services: Services, kind: str, uid: str, given: Given) -> None:
    """The tags and custom values given, inside the caller's write."""
    if given.tags is not None:
        current = services.tags.of(kind, uid)
        wanted = {t.casefold() for t in given.tags}
        for name in current:
            if name.casefold() not in wanted:
                services.tags.remove(kind, uid, name)
        have = {t.casefold() for t in current}
        for name in given.tags:
            if name.casefold() not in have:
                services.tags.add(kind, uid, name)
    for key, value in (given.custom or {}).items():
        services.custom_fields.set(kind, uid, key, value or None)


def _create(services: Services, kind: str, changes: dict[str, Any]) -> str:
    if kind == "contact":
        return str(services.contacts.create(ContactData(**changes)).value.meta.uid)
    if kind == "account":
        return str(services.accounts.create(AccountData(**changes)).value.meta.uid)
    if kind == "deal":
        if not changes.get("stage_uid"):
            changes["stage_uid"] = services.pipelines.default().stages[0].uid
        return str(services.deals.create(DealData(**changes)).value.meta.uid)
    if kind == "activity":
        return str(services.activities.log(ActivityData(**changes)).value.meta.uid)
    if kind == "lead":
        return str(services.leads.create(LeadData(**changes)).value.meta.uid)
    return str(services.tasks.create(TaskData(**changes)).value.meta.uid)


def cmd_add(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    given = _given(args, services)
    with services.writer.write(NEW_LABELS[args.kind]):
        uid = _create(services, args.kind, dict(given.changes))
        _beside(services, args.kind, uid, given)
    _print_written(services, args.kind, uid, args.json, out)
    return 0


def cmd_update(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    service = _service(services, args.kind)
    service.get(args.uid)  # "no such contact" before anything else is said
    given = _given(args, services)
    with services.writer.write(EDIT_LABELS[args.kind]):
        changes = _kept(service.get(args.uid).data, given)
        if changes:
            service.update(args.uid, **changes)
        _beside(services, args.kind, args.uid, given)
    _print_written(services, args.kind, args.uid, args.json, out)
    return 0


def _kept(current: Any, given: Given) -> dict[str, Any]:
    """The changes, with what the record holds and the script did not speak of kept: its links of the kinds
    not given, and the labels (work, home, mobile…) of the addresses and numbers given again."""
    changes = dict(given.changes)
    if "links" in changes:
        changes["links"] = (*(link for link in current.links if link.kind not in given.link_kinds),
                            *changes["links"])
    for attr in ("emails", "phones", "urls"):
        if attr in changes:
            held = {" ".join(part.value.split()).casefold(): part for part in getattr(current, attr)}
            changes[attr] = tuple(_relabelled(held.get(" ".join(part.value.split()).casefold()), part)
                                  for part in changes[attr])
    return changes


def _relabelled(held: Any, given: Any) -> Any:
    """An address or number given again keeps what only the record knew of it (its label, vCard group and
    parameters); the first e-mail given is the preferred one, a phone keeps its own mark."""
    if held is None:
        return given
    return replace(held, value=given.value, preferred=given.preferred if isinstance(given, Email) else held.preferred)


def _print_written(services: Services, kind: str, uid: str, as_json: bool, out: TextIO) -> None:
    if as_json:
        out.write(json.dumps(record_json(services, kind, uid), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(uid + "\n")


def record_json(services: Services, kind: str, uid: str) -> dict[str, Any]:
    """One record as `show --json` prints it: its settable fields under their option names, and beside them
    what only Rapport sets (READ_ONLY in app/record_fields.py)."""
    record = _service(services, kind).get(uid, include_deleted=True)
    data = record.data
    shown_record: dict[str, Any] = {"uid": record.meta.uid}
    for spec in FIELDS[kind]:
        if spec.name == "tag":
            shown_record["tag"] = services.tags.of(kind, uid)
        elif spec.name == "custom":
            shown_record["custom"] = services.custom_fields.values(kind, uid)
        elif spec.attr == "links":
            shown_record[spec.name] = [link.uid for link in data.links if link.kind == spec.name]
        else:
            shown_record[spec.name] = shown(getattr(data, spec.attr))
    if kind == "contact":
        shown_record["shown_as"] = record.display_name
    if kind == "deal":
        shown_record |= {"stage_name": record.stage_name, "deal_status": record.status,
                         "lost_reason": record.lost_reason, "closed_at": shown(record.closed_at)}
    if kind == "task":
        shown_record["completed_at"] = shown(record.completed_at)
    if kind == "lead":
        shown_record |= {"closed_at": shown(record.closed_at), "contact_uid": record.contact_uid,
                         "account_uid": record.account_uid, "deal_uid": record.deal_uid}
    shown_record |= {"created_at": shown(record.meta.created_at), "updated_at": shown(record.meta.updated_at),
                     "version": record.meta.version}
    if record.meta.deleted_at is not None:
        shown_record["deleted_at"] = shown(record.meta.deleted_at)
    return shown_record


def cmd_show(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    _service(services, args.kind).get(args.uid)  # one in the Trash is not shown: as the window's lists
    shown_record = record_json(services, args.kind, args.uid)
    if args.json:
        out.write(json.dumps(shown_record, ensure_ascii=False, indent=2) + "\n")
        return 0
    for name, value in shown_record.items():
        if value in (None, "", [], {}):
            continue
        if isinstance(value, dict):
            value = ", ".join(f"{k}={v}" for k, v in value.items())
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        out.write(f"{name}: {value}\n")
    return 0


# --- list ---------------------------------------------------------------------------------------------

_TABLE = {"contact": "contact", "account": "account", "deal": "deal", "activity": "activity", "task": "task",
          "lead": "lead"}


def _where_sql(kind: str, name: str) -> tuple[str, str]:
    """What a --where on this field compares: (the column, "") for a column of `r` (a row of the kind's
    table), or (the column, "FROM … WHERE …" of the rows holding its values) for a field of many values,
    one of which must match."""
    spec = next((s for s in FIELDS[kind] if s.name == name.replace("-", "_") and s.name != "custom"), None)
    if spec is None:  # a custom field's key
        return "v.value", ("custom_value v JOIN custom_field f ON f.id = v.field_id WHERE f.record_kind ="
                           f" '{kind}' AND f.removed_at IS NULL AND v.record_id = r.id AND f.key = {_quoted(name)}")
    if spec.name == "tag":
        return "t.name", (f"tagging g JOIN tag t ON t.id = g.tag_id WHERE g.record_kind = '{kind}'"
                          " AND g.record_id = r.id")
    many: dict[tuple[str, str], tuple[str, str]] = {
        ("contact", "email"): ("value", "contact_email WHERE contact_id = r.id"),
        ("contact", "phone"): ("value", "contact_phone WHERE contact_id = r.id"),
        ("contact", "url"): ("value", "contact_url WHERE contact_id = r.id"),
        ("contact", "account"): ("a.name", "contact_account ca JOIN account a ON a.id = ca.account_id"
                                           " WHERE ca.contact_id = r.id"),
        ("account", "phone"): ("value", "account_phone WHERE account_id = r.id"),
        ("deal", "account"): ("a.name", "account a WHERE a.id = r.account_id"),
        ("deal", "stage"): ("s.name", "stage s WHERE s.id = r.stage_id"),
        ("deal", "contact"): ("c.uid", "deal_contact dc JOIN contact c ON c.id = dc.contact_id"
                                       " WHERE dc.deal_id = r.id"),
    }
    if (kind, spec.name) in many:
        return many[(kind, spec.name)]
    if spec.attr == "links":
        return "x.uid", f"{kind}_link l JOIN {spec.name} x ON x.id = l.{spec.name}_id WHERE l.{kind}_id = r.id"
    if kind == "deal" and spec.name == "amount":
        return "r.amount_minor", ""  # in minor units (cents)
    return f"r.{spec.attr}", ""


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _fold(value: object) -> str | None:
    return None if value is None else str(value).casefold()


def _folding(services: Services) -> Any:
    """The database, with rapport_fold() (Python's casefold: Cyrillic and Chinese too, which SQLite's
    lower() leaves as they are) on this thread's connection."""
    database = services.store.database
    database.connection().create_function("rapport_fold", 1, _fold, deterministic=True)
    return database


def cmd_list(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    if not 1 <= args.limit <= MAX_LIMIT:
        raise ValidationError.single("limit", f"--limit must be from 1 to {MAX_LIMIT}")
    database = _folding(services)
    conditions = ["r.deleted_at IS NULL"]
    params: list[str] = []
    for text in args.where:
        match = _WHERE.match(text)
        if match is None:
            raise ValidationError.single("where", f"{text!r} is not FIELD=VALUE or FIELD~TEXT")
        name, how, value = match[1], match[2], match[3].strip()
        if (name.replace("-", "_") not in {s.name for s in FIELDS[args.kind] if s.name != "custom"}
                and name not in _custom_keys(services, args.kind)):
            known = ", ".join(s.name for s in FIELDS[args.kind] if s.name != "custom")
            raise ValidationError.single("where", f"a {args.kind} has no field {name!r} (its fields: {known},"
                                                  " and its custom fields' keys)")
        column, rows_of = _where_sql(args.kind, name)
        test = (f"rapport_fold({column}) = rapport_fold(?)" if how == "="
                else f"instr(rapport_fold({column}), rapport_fold(?)) > 0")
        conditions.append(f"EXISTS (SELECT 1 FROM {rows_of} AND {test})" if rows_of else test)
        params.append(value)
    if args.kind == "activity":
        conditions.append("r.kind IN ('call', 'meeting', 'email', 'note')")
    rows = database.execute_sql(f"SELECT r.uid FROM {_TABLE[args.kind]} r WHERE {' AND '.join(conditions)}"
                                f" ORDER BY r.id LIMIT {int(args.limit)}", params).fetchall()
    uids = [str(row[0]) for row in rows]
    if args.json:
        out.write(json.dumps([record_json(services, args.kind, uid) for uid in uids], ensure_ascii=False,
                             indent=2) + "\n")
        return 0
    service = _service(services, args.kind)
    for uid in uids:
        out.write(f"{uid}\t{_name(args.kind, service.get(uid))}\n")
    return 0


def _custom_keys(services: Services, kind: str) -> set[str]:
    return {d.key for d in services.custom_fields.definitions(kind)}


def _name(kind: str, record: Any) -> str:
    if kind == "contact":
        return str(record.display_name)
    if kind == "account":
        return str(record.data.name)
    if kind == "activity":
        return f"{record.data.kind}: {record.data.subject}".rstrip(": ")
    if kind == "lead":
        return str(record.shown_name)
    return str(record.data.title)


# --- deals, tasks, the Trash ----------------------------------------------------------------------------

def cmd_move(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    deal = services.deals.get(args.uid)
    where = args.stage.strip().casefold()
    if where == "won":
        record = services.deals.mark_won(args.uid).value
    elif where == "lost":
        record = services.deals.mark_lost(args.uid, args.reason).value
    else:
        pipeline = next((p.uid for p in services.pipelines.list() if any(s.uid == deal.data.stage_uid
                                                                          for s in p.stages)), None)
        record = services.deals.move_to_stage(args.uid, _stage(services, args.stage.strip(), pipeline)).value
    out.write(f"{record.meta.uid}\t{record.stage_name}\t{record.status}\n")
    return 0


def cmd_complete(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    following = services.tasks.complete(args.uid).value
    if following is not None:
        out.write(f"{following.meta.uid}\n")  # the repeating task's next occurrence
    return 0


def cmd_delete(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    service = _service(services, args.kind)
    record = service.get(args.uid)
    service.delete(args.uid)
    out.write(f"Moved to the Trash: {_name(args.kind, record)}\n")
    return 0
