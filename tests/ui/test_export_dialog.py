"""The export dialog, driven through its widgets: every format written to a file that parses again, a
search filter, and a cancelled export that leaves no file behind."""

from __future__ import annotations

import io
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import demo
from app.clock import FakeClock
from app.formats import csv_contacts, vcard
from app.services import Services
from ui.exporter import ExportDialog


def _dialog(qtbot: QtBot, services: Services) -> ExportDialog:
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _export(qtbot: QtBot, dialog: ExportDialog, key: str, path: Path, query: str = "") -> int:
    dialog.set_format(key)
    dialog.query_field.setText(query)
    dialog.path_field.setText(str(path))
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written, count = blocker.args
    assert written == str(path if path.suffix else path.with_suffix(dialog.current_format.suffix))
    assert not dialog.isVisible(), "the dialog closes once the file is written"
    return int(count)


@pytest.mark.parametrize("key", ["vcard4", "vcard3", "csv-google", "csv-outlook", "ics"])
def test_every_format_writes_a_file_that_parses(qtbot: QtBot, services: Services, clock: FakeClock, tmp_path: Path,
                                                key: str) -> None:
    demo.fill(services.store, clock, contacts=60)
    dialog = _dialog(qtbot, services)
    target = tmp_path / "out"  # no extension: the format's is added
    count = _export(qtbot, dialog, key, target)
    written = target.with_suffix(dialog.current_format.suffix)
    assert dialog.path_field.text() == str(written)
    assert written.is_file() and not written.with_name(written.name + ".partial").exists()
    data = written.read_bytes()
    if key.startswith("vcard"):
        cards = [c for c in vcard.read(io.BytesIO(data)) if isinstance(c, vcard.Card)]
        assert count == len(cards) == services.contacts.count() + services.accounts.count()
        assert {c.version for c in cards} == {"4.0" if key == "vcard4" else "3.0"}
    elif key.startswith("csv"):
        rows = [r for r in csv_contacts.read(data) if isinstance(r, csv_contacts.CsvContact)]
        assert count == len(rows) == services.contacts.count()
        flavour = csv_contacts.detect_flavour(csv_contacts.read_header(data))
        assert flavour == key.removeprefix("csv-")
        assert data.startswith(b"\xef\xbb\xbf") == (key == "csv-outlook"), "Outlook wants a byte-order mark"
    else:
        calendar = icalendar.Calendar.from_ical(data)
        items = [c for c in calendar.walk() if c.name in ("VEVENT", "VTODO", "VJOURNAL")]  # calls, notes: VJOURNAL
        deals = [c for c in items if str(c.get("X-RAPPORT-KIND", "")) == "deal"]  # a deal is a VTODO too
        assert len(deals) == services.deals.count() > 0
        assert count == len(items) == len(services.activities.all()) + len(services.tasks.all()) + len(deals)
        assert count > 0


def test_a_search_exports_only_what_it_finds(qtbot: QtBot, services: Services, clock: FakeClock, tmp_path: Path,
                                            artifacts: Path) -> None:
    demo.fill(services.store, clock, contacts=60)
    someone = services.contacts.list(limit=1)[0]
    family = someone.data.family
    dialog = _dialog(qtbot, services)
    dialog.set_format("vcard4")
    dialog.query_field.setText(family)
    dialog.path_field.setText(str(tmp_path / "some.vcf"))
    dialog.grab().save(str(artifacts / "export_dialog.png"))
    count = _export(qtbot, dialog, "vcard4", tmp_path / "some.vcf", family)
    cards = [c for c in vcard.read((tmp_path / "some.vcf").open("rb")) if isinstance(c, vcard.Card)]
    assert 0 < count == len(cards) < services.contacts.count()
    assert any(family in "".join(p.value for p in c.properties if p.name == "FN") for c in cards)


def test_changing_the_format_changes_the_extension(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, services)
    assert not dialog.export_button.isEnabled(), "nothing to export to yet"
    dialog.path_field.setText(str(tmp_path / "people.vcf"))
    dialog.set_format("csv-outlook")
    assert dialog.path_field.text() == str(tmp_path / "people.csv")
    assert "Outlook" in dialog.description.text()
    dialog.set_format("ics")
    assert dialog.path_field.text() == str(tmp_path / "people.ics")


@pytest.mark.parametrize("helper", [False, True])
def test_cancelling_an_export_leaves_no_file(qtbot: QtBot, services: Services, clock: FakeClock,
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper: bool) -> None:
    """`helper`: every other page formatted by a second process, as for more than 5,000 contacts."""
    import multiprocessing

    from app import exporting

    monkeypatch.setattr(exporting, "PARALLEL_EXPORT", 0 if helper else 10**9)
    monkeypatch.setattr(exporting, "PAGE", 20)  # the helper waits on its full queue when the cancel comes
    demo.fill(services.store, clock, contacts=3000)
    target = tmp_path / "all.vcf"
    target.write_text("an older export the user keeps", encoding="utf-8")
    dialog = _dialog(qtbot, services)
    dialog.set_format("vcard3")
    dialog.path_field.setText(str(target))
    seen: list[int] = []

    def on_value_changed(value: int) -> None:
        if value > 0 and not seen and (multiprocessing.active_children() or not helper):
            seen.append(value)
            assert not dialog.export_button.isEnabled() and not dialog.format_combo.isEnabled()
            qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    dialog.progress.valueChanged.connect(on_value_changed)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert seen, "the progress bar moved before the cancel"
    assert dialog.isVisible(), "Cancel stopped the export instead of closing the dialog"
    assert "cancelled" in dialog.status.text()
    assert target.read_text(encoding="utf-8") == "an older export the user keeps"
    assert not (tmp_path / "all.vcf.partial").exists()
    assert dialog.export_button.isEnabled()
    assert not multiprocessing.active_children(), "the cancelled export's helper process is stopped"


def test_an_export_with_a_helper_process_writes_the_same_file(qtbot: QtBot, services: Services, clock: FakeClock,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app import exporting

    demo.fill(services.store, clock, contacts=300)
    monkeypatch.setattr(exporting, "PAGE", 7)
    alone = io.StringIO()
    exporting.export_vcards(services, alone, "3.0")  # 300 contacts: one process
    monkeypatch.setattr(exporting, "PARALLEL_EXPORT", 0)
    dialog = _dialog(qtbot, services)
    count = _export(qtbot, dialog, "vcard3", tmp_path / "all.vcf")
    assert dialog.progress.value() == dialog.progress.maximum() == count  # full, whatever the throttling dropped
    assert (tmp_path / "all.vcf").read_bytes().decode("utf-8") == alone.getvalue()
    assert count == services.contacts.count() + services.accounts.count()
