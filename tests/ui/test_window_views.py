"""`rapport --show SECTION [--filter TEXT] [--sort COLUMN [--descending]]`: the window opens on that view, or
the window already open on the folder shows it (a desktop entry's action, a script, the scaling benchmark)
and answers once it is painted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

import main
from app.contacts import Address, ContactData
from app.services import Services
from cli.commands import FILTERED_SECTIONS, SORTED_SECTIONS, WINDOW_SECTIONS
from tests.conftest import PROJECT
from ui.main_window import ACCOUNTS, CALENDAR, CONTACTS, DASHBOARD, SEARCH, SECTION_NAMES, MainWindow
from ui.single_instance import LOCK_NAME, SingleInstance, ViewAsked


def test_the_command_line_and_the_window_name_the_same_sections() -> None:
    assert set(WINDOW_SECTIONS) == set(SECTION_NAMES)
    assert set(FILTERED_SECTIONS) <= set(WINDOW_SECTIONS) and set(SORTED_SECTIONS) <= set(FILTERED_SECTIONS)


def test_a_view_travels_whole_over_the_socket() -> None:
    """The filter's text may hold spaces, a newline, "end" and any script; the sort its sign."""
    asked = ViewAsked("contacts", "Пётр\nend 李 a%20b", "-city")
    lines = (b"activate\n" + asked.message() + b"end\n").split(b"\n")
    assert ViewAsked.from_lines(lines) == asked
    assert ViewAsked.from_lines(b"activate\nshow dashboard\nend\n".split(b"\n")) == ViewAsked("dashboard")
    assert ViewAsked.from_lines(b"activate\nend\n".split(b"\n")) is None


def _people(services: Services) -> None:
    for given, family, city in (("Ivan", "Petrov", "Berlin"), ("Ivana", "Novak", "Zagreb"),
                                ("Anna", "Lee", "Amsterdam"), ("Ivo", "Ivic", "Split")):
        services.contacts.create(ContactData(given=given, family=family, addresses=(Address(locality=city),)))


def test_the_window_opens_on_the_view_asked(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    _people(services)
    settings.setValue("mainWindow/section", DASHBOARD)  # shown last: not built when another view is asked
    window = MainWindow(services, settings, ViewAsked("contacts", "iv", "-city"))
    qtbot.addWidget(window)
    window.show()
    assert window.sections.currentIndex() == CONTACTS
    assert not window._dashboard.made
    view = window.contacts_view
    assert view.filter_field.text() == "iv"
    model = view.model
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Ivana Novak", "Ivo Ivic",
                                                                                "Ivan Petrov"]
    header = view.table.horizontalHeader()
    assert model.column_name(header.sortIndicatorSection()) == "city"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_the_running_window_shows_each_view_asked(qtbot: QtBot, services: Services, settings: QSettings) -> None:
    _people(services)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_view(ViewAsked("search", "Zagreb"))
    assert window.sections.currentIndex() == SEARCH
    assert window.results_model.rowCount() == 1
    window.show_view(ViewAsked("calendar"))
    assert window.sections.currentIndex() == CALENDAR
    window.show_view(ViewAsked("accounts", sort="custom:nowhere"))
    assert window.sections.currentIndex() == ACCOUNTS
    assert "no column “custom:nowhere”" in window.statusBar().currentMessage()
    window.show_view(ViewAsked("contacts", "anna", "name"))
    assert window.contacts_view.model.rowCount() == 1
    assert window.focusWidget() is window.contacts_view.table  # work starts on the row found


@pytest.mark.parametrize(("argv", "said"), [
    (["--filter", "x"], "say which section with --show"),
    (["--show", "deals", "--filter", "x"], "only search, contacts, accounts can be filtered"),
    (["--show", "search", "--sort", "name"], "only contacts and accounts can be sorted"),
    (["--show", "contacts", "--sort", "industry"], "contacts have no column 'industry'"),
    (["--show", "accounts", "--descending"], "say which column with --sort"),
    (["--show", "calendars"], "invalid choice: 'calendars'"),
])
def test_a_view_asked_wrongly_is_said_before_any_window(argv: list[str], said: str, tmp_path: Path) -> None:
    # (a process of its own: main() makes its process the program, which a test process is not)
    run = subprocess.run([sys.executable, str(PROJECT / "main.py"), "--data-dir", str(tmp_path / "data"), *argv],
                         capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)})
    assert run.returncode == 2
    assert said in run.stderr and run.stderr.count("\n") == 1  # one line
    assert not (tmp_path / "data").exists()  # nothing made for a mistyped command


def test_a_view_name_that_looks_like_a_file_is_not_opened_as_one() -> None:
    names = {"search", "demo"}
    assert main.files_to_open(["--show", "contacts", "--filter", "acme.com"], names) == (
        ["--show", "contacts", "--filter", "acme.com"], [])


def test_a_second_rapport_shows_its_view_in_the_first_window(tmp_path: Path) -> None:
    """As a desktop entry's action runs it: the second `rapport --show dashboard` ends once the first
    window shows the dashboard; the window closed, it is the section saved for the next start."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    data = tmp_path / "data"
    command = [sys.executable, str(PROJECT / "main.py"), "--data-dir", str(data)]
    first = subprocess.Popen([*command, "--show", "contacts", "--filter", "nobody"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        asking = SingleInstance(data)
        deadline = time.monotonic() + 30
        while not (data / LOCK_NAME).exists() or not asking.ask_running_window():
            assert first.poll() is None and time.monotonic() < deadline, first.communicate()
            time.sleep(0.1)
        second = subprocess.run([*command, "--show", "dashboard"], env=env, capture_output=True, text=True,
                                timeout=60)
        assert second.returncode == 0, second.stderr
        assert "brought forward to show its dashboard" in second.stderr
        first.send_signal(signal.SIGTERM)
        assert first.wait(30) == 0, first.communicate()
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    saved = QSettings(str(tmp_path / "Rapport" / "Rapport.conf"), QSettings.Format.IniFormat)
    assert int(saved.value("mainWindow/section")) == DASHBOARD
