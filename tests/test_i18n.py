"""The Russian and Chinese translations: complete, faithful to placeholders, compiled, and shown by the window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import demo
from app.clock import FakeClock
from app.services import Services
from ui import i18n
from ui.main_window import MainWindow

LANGUAGES = ("ru", "zh_CN")
NUMERUS_FORMS = {"ru": 3, "zh_CN": 1}  # one / few / many; Chinese has no plural
PLACEHOLDER = re.compile(r"%(?:L?n|\d)")
LRELEASE = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")


def _messages(code: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(i18n.TRANSLATIONS / f"rapport_{code}.ts").getroot()
    return [(context.findtext("name") or "", message) for context in root.iter("context")
            for message in context.iter("message")]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(code: str) -> None:
    messages = _messages(code)
    assert len(messages) > 700  # the whole interface, not a sample
    problems = []
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        if translation.get("type"):  # unfinished, vanished or obsolete
            problems.append(f"{where} is {translation.get('type')}")
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != NUMERUS_FORMS[code]:
                problems.append(f"{where} has {len(forms)} plural forms")
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            missing = set(PLACEHOLDER.findall(source)) - set(PLACEHOLDER.findall(form))
            if missing:
                problems.append(f"{where} → {form!r} lost {sorted(missing)}")
            if source.endswith("…") and not form.endswith("…"):
                problems.append(f"{where} → {form!r} lost the ellipsis")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_compiled_translation_is_up_to_date(code: str, tmp_path: Path) -> None:
    assert LRELEASE, "pyside6-lrelease (PySide6) is needed to compile the translations"
    compiled = tmp_path / f"rapport_{code}.qm"
    subprocess.run([LRELEASE, "-silent", str(i18n.TRANSLATIONS / f"rapport_{code}.ts"), "-qm", str(compiled)],
                   check=True, timeout=60)
    committed = i18n.TRANSLATIONS / f"rapport_{code}.qm"
    assert committed.read_bytes() == compiled.read_bytes(), (
        f"{committed.name} is older than its .ts: run pyside6-lrelease (resources/translations/README.md)")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """Install one language's translators into the test run's QApplication, and take them out again."""
    code: str = request.param
    default = QLocale()
    translators: list[QTranslator] = []
    try:
        translators = i18n.install(qapp, code)
        yield code
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(default)


# What the main window must read in each language: its menus and the counts in the status bar.
EXPECTED = {
    "ru": (["&Файл", "&Правка", "&Запись", "&Вид", "&Справка"], "Контакты: 200 · Компании: "),
    "zh_CN": (["文件(&F)", "编辑(&E)", "记录(&R)", "视图(&V)", "帮助(&H)"], "联系人 200 · 公司 "),
}


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_main_window_speaks_the_installed_language(
    language: str, qtbot: QtBot, services: Services, clock: FakeClock, settings: QSettings, artifacts: Path
) -> None:
    demo.fill(services.store, clock, contacts=200)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    menus, status = EXPECTED[language]
    titles = [action.text() for action in window.menuBar().actions()]
    assert [title for title in titles if title in menus] == menus, titles
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(status), timeout=3000)
    window.show_section(1)  # contacts: the list, and a contact's pane with its fields and timeline
    table = window.contacts_section.list_view.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=3000)
    table.selectRow(0)
    qtbot.waitUntil(lambda: window.contact_pane.uid is not None, timeout=3000)
    window.grab().save(str(artifacts / f"main_window_{language}.png"))


def test_the_system_locale_picks_the_language() -> None:
    assert i18n.resolve(i18n.SYSTEM, QLocale("ru_RU")) == "ru"
    assert i18n.resolve(i18n.SYSTEM, QLocale("zh_CN")) == "zh_CN"
    assert i18n.resolve(i18n.SYSTEM, QLocale("de_DE")) == "en"
    assert i18n.resolve("ru", QLocale("de_DE")) == "ru"  # a choice wins


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_compiled_translation_loads_and_translates_plurals(code: str) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.TRANSLATIONS / f"rapport_{code}.qm"))
    expected = {"ru": ["%n сделка", "%n сделки", "%n сделок"], "zh_CN": ["%n 个商机"] * 3}[code]
    assert [translator.translate("StageColumn", "%n deal(s)", "", n) for n in (1, 3, 5)] == expected
