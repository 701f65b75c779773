"""Schema 20: a custom field removed is kept as a removed definition (`custom_field.removed_at`), its
values gone, so that the removal travels to the office's other laptops (app/custom_fields.py: the records'
texts carry `X-RAPPORT-FIELD;KEY=…;X-TYPE=removed:`) and values still arriving for it from texts written
before are not taken, nor is the field defined again from them. Undo brings the field and its values back.
"""

SQL = """
ALTER TABLE custom_field ADD COLUMN removed_at TEXT;
"""
