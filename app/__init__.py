"""Rapport's domain layer: services over the local store, in plain Python (no Qt widgets)."""
