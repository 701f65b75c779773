"""The program as a user installs it (issue 17): run by .ci/run with the Python of a fresh venv that holds
only the built wheel and what it depends on, in isolated mode (`python -I`) from outside the clone, so that
nothing of the source folder can stand in for what the wheel lacks. Checks that the window finds every icon
and both translations where pip put them, and that the commands are there. Exit 1 with the reason, else
prints what it checked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def fail(reason: str) -> None:
    print(f"check_installed: {reason}", file=sys.stderr)
    sys.exit(1)


def main() -> None:
    import resources
    from ui import i18n, icons

    installed = Path(resources.__file__).resolve().parent
    if "site-packages" not in installed.parts:
        fail(f"the resources came from {installed}, not from the installed wheel")

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    found = {p.stem: p for p in resources.path("icons").glob("*.svg")}
    missing = sorted(({"rapport"} | set(icons.THEME_NAMES)) - set(found))
    if missing:
        fail(f"icons missing from the wheel: {', '.join(missing)}")
    for name, file in sorted(found.items()):
        if QIcon(str(file)).pixmap(16, 16).isNull():
            fail(f"the icon {name} cannot be drawn from {file}")
    expected = {"ru": "Теги", "uk": "Теги", "bg": "Етикети", "zh_CN": "标签"}  # SyncTexts "Tags", as translated
    for code, word in expected.items():
        translators = i18n.install(app, code)
        said = QCoreApplication.translate("SyncTexts", "Tags")
        for translator in translators:
            app.removeTranslator(translator)
        if said != word:
            fail(f"the {code} translation is not found (\"Tags\" stays {said!r})")

    bin_dir = Path(sys.executable).parent
    version = subprocess.run([str(bin_dir / "rapport"), "--version"], capture_output=True, text=True, check=False)
    if version.returncode != 0 or not version.stdout.startswith("rapport "):
        fail(f"`rapport --version` said {version.stdout!r} {version.stderr!r}")
    if not (bin_dir / "rapport-gui").exists():
        fail("no rapport-gui command beside rapport")
    print(f"check_installed: {len(found)} icons and {len(expected)} translations found in {installed};"
          f" {version.stdout.strip()}; rapport-gui installed")


if __name__ == "__main__":
    main()
