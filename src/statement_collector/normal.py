"""One normal form for matching: every privacy and screening matcher reads text through `fold`.

The printed text is never changed; a match found on the folded copy maps back to the original characters
through `Folded.span`, so a sentence or a contact detail is removed exactly as it was typed.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
# Characters that print as nothing (format characters, soft hyphen, fillers) or that only steer the direction of
# text; ZWJ/ZWNJ too, since a matcher never needs them between the letters it compares.
_INVISIBLE = frozenset("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u3164\ufeff\uffa0")
_QUOTES = {**dict.fromkeys("‘’‚‛′ʼ`´ʹʻʽ\u02bc＇", "'"), **dict.fromkeys("“”„‟″«»〝〞＂", '"'),
           **dict.fromkeys("‐‑‒–—―−﹘﹣－⁃", "-")}
_LATIN_MARKS = range(0x300, 0x370)


@dataclass(frozen=True)
class Folded:
    """A folded copy of a text and, for each folded character, the original characters it came from."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span behind the folded span [start, end)."""
        if start >= end:
            edge = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return edge, edge
        return self.starts[start], self.ends[end - 1]


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character in the normal form: '' for invisible ones."""
    if ch in _INVISIBLE or (unicodedata.category(ch) == "Cf" and ch not in "\u0600\u0601\u0602\u0603\u06dd"):
        return ""
    ch = _QUOTES.get(ch, ch)
    out = unicodedata.normalize("NFKC", ch)
    decomposed = unicodedata.normalize("NFD", out)
    if any(ord(c) in _LATIN_MARKS for c in decomposed):
        out = unicodedata.normalize("NFC", "".join(c for c in decomposed if ord(c) not in _LATIN_MARKS))
    return "".join(_QUOTES.get(c, c) for c in out.casefold())


class _Table(dict[int, str]):
    """`fold_char` for each code point, filled as characters are first seen (`str.translate` reads it in C)."""

    def __missing__(self, code: int) -> str:
        self[code] = value = fold_char(chr(code))
        return value


_TABLE = _Table()


def fold(text: str) -> Folded:
    """NFKC, typographic quotes and dashes as ASCII, invisible characters out, entities decoded, case and
    Latin accents folded."""
    if text.isascii() and "&" not in text:
        low = text.lower()
        return Folded(low, range(len(low)), range(1, len(low) + 1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for piece, start, end, entity in _pieces(text):
        parts = list(map(_TABLE.__getitem__, map(ord, piece)))
        joined = "".join(parts)
        out.append(joined)
        if entity:
            starts.extend([start] * len(joined))
            ends.extend([end] * len(joined))
        elif len(joined) == len(piece) and max(map(len, parts), default=1) == 1:
            starts.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
        else:  # some characters fold to none or to several
            for offset, part in enumerate(parts, start):
                starts.extend([offset] * len(part))
                ends.extend([offset + 1] * len(part))
    return Folded("".join(out), starts, ends)


def folded(text: str) -> str:
    """Only the folded text (no offset map: much quicker on a long text)."""
    if text.isascii() and "&" not in text:
        return text.lower()
    return (html.unescape(text) if "&" in text else text).translate(_TABLE)


def _pieces(text: str) -> list[tuple[str, int, int, bool]]:
    """The text as (characters, start, end, is-entity) pieces: runs as they are, and each entity decoded."""
    pieces: list[tuple[str, int, int, bool]] = []
    last = 0
    for found in _ENTITY.finditer(text) if "&" in text else ():
        decoded = html.unescape(found.group(0))
        if decoded == found.group(0):
            continue
        if found.start() > last:
            pieces.append((text[last:found.start()], last, found.start(), False))
        pieces.append((decoded, found.start(), found.end(), True))
        last = found.end()
    if last < len(text):
        pieces.append((text[last:], last, len(text), False))
    return pieces
