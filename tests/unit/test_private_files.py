"""Files private by default (issue 13): the data folder 0700; the database, its -wal and -shm, the log,
backups and exports 0600, whatever the umask the user runs Rapport with."""

from __future__ import annotations

import logging
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app import paths
from app.backup import BackupService
from app.clock import FakeClock
from app.exporting import export_to_file
from app.services import Services
from app.store import Store
from tests.conftest import PROJECT

pytestmark = pytest.mark.faults  # the fault suite: pytest -m faults

RAPPORT = PROJECT / ".venv" / "bin" / "rapport"
UMASKS = [0o022, 0o002, 0o000]


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def rapport(data_dir: Path, mask: int, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RAPPORT_DATA_DIR"}
    return subprocess.run([str(RAPPORT), "--data-dir", str(data_dir), *args], capture_output=True, text=True,
                          env=env, timeout=120, preexec_fn=lambda: os.umask(mask))


@pytest.mark.parametrize("mask", UMASKS)
def test_the_command_line_keeps_every_file_to_its_user(tmp_path: Path, mask: int) -> None:
    data = tmp_path / "data"
    assert rapport(data, mask, "demo").returncode == 0
    assert mode(data) == 0o700
    assert mode(paths.log_path(data)) == 0o600

    made = rapport(data, mask, "backup")
    assert made.returncode == 0, made.stderr
    [backup] = paths.backups_dir(data).iterdir()
    assert mode(paths.backups_dir(data)) == 0o700
    assert mode(backup) == 0o600

    for fmt in ("vcard4", "csv-google", "csv-outlook", "ics"):
        target = tmp_path / f"out.{fmt}"
        result = rapport(data, mask, "export", "--format", fmt, "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert mode(target) == 0o600, fmt

    chosen = tmp_path / "elsewhere" / "copy.sqlite3"
    assert rapport(data, mask, "backup", str(chosen)).returncode == 0
    assert mode(chosen) == 0o600
    assert list(tmp_path.rglob("*.partial")) == []


@pytest.mark.parametrize("mask", [0o022, 0o000])
def test_backups_and_exports_in_process_are_private(services: Services, clock: FakeClock, tmp_path: Path,
                                                    mask: int) -> None:
    with umask(mask):
        kept = BackupService(services.store, clock).backup()
        daily = BackupService(services.store, clock).daily()
        exported = tmp_path / "contacts.vcf"
        export_to_file(services, "vcard4", exported)
    assert daily is not None
    assert (mode(kept), mode(daily), mode(exported)) == (0o600, 0o600, 0o600)
    assert mode(kept.parent) == 0o700


def test_an_export_over_a_readable_file_makes_it_private(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "old.csv"
    target.write_text("x")
    target.chmod(0o644)
    export_to_file(services, "csv-google", target)
    assert mode(target) == 0o600


def test_a_folder_and_log_left_open_by_an_older_version_are_closed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    paths.log_path(data).write_text("old lines\n")
    paths.log_path(data).chmod(0o644)
    assert rapport(data, 0o022, "stats").returncode == 0
    assert mode(data) == 0o700
    assert mode(paths.log_path(data)) == 0o600
    assert paths.log_path(data).read_text().startswith("old lines\n")  # appended to, not replaced


def test_the_rotated_logs_stay_private(tmp_path: Path) -> None:
    log_file = tmp_path / "rapport.log"
    handler = paths.private_log_handler(log_file, max_bytes=200, backup_count=2)
    logger = logging.getLogger("test_private_files.rotation")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with umask(0o000):
            for n in range(30):
                logger.warning("line %d of a log that rotates quickly", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    logs = sorted(tmp_path.glob("rapport.log*"))
    assert len(logs) == 3
    assert [mode(p) for p in logs] == [0o600] * 3


def test_make_private_dir_whatever_the_umask(tmp_path: Path) -> None:
    with umask(0o000):
        made = paths.make_private_dir(tmp_path / "a" / "b")
    assert made == tmp_path / "a" / "b"
    assert mode(made) == 0o700


@pytest.mark.parametrize("mask", [0o022, 0o000])
def test_private_database_helper_covers_the_wal_and_shm(tmp_path: Path, mask: int) -> None:
    """What app/store.py is to call around its first connect (see paths.private_database)."""
    from db.connection import open_database

    data = tmp_path / "data"
    with umask(mask):
        paths.make_private_dir(data)
        path = paths.database_path(data)
        paths.private_database(path)
        database = open_database(path)
        paths.private_database(path)
        database.execute_sql("CREATE TABLE t (x)")
        try:
            names = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
            assert [mode(p) for p in names] == [0o600] * 3
        finally:
            database.close()


@pytest.mark.parametrize("mask", [0o022, 0o000])
def test_the_store_opens_a_private_database(tmp_path: Path, mask: int) -> None:
    data = tmp_path / "data"
    with umask(mask):
        store = Store.open(data)
    try:
        path = store.path
        names = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
        assert mode(data) == 0o700
        assert [mode(p) for p in names] == [0o600] * 3
    finally:
        store.close()


def test_a_folder_the_user_shares_with_other_things_keeps_its_mode(tmp_path: Path) -> None:
    """`--data-dir ~`: Rapport's files in it are private, the folder itself is the user's to set."""
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    (home / "notes.txt").write_text("mine")
    with umask(0o022):
        store = Store.open(home)
    try:
        assert mode(home) == 0o755 and mode(store.path) == 0o600
    finally:
        store.close()


def test_a_log_that_cannot_be_written_is_said_once_and_the_program_goes_on(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A full disk under the log: one plain line on stderr, not Python's "--- Logging error ---" and a
    traceback for every line logged."""
    import errno
    import logging

    handler = paths.private_log_handler(tmp_path / "rapport.log", max_bytes=1 << 20, backup_count=1)

    class FullDisk:  # a log file on a disk with no space left: it opens, but nothing can be written
        def seek(self, _offset: int, _whence: int = 0) -> int:
            return 0

        def tell(self) -> int:
            return 0

        def write(self, _text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    handler.stream = FullDisk()  # type: ignore[attr-defined]
    log = logging.getLogger("rapport.test-full-disk")
    log.addHandler(handler)
    log.propagate = False
    try:
        for n in range(3):
            log.warning("line %d", n)
    finally:
        log.removeHandler(handler)
    err = capsys.readouterr().err
    assert err == f"rapport: cannot write the log {tmp_path / 'rapport.log'} (No space left on device); going on" \
                  " without it\n"
