"""The window's side of the one door for writes: what a user action does to the store, and its undo.

- `LogUndoStack` (undo_stack.py): Edit → Undo and Redo over the one undo log in app/undo.py, which the
  command line's `rapport undo` reads too.
"""
