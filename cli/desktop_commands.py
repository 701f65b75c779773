"""`rapport install-desktop`: Rapport in the desktop's menus, with its icon, and offered for the vCard,
iCalendar and CSV files a user opens (Linux and the BSDs: the freedesktop.org specifications).

pip and pipx install a program, not its desktop entry: this puts, under the user's data folder
($XDG_DATA_HOME, else ~/.local/share, or --prefix), the desktop entry (its Exec the `rapport-gui` installed
beside this Python), the AppStream metainfo software centres read, and the icon to hicolor as SVG and as
a 256 px PNG drawn from it. `--remove` takes them away again. Nothing else on the system is touched."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TextIO

import resources

APP_ID = resources.APP_ID
PNG_SIZE = 256


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    install = commands.add_parser(
        "install-desktop", help="add Rapport to the desktop's menus and file associations",
        description="Put Rapport's desktop entry, AppStream metainfo and icons under the user's data folder"
                    " ($XDG_DATA_HOME, else ~/.local/share): Rapport appears in the menus and is offered"
                    " for vCard, iCalendar and CSV files.")
    install.add_argument("--prefix", metavar="DIR", help="install under DIR instead (DIR/applications, ...)")
    install.add_argument("--remove", action="store_true", help="take away what install-desktop put there")


def data_home(prefix: str | None) -> Path:
    if prefix:
        return Path(prefix).expanduser()
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def targets(root: Path) -> dict[str, Path]:
    return {
        "desktop": root / "applications" / f"{APP_ID}.desktop",
        "metainfo": root / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "png": root / "icons" / "hicolor" / f"{PNG_SIZE}x{PNG_SIZE}" / "apps" / f"{APP_ID}.png",
    }


def launcher() -> str:
    """What the desktop entry runs: the `rapport-gui` beside this Python (a pipx or venv install), else the
    `rapport` there, else this Python running the program's entry point."""
    here = Path(sys.executable).parent
    for name in ("rapport-gui", "rapport"):
        if (here / name).exists():
            return str(here / name)
    return f"{sys.executable} -m main"


def cmd_install_desktop(args: argparse.Namespace, out: TextIO) -> int:
    root = data_home(args.prefix)
    try:
        return _install(args, root, out)
    except OSError as exc:  # a folder that cannot be made or written: said with the place and the reason
        raise OSError(f"could not {'remove' if args.remove else 'install'} Rapport's desktop entry under {root}:"
                      f" {exc.strerror or exc}") from None


def _install(args: argparse.Namespace, root: Path, out: TextIO) -> int:
    paths = targets(root)
    if args.remove:
        for path in paths.values():
            path.unlink(missing_ok=True)
        out.write(f"Removed Rapport's desktop entry, metainfo and icons from {root}\n")
        _refresh(root)
        return 0
    for path in paths.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    entry = resources.path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = launcher()
    paths["desktop"].write_text(entry.replace("@EXEC@", _quoted(exec_line)), encoding="utf-8")
    shutil.copyfile(resources.path("desktop", f"{APP_ID}.metainfo.xml"), paths["metainfo"])
    shutil.copyfile(resources.path("icons", "rapport.svg"), paths["svg"])
    _draw_png(resources.path("icons", "rapport.svg"), paths["png"])
    _refresh(root)
    out.write(f"Installed Rapport's desktop entry ({paths['desktop']}), metainfo and icons under {root};"
              f" it starts {exec_line}\n")
    return 0


def _quoted(command: str) -> str:
    """An Exec value: each argument quoted where the desktop entry specification asks it."""
    reserved = set(' \t\n"\'\\><~|&;$*?#()`')
    parts = []
    for part in command.split(" "):
        if any(c in reserved for c in part):
            escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
            parts.append(f'"{escaped}"')
        else:
            parts.append(part)
    return " ".join(parts)


def _draw_png(svg: Path, png: Path) -> None:
    """The icon at 256 px, drawn by Qt from the SVG (offscreen: no window is needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon

    app = QGuiApplication.instance() or QGuiApplication([])
    pixmap = QIcon(str(svg)).pixmap(QSize(PNG_SIZE, PNG_SIZE))
    if pixmap.isNull() or not pixmap.save(str(png), "PNG"):
        raise OSError(f"could not draw {svg} as {png}")
    del app


def _refresh(root: Path) -> None:
    """The desktop's caches of entries and icons, where their tools are installed (missing ones: the
    desktop reads the folders at its next start)."""
    for command in (["update-desktop-database", str(root / "applications")],
                    ["gtk-update-icon-cache", "-f", "-t", str(root / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, capture_output=True, check=False)
