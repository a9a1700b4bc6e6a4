"""The regexes built once from every language's phrases (`languages/`)."""

from __future__ import annotations

import re

from ..normal import folded
from .languages import LANGUAGES

UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""Scripts that write words without spaces between them: no word boundaries there."""


def _phrase(text: str) -> str:
    """One phrase as a regex: escaped, spaces flexible, `*` a short wildcard."""
    parts = [re.escape(p).replace(r"\ ", r"\s+") for p in text.split("*")]
    return r".{0,40}?".join(parts)


def words_pattern(texts: list[str], stems: bool = False, suffixes: bool = False) -> str:
    """An alternation that does not start or end inside a word where the script spaces its words; `stems` take
    any ending ("publi" for publish, publiquen), `suffixes` may end a word ("mayın" in "kullanmayın")."""
    out = []
    for text in sorted(set(texts), key=len, reverse=True):
        spaced = text[:1].isalpha() and not UNSPACED.match(text)
        left = r"(?<![^\W\d_])" if spaced and not suffixes else ""
        right = r"\w*" if stems else (r"(?![^\W\d_])" if text[-1:].isalpha() and text.isascii() else "")
        out.append(left + _phrase(text) + right)
    return "|".join(out)


def _collect(name: str) -> list[str]:
    return [p for lang in LANGUAGES.values() for p in getattr(lang, name)]


def _lower(text: str) -> str:
    """Lower case for the literal pre-check; Turkish "İ" as "i" (`str.lower` adds a combining dot to it)."""
    low = text.lower()
    return low.replace("i\u0307", "i") if "\u0307" in low else low


def _header_kinds() -> dict[str, str]:
    return {key: kind for lang in LANGUAGES.values() for kind, keys in lang.headers.items() for key in keys}


class PhraseSet:
    """A compiled alternation with a cheap literal pre-check, so most lines never reach the regex."""

    def __init__(self, texts: list[str], template: str = "{}") -> None:
        self.regex = re.compile(template.format(words_pattern(texts)), re.I)
        self._keys = tuple({_lower(max(t.split("*"), key=len).strip()) for t in texts})
        # How far into a line a phrase matched at its start can reach (a `*` spans up to 40 characters, and the
        # templates allow some leading punctuation): `match` looks for the keys only there.
        self._reach = max((len(t) + 40 * t.count("*") for t in texts), default=0) + 40

    @property
    def keys(self) -> tuple[str, ...]:
        """The literal words one of which every match holds (lower case)."""
        return self._keys

    def _maybe(self, line: str) -> bool:
        low = _lower(line)
        return any(map(low.__contains__, self._keys))

    def search(self, line: str) -> re.Match[str] | None:
        """The first phrase anywhere in `line`."""
        return self.regex.search(line) if self._maybe(line) else None

    def match(self, line: str) -> re.Match[str] | None:
        """The template matched at the start of `line`."""
        return self.regex.match(line) if self._maybe(line[: self._reach]) else None


EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
"""An email address anywhere in a line (attribution lines, contact details, address-like names)."""

HEADER_KINDS: dict[str, str] = _header_kinds()
_WROTE_LAST = frozenset(w.split()[-1].lower().strip("()") for w in _collect("wrote"))

WROTE = PhraseSet(_collect("wrote"), r"(?:{})(?:\s*\(a\))?")
INTRO = re.compile(rf"^[\s>*-]*+(?:{words_pattern(_collect('intros'))})\s", re.I)
INTRO_MIDLINE = re.compile(rf"(?<=[^\s-])[\s-]*+(?=(?:{words_pattern(_collect('intros'))})\s)", re.I)
HEADER_LINE = re.compile(rf"^[\s>*]*+({words_pattern(list(HEADER_KINDS))})\s*+\**+\s*+[:：]", re.I)
HEADER_INLINE = re.compile(rf"\s({words_pattern(list(HEADER_KINDS))})\s*+\**+\s*+[:：]\s", re.I)
"""A header key inside a line: Outlook sometimes flattens its block to "From: A Sent: B To: C Subject: D"."""
SEPARATOR_PHRASE = PhraseSet(_collect("original"), r"^[\s>*_=~-]*+(?:{})[\s*_=~:：-]*+$")
FORWARD_PHRASE = PhraseSet(_collect("forwarded"), r"^[\s>*_=~-]*+(?:{})[\s*_=~:：-]*+$")
MOBILE = PhraseSet(_collect("mobile"), r"^[\W_]*+(?:{})")
DISCLAIMER = PhraseSet(_collect("disclaimers"))
GREETING = PhraseSet(_collect("greetings"), r"^\s*+(?:{})(?P<rest>.*)$")
SIGNOFF = PhraseSet(_collect("signoffs"), r"^[\s\-–—~]*+(?:{})(?P<rest>.*)$")


NAME_REQUEST = PhraseSet(
    _collect("name_requests"),
    r"(?:{})\s*+[:\"“'‘]?\s*+(?P<name>[^\W\d_][\w.'’ -]{{0,38}})[\"”'’]?\s*+[.!,]?\s*+"
    r"(?:please|por favor|thanks)?[.!]?$",
)
INITIALS = PhraseSet(_collect("initials"))
FIRST_NAME = PhraseSet(_collect("first_name"))
META = PhraseSet(_collect("meta"))
BEHALF = PhraseSet(_collect("behalf"), r"^\s*+(?:{})\s")


def ends_like_attribution(line: str) -> bool:
    """True when a line ends as attributions do: a colon, or the verb itself ("wrote ----")."""
    tail = line.rstrip()
    if tail.endswith((":", "：")):
        return True
    words = tail.rstrip(" -").split()
    return bool(words) and words[-1].lower().strip("()") in _WROTE_LAST


def _is_code(region: str) -> bool:
    """"VT", "Vt.", "N.Y.", "EE. UU.": written as a code, matched only as written (not "me", "in", "la")."""
    return region.isupper() or region.endswith(".")


LIVES_IN = PhraseSet(_collect("lives_in"))
"""Words before the town a writer lives or works in ("I live in", "I'm a * in", "vivo en")."""
REGION_CODES: frozenset[str] = frozenset(r for r in _collect("regions") if _is_code(r))
REGION_NAMES: frozenset[str] = frozenset(folded(r) for r in _collect("regions") if not _is_code(r))
PLACE_JOINERS: frozenset[str] = frozenset(_collect("place_joiners"))
NOT_PLACES: frozenset[str] = frozenset(folded(w) for w in _collect("not_places"))
