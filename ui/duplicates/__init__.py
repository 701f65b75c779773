"""Reviewing duplicate contacts (see view.py): `DuplicatesView(services, parent)`."""

from ui.duplicates.view import DuplicatesView

__all__ = ["DuplicatesView"]
