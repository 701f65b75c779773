"""The import wizard (see wizard.py): `ImportWizard(services, parent, paths=None)` and `local_paths(mime)`."""

from ui.importer.wizard import ImportWizard, local_paths

__all__ = ["ImportWizard", "local_paths"]
