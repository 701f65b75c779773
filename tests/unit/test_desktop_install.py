"""`rapport install-desktop` (issue 17, point 2): the desktop entry, the AppStream metainfo and the icons
under the user's data folder, accepted by the freedesktop validators, and taken away by --remove."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from resources import APP_ID
from tests.conftest import PROJECT
from tests.unit.test_cli import cli_env


def install(prefix: Path, *more: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(PROJECT / "main.py"), "install-desktop", "--prefix", str(prefix),
                           *more], capture_output=True, text=True, env=cli_env(RAPPORT_DATA_DIR=str(data_dir)),
                          timeout=60, check=False)


def validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed here (.ci/run installs it)")
    return found


def test_the_desktop_entry_metainfo_and_icons_are_installed_and_valid(tmp_path: Path) -> None:
    prefix, data_dir = tmp_path / "share", tmp_path / "unused"
    run = install(prefix, data_dir=data_dir)
    assert run.returncode == 0, run.stderr
    entry_file = prefix / "applications" / f"{APP_ID}.desktop"
    metainfo = prefix / "metainfo" / f"{APP_ID}.metainfo.xml"
    svg = prefix / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    png = prefix / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    assert all(p.is_file() for p in (entry_file, metainfo, svg, png))
    assert not data_dir.exists()  # no data folder is made for it

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(entry_file, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert {"text/vcard", "text/calendar", "text/csv"} <= set(desktop["MimeType"].rstrip(";").split(";"))
    assert desktop["Icon"] == APP_ID and desktop["Exec"].endswith(" %F")
    program = desktop["Exec"].split(" ")[0].strip('"')
    assert Path(program).is_file(), f"the entry starts {program}, which is not there"
    assert png.read_bytes()[16:24] == (256).to_bytes(4, "big") * 2  # the PNG's IHDR: 256 × 256
    # The launcher's actions (a right click on it): each opens the window, or the one open, on its section.
    actions = desktop["Actions"].rstrip(";").split(";")
    assert actions == ["contacts", "deals", "calendar", "dashboard"]
    for action in actions:
        group = entry[f"Desktop Action {action}"]
        assert group["Exec"] == f"{desktop['Exec'].removesuffix(' %F')} --show {action}"
        assert {"Name[ru]", "Name[uk]", "Name[bg]", "Name[zh_CN]"} <= set(group)

    checked = subprocess.run([validator("desktop-file-validate"), str(entry_file)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout.strip() == "", checked.stdout + checked.stderr
    checked = subprocess.run([validator("appstreamcli"), "validate", "--no-net", str(metainfo)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    removed = install(prefix, "--remove", data_dir=data_dir)
    assert removed.returncode == 0, removed.stderr
    assert not any(p.exists() for p in (entry_file, metainfo, svg, png))



def test_a_place_that_cannot_be_written_is_said_in_one_line(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    run = install(blocked, data_dir=tmp_path / "unused")
    assert run.returncode == 1 and run.stdout == ""
    assert run.stderr.startswith(f"rapport: error: could not install Rapport's desktop entry under {blocked}:")
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
