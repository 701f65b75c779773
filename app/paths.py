"""Where Rapport keeps its files. Every path comes from here and can be overridden."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Rapport"
DATA_DIR_ENV = "RAPPORT_DATA_DIR"
DATABASE_NAME = "rapport.sqlite3"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir first, then $RAPPORT_DATA_DIR, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def log_path(data_dir: Path) -> Path:
    return data_dir / "rapport.log"
