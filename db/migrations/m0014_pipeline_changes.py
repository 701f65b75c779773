"""Schema 14: when a pipeline's definition last changed here (issue 14).

`pipeline.changed_at`: set when the pipeline is renamed or a stage of it is renamed, added, moved or given
another probability. Every deal carries its pipeline's stages with this moment (X-CHANGED on each
X-RAPPORT-STAGE-DEF), and a laptop takes a definition only when it is newer than its own: a rename travels to
the office, and an old deal on the server never renames a stage back. NULL: not changed since it was made.
"""

SQL = """
ALTER TABLE pipeline ADD COLUMN changed_at DATETIME;
"""
