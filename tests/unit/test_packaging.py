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


def _top_level_imports() -> set[str]:
    import ast

    found: set[str] = set()
    files = [PROJECT / "main.py", *(p for d in ("app", "cli", "db", "sync", "ui", "resources")
                                  for p in (PROJECT / d).rglob("*.py"))]
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return found


def test_dependencies_say_what_the_product_imports() -> None:
    """Every package the product imports is declared, and nothing is declared that it does not import
    (issue 17: vobject and caldav were declared and never imported; niquests and python-dateutil imported
    and not declared). Test-only packages belong to the `test` extra."""
    import re
    import sys
    from importlib.metadata import packages_distributions

    def name(requirement: str) -> str:
        return re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")

    config = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {name(r) for r in config["project"]["dependencies"]}
    ours = {"app", "cli", "db", "sync", "ui", "resources", "main"}
    third_party = {m for m in _top_level_imports() if m not in sys.stdlib_module_names and m not in ours}
    distributions = packages_distributions()
    imported = {name(distributions[m][0]) for m in third_party if m != "shiboken6"}  # PySide6's own binding
    assert third_party - set(distributions) == set(), "imported, but no installed distribution provides it"
    assert imported - declared == set(), "imported by the product, not declared"
    assert declared - imported == set(), "declared, never imported by the product"
