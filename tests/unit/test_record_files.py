"""Files on contacts, accounts and deals (issue 19, point 4): kept once by their digest however many records
or names hold them, listed, opened from a read-only copy, taken back by Undo, carried by backups, restores
and merges, gone with a record deleted for good, and their names found by search."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from app.account_duplicates import AccountDuplicateService
from app.accounts import AccountData
from app.contacts import ContactData
from app.deals import DealData
from app.duplicates import DuplicateService
from app.errors import NotFoundError
from app.record_files import SIZE_LIMIT, clean_name
from app.services import Services
from app.store import Store


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _contents(services: Services) -> list[str]:
    return [str(r[0]) for r in services.store.database.execute_sql("SELECT sha256 FROM file_content ORDER BY sha256")]


def _names(services: Services, kind: str, uid: str) -> list[str]:
    return sorted(f.name for f in services.files.files_of(kind, uid))


@pytest.fixture
def ann(services: Services) -> str:
    return services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid


def test_a_file_is_kept_once_however_many_records_and_names_hold_it(services: Services, ann: str,
                                                                     tmp_path: Path) -> None:
    data = os.urandom(3 * (1 << 20) + 17)  # more than one piece of the blob I/O
    first = _file(tmp_path, "Offer 2026.pdf", data)
    account = services.accounts.create(AccountData(name="Acme")).value.uid

    done = services.files.attach("contact", ann, [first]).value
    assert [(f.name, f.size, f.sha256) for f in done.files] == [("Offer 2026.pdf", len(data),
                                                                  hashlib.sha256(data).hexdigest())]
    again = services.files.attach("contact", ann, [_file(tmp_path, "copy.pdf", data)]).value
    assert again.files == () and again.already == ("Offer 2026.pdf",)  # never twice on one record
    services.files.attach("account", account, [_file(tmp_path, "renamed.pdf", data)])

    assert _contents(services) == [hashlib.sha256(data).hexdigest()]  # one copy of the bytes
    assert _names(services, "contact", ann) == ["Offer 2026.pdf"]
    assert _names(services, "account", account) == ["renamed.pdf"]
    listed = services.files.files_of("contact", ann)[0]
    out = tmp_path / "out" / "saved.pdf"
    out.parent.mkdir()
    services.files.save_copy("contact", listed.id, out)
    assert out.read_bytes() == data


def test_files_dropped_together_are_one_step_and_a_bad_one_is_named(services: Services, ann: str,
                                                                     tmp_path: Path) -> None:
    good = [_file(tmp_path, f"note {n}.txt", f"text {n}".encode()) for n in range(3)]
    folder = tmp_path / "a folder"
    folder.mkdir()
    missing = tmp_path / "gone.txt"

    done = services.files.attach("contact", ann, [good[0], folder, missing, good[1], good[2]]).value
    assert [f.name for f in done.files] == ["note 0.txt", "note 1.txt", "note 2.txt"]
    assert [name for name, _ in done.refused] == ["a folder", "gone.txt"]
    assert "folder" in done.refused[0][1] and "No such file" in done.refused[1][1]

    step = services.undo.next_undo()
    assert step is not None and step.label == "Attach files"
    services.undo.undo()
    assert _names(services, "contact", ann) == []
    services.undo.redo()
    assert _names(services, "contact", ann) == ["note 0.txt", "note 1.txt", "note 2.txt"]


def test_removing_a_file_is_undone_and_its_bytes_stay_while_undo_can_bring_it_back(
        services: Services, ann: str, tmp_path: Path) -> None:
    services.files.attach("contact", ann, [_file(tmp_path, "plan.txt", b"the plan")])
    file_id = services.files.files_of("contact", ann)[0].id
    assert services.files.remove("contact", ann, file_id).value == "plan.txt"
    assert _names(services, "contact", ann) == []

    assert services.files.tidy() == 0  # the undo log names it: kept
    assert len(_contents(services)) == 1
    services.undo.undo()
    assert _names(services, "contact", ann) == ["plan.txt"]
    path = services.files.open_copy("contact", services.files.files_of("contact", ann)[0].id)
    assert path.read_bytes() == b"the plan"
    # A program saved over the copy by writing a new file and renaming it: opened again, the kept bytes.
    edited = path.with_name("edited")
    edited.write_bytes(b"the edited plan")
    os.replace(edited, path)
    assert services.files.open_copy("contact", services.files.files_of("contact", ann)[0].id).read_bytes() == \
        b"the plan"
    assert [p.name for p in path.parent.iterdir()] == ["plan.txt"]  # no temporary file left behind

    services.files.remove("contact", ann, services.files.files_of("contact", ann)[0].id)
    services.store.database.execute_sql("DELETE FROM undo_step")  # the log forgot the steps (500 later)
    assert services.files.tidy() == 1
    assert _contents(services) == []


def test_a_file_opens_from_a_read_only_private_copy_tidied_a_day_later(services: Services, ann: str,
                                                                       tmp_path: Path) -> None:
    services.files.attach_data("contact", ann, [("../../etc/Price list: 2026?.xlsx", b"cells")])
    listed = services.files.files_of("contact", ann)[0]
    assert listed.name == "Price list: 2026?.xlsx"  # the path a message gave is not followed
    path = services.files.open_copy("contact", listed.id)
    assert path.parent.parent == services.data_dir / "file-cache"
    assert path.name == "Price list_ 2026_.xlsx" and path.read_bytes() == b"cells"
    assert stat.S_IMODE(path.stat().st_mode) == 0o400  # a program's Save cannot change what is kept
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert services.files.open_copy("contact", listed.id) == path

    import time

    assert services.files.tidy(time.time() + 3600) == 0
    assert services.files.tidy(time.time() + 2 * 86_400) == 1
    assert not path.exists() and not path.parent.exists()
    assert len(_contents(services)) == 1  # the record still has it


def test_a_file_that_changes_while_it_is_attached_is_refused_whole(services: Services, ann: str,
                                                                   tmp_path: Path, monkeypatch) -> None:
    import app.record_files as record_files

    path = _file(tmp_path, "growing.log", b"first line\n")
    real = record_files._read_file

    def read_then_change(target: Path):  # the digest taken, then someone writes to the file
        found = real(target)
        target.write_bytes(b"first line\nsecond line\n")
        return found

    monkeypatch.setattr(record_files, "_read_file", read_then_change)
    done = services.files.attach("contact", ann, [path]).value
    assert done.files == () and [n for n, _ in done.refused] == ["growing.log"]
    assert "changed while" in done.refused[0][1]
    assert _contents(services) == [] and _names(services, "contact", ann) == []


def test_a_file_too_large_is_refused_with_its_size(services: Services, ann: str, tmp_path: Path) -> None:
    big = tmp_path / "video.mov"
    with open(big, "wb") as out:
        out.truncate(SIZE_LIMIT + 1)  # sparse: no disk used
    done = services.files.attach("contact", ann, [big]).value
    assert done.files == () and "larger than" in done.refused[0][1] and "858.3 MB" in done.refused[0][1]


def test_file_names_are_searched_and_follow_renames_and_removals(services: Services, ann: str,
                                                                  tmp_path: Path) -> None:
    stage = services.pipelines.default().stages[0].uid
    deal = services.deals.create(DealData(title="Roof repair", stage_uid=stage)).value.uid
    services.files.attach_data("deal", deal, [("Angebot_Dachsanierung.pdf", b"%PDF")])
    services.files.attach_data("contact", ann, [("合同草案.docx", b"docx")])
    assert [(h.kind, h.uid) for h in services.search.search("dachsanierung")] == [("deal", deal)]
    assert [(h.kind, h.uid) for h in services.search.search("草案")] == [("contact", ann)]

    file_id = services.files.files_of("deal", deal)[0].id
    services.files.rename("deal", deal, file_id, "Offer roof.pdf")
    assert services.search.search("dachsanierung") == []
    assert [h.uid for h in services.search.search("offer roof")] == [deal]
    services.files.remove("deal", deal, file_id)
    assert services.search.search("offer roof") == []


def test_merges_move_files_and_keep_one_of_the_same(services: Services, tmp_path: Path) -> None:
    keep = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    other = services.contacts.create(ContactData(given="Anne", family="Lee")).value.uid
    services.files.attach_data("contact", keep, [("cv.pdf", b"same bytes")])
    services.files.attach_data("contact", other, [("cv (1).pdf", b"same bytes"), ("photo.jpg", b"jpeg")])

    DuplicateService(services).merge(keep, other)
    assert _names(services, "contact", keep) == ["cv.pdf", "photo.jpg"]
    services.undo.undo()
    assert _names(services, "contact", keep) == ["cv.pdf"]
    assert _names(services, "contact", other) == ["cv (1).pdf", "photo.jpg"]

    first = services.accounts.create(AccountData(name="Acme")).value.uid
    second = services.accounts.create(AccountData(name="ACME Ltd")).value.uid
    services.files.attach_data("account", second, [("terms.pdf", b"terms")])
    AccountDuplicateService(services).merge(first, second)
    assert _names(services, "account", first) == ["terms.pdf"]


def test_trash_keeps_files_and_deleting_for_good_lets_them_go(services: Services, ann: str) -> None:
    services.files.attach_data("contact", ann, [("a.txt", b"a")])
    services.contacts.delete(ann)
    with pytest.raises(NotFoundError):
        services.files.files_of("contact", ann)  # in the Trash: nothing to attach to or list
    services.contacts.restore(ann)
    assert _names(services, "contact", ann) == ["a.txt"]
    services.contacts.delete(ann)
    services.contacts.purge(ann)
    assert services.store.database.execute_sql("SELECT count(*) FROM contact_file").fetchone()[0] == 0
    assert services.files.tidy() == 0  # Undo can still take the move to the Trash back (its image names it)
    services.store.database.execute_sql("DELETE FROM undo_step WHERE state <> 'final'")
    assert services.files.tidy() == 1  # the purge's own step names it too, but no Undo ever takes it back


def test_backups_and_restores_carry_the_files(services: Services, ann: str, tmp_path: Path) -> None:
    services.files.attach_data("contact", ann, [("contract.pdf", b"signed")])
    backup = services.backups.backup(tmp_path / "backup.sqlite3")
    services.files.remove("contact", ann, services.files.files_of("contact", ann)[0].id)
    services.store.database.execute_sql("DELETE FROM undo_step")
    services.files.tidy()
    assert _contents(services) == []

    services.backups.restore(backup)
    restored = Store.open(services.data_dir)
    try:
        again = Services.build(restored)
        listed = again.files.files_of("contact", ann)
        assert [f.name for f in listed] == ["contract.pdf"]
        assert again.files.open_copy("contact", listed[0].id).read_bytes() == b"signed"
    finally:
        restored.close()


def test_a_long_name_in_chinese_opens_under_a_name_the_file_system_takes(services: Services, ann: str) -> None:
    name = "关于二〇二七年第三季度设备供应与安装服务的商务报价及合同条款说明" * 4 + ".pdf"
    services.files.attach_data("contact", ann, [(name, b"%PDF")])
    listed = services.files.files_of("contact", ann)[0]
    assert listed.name == name  # listed as given: 128 characters, 380 bytes
    path = services.files.open_copy("contact", listed.id)
    assert len(path.name.encode()) <= 150 and path.suffix == ".pdf" and path.read_bytes() == b"%PDF"


def test_names_are_cleaned() -> None:
    assert clean_name("C:\\Users\\ann\\Desktop\\offer.pdf") == "offer.pdf"
    assert clean_name("  \x00bad\x07name.txt ") == "badname.txt"
    assert clean_name("") == clean_name("..") == "file"
    long = clean_name("x" * 300 + ".pdf")
    assert len(long) == 200 and long.endswith(".pdf")


def test_the_windows_daily_upkeep_tidies_the_files_after_the_backup(services: Services, ann: str) -> None:
    """The window's start runs it in a thread of its own: today's backup holds the bytes still, then what
    no record and no undo step names goes, with copies opened two days ago."""
    import time

    from ui.application import start_daily_backup

    services.files.attach_data("contact", ann, [("old offer.pdf", b"old"), ("offer.pdf", b"new")])
    by_name = {f.name: f for f in services.files.files_of("contact", ann)}
    old, new = by_name["old offer.pdf"], by_name["offer.pdf"]
    copy = services.files.open_copy("contact", new.id)
    os.utime(copy, (time.time() - 2 * 86_400,) * 2)
    services.files.remove("contact", ann, old.id)
    services.store.database.execute_sql("DELETE FROM undo_step")

    start_daily_backup(services).join(30)
    assert _contents(services) == [hashlib.sha256(b"new").hexdigest()]
    assert not copy.exists()
    [(_, backup)] = services.backups.daily_backups()
    import sqlite3

    connection = sqlite3.connect(backup)
    try:
        assert connection.execute("SELECT count(*) FROM file_content").fetchone()[0] == 2
    finally:
        connection.close()


def test_the_command_line_attaches_lists_saves_removes_and_undoes(tmp_path: Path) -> None:
    import json

    from tests.unit.test_cli import assert_one_line_error, ok, rapport

    data = tmp_path / "data"
    ok(rapport("add", "account", "--name", "Acme Robotics", data_dir=data))
    contract = _file(tmp_path, "Contract 2027.pdf", b"%PDF contract")
    result = rapport("file", "attach", "account", "Acme Robotics", str(contract), str(tmp_path / "missing.pdf"),
                     "--json", data_dir=data)
    assert result.returncode == 1  # one of the two could not be attached: said, the other is on
    report = json.loads(result.stdout)
    assert [f["name"] for f in report["attached"]] == ["Contract 2027.pdf"]
    assert report["refused"][0]["name"] == "missing.pdf" and "No such file" in report["refused"][0]["reason"]

    listed = json.loads(ok(rapport("file", "list", "account", "acme robotics", "--json", data_dir=data)))
    assert [(f["name"], f["size"]) for f in listed] == [("Contract 2027.pdf", 13)]
    out = tmp_path / "out"
    out.mkdir()
    ok(rapport("file", "save", "account", "Acme Robotics", "contract 2027.PDF", str(out), data_dir=data))
    assert (out / "Contract 2027.pdf").read_bytes() == b"%PDF contract"
    assert "Acme Robotics" in ok(rapport("search", "contract", data_dir=data))

    error = assert_one_line_error(rapport("file", "remove", "account", "Acme Robotics", "offer.pdf", data_dir=data))
    assert "no file named 'offer.pdf' (its files: Contract 2027.pdf)" in error
    ok(rapport("file", "remove", "account", "Acme Robotics", "Contract 2027.pdf", data_dir=data))
    assert ok(rapport("file", "list", "account", "Acme Robotics", data_dir=data)) == ""
    ok(rapport("undo", data_dir=data))
    assert "Contract 2027.pdf" in ok(rapport("file", "list", "account", "Acme Robotics", data_dir=data))


def test_undoing_an_older_merge_never_puts_a_row_over_another_records_file(services: Services) -> None:
    """The merge dropped the other's copy of the same bytes (its row's id the highest); SQLite gave that id to
    the next file attached, to another contact. Undoing the merge brings the copy back under a new id."""
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    anne = services.contacts.create(ContactData(given="Anne", family="Lee")).value.uid
    zed = services.contacts.create(ContactData(given="Zed", family="Quinn")).value.uid
    services.files.attach_data("contact", ann, [("cv.pdf", b"cv")])
    services.files.attach_data("contact", anne, [("cv copy.pdf", b"cv")])
    merges = DuplicateService(services)
    merges.merge(ann, anne)
    services.files.attach_data("contact", zed, [("contract.pdf", b"zed")])

    merges.undo()  # the newest merge, past the attach after it
    assert _names(services, "contact", zed) == ["contract.pdf"]
    assert _names(services, "contact", anne) == ["cv copy.pdf"] and _names(services, "contact", ann) == ["cv.pdf"]
    assert services.files.tidy() == 0 and len(_contents(services)) == 2


def test_a_step_noted_before_files_existed_is_still_undoable(services: Services) -> None:
    """Schema 25 added the records' files: a step's hash noted before it has no (empty) list of them, and an
    upgrade must not make every older step look edited since."""
    import json

    from app.undo import content_hash, snapshot

    database = services.store.database
    ann = services.contacts.create(ContactData(given="Ann", family="Lee")).value.uid
    services.contacts.update(ann, given="Anne")
    for image_id, table, record_id in database.execute_sql(
            "SELECT id, tbl, record_id FROM undo_image WHERE record_id IS NOT NULL").fetchall():
        now = snapshot(database, services.writer.shapes, table, record_id)
        for added in ("contact_file", "private_record"):  # as schema 16 noted it
            now["owned"].pop(added, None)
        database.execute_sql("UPDATE undo_image SET after_hash = ? WHERE id = ?", (content_hash(table, now), image_id))
    image = json.loads(database.execute_sql("SELECT image FROM undo_image WHERE image IS NOT NULL").fetchone()[0])
    assert "contact_file" in image["owned"]  # (the image itself: put back, its empty list removes nothing)

    services.undo.undo()
    assert services.contacts.get(ann).data.given == "Ann"
