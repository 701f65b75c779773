"""A set of row ids kept as runs of consecutive ids: what an import's step created.

A million-card import creates a million contacts and as many accounts as its cards name companies, in
runs of consecutive ids (one run per table per batch). Held as a Python set of (table, id) pairs, those
1.8 million ids took 215 MB of the import's memory; as runs they take a few kilobytes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class IdRuns:
    """Ids as sorted, disjoint runs [start, end]. Adding ids in ascending order (as each write's new rows
    come, above every earlier write's) extends the last run or starts one; an id out of order is placed
    where it belongs."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, ids: Iterable[int] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self.update(ids)

    def update(self, ids: Iterable[int]) -> None:
        for row_id in ids:
            self.add(row_id)

    def add(self, row_id: int) -> None:
        starts, ends = self._starts, self._ends
        if not starts or row_id > ends[-1]:
            if starts and row_id == ends[-1] + 1:
                ends[-1] = row_id
            else:
                starts.append(row_id)
                ends.append(row_id)
            return
        if row_id in self:
            return
        at = bisect_right(starts, row_id)  # between two runs (or before the first): a run of its own
        starts.insert(at, row_id)
        ends.insert(at, row_id)

    def __contains__(self, row_id: object) -> bool:
        if not isinstance(row_id, int):
            return False
        at = bisect_right(self._starts, row_id) - 1
        return at >= 0 and row_id <= self._ends[at]

    def __len__(self) -> int:
        return sum(end - start + 1 for start, end in zip(self._starts, self._ends, strict=True))

    @property
    def runs(self) -> int:
        return len(self._starts)
