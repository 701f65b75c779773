"""Schema 32: indexes so the pipeline board reads what it shows rather than every deal (app/board.py).

`deal_open_order` walks a stage's open deals by expected close, the board's order for deals with nothing
planned; `deal_open_money` holds what a column's count and totals add up, so they are summed from the index
alone (status and deleted_at are in it too: SQLite 3.40 reads the table for a partial index's own
condition otherwise); `task_open_due` finds the open tasks due by today, whose deals head the columns. Over the
million-contact demo's 120,000 open deals the board's query took 0.7 s warm, most of it ranking every open
deal to show 100 a column; 0.07 s with these.
"""

SQL = """
CREATE INDEX IF NOT EXISTS deal_open_order ON deal (stage_id, expected_close)
    WHERE status = 'open' AND deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deal_open_money ON deal (stage_id, currency, amount_minor, owner, status, deleted_at)
    WHERE status = 'open' AND deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS task_open_due ON task (due_date)
    WHERE deleted_at IS NULL AND status IN ('needs-action', 'in-process');
"""
