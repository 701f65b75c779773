"""Detail panes of one record (contact, account), their timeline, quick-action sheets, and the Trash.

Public API for the main window:

- `ContactDetailPane(services, undo_stack)` / `AccountDetailPane(services, undo_stack)`:
  `show_record(uid)`, `clear()`, `delete_record()`, signals `open_record(kind, uid)` and `changed()`.
- `TrashView(services)`: `reload()`, signal `changed()`.
"""

from ui.detail.account_pane import AccountDetailPane
from ui.detail.contact_pane import ContactDetailPane
from ui.detail.trash import TrashView

__all__ = ["AccountDetailPane", "ContactDetailPane", "TrashView"]
