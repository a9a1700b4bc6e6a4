"""Contact details however they are written: email addresses, phone numbers and street addresses.

Every matcher reads `fold(text).text` and reports spans of the original text through `Folded.span`. Every pattern
is linear on any input: quantifiers are bounded, the pieces next to each other use disjoint characters, and each
match starts at an anchor (an at-sign or at-word, the start of a digit run, a house number, a street-type word),
so no start rescans a long run (an earlier `[\\w.+-]+@` took 56 s on 100 KB of word characters).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .normal import Folded, fold

Kind = Literal["email", "phone", "street"]

# The words people write instead of the symbols of an address ("maria arroba gmail punto com").
AT_WORDS = ("at", "arroba")
DOT_WORDS = ("dot", "punto")
# With an at-WORD and plain dots ("luis at gmail.com") only these last labels make an address: "at home.me too"
# must stay a sentence, so words that are also TLDs (me, in, it, is, do, no, be, to, so, am) are left out.
COMMON_TLDS = frozenset(
    "com org net edu gov mil int info biz io co us mx gt es fm ca uk de fr hn sv ni cr pa ec pe ar cl br bo py "
    "uy ve cu pr bz ph cn jp kr nl ch au nz ie pt pl ru tv app dev ai ly email online".split()
)
# Words that say the number after them is a phone number (folded: no accents, lower case).
PHONE_WORDS = (
    "tel", "tele", "telephone", "telefono", "tlf", "tfno", "phone", "ph", "cell", "cellphone", "cel", "celular",
    "mobile", "movil", "whatsapp", "whats app", "whats", "wa", "fax", "text me", "text", "txt", "call me", "call",
    "llamame", "llamar", "llama", "marcar", "numero", "number", "num", "contacto", "contact",
)
# Words between a phone word and the number: "phone number: ...", "mi numero es ...".
PHONE_FILLERS = ("number", "numero", "no", "num", "de", "es", "is", "me", "al", "mi", "my")
# Words that label an email address or a street in a display name: "Maria Lopez email maria@...".
OTHER_CONTACT_WORDS = ("email", "e-mail", "mail", "correo", "address", "direccion", "dir", "addr")
STREET_TYPES_EN = (
    "street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "boulevard", "blvd", "way",
    "court", "ct", "place", "pl", "highway", "hwy", "route", "rte", "terrace", "ter", "circle", "cir", "trail",
    "trl", "parkway", "pkwy", "pike", "turnpike", "square", "sq", "hill", "hollow", "row",
)
# Street types that are also everyday words ("3 immigration court dates", "in 2 different way"): they end a street
# address only when written with a capital ("12 Oak Court").
EVERYDAY_WORD_TYPES = frozenset(
    ("way", "court", "place", "drive", "square", "circle", "trail", "row", "hill", "hollow", "pike", "terrace")
)
ROUTE_TYPES = ("route", "rte", "highway", "hwy", "state route")
STREET_TYPES_ES = (
    "calle", "avenida", "av", "avda", "camino", "carretera", "callejon", "paseo", "bulevar", "boulevard", "blvd",
    "calzada", "privada", "cerrada", "andador", "colonia", "barrio",
)
STREET_UNITS = ("apt", "apartment", "unit", "suite", "ste", "lot", "depto", "dpto", "departamento", "interior", "int")
# What is counted, not named: "20 years on this road", "10 años en la calle Hidalgo". A house number followed by one
# of these is no house number either.
MEASURE_WORDS = (
    "years", "year", "hours", "hour", "days", "day", "weeks", "months", "minutes", "miles", "mile", "times", "acres",
    "people", "workers", "children", "kids", "cows", "families", "anos", "ano", "horas", "hora", "dias", "dia",
    "semanas", "meses", "minutos", "millas", "veces", "personas", "trabajadores", "hijos", "familias", "vacas",
)
# Ordinary words that never sit between a house number and a street type; the connectors also name Spanish streets
# ("Callejon del Beso 8"), so they are allowed after a Spanish street type.
STREET_CONNECTORS = ("de", "del", "la", "las", "los", "el")
FUNCTION_WORDS = (
    "on", "the", "this", "that", "these", "down", "up", "of", "in", "to", "my", "our", "your", "his", "her",
    "their", "a", "an", "and", "or", "at", "by", "for", "from", "with", "is", "was", "are", "were", "we", "i",
    "they", "it", "more", "than", "all", "en", "por", "para", "con", "y", "o", "un", "una", "mi", "su", "que", "es",
    "hay", "son", "todos", "todas", "tiene", "tienen", "tengo", "hace", "desde", "fue", "era", "esta",
)

_LABELS: dict[Kind, str] = {"email": "email address", "phone": "phone number", "street": "street address"}


@dataclass(frozen=True)
class Finding:
    """One contact detail and where it is in the original text."""

    kind: Kind
    start: int
    end: int
    text: str

    def describe(self) -> str:
        """What was found, for a reviewer: "phone number '802.555.0129'"."""
        return f"{_LABELS[self.kind]} '{' '.join(self.text.split())}'"


_Span = tuple[int, int, Kind]


def _words(words: Sequence[str]) -> str:
    """An alternation of literal words, longest first, spaces as one space or tab."""
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]") for w in sorted(words, key=len, reverse=True))


# --- email addresses ---------------------------------------------------------------------------------------------

_GAP = r"[ \t]{0,3}(?:\r?\n[ \t>]{0,4})?"  # a few spaces and at most one line break (quote markers after it)
_SPACE = r"(?:[ \t]{1,3}(?:\r?\n[ \t>]{0,4})?|\r?\n[ \t>]{0,4})"  # the same, but at least one
_OPEN, _CLOSE = r"[(\[{<][ \t]?", r"[ \t]?[)\]}>]"
_AT_FORM = (
    rf"(?:{_GAP}(?P<symbol>@){_GAP}"
    rf"|{_GAP}{_OPEN}(?P<bracket>{_words(AT_WORDS)}){_CLOSE}{_GAP}"
    rf"|{_SPACE}(?P<word>{_words(AT_WORDS)}){_SPACE})"
)
# A dot between labels (longest form first, so that `_dot_kind` sees it whole): across a line break, spaced on
# both sides (". " alone ends a sentence), tight, or a word.
_DOT = (
    r"(?:[ \t]{0,3}\r?\n[ \t>]{0,4}\.[ \t]{0,3}|\.[ \t]{0,3}\r?\n[ \t>]{0,4}|[ \t]{1,3}\.[ \t]{1,3}|\."
    rf"|{_GAP}{_OPEN}(?:{_words(DOT_WORDS)}){_CLOSE}{_GAP}|{_SPACE}(?:{_words(DOT_WORDS)}){_SPACE})"
)
_LABEL = r"[\w-]{1,63}"
# The lookahead first: most positions fail on one character test instead of trying each at-form.
_EMAIL_TAIL = re.compile(
    rf"(?=[ \t\r\n@(\[{{<]){_AT_FORM}(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{0,6}}{_DOT}[^\W\d_]{{2,24}})(?![\w-])"
)
_DOT_ALONE = re.compile(_DOT)
_PLAIN_DOMAIN = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){1,7}")
_DOT_WORD = re.compile(_words(DOT_WORDS))
_LOCAL_REVERSED = re.compile(r"[\w.%+-]{1,64}")
# A dot spelled out inside the local part too ("maria punto lopez arroba ..."), read backwards: " . ", " tod ",
# ")otnup(" and one more piece of the local part.
_DOT_WORDS_REVERSED = _words([word[::-1] for word in DOT_WORDS])
_SPELLED_DOT_REVERSED = re.compile(
    rf"(?:[ \t]{{1,3}}\.[ \t]{{1,3}}|[ \t]{{1,3}}(?:{_DOT_WORDS_REVERSED})[ \t]{{1,3}}"
    rf"|[ \t]{{0,3}}[)\]}}>][ \t]?(?:{_DOT_WORDS_REVERSED})[ \t]?[(\[{{<][ \t]{{0,3}})[\w%+-]{{1,64}}"
)


def _emails(text: str) -> list[_Span]:
    """Every address: at-forms followed by a domain, then the local part read backwards from the at-form."""
    spans: list[_Span] = []
    for tail in _EMAIL_TAIL.finditer(text):
        end = _domain_end(tail)
        start = None if end is None else _local_start(text, tail.start())
        if start is not None and end is not None:
            spans.append((start, end, "email"))
    return spans


def _local_start(text: str, end: int) -> int | None:
    """Where the local part before `end` starts (at most 64 characters back), or None when there is none."""
    found = _LOCAL_REVERSED.match(text[max(0, end - 64):end][::-1])
    if not found:
        return None
    local = text[end - found.end():end].lstrip(".+-")
    return _spelled_local_start(text, end - len(local)) if any(ch.isalnum() for ch in local) else None


def _spelled_local_start(text: str, start: int) -> int:
    """`start` moved back over up to three spelled-out dots of the local part and the pieces before them."""
    for _ in range(3):
        if text[start - 1:start] not in (" ", "\t", ")", "]", "}", ">"):  # "" at the start of the text
            break
        found = _SPELLED_DOT_REVERSED.match(text[max(0, start - 80):start][::-1])
        if not found:
            break
        start -= found.end()
    return start


def _domain_end(tail: re.Match[str]) -> int | None:
    """Where the domain ends, or None when an at-word and its dots read as a sentence."""
    base, domain = tail.start("domain"), tail.group("domain")
    if _PLAIN_DOMAIN.fullmatch(domain):  # the usual case, quickly
        return base + len(domain) if _convincing(tail, {"tight"}, domain.rsplit(".", 1)[1]) else None
    dots = [(_dot_kind(d.group()), d) for d in _DOT_ALONE.finditer(domain)]
    for index in range(1, len(dots)):
        (kind, dot), (before, previous) = dots[index], dots[index - 1]
        # "maria@gmail.com.\nThanks": a change of dot form after a finished address is the sentence going on.
        if kind != before and domain[previous.end():dot.start()] in COMMON_TLDS:
            dots, domain = dots[:index], domain[:dot.start()]
            break
    tld = domain[dots[-1][1].end():]
    return base + len(domain) if _convincing(tail, {kind for kind, _ in dots}, tld) else None


def _dot_kind(dot: str) -> str:
    """tight ".", spaced " . ", a line break, or a word ("dot", "(punto)")."""
    if _DOT_WORD.search(dot):
        return "word"
    return "break" if "\n" in dot else ("tight" if dot == "." else "spaced")


def _convincing(tail: re.Match[str], kinds: set[str], tld: str) -> bool:
    """The at-sign or "(at)" needs only a domain; "at" needs a dot word or a common TLD: "look at this.it" is no
    address. "hi @maria.lopez" (space before the at-sign only) is a handle unless the TLD is common."""
    if tail.group("word"):
        return "word" in kinds or ("break" not in kinds and tld in COMMON_TLDS)
    at_form = tail.group()[: tail.start("domain") - tail.start()]
    if tail.group("symbol") and at_form[:1].isspace() and not at_form[-1:].isspace() and "\n" not in at_form:
        return tld in COMMON_TLDS
    return True


# --- phone numbers -----------------------------------------------------------------------------------------------

# Between digit groups: up to three of space, tab, - / ( ) and a dot not ending a sentence, or a line break.
_SEP_CHAR = r"(?:[ \t\-/()]|\.(?!\s))"
_SEP = rf"(?:{_SEP_CHAR}{{1,3}}|{_SEP_CHAR}{{0,3}}\r?\n[ \t>]{{0,4}})"
# Groups after the first have 2+ digits ("1 2 3 4 5 6 7" is a list); a run of 16+ digits is no phone at all, nor is
# one right after money, a comma (1,500,000) or a URL's "/", "=", "&" or "?" (".../t/configuring-oauth/15858/38").
_DIGIT_RUN = re.compile(
    rf"(?=[\d+(])(?<![\w+$€£¥,/=&?])(?:\+[ \t]{{0,2}}|\()?\d{{1,15}}+(?:{_SEP}\d{{2,15}}+){{0,9}}(?!\d)"
)
_DIGIT_GROUP = re.compile(r"\d+")
_PHONE_WORD_BEFORE = re.compile(
    rf"(?<!\w)(?:{_words(PHONE_WORDS)})\.?(?:\s{{0,2}}[:#=.\-]\s{{0,2}}|\s{{1,2}})"
    rf"(?:(?:{_words(PHONE_FILLERS)})\.?(?:\s{{0,2}}[:#]\s{{0,2}}|\s{{1,2}})){{0,2}}$"
)
_DATE_SEPS = ("/", ".", "-")


def _phones(text: str) -> list[_Span]:
    """Every phone number: digit runs, less dates, years, counts and money; 6 digits will do after a phone word."""
    spans: list[_Span] = []
    for run in _DIGIT_RUN.finditer(text):
        if run.end() - run.start() >= 6 and text[run.end():run.end() + 1] != "%":
            spans += _phones_in(text, run)
    return spans


def _phones_in(text: str, run: re.Match[str]) -> list[_Span]:
    """The phone numbers in one run of digit groups: the longest number from each group on, then the next."""
    groups = [(g.start(), g.end()) for g in _DIGIT_GROUP.finditer(text, run.start(), run.end())]
    values = [text[start:end] for start, end in groups]
    seps = [text[groups[i][1]:groups[i + 1][0]] for i in range(len(groups) - 1)]  # between groups i and i + 1
    announced = _PHONE_WORD_BEFORE.search(text, max(0, run.start() - 40), run.start()) is not None
    barriers = set() if announced or run.group().startswith("+") else _not_phone_groups(values, seps)
    spans: list[_Span] = []
    index = 0
    while index < len(groups):
        last = _phone_end(values, seps, index, barriers, 6 if announced else 7)
        if last is None:
            index += 1
            continue
        spans.append(_phone_span(text, run.start() if index == 0 else groups[index][0], groups[last][1]))
        index = last + 1
    return spans


def _phone_end(values: list[str], seps: list[str], first: int, barriers: set[int], least: int) -> int | None:
    """The last group of the longest number (at most 15 digits) from group `first`, or None when it is too short."""
    digits, last = 0, None
    for index in range(first, len(values)):
        size = len(values[index])
        separator = seps[index - 1] if index > first else ""
        # A number complete at the end of a line does not take the next line's number, unless a hyphen carries it.
        if index in barriers or digits + size > 15 or ("\n" in separator and digits >= 7 and "-" not in separator):
            break
        digits, last = digits + size, index
    return last if digits >= least else None


def _phone_span(text: str, start: int, end: int) -> _Span:
    """The span of a number, with its parentheses only when both are in it."""
    if text[start] == "(" and ")" not in text[start:end]:
        start += 1
    elif start > 0 and text[start - 1] == "(" and ")" in text[start:end]:
        start -= 1
    return start, end, "phone"


def _not_phone_groups(values: list[str], seps: list[str]) -> set[int]:
    """Groups that are dates, year ranges or thousands (1.500.000): no phone number runs through them."""
    found: set[int] = set()
    for i, sep in enumerate(seps):
        if sep in _DATE_SEPS and i + 1 < len(seps) and seps[i + 1] == sep and _is_date(values[i:i + 3]):
            found |= {i, i + 1, i + 2}
        if sep == "/" and _is_date(values[i:i + 2]):
            found |= {i, i + 1}
        if _is_year(values[i]) and _is_year(values[i + 1]):
            found |= {i, i + 1}
    return found | _thousands(values, seps)


def _is_year(value: str) -> bool:
    """1900 to 2099."""
    return len(value) == 4 and value[:2] in ("19", "20")


def _is_date(values: list[str]) -> bool:
    """Day and month (either order) with or without a year, or a year first: 11/24/2025, 24.11.2026, 2026-11-24."""
    small = [len(v) <= 2 and 1 <= int(v) <= 31 for v in values]
    if len(values) == 2:
        return all(small) or (small[0] and int(values[0]) <= 12 and _is_year(values[1]))
    year_last = small[0] and small[1] and (len(values[2]) == 2 or _is_year(values[2]))
    return year_last or (_is_year(values[0]) and small[1] and small[2])


def _thousands(values: list[str], seps: list[str]) -> set[int]:
    """Groups of a count written with thousands separators: 1.500.000, or 1 500 000 with spaces."""
    found: set[int] = set()
    start = 0
    while start < len(seps):
        end = start + 1  # the block is groups start..end, all joined by seps[start]
        while end < len(seps) and seps[end] == seps[start]:
            end += 1
        if _is_count(values[start:end + 1], seps[start]):
            found |= set(range(start, end + 1))
        start = end
    return found


def _is_count(block: list[str], sep: str) -> bool:
    """1-3 digits, then groups of exactly three joined by "." (or by a space: 1 500 000, 150 000)."""
    if len(block[0]) > 3 or any(len(value) != 3 for value in block[1:]):
        return False
    return sep == "." or (sep == " " and (len(block[0]) <= 2 or block[-1] == "000"))


# --- street addresses --------------------------------------------------------------------------------------------

_STOP = _words(FUNCTION_WORDS + MEASURE_WORDS + STREET_CONNECTORS)
_STOP_AFTER_TYPE = _words(tuple(w for w in FUNCTION_WORDS if w not in STREET_CONNECTORS) + MEASURE_WORDS)
# A word of a street's name: not a stopword (tested only once the first character is a letter), or an ordinal.
_NAME_WORD = rf"(?:(?=[^\W\d_])(?!(?:{_STOP})(?!\w))[^\W\d_][\w'-]{{0,24}}\.?|\d{{1,3}}(?:st|nd|rd|th))"
# An apartment after the street ("St. Apt 2", "Ave #2"); the abbreviation's dot is taken only before one, since
# otherwise it may end the sentence.
_UNIT = (rf"(?:\.?[ \t]{{0,2}},?[ \t]{{0,2}}(?:(?:{_words(STREET_UNITS)})\.?[ \t]{{0,2}}#?|#)[ \t]{{0,2}}"
         r"(?:\d{1,5}[a-z]?|[a-z])(?!\w))?")
_HOUSE_NUMBER = r"(?=\d)(?<![\w$.,/])\d{1,6}[a-z]?"
_NUMBER_FIRST = re.compile(
    rf"{_HOUSE_NUMBER}(?:[ \t]{{1,3}}{_NAME_WORD}){{1,4}}?[ \t]{{1,3}}"
    rf"(?P<type>{_words(STREET_TYPES_EN)})(?![\w']){_UNIT}"
)
_ROUTE = re.compile(
    rf"{_HOUSE_NUMBER}(?:[ \t]{{1,3}}{_NAME_WORD}){{0,2}}[ \t]{{1,3}}"
    rf"(?:{_words(ROUTE_TYPES)})\.?[ \t]{{0,2}}\d{{1,4}}(?!\w)"
)
# Spanish order: the type (perhaps numbered: "5a Calle"), one to four words or numbers, then the house number
# ("Calle 5 de Mayo #23").
_NAME_TOKEN = rf"[ \t]{{1,3}}(?!(?:{_STOP_AFTER_TYPE})(?!\w))[^\W_][\w'-]{{0,24}}\.?"
# A house number marked with "#" or "No." or written 3-45 (Guatemala, Colombia) may follow the type at once.
_HOUSE = r"\d{1,5}[a-z]?(?:-(?:\d{1,4}|[a-z]))?(?!\w)"
_MARKED_HOUSE = rf"(?:(?:#|no\.?|num\.?|numero)[ \t]{{0,2}}{_HOUSE}|\d{{1,3}}[a-z]?-\d{{1,4}}(?!\w))"
_TYPE_FIRST = re.compile(
    rf"(?<!\w)(?:\d{{1,2}}(?:a|o|ra|da|ta|va|na)\.?[ \t]{{1,2}})?(?:{_words(STREET_TYPES_ES)})(?!\w)\.?"
    rf"(?:(?:{_NAME_TOKEN}){{1,4}}?[ \t,]{{1,3}}{_HOUSE}|(?:{_NAME_TOKEN}){{0,4}}?[ \t,]{{1,3}}{_MARKED_HOUSE})"
    rf"(?![ \t]{{1,3}}(?:{_words(MEASURE_WORDS)})(?!\w))"
)
# Spanish order with the number first: "en el 112 de la calle Maple", "al 45 de la avenida Central".
_NUMBER_OF_STREET = re.compile(
    rf"(?<!\w)(?:el|al|numero|no\.?|#)[ \t]{{1,2}}\d{{1,5}}[a-z]?[ \t]{{1,2}}(?:de[ \t]{{1,2}}(?:la|el)[ \t]{{1,2}})?"
    rf"(?:{_words(STREET_TYPES_ES)})(?!\w)\.?(?:{_NAME_TOKEN}){{1,3}}"
    rf"|(?<!\w)(?:el|al|numero|no\.?|#)[ \t]{{1,2}}\d{{1,5}}[a-z]?[ \t]{{1,2}}de(?:{_NAME_TOKEN}){{1,4}}?[ \t]{{1,3}}"
    rf"(?:{_words(STREET_TYPES_EN)})(?![\w'])"
)
_PO_BOX = re.compile(
    r"(?<!\w)(?:p[ \t]?\.?[ \t]?o\.?[ \t]?box|post[ \t]office[ \t]box|apartado[ \t]{1,2}postal|apdo\.?|"
    r"casilla[ \t]{1,2}postal)[ \t]{0,2}(?:#|no\.?)?[ \t]{0,2}\d{1,6}(?!\w)"
)


def _streets(folded: Folded, original: str) -> list[_Span]:
    """Every street address, PO box and Spanish-order address."""
    found = [m for m in _NUMBER_FIRST.finditer(folded.text) if _capitalized_if_everyday(m, folded, original)]
    found += [m for pattern in (_ROUTE, _TYPE_FIRST, _NUMBER_OF_STREET, _PO_BOX) for m in pattern.finditer(folded.text)]
    return [(m.start(), m.end(), "street") for m in found]


def _capitalized_if_everyday(street: re.Match[str], folded: Folded, original: str) -> bool:
    """A street type that is also an everyday word counts only with a capital in the original text."""
    if street.group("type") not in EVERYDAY_WORD_TYPES:
        return True
    return original[folded.span(*street.span("type"))[0]].isupper()


# --- the public functions ----------------------------------------------------------------------------------------


def find_contacts(text: str) -> list[Finding]:
    """Every email address, phone number and street address in `text`, in text order, none overlapping."""
    folded = fold(text)
    spans = _emails(folded.text) + _phones(folded.text) + _streets(folded, text)
    spans += _stray_ats(folded.text, spans) + _spelled_phones(folded.text) + _announced_emails(folded.text)
    return [_finding(text, folded, span) for span in _non_overlapping(spans)]


NUMBER_WORDS = ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "cero", "uno",
                "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
_NUMBER_TOKEN = rf"(?:\d{{1,4}}|{_words(NUMBER_WORDS)})"
_SPELLED_RUN = re.compile(rf"(?<![\w]){_NUMBER_TOKEN}(?:[ \t.,\-]{{1,3}}{_NUMBER_TOKEN}){{3,20}}(?![\w])")


def _spelled_phones(text: str) -> list[_Span]:
    """A number read out digit by digit in words, alone or among digits ("802 five five five 0199")."""
    spans: list[_Span] = []
    for run in _SPELLED_RUN.finditer(text):
        tokens = re.findall(r"\d+|[^\W\d_]+", run.group(0))
        digits = sum(len(t) if t.isdigit() else 1 for t in tokens)
        singles = [int(t) for t in tokens if len(t) == 1 and t.isdigit()]
        counting = singles == list(range(singles[0], singles[0] + len(singles))) if singles else False
        spaced = len(singles) >= 4 and not counting  # "8 0 2 5 5 5 0 1 3 6", not "1 2 3 4 5 6 7"
        if digits >= 7 and (spaced or any(not t.isdigit() for t in tokens)):
            spans.append((run.start(), run.end(), "phone"))
    return spans


# "my email is lupe.ajanel92 en gmail": what follows a phrase that announces an address is one, however spelled.
_ANNOUNCED_EMAIL = re.compile(
    r"(?<!\w)(?:my\s+e-?mail(?:\s+address)?\s+is|e-?mail\s+me\s+at|write\s+(?:to\s+)?me\s+at|"
    r"mi\s+(?:correo|e-?mail|mail)(?:\s+electronico)?\s+es|escribanme\s+a|escribeme\s+a|mi\s+correo:|"
    r"my\s+e-?mail:)\s{0,3}(?P<address>[\w.+-]{2,64}(?:\s{1,2}(?:en|at|arroba|de|@)\s{1,2}[\w.-]{2,63})?)")


def _announced_emails(text: str) -> list[_Span]:
    """The words after "my email is" / "mi correo es" when they look like an address's local part."""
    spans: list[_Span] = []
    for found in _ANNOUNCED_EMAIL.finditer(text):
        address = found.group("address")
        if any(c.isdigit() or c in "._+" for c in address) or " " in address.strip():
            spans.append((found.start("address"), found.end("address"), "email"))
    return spans


_AT_BETWEEN = re.compile(r"(?:\w[ \t]{0,2}){1,40}@(?:[ \t]{0,2}[\w.]){1,60}")


def _stray_ats(text: str, found: list[_Span]) -> list[_Span]:
    """An `@` between letters that no address pattern explains ("m a r i a @ g m a i l . c o m"): fail closed."""
    covered = _merged(found)
    spans: list[_Span] = []
    for match in _AT_BETWEEN.finditer(text):
        if not _inside(covered, text.index("@", match.start())):
            spans.append((match.start(), match.end(), "email"))
    return spans


def _merged(spans: list[_Span]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end, _ in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(merged: list[tuple[int, int]], position: int) -> bool:
    i = bisect.bisect_right(merged, (position, float("inf"))) - 1
    return i >= 0 and merged[i][0] <= position < merged[i][1]


def _non_overlapping(spans: list[_Span]) -> list[_Span]:
    """The earliest span wins, and the longest of those starting together."""
    kept: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _finding(text: str, folded: Folded, span: _Span) -> Finding:
    start, end = folded.span(span[0], span[1])
    return Finding(span[2], start, end, text[start:end])


def has_contact_details(text: str) -> bool:
    """Whether `text` holds an email address, a phone number or a street address."""
    return bool(find_contacts(text))


def mask(text: str, findings: Sequence[Finding] | None = None, label: str = "[contact details removed]") -> str:
    """`text` with each finding's original span replaced by `label`."""
    pieces: list[str] = []
    last = 0
    for finding in sorted(find_contacts(text) if findings is None else findings, key=lambda f: f.start):
        if finding.start >= last:
            pieces += [text[last:finding.start], label]
            last = finding.end
    return "".join(pieces) + text[last:]


# --- display names -----------------------------------------------------------------------------------------------

_CONTACT_WORDS = frozenset(PHONE_WORDS + OTHER_CONTACT_WORDS + ("me", "de", "es", "is", "no", "num", "nr", "#"))
_WORD_THEN_DIGIT = re.compile(rf"(?<!\w)(?:{_words(PHONE_WORDS)})\.?[^\w\n]{{0,4}}\+?\d")
_TRIM = " \t-–—,;:|/([{<=*~_."
_PIECE = re.compile(r"\S+")


def name_part(display_name: str) -> tuple[str, bool]:
    """The name part of a From display name and whether contact details were cut off ("" when no name is left)."""
    cut = _cut_at(display_name)
    if cut is None:
        return display_name, False
    name = _without_trailing_words(display_name[:cut])
    name = re.sub(r"[^\w.'’)]+$", "", name)
    return (name, True) if _looks_like_a_name(name) else ("", True)


def _cut_at(display_name: str) -> int | None:
    """Where the contact details start: the first finding, or a phone word with digits after it."""
    findings = find_contacts(display_name)
    folded = fold(display_name)
    announced = _WORD_THEN_DIGIT.search(folded.text)
    starts = [f.start for f in findings[:1]] + ([folded.span(*announced.span())[0]] if announced else [])
    return min(starts) if starts else None


def _without_trailing_words(head: str) -> str:
    """`head` less the contact words and separators at its end ("Maria Lopez (cell" -> "Maria Lopez")."""
    tokens = list(_PIECE.finditer(head))
    while tokens and (not tokens[-1].group().strip(_TRIM) or
                      fold(tokens[-1].group().strip(_TRIM)).text in _CONTACT_WORDS):
        tokens.pop()
    return head[:tokens[-1].end()].rstrip(_TRIM) if tokens else ""


def _looks_like_a_name(name: str) -> bool:
    """Letters, no digits, and not a contact word alone."""
    return (any(ch.isalpha() for ch in name) and not any(ch.isdigit() for ch in name)
            and fold(name).text.strip() not in _CONTACT_WORDS)
