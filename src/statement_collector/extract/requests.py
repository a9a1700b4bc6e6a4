"""What a sentence asks of the organizers about the person: not to be named, to be named, to take a statement back.

Every pattern reads the normal form (`normal.fold`), so "don’t", "dont", "DON'T" and "don&#8217;t" are one
request. The grammar is data (`languages/<code>.py`: `Withhold` for the name in every language, `Requests` for
consent, identity and withdrawal); this module only builds and applies it. When a sentence talks about the name
or the writer's identity and neither a request nor a permission is sure, it is a DOUBT: a person decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache

from ..normal import folded
from .languages import LANGUAGES, Requests, Withhold
from .patterns import UNSPACED, words_pattern


class Kind(StrEnum):
    """What a sentence asks about the person who wrote it."""

    ANONYMITY = "anonymity"
    """Not to be named."""
    CONSENT = "consent"
    """Permission to print the name."""
    WITHDRAWAL = "withdrawal"
    """Not to use what they sent."""
    CHANGE_OF_MIND = "change-of-mind"
    """A change of mind with nothing named: perhaps a withdrawal."""
    DOUBT = "doubt"
    """Talks about the name or identity, but what it asks is unclear."""


DOUBTS = frozenset({Kind.DOUBT.value, Kind.CHANGE_OF_MIND.value})
"""What a person must judge: the sender may or may not be asking something about their statement."""

_LONGEST = 2000
_REACH = 250
"""Characters either side of a key word that a request pattern can span."""
_MOST_WINDOWS = 20
_CLAUSE_END = ",.;:!?¿¡。！？、，()\n"


def _gap(most: int) -> str:
    """A few characters within one clause."""
    return rf"[^{re.escape(_CLAUSE_END)}]{{0,{most}}}?"


def _fold_all(texts: list[str]) -> list[str]:
    return sorted({folded(t) for t in texts if t.strip()})


def _group(texts: list[str], stems: bool = False, suffixes: bool = False) -> str:
    return f"(?:{words_pattern(_fold_all(texts), stems, suffixes)})"


def _clause_phrases(texts: list[str]) -> str:
    """Phrases whose `*` spans a few words within the clause."""
    out = []
    for text in _fold_all(texts):
        parts = [re.escape(p.strip()).replace(r"\ ", r"\s+") for p in text.strip(" *").split("*")]
        edge = r"(?<![^\W\d_])" if text.strip(" *")[:1].isalpha() else ""
        out.append(edge + _gap(40).join(parts))
    return "(?:" + "|".join(out) + ")"


def _withhold_forms(w: Withhold) -> list[str]:
    name, forms = _group(w.my_name), []
    if w.negations and w.verbs:
        negation, verb = _group(w.negations), _group(w.verbs, stems=True)
        forms += [negation + _gap(20) + verb + _gap(25) + name, name + _gap(12) + negation + _gap(12) + verb]
        if w.negation_last:
            forms.append(verb + _gap(12) + name + _gap(20) + negation)
    if w.after:
        forms.append(name + _gap(14) + _group(w.after, suffixes=True))
    if w.without:
        forms.append(_group(w.without) + _gap(10) + name)
    if w.private:
        forms.append(name + _gap(15) + _group(w.private, stems=True))
    return forms


def _all(name: str, part: str = "withhold") -> list[str]:
    return [p for lang in LANGUAGES.values() for p in getattr(getattr(lang, part), name)]


def _requests() -> list[Requests]:
    return [lang.requests for lang in LANGUAGES.values()]


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


_NEGATION = _group(_all("negations") + ["no", "ya no", "never", "nunca", "please no", "rather not", "no longer"])
_NEGATED = _compile(_NEGATION + _gap(30) + "$")
_CONSENT_WORDS = _compile(_group(_all("consent"), stems=True))
_WITHHOLD = _compile("|".join(f for lang in LANGUAGES.values() for f in _withhold_forms(lang.withhold)))
_ANONYMOUS = _compile(_group(_all("anonymous"), stems=True))
_FIRST_PERSON = _compile(_group(_all("first_person") + ["porfa", "porfavor", "pls", "plz", "kindly",
                                                        "pongan", "ponganme", "ponganlo", "ponganla", "ruego", "pido",
                                                        "les pido", "i ask", "i beg"]))
_MY_NAME = _compile(_group(_all("my_name")))
_LISTED = _compile(_group([p for lang in LANGUAGES.values() for p in lang.anonymity]))
_CONSENT = _compile(_clause_phrases([p for r in _requests() for p in r.consent]))
_INTRODUCTION = _compile(_clause_phrases([p for r in _requests() for p in r.introductions]) + r"\s+\S+")
_KNOW = _group(["know", "say", "tell", "reveal", "share", "publish", "print", "show", "disclose", "find out",
                "learn", "see", "guess", "figure out", "sep", "dig", "publi", "revel", "muestr", "conozc",
                "sab", "descubr", "averig", "identifi"], stems=True)
_WHO = _group([p for r in _requests() for p in r.who])
_REQUEST = _compile("|".join([
    _NEGATION + _gap(30) + _KNOW + _gap(25) + _WHO,
    _NEGATION + _gap(25) + _group([p for r in _requests() for p in r.passive]),
    r"(?:but|pero|mas)\s+(?:not|no)\s+" + _group(_all("my_name")),
    r"(?<![^\W\d_])(?:as|como|comme|come|als)\s+(?:an?\s+|un\s+|una\s+)?(?:anonym|anonim|anon\b)",
    r"(?<![^\W\d_])(?:sin\s+mi|without\s+me)\s*(?:[.!?,;)]|$)",
    _group([p for r in _requests() for p in r.identify]),
]))
_OTHERS_ANONYMITY = re.compile(
    r"\banonymous(?:ly)?\s+(?:tips?|calls?|letters?|donors?|donations?|sources?|reports?|complaints?|callers?"
    r"|surveys?|hotlines?|accounts?|posts?|threats?|people|workers)\b"
    r"|\b(?:denuncias?|llamadas?|cartas?|fuentes?|quejas?|amenazas?|encuestas?|donaciones?|lineas?)\s+anonim")
# Someone else's anonymity: "some people are asking to stay anonymous", "otros prefieren quedar anónimos".
_OTHERS_SUBJECT = re.compile(
    r"\b(?:people|others|some|many|they|workers|folks|neighbors|neighbours|friends|coworkers|co-workers|everyone|"
    r"algunos|algunas|otros|otras|muchos|muchas|la gente|companeros|companeras|ellos|ellas|vecinos)\b"
    r"(?![^" + re.escape(_CLAUSE_END) + r"]*\b(?:i|me|my|yo|mi)\b)")
_I_DO_NOT_KNOW = _compile(r"\bi\s+(?:don't|dont|do not)\s+know\b|\bno\s+se\s+quien\b")
_TOPIC = _compile("|".join([_group(_all("my_name")), _group(_all("anonymous"), stems=True), _WHO,
                            _group(["identify me", "identifiquen", "name me", "nombren", "by name"])]))
_MY_WORDS = _group([p for r in _requests() for p in r.my_words]) + r"(?!\s*(?:name|nombre|apellido))"
_WITHDRAW_VERB = _group([p for r in _requests() for p in r.withdraw_verbs], stems=True)
_USE_VERB = _group([p for r in _requests() for p in r.use_verbs], stems=True)
_NO_NAME_GAP = r"(?:(?!name|nombre)[^" + re.escape(_CLAUSE_END) + r"]){0,30}?"
_WITHDRAW = _compile("|".join([
    _WITHDRAW_VERB + _NO_NAME_GAP + _MY_WORDS,
    _NEGATION + _gap(20) + _USE_VERB + _NO_NAME_GAP + _MY_WORDS,
    _MY_WORDS + _gap(25) + _WITHDRAW_VERB,
    _MY_WORDS + _gap(15) + _NEGATION + _gap(15) + _USE_VERB,
    _NEGATION + _gap(20) + _MY_WORDS + _gap(20) + _USE_VERB,
    r"(?:take|pull|leave|keep|strike|cross|saquen|quiten)\s+" + _MY_WORDS + _gap(20) + r"(?:out|down|off|back|fuera)",
]))
_CHANGE = _compile(_clause_phrases([p for r in _requests() for p in r.change_of_mind]))


def _typos() -> dict[str, str]:
    """Misspellings of the words requests turn on ("my nme", "anonymus"): one letter dropped or two swapped, and
    the misspellings people make most."""
    typos: dict[str, str] = {}
    for word in _TYPO_WORDS:
        dropped = {word[:i] + word[i + 1:] for i in range(len(word))}
        swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
        typos.update(dict.fromkeys((dropped | swapped) - set(_TYPO_WORDS) - _REAL_WORDS, word))
    return typos | _COMMON_TYPOS


_TYPO_WORDS = ("name", "names", "nombre", "anonymous", "anonymously", "anonima", "anonimo", "anonimato",
               "identity", "identidad", "statement", "mensaje")
_REAL_WORDS = frozenset({"ames", "ame", "nam", "nae", "nmae", "nombe", "anonim", "identid", "mensje", "names", "same",
                         "nombr", "mensa", "nomber", "anonima", "anonimo"})
_COMMON_TYPOS = {"anonimous": "anonymous", "anonomous": "anonymous", "annonymous": "anonymous",
                 "anonymouse": "anonymous", "anynomous": "anonymous", "anomymous": "anonymous",
                 "anonimus": "anonymous", "anonymus": "anonymous", "anonimously": "anonymously",
                 "nonbre": "nombre", "nomre": "nombre", "nobre": "nombre", "nombe": "nombre"}
_TYPOS = _typos()
_TYPO = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, sorted(_TYPOS, key=len, reverse=True)))
                   + r")(?![^\W\d_])")


def keys_pattern(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Words one of which every request holds (and `extra` words): most sentences are passed over with one
    cheap search of their folded text. The words are compiled as a trie, so the search does not try each of
    several hundred words at every position."""
    phrases = [p for lang in LANGUAGES.values() for p in lang.anonymity + lang.withhold.my_name
               + lang.withhold.anonymous]
    phrases += [p for r in _requests() for p in r.who + r.passive + r.identify + r.my_words + r.change_of_mind]
    keys = {max(folded(p).split("*"), key=len).strip() for p in phrases} | {folded(k) for k in extra}
    return re.compile(_trie_pattern(sorted(keys - {""})))


def _trie_pattern(words: list[str]) -> str:
    """One regex matching any of `words`, branching on shared prefixes."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:  # type: ignore[type-arg]
    if "" in node:  # a whole word ends here: any key is enough, the rest need not match
        return ""
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_KEYS = keys_pattern(("sin mi", "without me"))


def classify(sentence: str) -> set[Kind]:
    """What the sentence asks about its writer; empty when it asks nothing of the kind. A run longer than any
    sentence is read around each key word (every pattern spans less than the window); one full of them is a
    doubt: the whole text is read, in bounded time."""
    if len(sentence) <= _LONGEST:
        return set(_classify(sentence))
    text = folded(sentence)
    windows = _windows((m.start() for m in _KEYS.finditer(text)), len(text))
    if len(windows) > _MOST_WINDOWS:
        return {Kind.DOUBT}
    kinds: set[Kind] = set()
    for start, end in windows:
        kinds |= _classify(text[start:end])
    return kinds


def _windows(hits: Iterable[int], length: int) -> list[tuple[int, int]]:
    """Merged spans of `_REACH` characters either side of each hit; no more than one past `_MOST_WINDOWS`."""
    spans: list[tuple[int, int]] = []
    for hit in hits:
        if len(spans) > _MOST_WINDOWS:
            break
        start, end = max(0, hit - _REACH), min(length, hit + _REACH)
        if spans and start <= spans[-1][1] and end - spans[-1][0] <= _LONGEST:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


@lru_cache(maxsize=4096)
def _classify(sentence: str) -> frozenset[Kind]:
    return frozenset(_kinds(sentence))


def _kinds(sentence: str) -> set[Kind]:
    text = _TYPO.sub(lambda m: _TYPOS[m.group(0)], folded(sentence))
    if not _KEYS.search(text):
        return set()
    kinds: set[Kind] = set()
    if _withdraws(text):
        kinds.add(Kind.WITHDRAWAL)
    elif _CHANGE.search(text) and not _negated(text, _CHANGE.search(text)):
        kinds.add(Kind.CHANGE_OF_MIND)
    text = _INTRODUCTION.sub(" ", text)
    rest, consent = _without_consent(_OTHERS_ANONYMITY.sub(" ", text))
    request = _asks_anonymity(rest)
    if request is None:
        request, consent = False, True
    if request and consent:
        kinds.add(Kind.DOUBT)
    elif request:
        kinds.add(Kind.ANONYMITY)
    elif consent:
        kinds.add(Kind.CONSENT)
    elif _TOPIC.search(rest) and not kinds:
        kinds.add(Kind.DOUBT)
    return kinds


def withholds_name(sentence: str) -> bool:
    """True when a sentence (or a sign-off such as "Anonymous") asks not to print the writer's name."""
    return Kind.ANONYMITY in classify(sentence)


def _negated(text: str, found: re.Match[str] | None) -> bool:
    """A negation earlier in the same clause turns the phrase around ("don't ignore my letter")."""
    if found is None:
        return False
    before = text[max(0, found.start() - 40):found.start()]
    return bool(_NEGATED.search(before)) and not _CONSENT_WORDS.search(before)


def _without_consent(text: str) -> tuple[str, bool]:
    """The sentence with its permissions blanked out, and whether there was one."""
    spans = [m.span() for m in _CONSENT.finditer(text) if not _negated(text, m) or _starts_negated(m)]
    for start, end in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text, bool(spans)


def _starts_negated(found: re.Match[str]) -> bool:
    """A permission that is itself a negation ("no need to keep me anonymous", "no me importa")."""
    return bool(re.match(_NEGATION, found.group(0), re.I))


def _asks_anonymity(text: str) -> bool | None:
    """True for a request, None for a request's words under a negation ("don't leave my name off": a permission),
    False for neither."""
    for found in (_LISTED.search(text), _WITHHOLD.search(text)):
        if found and not _CONSENT_WORDS.search(found.group(0)):
            return None if _negated(text, found) and not _starts_negated(found) else True
    request = _REQUEST.search(text)
    if request and not _I_DO_NOT_KNOW.search(text):
        return None if _negated(text, request) and not _starts_negated(request) else True
    return _anonymous_word(text)


def settled(requests: dict[str, str]) -> dict[str, str]:
    """One message's requests taken together: a clear permission outweighs a doubtful mention of the name
    ("I kept my name off of everything. I'm happy to be named on this."), never a request."""
    if Kind.CONSENT.value in requests and Kind.ANONYMITY.value not in requests:
        return {kind: said for kind, said in requests.items() if kind != Kind.DOUBT.value}
    return requests


def _anonymous_word(text: str) -> bool | None:
    """'Anonymous' in a short sentence, or in a longer one that speaks for the writer ("I'd like it to run
    anonymously after all"); None when negated ("I won't hide behind 'anonymous'", "no me pongan como anónima");
    False when it qualifies something else ("an anonymous tip", "una denuncia anónima")."""
    found = _ANONYMOUS.search(text)
    if not found:
        return False
    if _negated(text, found):
        return None
    if _OTHERS_ANONYMITY.search(text) or _OTHERS_SUBJECT.search(text[max(0, found.start() - 50):found.start()]):
        return False
    words = text.split()
    if UNSPACED.search(text) and len(words) <= 3:
        return len(text.strip()) <= 30
    return len(words) <= 3 or bool(_FIRST_PERSON.search(text))


def _withdraws(text: str) -> bool:
    return any(not _negated(text, m) or m.group(0).startswith(_NEGATION_START)
               for m in _WITHDRAW.finditer(text))


_NEGATION_START = ("no", "don", "do not", "never", "nunca", "ya no", "please no")

