"""What surrounds the sender's own words: signatures, footers, disclaimers, greetings, sign-offs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..contact import find_contacts
from ..normal import folded
from . import patterns as p
from .places import closing_place
from .requests import Kind, classify, keys_pattern, withholds_name
from .text import is_blank

_DELIMITER = re.compile(r"^\s*--\s*$")
_RULE = re.compile(r"^\s*[-_=*~#+.•·ᐧ\u2014\u2013]{2,}\s*$|^\s*ᐧ\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž\u0400-\u042f"
_WORD = rf"(?:[{_UPPER}][\w'’\-]*\.?|[{_UPPER}]\.)"
_NICKNAME = rf"(?:[(\"“'‘][{_UPPER}][\w'’\-]*[)\"”'’])"  # Roberto (Beto) García, Robert "Bob" Smith
_JOINED = r"\s(?:and|y|e|et|und|&)\s"  # Tom and Carol Gagnon
_NAME = re.compile(rf"^[/\s\-–—~]*(?P<name>{_WORD}(?:(?:,?\s|{_JOINED})(?:{_WORD}|{_NICKNAME})){{0,4}})\s*$")
# Scripts without capital letters: a name is a short run of letters. Chinese and Japanese names are 2-6
# characters, Korean 2-5 syllables; Arabic, Hebrew, Persian, Indic and Thai names 1-4 short words.
_CJK = "\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_HANGUL = "\u1100-\u11ff\uac00-\ud7af"
_OTHER = ("\u05d0-\u05ea\u05f3\u05f4\u0620-\u065f\u066e-\u06d3\u06fa-\u06ff\u0900-\u0963\u0971-\u0dff"
          "\u0e01-\u0e3a\u0e40-\u0e4e\u200c")
_CASELESS_NAME = re.compile(
    rf"^[/\s\-–—~]*(?P<name>[{_CJK}]{{2,6}}|[{_CJK}]{{1,3}}[ ・][{_CJK}]{{1,4}}|[{_HANGUL}]{{2,5}}"
    rf"|[{_HANGUL}]{{1,2}} [{_HANGUL}]{{1,3}}|[{_OTHER}]{{2,12}}(?: [{_OTHER}]{{1,12}}){{0,3}})\s*$")
_DASH_NAME = re.compile(
    r"^\s*[-–—~]{1,2}\s?(?P<name>[^\W\d_][\w.'’\- ]{0,30}?)"
    r"(?:,\s*(?P<place>[\w .'’-]{1,30}(?:,\s*[\w .'’-]{1,20})?))?\s*$")
_TRAILING_DASH_NAME = re.compile(
    r"^(?P<body>.*\S[.!?…)\"”])\s+[-–—~]{1,2}\s?(?P<name>[^\W\d_][\w.'’ -]{0,30}?)"
    r"(?:,\s*(?P<place>[\w .'’-]{1,30}(?:,\s*[\w .'’-]{1,20})?))?\s*$")
_DASH_ITEM = re.compile(r"^\s*[-–—~*•]\s")
_CONTACT = re.compile(
    r"(?:(?<![\d+(])\+?\(?\d[\d\s().-]{6,40}\d)|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.\w|https?://|www\."
    r"|\b(?:tel|phone|mobile?|mob|cell|fax|skype)\b"
    r"|^\s*[tfm]\.\s|^#sig#",
    re.I,
)
_SIGNOFF_REST = re.compile(
    r"^[\s,.!:;…،，、。！-]*(?P<name>[^\W\d_a-z][\w.'’\-]*(?: [^\W\d_a-z][\w.'’\-]*){0,3})?[\s,.!]*$")
_NAME_DASH = re.compile(r"(?<=\w)\s++[-–—]\s++(?=\w)")
_GREETING_PARTS = re.compile(r"(?:(?<=\S)|^)\s*+/\s*+|(?<=[!.])\s++")  # a run of spaces is read once
_OPENING_SIGNOFF = re.compile(r"^(?:saludos|greetings|salutations)(?P<rest>.*)$", re.I)
"""Closing words that open a message as a greeting when they stand alone on its first line ("Saludos.")."""
_GREETING_REST = re.compile(r"(?:[\s,]+[\w.'’-]+){0,4}\s*[,!:.;)(]*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_CLAUSE = re.compile(r"(?<=[.!?:])\s+")
_VALEDICTION = re.compile(r"^[^\W\d_][\w'’\u200c]*(?: [\w'’\u200c]+){0,3}[,،，]$")
_NAME_TITLE = re.compile(r"^(?:rabbi|rev\.?|reverend|pastor|father|fr\.|padre|p\.|dr\.?|dra\.|sister|hna\.|"
                         r"mr\.?|mrs\.?|ms\.?|sr\.|sra\.|srta\.|lic\.|licda\.|ing\.|prof\.|profa\.)\s+", re.I)
_MAY_ASK = keys_pattern(p.FIRST_NAME.keys + p.INITIALS.keys + p.NAME_REQUEST.keys)
"""A line without any of these words asks nothing about the writer's name."""
_POSTSCRIPT_START = re.compile(r"^\s*+(?:p\.\s?s\.|p\.\s?d\.|ps:|pd:|ps\b|n\.b\.)", re.I)
_POSTSCRIPT = re.compile(r"(?<![\W_])[\W_]*+(?:p\.?\s?s\.?|p\.?\s?d\.?|n\.?\s?b\.?|ps|pd|nb)[\W_]*+", re.I)
_NOT_STATEMENT = {Kind.ANONYMITY, Kind.WITHDRAWAL, Kind.CHANGE_OF_MIND}
"""Sentences to the organizers about the writer, never printed as the statement."""
_FINISHED = (".", "!", "?", "…", "¡", "\"", "”", "»", ")", "。", "！", "？")
"""How a finished sentence ends (a name line under it is a signature)."""
_MAX_TAIL_LINES = 12
_LONGEST_NAME_LINE = 120
_META_WORDS = 16
_FOOTER_WORDS = 6  # after "Sent from my": "Samsung Galaxy S21 Ultra 5G smartphone"; a longer rest is a sentence
# Brands, apps, networks and device words that name what a footer was sent from, in any language's footer.
_DEVICE_WORDS = frozenset(
    "iphone ipad ipod android blackberry samsung galaxy huawei xiaomi redmi pixel motorola moto nokia lg sony "
    "oneplus oppo vivo outlook yahoo gmail aol proton protonmail tutanota yandex gmx windows verizon sprint "
    "t-mobile at&t bell rogers telus vodafone orange movistar claro telcel tigo lte 4g 5g wireless mobile "
    "smartphone tablet device phone".split())
_MAX_FOOTER_TAIL = 30


@dataclass
class Cleaned:
    """The statement's lines, what was removed and a sign-off name found on the way."""

    lines: list[str]
    removed: list[str] = field(default_factory=list)
    signoff_name: str | None = None
    anonymous: bool = False
    requested_name: str | None = None
    initials_only: bool = False
    first_name_only: bool = False
    requests: dict[str, str] = field(default_factory=dict)
    """What the writer asked about themselves (`requests.Kind` value -> the sentence that asked)."""
    sender: frozenset[str] = frozenset()
    """The words of the sender's display name and address, folded: a line of only these is their name."""
    role: str | None = None
    """The first role line of a closing block ("Social worker", "RN" of "Jane Doe, RN"), never printed."""
    places: list[str] = field(default_factory=list)
    """Closing-block text that may name the writer's town, nearest the name first ("Middlebury" of "Maria Lopez,
    Middlebury", a line under the name): `places.closing_place` decides. None from a block with contact details."""


def clean(lines: list[str], sender: str = "") -> Cleaned:
    """Remove signature blocks, footers, disclaimers, a bare greeting and a sign-off."""
    out = Cleaned(_trim(lines), sender=frozenset(_folded_words(sender)))
    for cut in (_delimiter_at, _rule_at, _mobile_at, _disclaimer_at):
        index = cut(out.lines)
        if index is not None:
            if cut in (_delimiter_at, _rule_at):
                _note_signature(out, out.lines[index + 1:])
            _cut_from(out, index)
    postscript = _detach_postscript(out)
    for _ in range(4):
        if not _trim_tail(out):
            break
    out.lines = _trim(out.lines) + postscript
    _drop_inline_signoff(out)
    _drop_trailing_dash_name(out)
    _drop_greeting(out)
    _drop_meta(out)
    _drop_anonymity(out)
    for _ in range(4):  # a sign-off that stood above a note or a request now ends the statement
        if not _trim_tail(out):
            break
    if out.signoff_name and withholds_name(out.signoff_name):  # signed "Anonymous" / "Anónima"
        out.requests.setdefault(Kind.ANONYMITY.value, out.signoff_name)
        out.anonymous, out.signoff_name = True, None
    out.lines = _trim(out.lines)
    _requests_in_removed(out)
    return out


def read_signature(text: str, sender: str = "") -> Cleaned:
    """A signature the mail client marked (and extraction dropped whole): the requests in it, and the town under
    its name, as if it stood under a `-- ` line."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and not _RULE.match(line)
             and not _DELIMITER.match(line)]
    out = Cleaned([], removed=lines, sender=frozenset(_folded_words(sender)))
    _note_signature(out, lines)
    _requests_in_removed(out)
    return out


def _requests_in_removed(out: Cleaned) -> None:
    """A request in a signature, footer or P.S. under the sign-off counts though the lines are not printed."""
    for line in out.removed:
        if not _MAY_ASK.search(folded(line)) or p.DISCLAIMER.search(line):
            continue
        for sentence in _SENTENCE.split(line):
            partial = p.FIRST_NAME.search(sentence) or p.INITIALS.search(sentence)
            kinds = classify(sentence) if sentence.strip() and not partial else set()
            for kind in kinds:
                out.requests.setdefault(kind.value, sentence.strip())
            out.anonymous = out.anonymous or Kind.ANONYMITY in kinds


def _trim(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and is_blank(lines[start]):
        start += 1
    while end > start and (is_blank(lines[end - 1]) or _RULE.match(lines[end - 1])):
        end -= 1
    return lines[start:end]


def _has_text(lines: list[str]) -> bool:
    return any(not is_blank(line) and not _RULE.match(line) for line in lines)


def _cut_from(out: Cleaned, index: int) -> None:
    """Cut at `index`, taking along a name (and title) line right above the cut."""
    start = index
    while start > 0 and index - start < 2 and _is_name(out.lines[start - 1]) and _has_text(out.lines[: start - 1]):
        start -= 1
    if start < index:
        _note_places(out, out.lines[start], out.lines[start + 1:index])
    if start < index and out.signoff_name is None:
        found = _name_match(out.lines[start])
        out.signoff_name = found.group("name").strip() if found else None
    out.removed = out.lines[start:] + out.removed
    out.lines = _trim(out.lines[:start])


def _name_match(line: str) -> re.Match[str] | None:
    return _NAME.match(line) or _CASELESS_NAME.match(line)


def _is_name(line: str) -> bool:
    found = _name_match(line)
    return bool(found) and len(line.split()) <= 5 and line.strip()[:1].upper() == line.strip()[:1] and (
        not line.rstrip().endswith((":", "!", "?")))


def _delimiter_at(lines: list[str]) -> int | None:
    """The `-- ` signature delimiter (RFC 3676 §4.3), when something stands above it."""
    for i, line in enumerate(lines):
        if _DELIMITER.match(line) and _has_text(lines[:i]):
            return i
    return None


def _rule_at(lines: list[str]) -> int | None:
    """A line of dashes, underscores or stars with only a short block under it."""
    fenced = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and _RULE.match(line) and _has_text(lines[:i]) and _short_tail(lines[i + 1:]):
            return i
    return None


def _short_tail(lines: list[str], most: int = _MAX_TAIL_LINES, width: int = 80) -> bool:
    text = [line for line in lines if line.strip()]
    return len(text) <= most and all(len(line) <= width for line in text)


def _mobile_at(lines: list[str]) -> int | None:
    """A mobile or app footer ("Sent from my iPhone") and the short block under it. A footer is a whole line of a
    few words: "Sent from my heart to every family that works our farms, ..." is the writer's sentence."""
    for i, line in enumerate(lines):
        found = p.MOBILE.match(line) if len(line) <= 120 else None
        if found and _client_footer(line[found.end():]) and _short_tail(lines[i + 1:], _MAX_FOOTER_TAIL, 120):
            return i
    return None


def _client_footer(rest: str) -> bool:
    """What follows "Sent from my" names a device, an app or a network, or is a few words at most."""
    words = rest.lower().split()
    return len(words) <= _FOOTER_WORDS or any(w.strip(".,;:()") in _DEVICE_WORDS for w in words)


def _disclaimer_at(lines: list[str]) -> int | None:
    """The first paragraph (not the opening one) of a legal or antivirus footer."""
    start = None
    for i, line in enumerate(lines):
        if not line.strip():
            start = None
            continue
        start = i if start is None else start
        if p.DISCLAIMER.search(line) and _has_text(lines[:start]):
            return start
    return None


def _detach_postscript(out: Cleaned) -> list[str]:
    """A last paragraph opening with "P.S." under a sign-off is part of the statement: set aside while the
    sign-off above it is found, then put back (with a blank line before it)."""
    start = _last_paragraph(out.lines)
    block = out.lines[start:]
    if not block or start == 0 or not _POSTSCRIPT_START.match(block[0]) or not _has_text(out.lines[:start]):
        return []
    if not any(_name_match(line.strip()) or p.SIGNOFF.match(line.strip()) for line in out.lines[:start][-3:]):
        return []
    out.lines = _trim(out.lines[:start])
    return ["", *block]


def _trim_tail(out: Cleaned) -> bool:
    """Drop one trailing contact block, sign-off or dashed name; True when something went."""
    for find in (_contact_block, _signoff_block, _dash_name, _name_paragraph, _name_lines, _sender_signature):
        places = len(out.places)
        index = find(out)
        if index is not None and _has_text(out.lines[:index]):
            out.removed = out.lines[index:] + out.removed
            out.lines = _trim(out.lines[:index])
            return True
        del out.places[places:]  # a block left in the statement names no place
    return False


def _note_role(out: Cleaned, name_line: str | None, lines: list[str]) -> None:
    """Keep the first line of a closing block that names a role (under the name, or after its comma)."""
    after = name_line.split(",", 1)[1].strip() if name_line and "," in name_line else ""
    for line in [after, *(line.strip() for line in lines)]:
        if out.role is None and line and _role_line(line) and len(line.split()) <= 6 and \
                closing_place([line]) is None and not find_contacts(line):
            out.role = line


def _note_places(out: Cleaned, name_line: str | None, lines: list[str]) -> None:
    """Keep what may name the writer's town in a closing block being removed: the rest of the name line after a
    comma ("Maria Lopez, Middlebury") and the short lines under the name. A block with contact details gives none:
    a town in an address is contact details, not a place."""
    _note_role(out, name_line, lines)
    under = [line.strip() for line in lines if line.strip()]
    block = [name_line.strip()] + under if name_line else under
    if not block or any(_CONTACT.search(line) for line in block) or find_contacts("\n".join(block)):
        return
    after = name_line.split(",", 1)[1].strip() if name_line and "," in name_line else ""
    out.places.extend([after, *under] if after else under)


def _note_signature(out: Cleaned, lines: list[str]) -> None:
    """A short signature under a `-- ` or a rule: a name, then maybe a town line."""
    block = [line for line in lines if line.strip()]
    if 1 <= len(block) <= 4 and _is_name(block[0]):
        _note_places(out, block[0], block[1:])


def _last_paragraph(lines: list[str]) -> int:
    i = len(lines)
    while i > 0 and lines[i - 1].strip():
        i -= 1
    return i


def _contact_block(out: Cleaned) -> int | None:
    """A last paragraph of short name, title, phone, address and web lines."""
    start = _last_paragraph(out.lines)
    block = out.lines[start:]
    if not block or len(block) > 8 or not any(_CONTACT.search(line) for line in block):
        return None
    cells = [cell for line in block for cell in line.split("|")]  # "Title | Company", "phone | address"
    if any(len(cell.strip()) > 50 or len(cell.split()) >= 8 for cell in cells):
        return None
    first = block[0].split("|")[0]
    if out.signoff_name is None and _is_name(first) and not _CONTACT.search(first):
        out.signoff_name = first.strip()
    _note_role(out, first, [cell for line in block[1:] for cell in line.split("|")])
    return start


def _signoff_block(out: Cleaned) -> int | None:
    """`Thanks,` / `In solidarity, Maria` and up to three short lines under it."""
    text_rows = [i for i, line in enumerate(out.lines) if line.strip()][-4:]
    for i in text_rows:
        line = out.lines[i].strip()
        found = p.SIGNOFF.match(line)
        rest = _SIGNOFF_REST.match(found.group("rest")) if found and len(line) <= 40 else None
        below = [x for x in out.lines[i + 1:] if x.strip()]
        if rest and all(_is_name(x) or len(x.strip()) <= 25 for x in below) and not _bare(out.lines[:i]):
            name = rest.group("name") or (below[0] if below else None)
            out.signoff_name = out.signoff_name or _clean_name(name)
            if rest.group("name") or not below:
                _note_places(out, None, below)
            else:
                _note_places(out, *_split(below))
            return i
        if _valediction(out.lines, i, below) and not _bare(out.lines[:i]):
            out.signoff_name = out.signoff_name or _clean_name(below[0])
            _note_places(out, *_split(below))
            return i
    return None


def _split(lines: list[str]) -> tuple[str, list[str]]:
    return lines[0], lines[1:]


def _valediction(lines: list[str], i: int, below: list[str]) -> bool:
    """Any closing phrase by its shape, in any language ("Shalom,", "Que Dios los bendiga,"): a short line
    ending in a comma that opens a paragraph, then a name and at most two short lines (title, town)."""
    line = lines[i].strip()
    opens_paragraph = i > 0 and not lines[i - 1].strip()
    closing = _VALEDICTION.match(line) or (p.BEHALF.match(line) and len(line.split()) <= 12)  # "On behalf of X,"
    if not (closing and opens_paragraph and 1 <= len(below) <= 3 and _is_name(below[0])):
        return False
    return all(len(x.strip()) <= 50 and len(x.split()) <= 6 and not x.rstrip().endswith((".", "!", "?", ":"))
               for x in below)


def _bare(lines: list[str]) -> bool:
    """One short line that opens with a greeting ("Hi. I am fine.") keeps its closing, so that the reply is not
    mistaken for a bare greeting plus sign-off (talon_html); any other short statement loses its sign-off."""
    text = [line.strip() for line in lines if line.strip()]
    return (len(text) == 1 and len(text[0].split()) <= 5 and not _is_greeting(text[0])
            and p.GREETING.match(text[0]) is not None)


def _dash_name(out: Cleaned) -> int | None:
    """`—Ryan` or `— Maria, Burlington` ending the message (not the last item of a dashed list)."""
    rows = [i for i, line in enumerate(out.lines) if line.strip()]
    if not rows:
        return None
    found = _DASH_NAME.match(out.lines[rows[-1]])
    if not found or (len(rows) > 1 and _DASH_ITEM.match(out.lines[rows[-2]])):
        return None
    out.signoff_name = out.signoff_name or _clean_name(found.group("name"))
    _note_places(out, None, [found.group("place") or ""])
    return rows[-1]


def _drop_trailing_dash_name(out: Cleaned) -> None:
    """A signature on the statement's last line: "... Please pass it! — Maria" or "... - Maria, Burlington"."""
    rows = [i for i, line in enumerate(out.lines) if line.strip()]
    found = _TRAILING_DASH_NAME.match(out.lines[rows[-1]]) if rows else None
    if not found or not _name_match(found.group("name")) or len(found.group("name").split()) > 3:
        return
    out.removed.insert(0, out.lines[rows[-1]][found.end("body"):].strip())
    out.lines[rows[-1]] = found.group("body")
    out.signoff_name = out.signoff_name or _clean_name(found.group("name"))
    _note_places(out, None, [found.group("place") or ""])


def _name_paragraph(out: Cleaned) -> int | None:
    """A last paragraph that is only a name, maybe with a town under it ("Maria Lopez" / "Burlington, VT"), or a
    name over a role and a town ("Carmen Soto" / "Trabajadora social" / "Winooski, VT")."""
    start = _last_paragraph(out.lines)
    block = [line.strip() for line in out.lines[start:]]
    if block:  # "Isidro Chavajay - Panton VT" reads as "Isidro Chavajay, Panton VT"
        block[0] = _NAME_DASH.sub(", ", block[0], count=1)
    if not 1 <= len(block) <= 3 or start == 0 or not _is_name(_NAME_TITLE.sub("", block[0])) or len(block[0]) > 40:
        return None
    if not all(_is_name(x) and len(x) <= 40 or _role_line(x) for x in block[1:]) or (
            len(block) == 3 and not any(_is_name(x) for x in block[1:])):
        return None
    above = [line for line in out.lines[:start] if line.strip()]
    name = block[0].split(",")[0]  # "Maria Lopez, Middlebury VT": a name, then a town
    if len(name.split()) > 3 or not name[:1].isalpha() or (above and p.SIGNOFF.match(above[-1].strip())):
        return None
    out.signoff_name = out.signoff_name or _clean_name(name)
    _note_places(out, *_split(block))
    return start


def _role_line(line: str) -> bool:
    """A short line of a role under a name ("Social worker", "Trabajadora social", "Dairy farmer, Addison")."""
    return len(line) <= 40 and 1 <= len(line.split()) <= 5 and not line.endswith((".", "!", "?", ":", ";")) and (
        line[:1].isupper()) and not _CONTACT.search(line)


def _name_lines(out: Cleaned) -> int | None:
    """A name on its own line right under the statement's last sentence, maybe with a town line under it ("...
    safe homes.\nBob Smith\nMiddlebury, VT"). The sentence above must be finished: "We stand with\nMigrant
    Justice" is one sentence."""
    rows = [i for i, line in enumerate(out.lines) if line.strip()]
    for size in (1, 2):
        if len(rows) <= size or rows[-size] - rows[-size - 1] != 1:
            continue
        first, block = rows[-size], [out.lines[i].strip() for i in rows[-size:]]
        above = out.lines[rows[-size - 1]].rstrip()
        name = block[0].split(",")[0]
        if not above.endswith(_FINISHED) or not _is_name(block[0]) or len(block[0]) > 40 or len(name.split()) > 3:
            continue
        if p.SIGNOFF.match(block[0]) or p.SIGNOFF.match(above.strip()):
            continue
        if size == 2 and not (_is_name(block[1]) and len(block[1]) <= 40):
            continue
        if not set(_folded_words(name)) & out.sender and len(name.split()) > 2:  # "Sí Se Puede" is no signature
            continue
        out.signoff_name = out.signoff_name or _clean_name(name)
        _note_places(out, block[0], block[1:])
        return first
    return None


def _sender_signature(out: Cleaned) -> int | None:
    """The sender's own name however typed ("maria lopez", "ROSA") on one of the last lines, under the statement,
    maybe with a title or town under it."""
    rows = [i for i, line in enumerate(out.lines) if line.strip()]
    for n, i in enumerate(rows[-3:], start=max(0, len(rows) - 3)):
        below = [out.lines[j].strip() for j in rows[n + 1:]]
        if n and _is_senders(out, out.lines[i].strip()) and all(
                len(x) <= 50 and not x.endswith((".", "!", "?")) for x in below):
            out.signoff_name = out.signoff_name or _clean_name(out.lines[i].strip().title())
            _note_places(out, out.lines[i], below)
            return i
    return None


def _is_senders(out: Cleaned, line: str) -> bool:
    if len(line) > _LONGEST_NAME_LINE:
        return False
    words = _folded_words(line)
    return bool(out.sender) and 1 <= len(words) <= 4 and set(words) <= out.sender and not line.endswith(("?", ":"))


def own_name_words(out: Cleaned) -> frozenset[str]:
    """The writer's name words, folded: from the sender and the sign-off ("Lopez, Maria" names no town)."""
    return out.sender | frozenset(_folded_words(out.signoff_name or ""))


def _folded_words(text: str) -> list[str]:
    """Lower-case words without accents ("María López <maria.lopez@x.org>" -> maria, lopez, x, org)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return [w for w in re.split(r"[\W\d_]+", plain) if len(w) > 1]


def _drop_inline_signoff(out: Cleaned) -> None:
    """A sign-off closing the statement's last line, with the name under it ("Apoyo la ley. Saludos cordiales" /
    "Juan"). Without a name under it, a closing word stays: it may be the writer's last word to the reader."""
    rows = [i for i, line in enumerate(out.lines) if line.strip()]
    if len(rows) < 2 or not (_is_name(out.lines[rows[-1]]) or _is_senders(out, out.lines[rows[-1]].strip())):
        return
    last, name = rows[-2], out.lines[rows[-1]].strip()
    sentences = _SENTENCE.split(out.lines[last].strip())
    found = p.SIGNOFF.match(sentences[-1]) if len(sentences) > 1 else None
    if not found or not _SIGNOFF_REST.match(found.group("rest")):
        return
    out.removed = [sentences[-1], name, *out.removed]
    out.lines = out.lines[:last] + [" ".join(sentences[:-1])]
    out.signoff_name = out.signoff_name or _clean_name(name)
    _note_places(out, name, [])


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = _NAME_TITLE.sub("", name.strip(" /-–—~.,"))  # "Rabbi David Klein" signs as David Klein
    return name if 1 < len(name) <= 40 and _name_match(name) else None


def _drop_greeting(out: Cleaned) -> None:
    """A bare greeting line at the top ("Hi all,", "Hola amigos,") when more follows."""
    rows = [i for i, line in enumerate(out.lines) if line.strip()]
    if len(rows) < 2:
        return
    if _is_greeting(out.lines[rows[0]]):
        out.removed.insert(0, out.lines[rows[0]])
        out.lines = _trim(out.lines[rows[0] + 1:])


def _is_greeting(line: str) -> bool:
    """A short line of greetings: "Hi all,", and in two languages or two breaths ("Good morning / Buenos días,",
    "Hello! Buenas tardes.")."""
    if len(line.strip()) > 60:
        return False
    parts = [part for part in _GREETING_PARTS.split(line.strip()) if part.strip(" ,.!¡")]
    return bool(parts) and len(line.strip()) <= 40 * len(parts) and all(map(_one_greeting, parts))


def _one_greeting(part: str) -> bool:
    found = p.GREETING.match(part.strip()) or _OPENING_SIGNOFF.match(part.strip())
    return found is not None and len(part.strip()) <= 40 and bool(_GREETING_REST.fullmatch(found.group("rest")))


def _drop_meta(out: Cleaned) -> None:
    """Short notes to the organizers opening or closing the statement ("Here is my statement:", "Sorry for the
    typo, please use this version"): sentences of the first and last lines with text, removed."""
    rows = [i for i, line in enumerate(out.lines) if line.strip()]
    for i in dict.fromkeys([*rows[:2], *rows[-1:]]):
        sentences = _CLAUSE.split(out.lines[i].strip())
        meta = [s for s in sentences if len(s.split()) <= _META_WORDS and p.META.search(s)]
        if meta and len(meta) < len(sentences) or meta and len(rows) > 1:
            out.removed.extend(meta)
            out.lines[i] = " ".join(s for s in sentences if s not in meta)


def _drop_anonymity(out: Cleaned) -> None:
    """Sentences that only ask the organizers not to print the sender's name, or to print another one."""
    kept: list[str] = []
    for line in out.lines:
        if not _MAY_ASK.search(folded(line)):
            kept.append(line)
            continue
        line = _drop_name_request(out, line)
        sentences = _SENTENCE.split(line)
        rest = [s for s in sentences if not _asks_about_name(out, s)]
        if len(rest) < len(sentences):  # a "P.S." or "pd." left alone once its request is gone
            rest = [s for s in rest if not _POSTSCRIPT.fullmatch(s.strip())]
        out.removed.extend(s for s in sentences if s not in rest)
        if len(rest) == len(sentences):
            kept.append(line)
        elif rest:
            kept.append(" ".join(rest))
    out.lines = kept


def _drop_name_request(out: Cleaned, line: str) -> str:
    """A closing sentence naming how to sign ("Please sign it as J. R."): whole, since initials hold periods."""
    found = p.NAME_REQUEST.search(line)
    if not found:
        return line
    start = max(line.rfind(mark, 0, found.start()) for mark in (". ", "! ", "? "))
    start = 0 if start < 0 else start + 2
    if line[start:found.start()].strip() and len(line[start:found.start()].split()) > 3:
        return line
    name = found.group("name").strip(" ,'\"“”‘’")
    name = name[:-1] if name.endswith(".") and len(name.split()[-1]) > 2 else name
    out.requested_name = name.strip(" ,'\"“”‘’")
    out.removed.append(line[start:])
    return line[:start].rstrip()


def _asks_about_name(out: Cleaned, sentence: str) -> bool:
    """Record an anonymity, pseudonym or initials request in `out`; True when the sentence is one."""
    if p.FIRST_NAME.search(sentence):  # before anonymity: "without my last name" is not "without my name"
        out.first_name_only = True
        return True
    kinds = classify(sentence)
    for kind in kinds:
        out.requests.setdefault(kind.value, sentence.strip())
    if Kind.ANONYMITY in kinds:
        out.anonymous = True
    if kinds & _NOT_STATEMENT:
        return True
    if p.INITIALS.search(sentence):
        out.initials_only = True
        return True
    return False
