"""Who wrote a statement, as words to look for: an anonymous statement must not name its author."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .normal import fold

_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_LOCAL_SPLIT = re.compile(r"[^a-z]+")
_INTRODUCTION = re.compile(
    r"\b(?:my name is|my name's|my full name is|i am called|i'm called|they call me|people call me|everyone calls me|"
    r"i go by|friends call me|me dicen|me conocen como|me llaman|todos me dicen|mi nombre es|"
    r"mi nombre completo es|me llamo|me nombre es|je m'appelle|mon nom est|meu nome e|me chamo|mein name ist|"
    r"ich heisse|il mio nome e|mi chiamo)\s+\S+")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
# A writer naming themselves: "I'm Rosa Pérez", "This is Teodora", "Soy Jacinto" (a capital after the verb).
_SELF_NAMED = re.compile(
    rf"(?:\bI\s+am|\bI['’]m|\bIm|(?:^|(?<=[.!?]\s))This\s+is|\b[Ss]oy|\bJe\s+suis|\bEu\s+sou|\bIch\s+bin)"
    rf"\s+(?:[{_UPPER}][\w'’-]{{1,30}})(?:\s+[{_UPPER}][\w'’-]{{1,30}}){{0,3}}")
_MID_SENTENCE_CAPITAL = re.compile(rf"(?<![.!?:\s])\s++([{_UPPER}][a-zà-ÿ'’-]{{2,30}})\b")
# Words of two or three letters name nobody on their own ("de", "la", "Us"); short surnames ("Pop", "Xol") are
# still looked for when the whole name has them.
_MIN_WORD = 3
_NOT_NAMES = frozenset({
    "the", "and", "for", "from", "with", "via", "mrs", "miss", "sra", "srta", "del", "los", "las", "san", "van",
    "von", "mail", "email", "info", "farm", "farms", "dairy", "family", "familia", "contact", "office", "home",
    "gmail", "yahoo", "hotmail", "outlook", "icloud", "proton", "example", "anonymous", "anonimo", "anonima",
    "supporter", "user", "admin", "team", "vermont",
})


def author_names(*names: str | None, address: str = "") -> list[str]:
    """The forms of a person's name worth looking for: display name, sign-off, the address's local part."""
    found = [" ".join(n.split()) for n in names if n and n.strip()]
    local = address.partition("@")[0].casefold()
    found += [word for word in _LOCAL_SPLIT.split(local) if len(word) >= 4]
    return list(dict.fromkeys(found))


def name_words(names: Iterable[str]) -> set[str]:
    """The folded words of the names that could identify a person."""
    words = set()
    for name in names:
        for word in _WORD.findall(fold(name).text):
            if len(word) >= _MIN_WORD and word not in _NOT_NAMES:
                words.add(word)
    return words


def identifying(text: str, names: Iterable[str]) -> list[str]:
    """The places where `text` names its author, as written: one of their name words, or a self-introduction
    ("My name is ...", "Me llamo ...")."""
    folded = fold(text)
    wanted = name_words(names)
    hits = []
    for found in _WORD.finditer(folded.text):
        if found.group(0) in wanted:
            start, end = folded.span(*found.span())
            hits.append(text[start:end])
    for found in _INTRODUCTION.finditer(folded.text):
        start, end = folded.span(*found.span())
        hits.append(text[start:end])
    hits += [found.group(0) for found in _SELF_NAMED.finditer(text)]
    hits += _initial_matches(text, names)
    return list(dict.fromkeys(hits))


def _initial_matches(text: str, names: Iterable[str]) -> list[str]:
    """A name given only as an initial ("A Quiej", "R. Pérez"): a capitalized word with that initial inside a
    sentence may be the first name ("... that Abelardo from the Berlin farm says thanks")."""
    initials = {word[0] for name in names for word in re.findall(r"(?<!\w)([A-Z])\.?(?=\s+[A-Z])", name)}
    if not initials:
        return []
    return [m.group(1) for m in _MID_SENTENCE_CAPITAL.finditer(text) if m.group(1)[0] in initials]


def mask(text: str, names: Iterable[str], label: str = "[name removed]") -> str:
    """`text` with every word of the author's names replaced by `label`."""
    folded = fold(text)
    wanted = name_words(names)
    spans = [folded.span(*m.span()) for m in _WORD.finditer(folded.text) if m.group(0) in wanted]
    for start, end in reversed(spans):
        text = text[:start] + label + text[end:]
    return text
