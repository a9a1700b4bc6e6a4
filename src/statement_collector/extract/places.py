"""The writer's town, when they give it: in their closing lines ("Maria Lopez, Middlebury", "St. Albans, Vermont"
under the name, "-- Ana, Addison County") or in their statement's first sentence ("I'm a nurse in St. Albans",
"Vivo en Burlington"). Never from an address, a signature with contact details or the mail headers.

Precision over recall: a place is one to four capitalised words, maybe with a state ("Middlebury, VT"); a role, an
organization, a degree, a country, a state alone, the writer's own name or anything with digits is no place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..normal import folded
from . import patterns as p

_TOKEN = re.compile(r"[^\s,;:!?()\[\]\"“”«»]++|[,;:!?()\[\]\"“”«»]")
_SENTENCE_MARK = re.compile(r"[.!?…](?=\s|$)")
_APOSTROPHES = re.compile(r"['’]")
_WORD_PARTS = re.compile(r"['’\-]")
_READ = 120
"""Characters read after "I live in" or of a closing line: a place is far shorter."""
_OPENING = 400
"""How much of a statement may hold its first sentence."""
_MOST_WORDS = 4
_LONGEST_WORD = 25
_ABBREVIATION = 3
"""A word this short with a period is an abbreviation ("St.", "Mt."), not the end of a sentence."""


def closing_place(candidates: Iterable[str], names: Iterable[str] = ()) -> str | None:
    """The first closing-line text that is wholly a place; `names` are the writer's own name words (folded), which
    are no town ("Lopez, Maria")."""
    own = frozenset(names)
    for candidate in candidates:
        found = place_at_start(candidate, own, whole=True)
        if found:
            return found
    return None


def opening_place(text: str) -> str | None:
    """The town in the statement's first sentence, after words like "I live in" or "soy * en"; the sentence stays
    in the statement, its town is only copied."""
    head = text[:_OPENING].split("\n\n", 1)[0]
    sentence = head[:_sentence_end(head)]
    found = p.LIVES_IN.search(_APOSTROPHES.sub("'", sentence))
    return place_at_start(sentence[found.end():], whole=False) if found else None


def _sentence_end(text: str) -> int:
    """Where the first sentence ends: a period after an abbreviation ("St. Albans") does not end it."""
    for mark in _SENTENCE_MARK.finditer(text):
        before = text[: mark.start()].rsplit(None, 1)
        word = before[-1] if before else ""
        if not (mark.group() == "." and len(word) <= _ABBREVIATION and word[:1].isupper()):
            return mark.end()
    return len(text)


def place_at_start(text: str, names: frozenset[str] = frozenset(), whole: bool = True) -> str | None:
    """The place `text` starts with (all of `text` when `whole`), as "Town" or "Town, State"; None when unsure."""
    if whole and p.SIGNOFF.match(text.strip()):  # "Thanks", "Peace": a closing word, not a town
        return None
    tokens = _TOKEN.findall(text[:_READ])
    run, used = _capitalised_run(tokens)
    town, region, used = _town_and_region(run, tokens, used)
    rest = tokens[used:]
    if whole and any(t not in (".", ",") for t in rest):
        return None
    if not _is_town(town, names):
        return None
    return f"{' '.join(town)}, {' '.join(region)}" if region else " ".join(town)


def _capitalised_run(tokens: list[str]) -> tuple[list[str], int]:
    """The leading words that may make a place: capitalised words and the joiners between them ("de", "of")."""
    run: list[str] = []
    for token in tokens[: _MOST_WORDS + 4]:
        word = token[:-1] if _ends_sentence(token) else token
        if not word[:1].isupper() and not (run and word in p.PLACE_JOINERS):
            break
        run.append(word)
        if word != token:
            break
    while run and run[-1] in p.PLACE_JOINERS:  # "Burlington of course": the joiner is not the place's
        run.pop()
    return run, len(run)


def _ends_sentence(token: str) -> bool:
    """"Addison." ends a sentence; "St.", "Vt." and "N.Y." do not."""
    if not token.endswith(".") or token in p.REGION_CODES:
        return False
    return len(token) - 1 > _ABBREVIATION and "." not in token[:-1]


def _town_and_region(run: list[str], tokens: list[str], used: int) -> tuple[list[str], list[str], int]:
    """Split a run of words into a town and its state: "St. Albans, Vermont", "Middlebury VT"."""
    if used < len(tokens) and tokens[used] == ",":
        after, _ = _capitalised_run(tokens[used + 1:])
        for size in range(min(3, len(after)), 0, -1):
            if _is_region(after[:size]):
                return run, after[:size], used + 1 + size
    for size in range(min(3, len(run) - 1), 0, -1):
        if _is_region(run[-size:]):
            return run[:-size], run[-size:], used
    return run, [], used


def _is_region(words: list[str]) -> bool:
    joined = " ".join(words)
    return joined in p.REGION_CODES or folded(joined) in p.REGION_NAMES


def _is_town(words: list[str], names: frozenset[str]) -> bool:
    """One to four capitalised words, not a role, an organization, a state, or the writer's own name."""
    if not 1 <= len(words) <= _MOST_WORDS or words[0] in p.PLACE_JOINERS or words[-1] in p.PLACE_JOINERS:
        return False
    if any(_is_region(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)):
        return False  # "Vermont Food Bank", "Vermont" alone: a state is not a town, and inside one, an organization
    proper = [w for w in words if w not in p.PLACE_JOINERS]
    return all(_town_word(w) for w in proper) and not any(folded(w.rstrip(".")) in names for w in proper)


def _town_word(word: str) -> bool:
    core = word[:-1] if word.endswith(".") else word
    if not 2 <= len(core) <= _LONGEST_WORD or not core[0].isupper() or core.isupper():
        return False  # "RN", "MSW", "UVM": initials and degrees
    if core.endswith(("'s", "’s")) or not all(part.isalpha() for part in _WORD_PARTS.split(core)):
        return False
    return folded(core) not in p.NOT_PLACES and folded(word) not in p.NOT_PLACES
