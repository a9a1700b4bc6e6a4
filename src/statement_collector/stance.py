"""Whether a reply is a statement of support at all: a note about the meeting (questions, rides, times) or one
that opposes the campaign's own ask goes to a person as `not-support`. When the stance is unclear it is support:
this is a courtesy to the organizers, and a person decides (DESIGN §3)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .extract.languages import LANGUAGES
from .extract.patterns import words_pattern
from .normal import folded

_SENTENCE = re.compile(r"(?<=[.!?？؟。！])\s++|\n++|;")
_CLAUSE_END = re.compile(r",\s*+(?:but|pero|and|y|because|porque)\b|[,:(]")
_WORD = re.compile(r"\w++")
_QUESTION = ("?", "？", "؟")
_OBJECT_REACH = 120
_READ = 6_000
"""Characters a stance is judged on: twice the longest statement printed unreviewed (`max_chars` 3,000)."""
_SHORT_NOTE_WORDS = 60
_SUBJECT_STOP = frozenset({"statement", "support", "send", "reply", "hearing", "tomorrow", "your", "with", "from",
                           "para", "apoyo", "declaracion", "envie", "manana", "audiencia", "make", "cant"})


@dataclass(frozen=True)
class _Patterns:
    verbs: re.Pattern[str]
    objects: re.Pattern[str]
    pointers: re.Pattern[str]
    enforcement: re.Pattern[str]
    logistics: re.Pattern[str]
    negated: re.Pattern[str]
    negation: re.Pattern[str]
    meeting: re.Pattern[str]


def _group(name: str) -> list[str]:
    return [folded(p) for lang in LANGUAGES.values() for p in getattr(lang.stance, name)]


@cache
def _patterns() -> _Patterns:
    return _Patterns(
        verbs=re.compile(f"(?P<oppose>{words_pattern(_group('oppose'))})|(?P<support>{words_pattern(_group('support'))})"),
        objects=re.compile(f"(?P<harm>{words_pattern(_group('harm'))})|(?P<ask>{words_pattern(_group('ask'))})"),
        pointers=re.compile(words_pattern(_group("pointers"))),
        enforcement=re.compile(words_pattern(_group("enforcement"))),
        logistics=re.compile(words_pattern(_group("logistics"))),
        negated=re.compile(f"(?:{words_pattern(_group('negators'))})\\s++(?:\\w++\\s++)?+$"),
        meeting=re.compile(words_pattern(_group("meeting"))),
        negation=re.compile(words_pattern([folded(n) for lang in LANGUAGES.values() for n in lang.withhold.negations])),
    )


def not_support(text: str, campaign_subject: str = "") -> bool:
    """A reply made only of questions or meeting logistics, or one whose only stance opposes the campaign's ask."""
    sentences = [s for s in (x.strip() for x in _SENTENCE.split(text[:_READ])) if s]
    if not sentences:
        return False
    support, oppose = _stances(sentences, _subject_words(campaign_subject))
    if oppose and not support:
        return True
    return not support and not takes_a_stance(text) and _only_logistics(sentences)


def takes_a_stance(text: str) -> bool:
    """Whether the text supports or opposes anything in words ("I support", "please pass", "me opongo a"):
    an automatic answer never does."""
    return bool(_patterns().verbs.search(folded(text[:_READ])))


def _stances(sentences: list[str], subject: tuple[frozenset[str], bool]) -> tuple[int, int]:
    """(clauses that support the ask, clauses that oppose it)."""
    p = _patterns()
    support = oppose = 0
    for sentence in sentences:
        low = folded(sentence)
        found = p.enforcement.search(low)
        if found and not p.negation.search(found.group()):  # "police should never cooperate with ICE" is support
            oppose += 1
        for verb in p.verbs.finditer(low):
            target = _target(low[verb.end():verb.end() + _OBJECT_REACH], subject)
            if target is None:
                continue
            agrees = (verb.lastgroup == "support") == (target == "ask")
            support, oppose = (support + 1, oppose) if agrees else (support, oppose + 1)
    return support, oppose


def _target(after: str, subject: tuple[frozenset[str], bool]) -> str | None:
    """"ask" or "harm": what a verb of support or opposition is about, by the first telling word of its object."""
    p = _patterns()
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    found = p.objects.search(clause)
    words, subject_is_harm = subject
    named = next((w for w in _WORD.findall(clause) if w in words), None)
    if named is not None and (found is None or clause.find(named) < found.start()):
        return "harm" if subject_is_harm else "ask"
    if found is not None and found.lastgroup == "harm" and p.negated.search(clause[max(0, found.start() - 30):
                                                                                found.start()]):
        return "ask"  # "the policy with no loophole", "una política sin redadas"
    if found is not None:
        return found.lastgroup
    # "I oppose this." points at the ask; "I oppose this cruelty" names something else.
    return "ask" if p.pointers.match(clause.lstrip()) and len(_WORD.findall(clause)) <= 2 else None


@cache
def _subject_words(subject: str) -> tuple[frozenset[str], bool]:
    """The campaign subject's own words, and whether it asks to stop something ("Stop the ICE contract": then
    opposing those words is support)."""
    low = folded(subject)
    verb = _patterns().verbs.search(low)
    rest = low[verb.end():] if verb else low
    words = frozenset(w for w in _WORD.findall(rest) if len(w) >= 4 and w not in _SUBJECT_STOP)
    return words, bool(verb and verb.lastgroup == "oppose")


def _only_logistics(sentences: list[str]) -> bool:
    """A short note all of whose sentences ask something or are about getting to the meeting."""
    if sum(len(s.split()) for s in sentences) > _SHORT_NOTE_WORDS:
        return False
    p = _patterns()
    if not any(s.rstrip().endswith(_QUESTION) or p.meeting.search(folded(s)) for s in sentences):
        return False  # "I drive a milk truck ... they are scared to drive": about work, not about the meeting
    return all(s.rstrip().endswith(_QUESTION) or p.logistics.search(folded(s)) for s in sentences)
