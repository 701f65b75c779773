"""Regional defaults read from the system locale (no Qt here: the core runs in the CLI too)."""

from __future__ import annotations

import locale
import os


def default_phone_region() -> str | None:
    """The country of the user's locale ("US" from en_US.UTF-8): how numbers without +CC are read."""
    for candidate in (os.environ.get("LC_ALL"), os.environ.get("LC_TELEPHONE"), os.environ.get("LANG"),
                      locale.getlocale()[0]):
        if candidate and "_" in candidate:
            region = candidate.split(".")[0].split("@")[0].split("_")[1]
            if len(region) == 2 and region.isalpha():
                return region.upper()
    return None
