"""Sync's defaults that the command line's help shows, in a module that loads nothing of the network."""

from __future__ import annotations

DEFAULT_DEADLINE = 60.0  # seconds for a whole request: connecting, sending and the whole answer
