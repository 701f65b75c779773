"""Three-way merge of one record, field by field, against the last synced version (the base).

A record is seen as a mapping of field name → value (values compare with ==). For each field:
one side changed it → that side's value; both changed it to the same value → that value; both
changed it differently → a conflict, and the merged record keeps the server's value (the local one
stays in the conflict list until the user decides). Without a base (the first sync of a record both
sides already had), a field only one side filled in is taken from that side.

A field named in `ours` is one this side works out itself (a phone's line of where things stand): its
value is this side's. A field named in `sets` holds a set of facts (a deal's stage moves): each side's
additions and removals since the base are all kept, so it never conflicts. Without a base, the two
sides' facts are joined. A field named in `keyed` holds items named by their first element (custom field
values, and removals, by the field's key): each key is merged as a field of its own, so two laptops that
changed different custom fields of one record do not conflict, and a removal this side carries wins over
the value the server's older copy still has.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MergeResult:
    merged: dict[str, Any]
    conflicts: tuple[str, ...]  # the fields both sides changed differently (the server's value kept)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == ()


def merge3(base: Mapping[str, Any] | None, local: Mapping[str, Any], remote: Mapping[str, Any],
           sets: Collection[str] = (), ours: Collection[str] = (), keyed: Collection[str] = ()) -> MergeResult:
    merged: dict[str, Any] = {}
    conflicts: list[str] = []
    for name in dict.fromkeys([*remote, *local]):
        mine, theirs = local.get(name), remote.get(name)
        if name in ours:  # worked out from this side's data: never a conflict
            merged[name] = mine
            continue
        if name in sets:
            merged[name] = _merged_set(base.get(name) if base is not None else None, mine, theirs)
            continue
        if name in keyed:
            by_key = merge3(_by_key(base.get(name)) if base is not None else None, _by_key(mine), _by_key(theirs))
            merged[name] = tuple(sorted(v for v in by_key.merged.values() if v is not None))
            if by_key.conflicts:
                conflicts.append(name)
            continue
        if mine == theirs:
            merged[name] = theirs
            continue
        if base is not None:
            original = base.get(name)
            if mine == original:
                merged[name] = theirs
                continue
            if theirs == original:
                merged[name] = mine
                continue
        elif _empty(mine) or _empty(theirs):
            merged[name] = theirs if _empty(mine) else mine
            continue
        merged[name] = theirs
        conflicts.append(name)
    return MergeResult(merged, tuple(conflicts))


def _merged_set(base: Any, mine: Any, theirs: Any) -> tuple[Any, ...]:
    """What both sides still have, and what either added since the base; sorted, as the views hold it."""
    original, ours, others = set(base or ()), set(mine or ()), set(theirs or ())
    return tuple(sorted((ours & others) | (ours - original) | (others - original)))


def _by_key(items: Any) -> dict[str, Any]:
    return {str(item[0]): tuple(item) for item in items or ()}
