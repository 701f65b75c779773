"""What an installed Rapport carries (issue 17): the window's icons and translations are package data of
the `resources` package, found through importlib.resources, never beside a source file. (.ci/run builds the
sdist and the wheel, installs the wheel into a fresh venv outside the clone and checks the window there:
tests/packaging/check_installed.py.)"""

from __future__ import annotations

import fnmatch
import tomllib

import resources
from tests.conftest import PROJECT


def test_every_resource_the_window_loads_is_package_data() -> None:
    config = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["resources"]
    loaded = [p.relative_to(PROJECT / "resources").as_posix()
              for pattern in ("icons/*.svg", "translations/*.qm") for p in (PROJECT / "resources").glob(pattern)]
    assert loaded
    assert [f for f in loaded if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)] == []
    assert "resources" in config["tool"]["setuptools"]["packages"]["find"]["include"]


def test_the_window_finds_its_resources_through_the_package() -> None:
    from ui import i18n, icons

    assert resources.path() == (PROJECT / "resources").resolve()
    assert resources.path("icons") == icons.ICONS and (icons.ICONS / "rapport.svg").is_file()
    assert (i18n.TRANSLATIONS / "rapport_ru.qm").is_file() and (i18n.TRANSLATIONS / "rapport_zh_CN.qm").is_file()
    sources = [p.relative_to(PROJECT).as_posix() for p in (PROJECT / "ui").rglob("*.py")
               if '"resources"' in p.read_text(encoding="utf-8")]
    assert sources == [], f"resources found by a path beside the source: {sources}"
