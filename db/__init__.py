"""Rapport's storage: peewee models over one SQLite file, its migrations and its full-text index."""
