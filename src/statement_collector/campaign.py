"""The campaign email's own text, and blocks of it in a reply: not the supporter's words (DESIGN §5).

Known from `[campaign] text_file` (the message as sent, .eml or .txt) or, without it, learned once from the
replies that quote it, stored, and used from then on so verdicts do not drift as mail arrives. Matching runs
on runs of words in the normal form, so line wrapping, quote markers, typographic quotes and case do not matter.
A sample statement the campaign offers supporters to send is not campaign text: replies that send it are
statements (grouping prints it once with its signers).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .errors import ConfigError
from .extract.patterns import PhraseSet
from .models import Extraction, RawMessage, Status
from .normal import folded

if TYPE_CHECKING:
    from .config import Settings
    from .store import Store

Origin = Literal["file", "learned"]

_WORD = re.compile(r"\w++")
_SENTENCE = re.compile(r"(?<=[.!?…])\s++")
_QUOTE_MARKS = re.compile(r"^[\s>|]++")
_BLANK_RUN = re.compile(r"\n(?:[ \t]*+\n)++")
_SHINGLE = 5
"""Words in a run that must appear in the campaign in the same order for a word to count as the campaign's."""
_BLOCK_UNITS = 2
"""A block is at least two consecutive sentences or lines of campaign text (one sentence may be quoted)."""
_BLOCK_WORDS = 8
_PARAGRAPH_WORDS = 12
"""A paragraph of its own that is one long sentence of the campaign is a block too (quoted under a header)."""
_LEARN_SENDERS = 3
"""Replies from this many different senders must quote a sentence for it to be learned as the campaign's."""
_LEARN_WORDS = 4
_LEARN_UNITS = 3


@dataclass(frozen=True)
class CampaignText:
    """The campaign email's text and where it came from."""

    text: str
    origin: Origin
    replies: int = 0
    """For learned text: how many replies quoted it."""
    learned_at: str = ""
    sample: str = field(default="", compare=False)

    @cached_property
    def _shingles(self) -> frozenset[int]:
        own = _without_sample(self.text)
        words = _words(own)
        return frozenset(hash(tuple(words[i:i + _SHINGLE])) for i in range(max(0, len(words) - _SHINGLE + 1)))

    def describe(self) -> str:
        """One line for `check` and `stats`."""
        lines = sum(1 for line in self.text.splitlines() if line.strip())
        if self.origin == "file":
            return f"from [campaign] text_file ({lines} lines)"
        return f"learned from {self.replies} replies that quote it, {self.learned_at[:10]} ({lines} lines)"

    def strip(self, extraction: Extraction) -> Extraction:
        """The extraction without blocks of campaign text; one that is nothing else keeps its text for a person
        to read, held as uncertain."""
        if not self._shingles or not extraction.text:
            return extraction
        kept, removed = self._split(extraction.text)
        if not removed:
            return extraction
        if not kept.strip():
            return extraction.model_copy(update={"uncertain": True, "campaign_only": True})
        return extraction.model_copy(update={"text": kept, "removed": "\n\n".join(
            part for part in (*removed, extraction.removed) if part)})

    def _split(self, text: str) -> tuple[str, list[str]]:
        units = _units(text)
        covered = self._covered([u.words for u in units])
        paragraph, number = [], 0
        for unit in units:
            number += not unit.text
            paragraph.append(number)
        sizes = Counter(paragraph[k] for k, unit in enumerate(units) if unit.words)
        drop: set[int] = set()
        run: list[int] = []
        for k, unit in enumerate(units + [_Unit(-1, "", [])]):
            if unit.words and covered[k]:
                run.append(k)
                continue
            if unit.line >= 0 and not unit.words:  # a blank line or punctuation alone does not break a run
                continue
            words = sum(len(units[j].words) for j in run)
            if len(run) >= _BLOCK_UNITS and words >= _BLOCK_WORDS or (
                    len(run) == 1 and sizes[paragraph[run[0]]] == 1 and words >= _PARAGRAPH_WORDS):
                drop.update(run)
            run = []
        if not drop:
            return text, []
        return _joined(units, drop, keep=True), [_joined(units, drop, keep=False)]

    def _covered(self, unit_words: list[list[str]]) -> list[bool]:
        """Per unit, whether every one of its words lies in a run of `_SHINGLE` words the campaign has."""
        words = [w for ws in unit_words for w in ws]
        hit = [False] * len(words)
        for i in range(len(words) - _SHINGLE + 1):
            if hash(tuple(words[i:i + _SHINGLE])) in self._shingles:
                for j in range(i, i + _SHINGLE):
                    hit[j] = True
        out, start = [], 0
        for ws in unit_words:
            out.append(bool(ws) and all(hit[start:start + len(ws)]))
            start += len(ws)
        return out


@dataclass
class _Unit:
    line: int
    text: str
    words: list[str]


def _words(text: str) -> list[str]:
    return _WORD.findall(folded(text))


def _units(text: str) -> list[_Unit]:
    """The text's sentences, a line break ending one too (a heading, a wrapped line)."""
    units = []
    for number, line in enumerate(text.split("\n")):
        if not line.strip():
            units.append(_Unit(number, "", []))
        for sentence in _SENTENCE.split(line.strip()):
            if sentence:
                units.append(_Unit(number, sentence, _words(sentence)))
    return units


def _joined(units: list[_Unit], drop: set[int], keep: bool) -> str:
    """The kept (or the dropped) sentences, line by line; untouched lines as they were, blank lines kept."""
    lines: dict[int, list[str]] = {}
    touched: set[int] = set()
    for k, unit in enumerate(units):
        parts = lines.setdefault(unit.line, [])
        if unit.text and (k not in drop) == keep:
            parts.append(unit.text)
        elif unit.text:
            touched.add(unit.line)
    out = [" ".join(parts) for number, parts in lines.items() if parts or number not in touched]
    return _BLANK_RUN.sub("\n\n", "\n".join(out)).strip()


# Sample statements -------------------------------------------------------------------------------------------

def _sample_intros() -> PhraseSet:
    from .extract.languages import LANGUAGES

    return PhraseSet([p for lang in LANGUAGES.values() for p in lang.sample_intros])


def _first_person() -> frozenset[str]:
    from .extract.languages import LANGUAGES

    return frozenset(w for lang in LANGUAGES.values() for w in lang.first_person_words)


def _without_sample(text: str) -> str:
    """The campaign text without the sample statement it offers: the paragraphs after a line that introduces
    one ("Here is a sample statement you can use:"), while they speak in the first person or are quoted."""
    intros, first_person = _sample_intros(), _first_person()
    paragraphs = [p.strip() for p in _BLANK_RUN.split(text) if p.strip()]
    kept: list[str] = []
    in_sample = False
    for paragraph in paragraphs:
        if in_sample and _offered(paragraph, first_person):
            continue
        in_sample = False
        kept.append(paragraph)
        last_line = paragraph.rsplit("\n", 1)[-1]
        if intros.search(folded(last_line)) and last_line.rstrip().endswith((":", "…", "...")) or \
                intros.search(folded(paragraph)) and paragraph.rstrip().endswith(":"):
            in_sample = True
    return "\n\n".join(kept)


def _offered(paragraph: str, first_person: frozenset[str]) -> bool:
    stripped = paragraph.strip()
    if stripped[:1] in "\"“«'‘" or stripped.startswith(">"):
        return True
    return any(word in first_person for word in _words(stripped))


# Where the text comes from ------------------------------------------------------------------------------------

def from_file(path: Path) -> CampaignText:
    """The campaign email as sent: an .eml (its text, or its HTML as the reader saw it) or a text file."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ConfigError([f"campaign.text_file: cannot read {path}: {err.strerror or err}"]) from None
    if path.suffix.lower() == ".eml" or data[:200].lower().find(b"content-type:") >= 0:
        from .extract.html import readable
        from .parse import parse

        reply = parse(RawMessage(data=data, origin=str(path)))
        text = readable(reply.text, reply.html)
    else:
        text = data.decode("utf-8", errors="replace")
    return CampaignText(_unquoted(text), "file")


def _unquoted(text: str) -> str:
    return "\n".join(_QUOTE_MARKS.sub("", line) for line in text.splitlines())


def known(settings: Settings, store: Store | None) -> CampaignText | None:
    """The campaign text in force: the configured file, else what was learned and stored."""
    if settings.campaign.text_file:
        return from_file(settings.resolve(settings.campaign.text_file))
    if store is None:
        return None
    stored = store.campaign_text()
    return None if stored is None else CampaignText(stored[0], "learned", stored[1], stored[2])


def learn(store: Store) -> CampaignText | None:
    """The campaign text, when enough replies quote the same sentences: from the removed parts of stored
    statements, the sentences that replies of `_LEARN_SENDERS` or more senders share, in the order of the
    reply that holds most of them. Sentences that are also sent as statements (a sample statement) are left out."""
    statements = [s for s in store.statements() if s.removed]
    senders: dict[str, set[str]] = {}
    for s in statements:
        for key in {_key(unit) for unit in _removed_units(s.removed)} - {""}:
            senders.setdefault(key, set()).add(s.sender)
    sent = Counter(_key(u) for s in store.statements() if s.status is not Status.REJECTED
                   for u in _removed_units(s.text))
    common = {key for key, who in senders.items() if len(who) >= _LEARN_SENDERS and sent[key] < 2}
    if len(common) < _LEARN_UNITS:
        return None
    best = max(statements, key=lambda s: sum(_key(u) in common for u in _removed_units(s.removed)))
    lines = [line for line in (_QUOTE_MARKS.sub("", x) for x in best.removed.splitlines())
             if not line.strip() or any(_key(u) in common for u in _SENTENCE.split(line.strip()))]
    text = _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()
    quoting = sum(1 for s in statements if any(_key(u) in common for u in _removed_units(s.removed)))
    return CampaignText(text, "learned", quoting)


def _removed_units(text: str) -> Iterable[str]:
    for line in text.splitlines():
        yield from _SENTENCE.split(_QUOTE_MARKS.sub("", line).strip())


def _key(unit: str) -> str:
    words = _words(unit)
    return " ".join(words) if len(words) >= _LEARN_WORDS else ""


def learn_and_keep(store: Store) -> CampaignText | None:
    """Learn the campaign text if none is stored yet and the replies allow it; store what was learned."""
    if store.campaign_text() is not None:
        return None
    found = learn(store)
    if found is not None:
        store.set_campaign_text(found.text, found.origin, found.replies)
    return found


def campaign_line(settings: Settings, store: Store | None) -> str:
    """What `check` and `stats` say of the campaign text."""
    found = known(settings, store)
    return "not known yet" if found is None else found.describe()
