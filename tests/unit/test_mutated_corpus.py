"""Every corpus file damaged in the ways files are damaged (cut short, bytes flipped, a NUL inside, bare
CR line ends, written twice): the import never aborts, every record it refuses is named with its
reason, nothing already imported is lost, and importing the same damaged file again adds nothing.

Part of the fault suite (`pytest -m faults`); the mutations are fixed (a seed per file), so a failure
names the file and the mutation and comes back the same way every run."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from app.importing import ImportService
from app.services import Services
from tests.conftest import CORPUS

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults

FILES = sorted([*(CORPUS / "vcard").glob("*.vcf"), *(CORPUS / "ical").glob("*.ics")])
needs_corpus = pytest.mark.skipif(not FILES, reason="../shared/corpus is not beside the project")


def _cut(share: float) -> Callable[[bytes, random.Random], bytes]:
    return lambda data, _rng: data[: int(len(data) * share)]


def _flipped(data: bytes, rng: random.Random) -> bytes:
    mutated = bytearray(data)
    for _ in range(8):
        at = rng.randrange(len(mutated))
        mutated[at] ^= 1 << rng.randrange(8)
    return bytes(mutated)


def _nul_inside(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + b"\x00" + data[at:]


def _bare_cr(data: bytes, _rng: random.Random) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")


def _twice(data: bytes, _rng: random.Random) -> bytes:
    return data + b"\r\n" + data


def _cut_anywhere(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _no_end_lines(data: bytes, _rng: random.Random) -> bytes:
    return b"\n".join(line for line in data.splitlines() if not line.upper().startswith(b"END:"))


def _lines_shuffled(data: bytes, rng: random.Random) -> bytes:
    lines = data.splitlines()
    rng.shuffle(lines)
    return b"\r\n".join(lines)


def _utf16(data: bytes, _rng: random.Random) -> bytes:
    return data.decode("utf-8", "replace").encode("utf-16")


def _latin1_bytes(data: bytes, rng: random.Random) -> bytes:
    mutated = bytearray(data)
    for _ in range(4):
        mutated[rng.randrange(len(mutated))] = rng.choice(b"\xe9\xff\xc3\x80")
    return bytes(mutated)


def _one_long_line(data: bytes, _rng: random.Random) -> bytes:
    lines = data.splitlines()
    middle = len(lines) // 2
    return b"\r\n".join([*lines[:middle], b"NOTE:" + b"x" * 250_000, *lines[middle:]])


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "cut at a third": _cut(1 / 3), "cut at two thirds": _cut(2 / 3), "cut anywhere": _cut_anywhere,
    "eight bits flipped": _flipped, "a NUL inside": _nul_inside, "bare CR line ends": _bare_cr,
    "written twice": _twice, "END lines dropped": _no_end_lines, "lines shuffled": _lines_shuffled,
    "UTF-16": _utf16, "stray Latin-1 bytes": _latin1_bytes, "a 250 KB line": _one_long_line,
}


def _records(services: Services) -> int:
    db = services.store.database
    return sum(int(db.execute_sql(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0])
               for table in ("contact", "account", "activity", "task"))


@needs_corpus
@pytest.mark.parametrize("original", FILES, ids=[f"{f.parent.name}/{f.name}" for f in FILES])
def test_a_damaged_file_is_imported_as_far_as_it_can_be_and_again_adds_nothing(
        services: Services, tmp_path: Path, original: Path, fault_inputs: Callable[[int], None]) -> None:
    data = original.read_bytes()
    rng = random.Random(original.name)
    service = ImportService(services)
    for mutation, mutate in MUTATIONS.items():
        damaged = tmp_path / f"{mutation.replace(' ', '-')}{original.suffix}"
        damaged.write_bytes(mutate(data, rng) if data else data)
        before = _records(services)
        report = service.import_files([damaged])  # raises nothing: any exception fails the test
        for rejected in report.rejected:
            assert rejected.number >= 1 and rejected.reason, (mutation, rejected)
        for unreadable in report.unreadable:
            assert damaged.name in unreadable, (mutation, unreadable)
        after = _records(services)
        assert after >= before, f"{mutation}: records were lost ({before} → {after})"
        again = service.import_files([damaged])
        assert again.imported == 0 and _records(services) == after, (
            f"{mutation}: the same file again added {again.imported} record(s)")
    fault_inputs(len(MUTATIONS))
