"""Reusable view widgets of the main window."""
