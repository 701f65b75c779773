"""Rapport's icons and translations, found where this package is installed: a clone, an editable install,
a wheel or an sdist alike (issue 17: a wheel had none of them, because the code looked beside its source
files). The files are package data (pyproject.toml), read through importlib.resources."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# The desktop's name for Rapport: its desktop entry, AppStream id and icon (resources/desktop), and what the
# window tells the desktop it is (QGuiApplication.setDesktopFileName), so that the two are matched.
APP_ID = "org.rapportcrm.Rapport"


def path(*parts: str) -> Path:
    """A folder or file of the resources, as a path Qt can open. An installed package is a folder on disk
    (pip and pipx unpack wheels); a zip import, which would need extracting first, is not supported."""
    return Path(str(files(__name__).joinpath(*parts)))
