"""app/, cli/, db/ and sync/ must run without Qt: import every module with PySide6 and ui blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import PROJECT

BLOCKER = textwrap.dedent(
    """
    import importlib, importlib.abc, pkgutil, sys

    BLOCKED = ("PySide6", "shiboken6", "ui")

    class Blocker(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked: the core must not import Qt or the UI")
            return None

    sys.meta_path.insert(0, Blocker())
    imported = []
    for package_name in ("app", "cli", "db", "sync"):
        package = importlib.import_module(package_name)
        imported.append(package_name)
        for module in pkgutil.walk_packages(package.__path__, package_name + "."):
            importlib.import_module(module.name)
            imported.append(module.name)
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
    assert not leaked, leaked
    print(len(imported))
    """
)


def test_core_packages_import_without_qt_or_ui() -> None:
    result = subprocess.run([sys.executable, "-c", BLOCKER], cwd=PROJECT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 20  # every module of app, db and sync was imported


def test_the_blocker_really_blocks() -> None:
    """The check above would pass vacuously if blocking did nothing: importing ui must fail."""
    script = BLOCKER.replace('for package_name in ("app", "cli", "db", "sync")', 'for package_name in ("ui",)')
    result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "is blocked" in result.stderr
