"""A large export formats every other page in a helper process: the file must not show it."""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
from contextlib import closing

import pytest

from app import exporting
from app.clock import SystemClock
from app.errors import RapportError
from app.importing import ImportService
from app.services import Services
from app.store import Store
from tests.conftest import CORPUS
from tests.unit.test_import_vcard import write_cards


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Services:
    """Every corpus vCard (accounts, photos, groups, unmodelled properties) and 200 generated cards."""
    folder = tmp_path_factory.mktemp("export")
    services = Services.build(Store.open(folder / "data"), SystemClock(), phone_region="US")
    files = [write_cards(folder / "many.vcf", 200)]
    if (CORPUS / "vcard").is_dir():
        files += sorted((CORPUS / "vcard").glob("*.vcf"))
    ImportService(services).import_files(files)
    return services


def _text(services: Services, version: str, helper: bool) -> tuple[str, int]:
    pages = list(exporting.vcard_pages(services, version, helper=helper))
    return "".join(text for text, _ in pages), sum(count for _, count in pages)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_the_helper_gives_exactly_the_file_one_process_writes(
    filled: Services, monkeypatch: pytest.MonkeyPatch, version: str
) -> None:
    monkeypatch.setattr(exporting, "PAGE", 7)  # many pages, an odd number of them
    alone, alone_count = _text(filled, version, helper=False)
    shared, shared_count = _text(filled, version, helper=True)
    assert alone_count == shared_count == filled.contacts.count() + filled.accounts.count()
    assert shared == alone
    assert alone.count("BEGIN:VCARD") == alone_count > 200


def test_export_vcards_uses_the_helper_above_the_threshold(filled: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporting, "PAGE", 50)
    monkeypatch.setattr(exporting, "PARALLEL_EXPORT", 0)
    helpers: list[int] = []
    buffer = io.StringIO()

    def progress(_count: int) -> None:
        helpers.extend(p.pid for p in multiprocessing.active_children())

    count = exporting.export_vcards(filled, buffer, "3.0", progress=progress)
    assert helpers and not multiprocessing.active_children()  # it ran, and it is gone
    assert buffer.getvalue() == _text(filled, "3.0", helper=False)[0] and count > 200


def test_a_helper_that_dies_is_reported_not_skipped(filled: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporting, "PAGE", 1)  # the helper blocks on its full queue long before the end
    with closing(exporting.vcard_pages(filled, "3.0", helper=True)) as pages, \
            pytest.raises(RapportError, match="helper process stopped unexpectedly"):
        for _ in pages:
            for child in multiprocessing.active_children():
                os.kill(child.pid, signal.SIGKILL)


def test_closing_the_pages_stops_the_helper(filled: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exporting, "PAGE", 1)
    pages = exporting.vcard_pages(filled, "3.0", helper=True)
    for _ in range(filled.accounts.count() + 2):  # the accounts' pages come first, then the helper's
        next(pages)
    assert multiprocessing.active_children()
    pages.close()  # as a cancelled export does
    assert not multiprocessing.active_children()


def test_a_small_store_exports_in_one_process(filled: Services) -> None:
    helpers: list[int] = []
    exporting.export_vcards(filled, io.StringIO(), "3.0",
                            progress=lambda _: helpers.extend(p.pid for p in multiprocessing.active_children()))
    assert not helpers  # a few hundred contacts: below PARALLEL_EXPORT
