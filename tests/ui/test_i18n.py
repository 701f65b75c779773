"""The Russian, Ukrainian, Bulgarian and Chinese translations: complete, faithful to placeholders, compiled, and
shown by the window."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app import demo
from app.clock import FakeClock
from app.contacts import ContactData
from app.services import Services
from sync.credentials import Credentials
from tests.sync.conftest import MemoryKeyring
from ui import i18n
from ui.main_window import MainWindow
from ui.sync import AccountsDialog, SyncController, SyncStatusWidget
from ui.sync.accounts_dialog import CollectionsModel
from ui.workers import READS, WRITES, pool

LANGUAGES = ("ru", "uk", "bg", "zh_CN")
NUMERUS_FORMS = {"ru": 3, "uk": 3, "bg": 2, "zh_CN": 1}  # one / few / many; one / other; Chinese has no plural
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



# What the main window must read in each language: its menus and the counts in the status bar.
EXPECTED = {
    # The counts in the language's plural forms: 200 → "контактов" (the "many" form).
    "ru": (["&Файл", "&Правка", "&Запись", "&Вид", "&Справка"], "200 контактов · "),
    "uk": (["&Файл", "&Редагування", "&Запис", "&Вигляд", "&Довідка"], "200 контактів · "),
    "bg": (["&Файл", "&Редактиране", "&Запис", "&Изглед", "&Помощ"], "200 контакта · "),
    "zh_CN": (["文件(&F)", "编辑(&E)", "记录(&R)", "视图(&V)", "帮助(&H)"], "200 个联系人 · "),
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


# The sync screens: the status menu, the status text (a plural), and the accounts dialog, whose table texts
# come from module-level translate("SyncTexts", …) calls (a bare tr() there would leave them English).
SYNC_EXPECTED = {
    "uk": (["Синхронізувати зараз", "Журнал синхронізації…", "Облікові записи…"],
           "Синхронізовано щойно · 1 зміна до надсилання", "Вміст",
           ["Контакти й компанії (vCard 4.0)", "Зустрічі · Завдання й угоди"]),
    "bg": (["Синхронизирай сега", "Дневник на синхронизирането…", "Акаунти…"],
           "Синхронизирано току-що · 1 за качване", "Съдържа",
           ["Контакти и фирми (vCard 4.0)", "Срещи · Задачи и сделки"]),
    "ru": (["Синхронизировать сейчас", "Журнал синхронизации…", "Учётные записи…"],
           "Синхронизировано только что · 1 изменение к отправке", "Содержимое",
           ["Контакты и компании (vCard 4.0)", "Встречи · Задачи и сделки"]),
    "zh_CN": (["立即同步", "同步日志…", "账户…"], "已同步（刚刚） · 1 项待上传", "内容",
              ["联系人和公司 (vCard 4.0)", "会议 · 任务和交易"]),
}


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen plugin, for a popup
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_sync_screens_speak_the_installed_language(
    language: str, qtbot: QtBot, services: Services, settings: QSettings, artifacts: Path
) -> None:
    previous_keyring = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # never the system's keyring from a test
    controller = SyncController(services, settings, credentials=Credentials())  # not started: no network
    try:
        state, now = controller.sync.state, services.clock.now()
        account = state.add_account("https://dav.example.com/", "anna", "/principals/anna/", now)
        state.add_collection(account, "/anna/contacts/", "addressbook", "Contacts", "4.0")
        state.add_collection(account, "/anna/calendar/", "calendar", "Calendar", "", "VEVENT,VTODO")
        state.account_result(account, now, "")
        services.contacts.create(ContactData(given="Ada", family="Lovelace"))  # one change waiting to upload
        menu_texts, status, holds, collections = SYNC_EXPECTED[language]

        widget = SyncStatusWidget(controller)
        window = QMainWindow()  # in a status bar, as the window shows it
        qtbot.addWidget(window)
        window.setCentralWidget(QWidget())
        window.statusBar().addPermanentWidget(widget)
        window.resize(720, 120)
        window.show()
        qtbot.waitExposed(window)
        controller.refresh_status()
        qtbot.waitUntil(lambda: widget.text() == status, timeout=5000)
        assert [a.text() for a in widget.sync_menu.actions() if a.isVisible() and not a.isSeparator()] == menu_texts
        window.statusBar().grab().save(str(artifacts / f"sync_status_{language}.png"))
        widget.sync_menu.popup(widget.mapToGlobal(QPoint(0, widget.height())))
        qtbot.waitExposed(widget.sync_menu)
        widget.sync_menu.grab().save(str(artifacts / f"sync_status_menu_{language}.png"))
        widget.sync_menu.hide()

        dialog = AccountsDialog(controller)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        model = dialog.collections_model
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
        assert model.headerData(CollectionsModel.HOLDS, Qt.Orientation.Horizontal) == holds
        assert [model.index(r, CollectionsModel.HOLDS).data() for r in range(2)] == collections
        dialog.resize(900, 380)
        dialog.grab().save(str(artifacts / f"sync_accounts_{language}.png"))
        dialog.show_add_form()  # the longest texts: the explanation above the form, the labels beside it
        dialog.grab().save(str(artifacts / f"sync_add_account_{language}.png"))
        dialog.close()
    finally:
        controller.shutdown()
        for kind in (WRITES, READS):
            pool(kind).waitForDone(10_000)
        QApplication.processEvents()  # the last task signals, before the store closes
        controller.deleteLater()  # on this thread, not in a collection on a pool thread
        QApplication.processEvents()
        keyring.set_keyring(previous_keyring)


def test_no_text_hides_from_lupdate() -> None:
    """lupdate reads only literal texts: a bare tr("…") lands in an empty context the code never asks for, and
    an f-string in tr()/translate() is never found (resources/translations/README.md)."""
    problems = []
    for path in sorted(Path(i18n.__file__).parent.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            where = f"{path.name}:{node.lineno}"
            if isinstance(node.func, ast.Name) and name == "tr":
                problems.append(f"{where}: a bare tr() (use self.tr or translate(\"Context\", \"…\"))")
            if name in ("tr", "translate") and any(isinstance(a, ast.JoinedStr) for a in node.args):
                problems.append(f"{where}: an f-string in {name}()")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_service_message_is_in_the_translations(code: str) -> None:
    """Each template the services mark (QT_TRANSLATE_NOOP("Services", …) in app/ and sync/) is a source of
    the translation, word for word, so the window finds it: a template built at run time, or one that
    lupdate read otherwise than Python does, would stay English."""
    sources = {message.findtext("source") for context, message in _messages(code) if context == "Services"}
    problems = []
    project = Path(i18n.__file__).parent.parent
    for path in sorted([*(project / "app").rglob("*.py"), *(project / "sync").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"):
                continue
            where = f"{path.relative_to(project)}:{node.lineno}"
            context, text = node.args
            if not (isinstance(context, ast.Constant) and context.value == "Services"):
                problems.append(f"{where}: the context is not \"Services\"")
            elif not isinstance(text, ast.Constant):
                problems.append(f"{where}: the template is not a literal")
            elif text.value not in sources:
                problems.append(f"{where}: {text.value!r} is not in rapport_{code}.ts")
    assert len(sources) > 200 and not problems, "\n".join(problems)


def test_the_system_locale_picks_the_language() -> None:
    assert i18n.resolve(i18n.SYSTEM, QLocale("ru_RU")) == "ru"
    assert i18n.resolve(i18n.SYSTEM, QLocale("zh_CN")) == "zh_CN"
    assert i18n.resolve(i18n.SYSTEM, QLocale("uk_UA")) == "uk"
    assert i18n.resolve(i18n.SYSTEM, QLocale("bg_BG")) == "bg"
    assert i18n.resolve(i18n.SYSTEM, QLocale("de_DE")) == "en"
    assert i18n.resolve("ru", QLocale("de_DE")) == "ru"  # a choice wins


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_compiled_translation_loads_and_translates_plurals(code: str) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n.TRANSLATIONS / f"rapport_{code}.qm"))
    expected = {"ru": ["%n сделка", "%n сделки", "%n сделок"], "uk": ["%n угода", "%n угоди", "%n угод"],
                "bg": ["%n сделка", "%n сделки", "%n сделки"], "zh_CN": ["%n 个商机"] * 3}[code]
    assert [translator.translate("StageColumn", "%n deal(s)", "", n) for n in (1, 3, 5)] == expected


# A service's refusal, in the language of the window (app/messages.py, ui/said.py): under the field, and
# for a value the user typed, with that value in it.
SAID = {
    "ru": ("в заметке должен быть текст", "'ann@' — не адрес электронной почты: после @ ничего нет"),
    "uk": ("нотатка повинна містити текст", "'ann@' — не адреса електронної пошти: після @ нічого немає"),
    "bg": ("бележката трябва да съдържа текст", "'ann@' не е имейл адрес: след @ няма нищо"),
    "zh_CN": ("备注需要填写内容", "'ann@' 不是电子邮件地址：@ 后面没有内容"),
}


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_a_services_message_is_said_in_the_users_language(language: str, qtbot: QtBot, services: Services) -> None:
    from tests.ui.writes import wait_for_writes
    from ui.detail.contact_pane import ContactDetailPane
    from ui.detail.sheets import NoteSheet
    from ui.operations.undo_stack import LogUndoStack

    note, email = SAID[language]
    sheet = NoteSheet(services, ())
    qtbot.addWidget(sheet)
    sheet.show()
    sheet.accept()  # empty: the service refuses
    wait_for_writes(qtbot, services)
    assert sheet.error_text("text") == note

    ann = services.contacts.create(ContactData(given="Ann")).value.uid
    pane = ContactDetailPane(services, LogUndoStack(services))
    qtbot.addWidget(pane)
    pane.show_record(ann)
    toggle = pane.findChild(QPushButton, "emptyToggle")  # "Show empty fields": the e-mail row to add one
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    field = pane.field("emails[new]")
    field.start_editing()
    qtbot.keyClicks(field.editor, "ann@")
    qtbot.keyClick(field.editor, Qt.Key.Key_Return)
    wait_for_writes(qtbot, services)
    assert field.error_text == email


# A server's refusal kept as an account's last error (a text column) and shown later, in the user's language.
SYNC_SAID = {
    "ru": "ann на https://dav.example: сервер не принял имя пользователя или пароль (401); введите их снова",
    "uk": "ann на https://dav.example: сервер не прийняв ім’я користувача або пароль (401); введіть їх знову",
    "bg": "ann на https://dav.example: сървърът отхвърли потребителското име или паролата (401); въведете ги отново",
    "zh_CN": "https://dav.example 上的 ann：服务器拒绝了用户名或密码（401）；请重新输入",
}


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_a_sync_error_kept_in_the_store_is_said_in_the_users_language(language: str) -> None:
    from app.messages import QT_TRANSLATE_NOOP, restored, said, stored
    from sync.errors import AuthError
    from ui.said import in_words

    refusal = AuthError(said(QT_TRANSLATE_NOOP(
        "Services", "the server refused the user name or password (%1); enter them again"), 401), 401)
    error = said(QT_TRANSLATE_NOOP("Services", "%1 at %2: %3"), "ann", "https://dav.example", refusal.args[0])
    kept = restored(stored(error))
    assert str(kept) == ("ann at https://dav.example: the server refused the user name or password (401);"
                         " enter them again")  # the command line and the log read English, as before
    assert in_words(kept) == SYNC_SAID[language]


def _key_of(text: str) -> str:
    """The letter Alt+ takes in a menu item's or a label's text ("Полу&чить почту": ч); "" for none."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found[1].casefold() if found else ""


@pytest.mark.parametrize("language", ("en", *LANGUAGES), indirect=True)
def test_no_two_items_of_a_menu_or_the_mail_accounts_form_share_a_key(
        language: str, qtbot: QtBot, services: Services, settings: QSettings) -> None:
    """Two items of one menu on one Alt+ letter: the key goes to the first, the second is out of the
    keyboard's reach (in a translation as much as in English)."""
    from ui.mail_accounts_dialog import MailAccountsDialog

    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    clashes = []
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    menus.append(window.menuBar())
    for menu in menus:
        keys = [(_key_of(a.text()), a.text()) for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        keys = [k for k in keys if k[0]]
        letters = [letter for letter, _ in keys]
        clashes += [text for letter, text in keys if letters.count(letter) > 1]
    dialog = MailAccountsDialog(window.mail_fetcher(), window)
    qtbot.addWidget(dialog)
    dialog._offer_trust("ab" * 32)  # the trust box, as after a certificate no authority signed
    labels = [w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text") and isinstance(w.text(), str)
              and w.isVisibleTo(dialog)]
    letters = [_key_of(text) for text in labels if _key_of(text)]
    clashes += [text for text in labels if _key_of(text) and letters.count(_key_of(text)) > 1]
    assert clashes == []
