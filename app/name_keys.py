"""Names compared as people read them: without case, accents or spacing (duplicates, completion)."""

from __future__ import annotations

import re
import unicodedata

# Combining marks (accents, Hebrew and Arabic points, kana voicing marks) that NFKD splits off a letter.
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u064b-\u065f\u0670\u1ab0-\u1aff"
                    "\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f]")


def fold_name(name: str) -> str:
    """A name compared without case, accents or spacing: "  José  ÁLVAREZ" -> "jose alvarez"."""
    if name.isascii():  # most names: nothing to decompose
        return " ".join(name.lower().split())
    bare = _MARKS.sub("", unicodedata.normalize("NFKD", name))
    return " ".join(unicodedata.normalize("NFC", bare).casefold().split())


def name_key(name: str) -> str:
    """The folded name with its words sorted: token_sort_ratio compares names so, and sorting once per
    name is cheaper than once per comparison (fuzz.ratio on these equals token_sort_ratio)."""
    if name.isascii():
        return " ".join(sorted(name.lower().split()))
    return " ".join(sorted(fold_name(name).split()))
