"""Accepted statements -> the printable Compilation (names and labels decided here, no addresses)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import NamedTuple

from .config import Settings
from .extract.languages import LANGUAGES
from .models import Compilation, Entry, Signer, Statement, Status
from .store import Store

_WORDS = re.compile(r"[^\W\d_]+")
_FIRST_ON_TIES = ("en", "es", "fr", "pt", "de")
"""Who wins a tie of common words, as always (other languages follow by code): no words here, only an order."""


def _tie_rank(code: str) -> int:
    return _FIRST_ON_TIES.index(code) if code in _FIRST_ON_TIES else len(_FIRST_ON_TIES)


_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(LANGUAGES[code].stopwords) for code in sorted(LANGUAGES, key=_tie_rank) if LANGUAGES[code].stopwords
}
"""Each language's common words (`extract/languages/<code>.py`), in tie order: languages without any never win."""


class Counts(NamedTuple):
    """What a compilation holds, in the words the cover, the summary page, `compile` and `stats` all use."""

    statements: int
    """Statements printed (a text sent by several supporters prints once)."""
    supporters: int
    grouped: int
    """Texts sent by several supporters."""

    def line(self) -> str:
        """"14 statements from 16 supporters (1 text sent by several supporters)"."""
        words = (f"{self.statements} statement{'s' * (self.statements != 1)} from {self.supporters} "
                 f"supporter{'s' * (self.supporters != 1)}")
        grouped = f" ({self.grouped} text{'s' * (self.grouped != 1)} sent by several supporters)"
        return words + (grouped if self.grouped else "")


def counts(doc: Compilation) -> Counts:
    """The counts of a built compilation."""
    return Counts(len(doc.entries), doc.supporters, doc.grouped_entries)


def printable(store: Store, settings: Settings, include_review: bool = False) -> list[Statement]:
    """Statements to compile: accepted (and review, if asked), received by the deadline."""
    statuses = [Status.ACCEPTED, Status.REVIEW] if include_review else [Status.ACCEPTED]
    deadline = settings.campaign.deadline
    if deadline is not None and deadline.tzinfo is None:
        deadline = deadline.astimezone()
    return [s for s in store.statements(statuses) if deadline is None or s.received_at <= deadline]


def build(statements: Sequence[Statement], settings: Settings, draft: bool = False) -> Compilation:
    """Group, label and order statements for printing."""
    entries = order(_entries(statements, settings), settings.compilation.order)
    c = settings.compilation
    dates = [s.received_at for s in statements]
    return Compilation(
        title=c.title, subtitle=c.subtitle, organization=c.organization, intro=c.intro,
        language=c.language, page_size=c.page_size, show_dates=c.show_dates,
        generated_at=datetime.now(UTC).astimezone(), entries=entries, supporters=len(statements),
        grouped_entries=sum(1 for e in entries if e.is_group),
        grouped_signers=sum(len(e.signers) for e in entries if e.is_group),
        first_received=min(dates, default=None), last_received=max(dates, default=None),
        languages=dict(Counter(e.language for e in entries)), draft=draft, meeting=c.meeting,
        places=town_counts(entries),
    )


def _entries(statements: Sequence[Statement], settings: Settings) -> list[Entry]:
    grouped: dict[object, list[Statement]] = defaultdict(list)
    for s in statements:
        grouped[s.group if s.group is not None else ("single", s.id)].append(s)
    entries = []
    for members in grouped.values():
        members.sort(key=lambda s: (s.received_at, s.id or 0))
        entries.append(Entry(
            text=members[0].text, received_at=members[0].received_at, language=guess_language(members[0].text),
            signers=[Signer(name=printed_name(s, settings), anonymous=s.anonymous, received_at=s.received_at,
                            statement_id=s.id, place=printed_place(s, settings)) for s in members],
        ))
    return entries


def printed_name(statement: Statement, settings: Settings) -> str:
    """The name under a statement: the anonymous label, the name, or the unknown-name label."""
    anonymous, unknown = name_labels(settings)
    if statement.anonymous:
        return anonymous
    return statement.name or unknown


def printed_place(statement: Statement, settings: Settings) -> str | None:
    """The town printed after the name: never for an anonymous supporter (a small town can identify a person),
    none when `show_places` is off."""
    if statement.anonymous or not settings.compilation.show_places:
        return None
    return statement.place or None


def town_counts(entries: Sequence[Entry]) -> dict[str, int]:
    """Supporters printed with a town, by town (the place without its state: "Middlebury, VT" and "Middlebury"
    are one town), most first, then by name. Anonymous signers carry no place, so they are never counted."""
    counted: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for signer in (s for e in entries for s in e.signers if s.place and not s.anonymous):
        town = (signer.place or "").split(",")[0].strip()
        spelling.setdefault(town.casefold(), town)
        counted[town.casefold()] += 1
    return {spelling[key]: n for key, n in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))}


def name_labels(settings: Settings) -> tuple[str, str]:
    """The anonymous and unknown-name labels: as configured, else the compilation language's own."""
    s = settings.statements
    if s.anonymous_label and s.unknown_name_label:
        return s.anonymous_label, s.unknown_name_label
    from .book import printed_labels  # noqa: PLC0415  (templates: only when something is printed)

    labels = printed_labels(settings.compilation)
    return (s.anonymous_label or str(labels.get("anonymous_name", "Anonymous")),
            s.unknown_name_label or str(labels.get("unknown_name", "A supporter")))


def order(entries: list[Entry], how: str) -> list[Entry]:
    """By time received, or by the first signer's name (anonymous statements after the named ones); ties by time
    received. The one place the print order is decided."""
    if how == "name":
        return sorted(entries, key=lambda e: (e.signers[0].anonymous, e.signers[0].name.casefold(), e.received_at))
    return sorted(entries, key=lambda e: e.received_at)


def export_records(statements: Sequence[Statement], compilation: Compilation, settings: Settings
                   ) -> list[dict[str, object]]:
    """The compilation as CSV/JSON rows, in print order: what the PDF prints of each statement (the printed name,
    the anonymous label for an anonymous supporter, the printed town) and never an address or a Message-ID."""
    return [{"id": s.id, "name": printed_name(s, settings), "anonymous": s.anonymous,
             "place": printed_place(s, settings), "received_at": s.received_at.isoformat(),
             "status": s.status.value, "text": s.text, "group": s.group}
            for s in in_print_order(statements, compilation)]


def in_print_order(statements: Sequence[Statement], compilation: Compilation) -> list[Statement]:
    """`statements` in the order `compilation` prints them: entry by entry, each entry's signers in turn."""
    by_id = {s.id: s for s in statements}
    return [by_id[signer.statement_id] for entry in compilation.entries for signer in entry.signers
            if signer.statement_id in by_id]


def guess_language(text: str) -> str:
    """The language whose common words the text uses most (en when unsure); languages without stop words never win."""
    words = Counter(w.casefold() for w in _WORDS.findall(text))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang], default="en")
    return best if scores.get(best, 0) > 0 else "en"
