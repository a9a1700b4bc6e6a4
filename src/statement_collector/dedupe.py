"""Deduplication: one statement per sender, and one printed text for many senders of the same text."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from .config import StatementSettings
from .models import Decision, Reason, Resolved, Row, Status
from .normal import folded
from .persons import apply_requests, identifies_author
from .store import fingerprint_of

_WORD = re.compile(r"\w+")
_BLOCK_WORDS = 6


def resolve(rows: Sequence[Row], settings: StatementSettings) -> list[Resolved]:
    """Final status, reason, group and person-level anonymity of every statement."""
    rows = sorted(rows, key=lambda r: (r.received_at, r.id))  # oldest first: later messages supersede
    apply_requests(rows, settings.one_per_sender)
    identifies_author(rows, {r.id: r.printed_anonymous for r in rows})
    honour_decisions(rows)
    if settings.one_per_sender:
        supersede(rows)
    groups = group_similar(rows, settings.similarity) if settings.group_similar else {}
    flag_same_name_twins(rows, groups)
    return [Resolved(r.id, r.status, r.reason, groups.get(r.id), r.person_anonymous, r.note) for r in rows]


def honour_decisions(rows: Sequence[Row]) -> None:
    """A person's decision over the machine's; an approval holds only for exactly what the person saw."""
    for row in rows:
        if row.decision is Decision.REJECTED:
            row.status, row.reason = Status.REJECTED, Reason.MANUAL
        elif row.decision is Decision.APPROVED:
            now = fingerprint_of(row.text, row.name, row.printed_anonymous, row.note)
            if row.seen is None or row.seen == now:
                row.status, row.reason = Status.ACCEPTED, None
            elif row.status is not Status.REVIEW:
                row.status, row.reason = Status.REVIEW, Reason.UNCERTAIN


def supersede(rows: Sequence[Row]) -> None:
    """Per sender, the latest accepted statement wins; earlier accepted or review ones are superseded."""
    by_sender: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.sender and row.status in (Status.ACCEPTED, Status.REVIEW):
            by_sender[row.sender].append(row)
    for mine in by_sender.values():
        mine.sort(key=lambda r: (r.received_at, r.id))
        winners = [r for r in mine if r.status is Status.ACCEPTED]
        if winners:
            latest = winners[-1]
            for row in mine[: mine.index(latest)]:
                row.status, row.reason = Status.SUPERSEDED, None


def normalize(text: str) -> str:
    """Lower-cased words only: punctuation, case and spacing do not tell form letters apart."""
    return " ".join(_WORD.findall(text.casefold()))


def group_similar(rows: Sequence[Row], similarity: float) -> dict[int, int]:
    """statement id -> group id for accepted texts sent by two or more senders."""
    accepted = [r for r in rows if r.status is Status.ACCEPTED and r.text.strip()]
    parent = {r.id: r.id for r in accepted}
    texts = {r.id: normalize(r.text) for r in accepted}
    for block in _blocks(texts).values():
        _link_similar(block, texts, parent, similarity * 100)
    members: dict[int, list[Row]] = defaultdict(list)
    for row in accepted:
        members[_find(parent, row.id)].append(row)
    groups: dict[int, int] = {}
    for group in members.values():
        if len({m.sender for m in group}) > 1:
            group_id = min(m.id for m in group)
            groups.update((m.id, group_id) for m in group)
    return groups


def _blocks(texts: Mapping[int, str]) -> dict[str, list[int]]:
    """Candidate sets: texts sharing their first or their last words (edits rarely touch both ends)."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for sid, text in texts.items():
        words = text.split()
        blocks["^" + " ".join(words[:_BLOCK_WORDS])].append(sid)
        blocks["$" + " ".join(words[-_BLOCK_WORDS:])].append(sid)
    return blocks


def _link_similar(block: list[int], texts: Mapping[int, str], parent: dict[int, int], cutoff: float) -> None:
    representatives: dict[str, int] = {}
    for sid in block:
        text = texts[sid]
        if text in representatives:
            _union(parent, sid, representatives[text])
            continue
        for other_text, other in list(representatives.items()):
            if fuzz.ratio(text, other_text, score_cutoff=cutoff):
                _union(parent, sid, other)
                break
        representatives.setdefault(text, sid)


def _find(parent: dict[int, int], sid: int) -> int:
    while parent[sid] != sid:
        parent[sid] = parent[parent[sid]]
        sid = parent[sid]
    return sid


def _union(parent: dict[int, int], a: int, b: int) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def flag_same_name_twins(rows: Sequence[Row], groups: Mapping[int, int]) -> None:
    """The same text under the same name from two addresses: a person should look (one may be forged)."""
    seen: dict[tuple[int, str], str] = {}
    for row in sorted(rows, key=lambda r: (r.received_at, r.id)):
        if row.id not in groups or not row.name:
            continue
        key = (groups[row.id], " ".join(folded(row.name).split()))
        if key in seen and seen[key] != row.sender and not row.decided:
            row.status, row.reason = Status.REVIEW, Reason.POSSIBLE_DUPLICATE
        seen.setdefault(key, row.sender)
