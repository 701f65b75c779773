"""The window's side of the one door for writes: what a user action does to the store, and its undo.

- `Op` and `operations(services)` (operation.py): every user action that writes runs as one small
  function of the services on the write worker, in one unit of work named for Edit → Undo; its
  `Changes` come back as `Operations.operation_did_execute(changes, initiator)` and each view reads again
  what it shows; a failure is logged and shown (the default: a message with Retry).
- `LogUndoStack` (undo_stack.py): Edit → Undo and Redo over the one undo log in app/undo.py, which the
  command line's `rapport undo` reads too; an undo or redo is itself an operation.
"""
