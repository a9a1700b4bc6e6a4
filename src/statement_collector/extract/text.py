"""Plain-text quote finding: `>` runs, attribution lines, header blocks and separators."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from . import patterns as p


class _Cut(str):
    __slots__ = ()


HTML_CUT: str = _Cut("")
"""The line put between the HTML stage's segments, where a mail client's own quote marker was (Outlook's header
div): told apart by identity (`line is HTML_CUT`), so no text a sender types can be taken for it."""

_QUOTE = re.compile(r"^\s*>")
_LIST_ITEM = re.compile(r"^\s{0,3}>[ \t]++[^>\s].{0,100}$")
_ELISION = re.compile(r"^[\s>]*+[\[(<]\s*+(?:\.{2,}+|…|snip(?:ped)?|cut|recortado|omitido|corte|\.\.\.\s*snip)"
                      r"\s*+[\])>]\s*+$", re.I)
# OpenPGP clear-signed text (RFC 4880 §7): armour lines, the hash header, dash-escaped lines, the signature block.
_PGP_START = "-----BEGIN PGP SIGNED MESSAGE-----"
_PGP_SIGNATURE = "-----BEGIN PGP SIGNATURE-----"
_PGP_END = "-----END PGP SIGNATURE-----"
# ASCII-art arrows (">>> link <<<") look like quotes but are the writer's own decoration.
_ARROWS = re.compile(r"^\s*+>{2,}+.*<{2,}\s*$")  # possessive: a line of only ">" was cubic
_RULE = re.compile(r"^\s*[-_=*~#+.•·ᐧ\u2014\u2013]{2,}\s*$")
_LONG_RULE = re.compile(r"^\s*[-_=*~\u2014\u2013]{5,}\s*$")
_DATE_START = re.compile(r"^[\s>]*(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{4}年|\d{4}년)")
_TIME_OR_YEAR = re.compile(r"\d{1,2}[:.h]\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}\s*(?:am|pm)\b", re.I)
_ADDRESS_END = re.compile(r"(?:>|@[\w.-]+\)?|\))\s*[:：]\s*$")
_STRONG_START = re.compile(r"^[\s>]*(?:\d{1,2}\.?\s+\S|-{2,})")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
_MAX_ATTRIBUTION = 300
_MAX_AFTER_VERB = 90


class Kind(Enum):
    """What kind of marker starts the quoted part."""

    ATTRIBUTION = "attribution"
    HEADER = "header"
    SEPARATOR = "separator"
    FORWARD = "forward"


@dataclass
class Marker:
    """Where quoted mail starts (`start`) and where its opening lines end (`end`)."""

    start: int
    end: int
    kind: Kind


@dataclass
class Split:
    """The sender's own lines and what was taken away from around them."""

    own: list[str]
    removed: list[str] = field(default_factory=list)
    uncertain: bool = False
    marker: bool = False
    forwarded: bool = False
    """A forward with nothing of the sender's own above it: `own` is the forwarded text."""


def is_quote(line: str) -> bool:
    """True for a `>`-quoted line (not for `>>> link <<<` decoration), and for an elision marker alone on a line
    ("[...]", "[snip]", "<snip>"): it stands for quoted text left out."""
    return bool(_QUOTE.match(line)) and not _ARROWS.match(line) or bool(_ELISION.match(line))


def is_blank(line: str) -> bool:
    """True for a line with nothing visible on it."""
    return not line.strip()


def split_lines(body: str) -> list[str]:
    """Normalized lines: one newline style, no trailing spaces, PGP armour gone, shared attribution lines split."""
    lines = _without_armour([line.rstrip() for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")])
    out: list[str] = []
    for line in lines:
        out.extend(_split_shared(line))
    return out


def _without_armour(lines: list[str]) -> list[str]:
    """The text of an OpenPGP clear-signed message as the writer typed it: the armour line and its `Hash:` header,
    the signature block, and the "- " that escapes lines starting with a dash removed. Quoted armour stays."""
    if _PGP_START not in (line.strip() for line in lines):
        return lines
    out: list[str] = []
    state = "text"
    for line in lines:
        bare = line.strip()
        if bare == _PGP_START:
            state = "header"
        elif state == "header":
            state = "signed" if not bare else "header"  # "Hash: SHA256" lines up to a blank line
        elif state == "signed" and bare == _PGP_SIGNATURE:
            state = "signature"
        elif state == "signature":
            state = "text" if bare == _PGP_END else "signature"
        else:
            out.append(line[2:] if state == "signed" and line.startswith("- ") else line)
    return out


def _split_shared(line: str) -> list[str]:
    """`reply--- On <date>, <name> wrote:` holds the reply and the attribution on one line."""
    if len(line) > _MAX_ATTRIBUTION or not p.ends_like_attribution(line) or p.INTRO.match(line):
        return [line]
    for found in p.INTRO_MIDLINE.finditer(line):
        rest = line[found.end():]
        # Splitting a line is drastic: the rest must carry a client's proof (a time, a year or an address), not
        # only begin with an intro word ("My daughter, who works on a dairy farm, wrote:").
        if (_TIME_OR_YEAR.search(rest) or "@" in rest) and _is_attribution(rest):
            return [line[: found.start()].rstrip(" -"), rest]
    return [line]


def split_reply(lines: list[str]) -> Split:
    """Separate the sender's own lines from quoted mail below (or around) them."""
    marker = find_marker(lines)
    head = lines if marker is None else lines[: marker.start]
    lists = _own_lists(head) if marker is None else set()
    own, interleaved = _drop_quotes(head, lists)
    if marker is None or _has_text(own):
        removed = [line for i, line in enumerate(head) if is_quote(line) and i not in lists]
        removed += [] if marker is None else lines[marker.start:]
        return Split(own, removed, uncertain=interleaved, marker=marker is not None or len(own) < len(head))
    # Nothing of the sender's own above the first marker: a bottom-posted reply, or a forward with nothing added
    # (its text is someone else's: kept for a person to see, never printed).
    rest = split_reply(lines[marker.end:])
    rest.forwarded = rest.forwarded or marker.kind is Kind.FORWARD
    rest.uncertain = rest.uncertain or rest.forwarded
    rest.removed = head + lines[marker.start: marker.end] + rest.removed
    rest.marker = True
    return rest


def _own_lists(lines: list[str]) -> set[int]:
    """`>` lines that are the writer's own list, not quoted mail (where nothing marks any mail as quoted): two or
    more short single-level lines right under the writer's line that announces them ("I support it because:")."""
    kept: set[int] = set()
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and _LIST_ITEM.match(lines[end]):
            end += 1
        lead = _previous_text(lines, i)
        if end - i >= 2 and lead is not None and not is_quote(lines[lead]) and lines[lead].rstrip().endswith(":"):
            kept.update(range(i, end))
        i = max(end, i + 1)
    return kept


def _previous_text(lines: list[str], i: int) -> int | None:
    """The index of the last line with text before `i`, at most one blank line above it."""
    for j in (i - 1, i - 2):
        if j >= 0 and lines[j].strip():
            return j
    return None


def _drop_quotes(lines: list[str], keep: set[int] | None = None) -> tuple[list[str], bool]:
    """Lines without `>` quotes (but those in `keep`), and whether the sender wrote both above and below a
    quote."""
    own: list[str] = []
    seen_text = interleaved = quote_after_text = False
    for i, line in enumerate(lines):
        if is_quote(line) and not (keep and i in keep):
            quote_after_text = seen_text
            continue
        if line.strip():
            interleaved = interleaved or quote_after_text
            seen_text = True
        own.append(line)
    return own, interleaved


def _has_text(lines: list[str]) -> bool:
    return any(not is_blank(line) and not _RULE.match(line) for line in lines)


def find_marker(lines: list[str]) -> Marker | None:
    """The first attribution line, header block or separator, if any."""
    for i, line in enumerate(lines):
        if line is HTML_CUT:
            return Marker(i, i + 1, Kind.SEPARATOR)
        if not line.strip():
            continue
        marker = _marker_at(lines, i)
        if marker is not None:
            return marker
    return None


def _marker_at(lines: list[str], i: int) -> Marker | None:
    line = lines[i]
    if p.FORWARD_PHRASE.match(line):
        return Marker(i, _skip_headers(lines, i + 1), Kind.FORWARD)
    if p.SEPARATOR_PHRASE.match(line):
        return Marker(i, _skip_headers(lines, i + 1), Kind.SEPARATOR)
    if _LONG_RULE.match(line) and _header_follows(lines, i + 1):
        return Marker(i, _skip_headers(lines, _next_text(lines, i + 1)), Kind.HEADER)
    if p.HEADER_LINE.match(line) and (_header_kinds(lines, i) >= 2 or _flattened_headers(line)):
        return Marker(i, _skip_headers(lines, i), Kind.HEADER)
    return _attribution_ending_at(lines, i)


def _next_text(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _header_follows(lines: list[str], i: int) -> bool:
    i = _next_text(lines, i)
    return i < len(lines) and bool(p.HEADER_LINE.match(lines[i]))


def _header_kinds(lines: list[str], i: int) -> int:
    """How many different header keys (From, Sent, To...) the block starting at `i` has."""
    kinds: set[str] = set()
    misses = 0
    for line in lines[i: i + 12]:
        found = p.HEADER_LINE.match(line)
        if found:
            kinds.add(p.HEADER_KINDS.get(found.group(1).lower(), found.group(1).lower()))
            misses = 0
        elif not line.strip() or misses >= 1:
            break
        else:
            misses += 1  # a wrapped value, e.g. "[mailto:" continued on the next line
    return len(kinds)


def _flattened_headers(line: str) -> bool:
    """A whole header block on one line: a From key, then at least two more kinds ("Sent:", "To:", "Subject:")."""
    first = p.HEADER_LINE.match(line)
    if not first or p.HEADER_KINDS.get(first.group(1).lower()) != "from":
        return False
    kinds = {p.HEADER_KINDS.get(key.lower(), key.lower()) for key in p.HEADER_INLINE.findall(line[first.end():])}
    return len(kinds - {"from"}) >= 2


def _skip_headers(lines: list[str], i: int) -> int:
    """The index after a header block (and its wrapped values) starting at or after `i`."""
    i = _next_text(lines, i)
    if i >= len(lines) or not p.HEADER_LINE.match(lines[i]):
        return i
    while i < len(lines) and lines[i].strip():
        i += 1
    return i


def _attribution_ending_at(lines: list[str], j: int) -> Marker | None:
    """An attribution (wrapped over up to five lines) whose last line is `j`."""
    last = lines[j].strip()
    if not (p.ends_like_attribution(last) or _DATE_START.match(last)) or len(last) > _MAX_ATTRIBUTION:
        return None
    for k in range(0, 5):
        if j - k < 0 or (k and not lines[j - k].strip() and not _mailto_wrap(lines, j - k)):
            break
        if _is_attribution(_join(lines[j - k: j + 1])):
            start = _extend_start(lines, j - k)
            return Marker(start, _extend_end(lines, start, j + 1), Kind.ATTRIBUTION)
    return None


def _mailto_wrap(lines: list[str], i: int) -> bool:
    """Polymail wraps `<mailto:...> wrote:` below a blank line; such a gap stays inside the attribution."""
    nxt = _next_text(lines, i)
    return nxt < len(lines) and lines[nxt].strip() in ("<", "&lt;")


def _join(lines: list[str]) -> str:
    return " ".join(line.strip().lstrip(">").strip() for line in lines if line.strip())


def _is_attribution(text: str) -> bool:
    if len(text) > _MAX_ATTRIBUTION or _QUOTE.match(text.strip()):
        return False
    return _verb_attribution(text) or _address_attribution(text) or _dated_address(text)


def _verb_attribution(text: str) -> bool:
    """`On <date>, <name> wrote:` and its translations, the verb near the end."""
    if not p.ends_like_attribution(text):
        return False
    if not p.WROTE.search(text[-_MAX_AFTER_VERB:]):
        return False
    return bool(_TIME_OR_YEAR.search(text) or "@" in text or _starts_attribution(text))


def _address_attribution(text: str) -> bool:
    """`26.06.2014, 14:41, "Name" <a@b.c>:` (no verb, the address then a colon)."""
    return bool(_ADDRESS_END.search(text) and _TIME_OR_YEAR.search(text) and "@" in text)


def _dated_address(text: str) -> bool:
    """Gmail's `2013/7/20 Name <a@b.c>` and `2016-03-03 17:21 GMT+01:00 Name`."""
    if not _DATE_START.match(text) or _SENTENCE_END.search(text):
        return False
    return bool(p.EMAIL.search(text) or "GMT" in text)


def _extend_start(lines: list[str], start: int) -> int:
    """Reach back to the attribution's real first line ("Le 4 janv. 2016," above "<a@b.c> a écrit :")."""
    if _starts_attribution(lines[start]):
        return start
    i = start - 1
    while i >= max(0, start - 4):
        line = lines[i]
        if line.strip() and (len(line) > 100 or _SENTENCE_END.search(line) or is_quote(line)):
            return start
        if line.strip() and _starts_attribution(line):
            return i
        i -= 1
    return start


def _starts_attribution(line: str) -> bool:
    return bool(p.INTRO.match(line) or _DATE_START.match(line) or _STRONG_START.match(line))


def _extend_end(lines: list[str], start: int, end: int) -> int:
    """Take in the wrapped rest of an attribution found by its first line (`2014-10-17 ... <` then `a@b>:`)."""
    for extra in (1, 2):
        if end + extra > len(lines) or not lines[end + extra - 1].strip():
            break
        tail = lines[end + extra - 1].strip()
        if tail.endswith((":", "：")) and _is_attribution(_join(lines[start: end + extra])):
            return end + extra
    return end
