"""The import wizard, driven through its widgets offscreen: corpus files, a malformed file, a CSV that
needs its columns matched up, and cancelling a long import while the window stays responsive."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox, QTableView, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services import Services
from tests.conftest import CORPUS
from ui.importer import ImportWizard, local_paths
from ui.importer.models import MappingModel
from ui.importer.pages import FILES, MAPPING, PREVIEW, RESULT

GOOD = CORPUS / "vcard" / "ezvcard__John_Doe_ANDROID.vcf"  # 6 Android cards, one with a damaged photo
NESTED = CORPUS / "vcard" / "aosp-vcard__v21_nest.vcf"  # malformed: a card begun inside another


def _wizard(qtbot: QtBot, services: Services, paths: list[Path] | None = None, **kwargs: int) -> ImportWizard:
    wizard = ImportWizard(services, None, paths, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(wizard.files_page.isComplete, timeout=5000)
    return wizard


def _click(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _through_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    """From the files page to a finished dry run."""
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PREVIEW
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=20000)


def _import(qtbot: QtBot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.changed, timeout=20000):
        _click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == RESULT


def test_imports_a_corpus_vcard_file_through_the_wizard(qtbot: QtBot, qtmodeltester: ModelTester, services: Services,
                                                        artifacts: Path) -> None:
    wizard = _wizard(qtbot, services, [GOOD])
    page = wizard.files_page
    assert page.model.rowCount() == 1
    assert page.model.item(0).kind == "vcard"
    qtmodeltester.check(page.model)
    wizard.grab().save(str(artifacts / "import_1_files.png"))

    _through_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.model.rowCount() == 6
    assert services.contacts.count() == 0, "the preview is a dry run"
    assert "6 new · 0 updated" in preview.summary.text()
    damaged = preview.model.item(4)
    assert damaged.number == 5 and any("PHOTO" in p for p in damaged.problems)
    qtmodeltester.check(preview.model)
    preview.only_problems.setChecked(True)
    assert preview.filter.rowCount() == 1
    qtmodeltester.check(preview.filter)
    preview.only_problems.setChecked(False)
    wizard.grab().save(str(artifacts / "import_3_preview.png"))

    _import(qtbot, wizard)
    result = wizard.result_page
    assert wizard.report is not None and wizard.report.imported == 6
    assert result.count_labels["imported"].text() == "6"
    assert result.rejected_view.isHidden()
    assert result.subTitle() == "All 6 records imported."
    assert services.contacts.count() == 6
    assert "john.doe@company.com" in {c.display_name for c in services.contacts.list()}
    wizard.grab().save(str(artifacts / "import_5_result.png"))

    # Importing the same file again changes nothing.
    again = _wizard(qtbot, services, [GOOD])
    _through_preview(qtbot, again)
    assert "0 new · 0 updated · 6 unchanged" in again.preview_page.summary.text()


def test_a_malformed_file_shows_its_rejected_records(qtbot: QtBot, qtmodeltester: ModelTester, services: Services,
                                                     artifacts: Path) -> None:
    empty = CORPUS / "vcard" / "folkerkinzel-vcards__Empty.vcf"
    wizard = _wizard(qtbot, services, [NESTED, empty])
    assert wizard.files_page.model.item(1).problem == "the file is empty"
    _through_preview(qtbot, wizard)
    rows = wizard.preview_page.model.items()
    assert [(r.number, r.rejected) for r in rows] == [(1, True), (2, False), (3, False)]
    assert "another card begins inside it" in rows[0].problems[0]
    assert "the file is empty" in wizard.preview_page.notes.text()

    _import(qtbot, wizard)
    result = wizard.result_page
    assert result.rejected_view.isVisible()
    model = result.rejected_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells[:3] == [NESTED.name, "1", "1"]
    assert "another card begins inside it at line 4" in cells[3]
    assert result.count_labels["imported"].text() == "2"
    assert result.count_labels["rejected"].text() == "1"
    assert "the file is empty" in result.notes.toPlainText()
    assert services.contacts.count() == 2
    wizard.grab().save(str(artifacts / "import_5_result_rejected.png"))


def test_a_csv_file_with_unknown_columns_is_mapped_by_the_user(qtbot: QtBot, qtmodeltester: ModelTester,
                                                               services: Services, tmp_path: Path,
                                                               artifacts: Path) -> None:
    path = tmp_path / "salon.csv"
    path.write_text("Nom complet;Portable;Courriel;Société;Remarque\n"
                    "Jeanne Dupont;+1 202 555 0143;jeanne@example.fr;Atelier Dupont;Rencontrée au salon\n"
                    "Marc Petit;;marc@example.fr;;\n", encoding="utf-8")
    wizard = _wizard(qtbot, services, [path])
    assert wizard.files_page.model.item(0).needs_mapping
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == MAPPING
    page = wizard.mapping_page
    model = page.models[path]
    qtmodeltester.check(model)
    view = page.tabs.currentWidget()
    assert isinstance(view, QTableView)
    assert model.index(0, MappingModel.EXAMPLE).data() == "Jeanne Dupont · Marc Petit"
    assert not page.isComplete(), "no column gives a name, e-mail or phone yet"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "at least one column" in page.hint.text()

    def choose(row: int, label: str) -> None:
        combo = view.indexWidget(model.index(row, MappingModel.TARGET))
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findText(label))

    choose(0, "Full name")
    choose(1, "Phone")
    choose(2, "E-mail")
    choose(3, "Company")
    choose(4, "Notes")
    assert model.mapping() == {"Nom complet": "display_name", "Portable": "phone", "Courriel": "email",
                               "Société": "organisation", "Remarque": "notes"}
    assert page.isComplete()
    wizard.grab().save(str(artifacts / "import_2_mapping.png"))

    _through_preview(qtbot, wizard)
    assert [r.name for r in wizard.preview_page.model.items()] == ["Jeanne Dupont", "Marc Petit"]
    _import(qtbot, wizard)
    assert wizard.report is not None and wizard.report.imported == 2
    jeanne = next(c for c in services.contacts.list() if c.display_name == "Jeanne Dupont")
    assert [e.value for e in jeanne.data.emails] == ["jeanne@example.fr"]
    assert jeanne.data.notes == "Rencontrée au salon"
    assert jeanne.data.accounts, "the company became a linked account"


def test_files_dropped_on_the_wizard_are_added(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, services, [GOOD])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(NESTED)), QUrl.fromLocalFile(str(tmp_path)), QUrl("https://example.com/a.vcf")])
    assert local_paths(mime) == [NESTED], "folders and remote files are left out"
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    wizard.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: wizard.files_page.model.rowCount() == 2, timeout=5000)
    assert wizard.currentId() == FILES


def _big_vcard_file(path: Path, cards: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(cards):
            out.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:gen-{i}\r\nFN:Person {i}\r\nN:{i};Person;;;\r\n"
                      f"EMAIL:person{i}@example.com\r\nTEL:+1 202 555 {i % 10000:04d}\r\nEND:VCARD\r\n")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("route", ["here", "large"])
def test_cancelling_a_long_import_keeps_whole_batches_and_the_window_responsive(
    qtbot: QtBot, services: Services, tmp_path: Path, artifacts: Path, monkeypatch: pytest.MonkeyPatch, route: str
) -> None:
    """`here`: a file under 2 MB, read in this process. `large`: read as a file of 16 MB or more is,
    by two processes, with indexes set aside while it is written and rebuilt after the cancel."""
    from app import import_reader
    from db import bulk

    if route == "large":
        monkeypatch.setattr(import_reader, "WORKER_THRESHOLD", 0)
        monkeypatch.setattr(import_reader, "PARALLEL_THRESHOLD", 0)
        monkeypatch.setattr(import_reader, "PART_SIZE", 64 * 1024)
    cards = 14_000
    path = _big_vcard_file(tmp_path / "many.vcf", cards)
    wizard = _wizard(qtbot, services, [path], batch_size=100)

    # The check of a big file can be stopped; the import can still go ahead.
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.progress.value() > 0, timeout=10000)
    qtbot.mouseClick(preview.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(preview.isComplete, timeout=20000)
    assert "stopped" in preview.summary.text()
    assert services.contacts.count() == 0

    # A timer on the UI thread measures how long the event loop is ever kept waiting.
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    values: list[int] = []
    page = wizard.import_page

    def on_progress(value: int) -> None:
        values.append(value)
        if len({v for v in values if v > 0}) == 3:  # it moved three times: cancel, on the UI thread, as a user
            assert "records written" in page.label.text()
            assert bulk.has_notes(services.store.database) == (route == "large")
            wizard.grab().save(str(artifacts / "import_4_running.png"))
            qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)

    page.progress.valueChanged.connect(on_progress)
    with qtbot.waitSignal(wizard.changed, timeout=30000):
        _click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    timer.stop()

    assert wizard.currentId() == RESULT
    report = wizard.report
    assert report is not None and report.cancelled
    assert 0 < report.imported < cards
    assert services.contacts.count() == report.imported, "what the report counts is what was committed"
    assert not bulk.has_notes(services.store.database), "indexes set aside are back after the cancel"
    for contact in services.contacts.list(limit=report.imported):
        assert len(contact.data.emails) == 1 and len(contact.data.phones) == 1, "no record is half written"
    assert values == sorted(values), "the progress bar only moves forward"
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) >= 5 and max(gaps) < 1.0, f"the UI thread was blocked for {max(gaps):.2f} s"
    assert wizard.result_page.title() == "Import cancelled"
    assert wizard.result_page.subTitle().startswith(
        f"Imported {QLocale().toString(report.imported)} records before it was cancelled")
    wizard.grab().save(str(artifacts / "import_5_result_cancelled.png"))


def test_cancel_during_the_import_stops_it_instead_of_closing(qtbot: QtBot, services: Services,
                                                             tmp_path: Path) -> None:
    path = _big_vcard_file(tmp_path / "many.vcf", 3000)
    wizard = _wizard(qtbot, services, [path], batch_size=50)
    _through_preview(qtbot, wizard)
    page = wizard.import_page
    pressed: list[bool] = []

    def on_progress(value: int) -> None:
        if value > 0 and not pressed:  # (the bar starts at 0 before the import does)
            pressed.append(True)
            qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # the wizard's Cancel

    page.progress.valueChanged.connect(on_progress)
    with qtbot.waitSignal(wizard.changed, timeout=30000):
        _click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.isVisible(), "the wizard stays open to show what was imported"
    assert wizard.currentId() == RESULT
    assert wizard.report is not None and wizard.report.cancelled
    assert services.contacts.count() == wizard.report.imported


def test_a_csv_column_goes_into_a_custom_field(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    """A column named as a contacts' custom field is matched to it; another is chosen by the user from the
    same list, where the custom fields are offered by their labels."""
    services.custom_fields.define("contact", "budget", "Budget", "money")
    services.custom_fields.define("contact", "segment", "Сегмент", "choice", ("SMB", "Enterprise"))
    path = tmp_path / "leads.csv"
    path.write_text("Nom complet;Budget;Taille\nJeanne Dupont;1 500,00 €;smb\n", encoding="utf-8")
    wizard = _wizard(qtbot, services, [path])
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == MAPPING
    page = wizard.mapping_page
    model = page.models[path]
    view = page.tabs.currentWidget()
    assert isinstance(view, QTableView)
    assert model.index(1, MappingModel.TARGET).data() == "Custom field: Budget"
    for row, label in ((0, "Full name"), (2, "Custom field: Сегмент")):
        combo = view.indexWidget(model.index(row, MappingModel.TARGET))
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findText(label))
    assert model.mapping() == {"Nom complet": "display_name", "Budget": "custom:budget", "Taille": "custom:segment"}
    _through_preview(qtbot, wizard)
    _import(qtbot, wizard)
    assert wizard.report is not None and wizard.report.imported == 1
    jeanne = next(c for c in services.contacts.list() if c.display_name == "Jeanne Dupont")
    assert services.custom_fields.values("contact", jeanne.meta.uid) == {"budget": "1500.00 EUR", "segment": "SMB"}
