"""`rapport import` and `rapport export` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, PROJECT

MAIN = PROJECT / "main.py"


def rapport(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RAPPORT_DATA_DIR"}
    return subprocess.run([sys.executable, str(MAIN), "--data-dir", str(data_dir), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


needs_corpus = pytest.mark.skipif(not (CORPUS / "vcard").is_dir(), reason="../shared/corpus is not beside this clone")


@needs_corpus
def test_import_exit_codes_and_report(tmp_path: Path) -> None:
    good = CORPUS / "vcard" / "ezvcard__John_Doe_ANDROID.vcf"
    partly = CORPUS / "vcard" / "radicale__broken-vcards2-no_uid.vcf"
    empty = CORPUS / "vcard" / "folkerkinzel-vcards__Empty.vcf"

    ok = rapport(tmp_path / "a", "import", str(good))
    assert ok.returncode == 0 and ok.stdout.startswith("imported 6,"), ok
    again = rapport(tmp_path / "a", "import", str(good))
    assert again.returncode == 0 and "imported 0, updated 0, merged 0, skipped 6 unchanged" in again.stdout

    some = rapport(tmp_path / "b", "import", "--json", str(partly))
    assert some.returncode == 1
    body = json.loads(some.stdout)
    assert body["imported"] == 1
    [rejected] = body["rejected"]
    assert (rejected["file"], rejected["number"], rejected["line"]) == (partly.name, 2, 10)

    unreadable = rapport(tmp_path / "c", "import", str(empty), str(good))
    assert unreadable.returncode == 2
    assert "unreadable: folkerkinzel-vcards__Empty.vcf: the file is empty" in unreadable.stdout
    assert "Traceback" not in unreadable.stderr


@needs_corpus
def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    result = rapport(tmp_path / "d", "import", "--dry-run", str(CORPUS / "vcard" / "ezvcard__John_Doe_IPHONE.vcf"))
    assert result.returncode == 0 and result.stdout.startswith("Dry run, nothing written: would have imported 1")
    stats = json.loads(rapport(tmp_path / "d", "stats", "--json").stdout)
    assert stats["counts"]["contacts"] == 0


def test_csv_with_a_column_mapping_then_export_in_every_contact_format(tmp_path: Path) -> None:
    table = tmp_path / "people.csv"
    table.write_text("Name;Phone;Mail\nAda Lovelace;+44 20 7946 0018;ada@example.org\nЖанна Петрова;;zh@example.ru\n",
                     encoding="utf-8")
    unmapped = rapport(tmp_path / "e", "import", str(table))
    assert unmapped.returncode == 2 and "column mapping" in unmapped.stdout
    mapped = rapport(tmp_path / "e", "import", str(table), "--map", "Name=display_name", "--map", "Phone=phone",
                     "--map", "Mail=email")
    assert mapped.returncode == 0 and mapped.stdout.startswith("imported 2,")

    for fmt, marker in [("vcard4", "VERSION:4.0"), ("vcard3", "VERSION:3.0"), ("csv-google", "E-mail 1 - Value"),
                        ("csv-outlook", "E-mail Address")]:
        target = tmp_path / f"out-{fmt}"
        result = rapport(tmp_path / "e", "export", "--format", fmt, "-o", str(target))
        assert result.returncode == 0, result.stderr
        text = target.read_text(encoding="utf-8-sig")
        assert marker in text and "Жанна" in text and "ada@example.org" in text
    assert (tmp_path / "out-csv-outlook").read_bytes().startswith(b"\xef\xbb\xbf")  # Outlook needs the BOM

    only_ada = rapport(tmp_path / "e", "export", "--format", "vcard4", "--query", "lovelace")
    assert only_ada.stdout.count("BEGIN:VCARD") == 1 and "Ada Lovelace" in only_ada.stdout


def test_a_bad_mapping_is_one_clear_line(tmp_path: Path) -> None:
    result = rapport(tmp_path / "f", "import", str(tmp_path / "x.csv"), "--map", "Name=shoe_size")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("rapport: error: --map 'Name=shoe_size'")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not (CORPUS / "ical").is_dir(), reason="../shared/corpus is not beside this clone")
def test_a_calendar_file_is_told_by_its_content_and_exports_as_ics(tmp_path: Path) -> None:
    calendar_as_vcf = CORPUS / "vcard" / "libical__user-cal.vcf"  # a calendar despite its name
    result = rapport(tmp_path / "g", "import", str(calendar_as_vcf))
    assert result.returncode == 0 and result.stdout.startswith("imported 4,"), result.stdout
    exported = rapport(tmp_path / "g", "export", "--format", "ics")
    assert exported.returncode == 0
    assert exported.stdout.startswith("BEGIN:VCALENDAR") and exported.stdout.count("BEGIN:VEVENT") == 4


@pytest.mark.skipif(not (CORPUS / "vcard").is_dir(), reason="../shared/corpus is not beside this clone")
def test_a_contacts_only_import_refuses_a_calendar_clearly(services: object, tmp_path: Path) -> None:
    from app.importing import ImportService
    from app.services import Services

    assert isinstance(services, Services)
    report = ImportService(services, only=("vcard", "csv")).import_files([CORPUS / "vcard" / "libical__user-cal.vcf"])
    assert report.unreadable == [
        "libical__user-cal.vcf: this file is a calendar (iCalendar), not contacts (vCard) or a CSV table"
    ]
