"""Reading text that is not UTF-8 and does not say what it is: old phones and Outlook wrote the
Windows code page of their locale. charset-normalizer guesses well on long text; a name of ten
bytes needs a plausibility check of its own (charset-normalizer read Hebrew cp1255 as cp1125)."""

from __future__ import annotations

import itertools
import re
import unicodedata

from charset_normalizer import from_bytes

# In order of preference when two read equally well.
CANDIDATES = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1255", "cp1256", "cp1254", "cp1257",
              "shift_jis", "gbk", "big5", "euc-kr", "koi8-r")
_WORD = re.compile(r"[^\W\d_]+")
_VOWELS = {
    "LATIN": set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿąęėįųūőűœ"),
    "CYRILLIC": set("аеёиоуыэюяіїєў"),
    "GREEK": set("αεηιουωάέήίόύώϊϋΐΰ"),
}


def _script(char: str) -> str:
    try:
        return unicodedata.name(char).split(" ")[0]
    except ValueError:
        return "?"


def plausibility(text: str) -> float:
    """How much `text` looks like words of one script: Latin words have some plain letters, other
    scripts' words stay in their script. Mojibake mixes scripts, stacks accented letters or puts capitals
    inside words."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    good = 0
    for word in words:
        scripts = {_script(ch) for ch in word}
        if len(scripts) != 1 and not scripts <= {"CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH"}:
            continue
        if scripts == {"LATIN"} and len(word) > 1 and not any(ch.isascii() for ch in word):
            continue  # "àôøéí": Latin words are not made of accented letters only
        if any(a.islower() and b.isupper() for a, b in itertools.pairwise(word)):
            continue  # "рЄЇщэ": a capital after a small letter inside a word is mojibake
        vowels = _VOWELS.get(next(iter(scripts)))
        if vowels and len(word) >= 4 and sum(ch in vowels for ch in word.lower()) * 4 < len(word):
            continue  # "чйщеп": alphabetic scripts need vowels
        good += 1
    undecodable = text.count("\ufffd") + sum(unicodedata.category(ch) in ("Cc", "Co", "Cn") for ch in text)
    return good / len(words) - undecodable / max(len(text), 1)


def guess_encoding(sample: bytes, hint: str | None = None) -> str:
    """The code page `sample` was most likely written in (never UTF-8: the caller tried that)."""
    if hint:
        return hint
    scored: dict[str, float] = {}
    best = from_bytes(sample).best()
    for encoding in [*CANDIDATES, *([best.encoding] if best else [])]:
        if encoding in scored or encoding.replace("_", "").startswith("utf"):
            continue
        try:
            scored[encoding] = plausibility(sample.decode(encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    return max(scored, key=lambda e: scored[e]) if scored else "cp1252"
