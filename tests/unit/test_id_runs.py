"""IdRuns: the ids an import's step created, as runs, answering membership as a set would."""

from __future__ import annotations

import random

from app.id_runs import IdRuns


def test_ascending_ids_make_one_run_per_gap() -> None:
    runs = IdRuns([1, 2, 3, 7, 8, 10])
    assert runs.runs == 3 and len(runs) == 6
    assert [i for i in range(12) if i in runs] == [1, 2, 3, 7, 8, 10]


def test_a_million_ids_in_batches_are_a_run_per_batch() -> None:
    runs = IdRuns()
    for batch in range(500):  # an import's batches, with another writer's row between some of them
        start = batch * 2001 + 1
        runs.update(range(start, start + 2000))
    assert runs.runs == 500 and len(runs) == 1_000_000
    assert 1 in runs and 2000 in runs and 2001 not in runs and 2002 in runs


def test_membership_equals_a_set_whatever_the_order() -> None:
    rng = random.Random(5)
    for _ in range(50):
        ids = [rng.randrange(200) for _ in range(rng.randrange(1, 120))]
        if rng.random() < 0.5:
            ids.sort()
        runs = IdRuns(ids)
        assert [i for i in range(-2, 205) if i in runs] == sorted(set(ids))
        assert len(runs) == len(set(ids))
    assert "3" not in IdRuns([3])
