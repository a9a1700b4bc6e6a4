"""Requests apply to the person, not to one message: anonymity, withdrawal and doubts spread over a sender's mail.

Runs over every statement before a person's decisions and deduplication (`dedupe.resolve`). When unsure, it holds
statements for review: a held statement is never printed, a wrong name is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from rapidfuzz import fuzz

from .extract.requests import DOUBTS, Kind
from .identity import identifying
from .models import Reason, Status
from .normal import folded

_NOT_FROM_THE_PERSON = {Reason.BOUNCE, Reason.LOOP, Reason.MALFORMED, Reason.AUTO_REPLY, Reason.SPAM}
_ASKING = {Kind.ANONYMITY.value, Kind.WITHDRAWAL.value, Kind.CHANGE_OF_MIND.value, Kind.DOUBT.value}
_LIVE = (Status.ACCEPTED, Status.REVIEW)
# A follow-up holding a request and fewer words than this is about an earlier statement, not a new one.
_FOLLOW_UP_WORDS = 15
# A follow-up shorter than this that asks nothing we understand ("never mind", "I'd prefer it went in unsigned",
# "retiro lo dicho") may change the earlier statement rather than replace it: a person decides. A longer one is a
# new statement, and the latest counts.
_SHORT_FOLLOW_UP = 40
_SAME_TEXT = 90


class PersonRow(Protocol):
    """The fields of a statement this stage reads and sets (dedupe.Row provides them)."""

    id: int
    sender: str
    name: str | None
    text: str
    status: Status
    reason: Reason | None
    requests: dict[str, str]
    author_names: list[str]
    person_anonymous: bool
    note: str


def apply_requests(rows: Sequence[PersonRow], one_per_sender: bool = True) -> None:
    """Spread each sender's requests over all their statements; with `one_per_sender`, a short later message
    also holds the earlier statement it may change."""
    by_sender: dict[str, list[PersonRow]] = defaultdict(list)
    for row in rows:
        if row.sender:
            by_sender[row.sender].append(row)
    for mine in by_sender.values():
        _apply(mine, one_per_sender)
    _same_name_elsewhere(rows, by_sender)


def _apply(mine: list[PersonRow], one_per_sender: bool) -> None:
    """One sender's rows, oldest first (the caller's order is by time received)."""
    asking = [r for r in mine if r.reason not in _NOT_FROM_THE_PERSON]
    _withdraw(mine, [r for r in asking if Kind.WITHDRAWAL.value in r.requests])
    _anonymize(mine, [r for r in asking if Kind.ANONYMITY.value in r.requests],
               [r for r in asking if Kind.CONSENT.value in r.requests])
    _doubt(mine, [r for r in asking if DOUBTS & set(r.requests) or r.reason is Reason.UNSUBSCRIBE])
    _follow_ups(mine, one_per_sender)


def _withdraw(mine: list[PersonRow], withdrawals: list[PersonRow]) -> None:
    if not withdrawals:
        return
    last = withdrawals[-1]
    note = f"withdrawn: the sender asked in message {last.id} (\"{last.requests[Kind.WITHDRAWAL.value]}\")"
    after = False
    for row in mine:
        if row.status in _LIVE or row is last or row.requests:
            if after:
                _hold(row, Reason.UNCERTAIN, f"sent after the sender withdrew in message {last.id}")
            else:
                row.status, row.reason, row.note = Status.REJECTED, Reason.WITHDRAWN, note
        after = after or row is last


def _anonymize(mine: list[PersonRow], requests: list[PersonRow], consents: list[PersonRow]) -> None:
    if not requests:
        return
    last = requests[-1]
    note = f"anonymous: the sender asked in message {last.id} (\"{last.requests[Kind.ANONYMITY.value]}\")"
    later = [c for c in consents if mine.index(c) > mine.index(last)]
    for row in mine:
        row.person_anonymous = True
        row.note = row.note or note
        if later and row.status is Status.ACCEPTED:
            _hold(row, Reason.UNCERTAIN, f"asked not to be named in message {last.id}, then gave permission in "
                                         f"message {later[-1].id}: a person decides")


def _doubt(mine: list[PersonRow], doubtful: list[PersonRow]) -> None:
    for source in doubtful:
        said = next((source.requests[k] for k in sorted(DOUBTS) if k in source.requests), "remove me")
        for row in mine:
            if row is not source and row.status is Status.ACCEPTED:
                _hold(row, Reason.UNCERTAIN, f"message {source.id} from the same sender may change it: \"{said}\"")


def _follow_ups(mine: list[PersonRow], one_per_sender: bool) -> None:
    """A later message that only carries a request is not the sender's statement; a short later message that asks
    nothing we understand may still change the earlier one ("never mind"): a person looks at both."""
    for n, row in enumerate(mine):
        earlier = [r for r in mine[:n] if r.text.strip() and r.status is not Status.REJECTED]
        words = len(row.text.split())
        if not earlier or row.status not in _LIVE:
            continue
        if row.requests and words >= _FOLLOW_UP_WORDS:
            for other in [*earlier, row]:
                if other.status is Status.ACCEPTED:
                    _hold(other, Reason.UNCERTAIN, f"message {row.id} asks about the sender's name and adds text: "
                                                   "a person decides which text counts")
            continue
        if row.requests:
            row.status, row.reason = Status.REJECTED, Reason.EMPTY
            row.note = row.note or f"a request about the sender's earlier message {earlier[-1].id}, not a statement"
            continue
        resent = fuzz.ratio(row.text, earlier[-1].text) >= _SAME_TEXT
        for other in [*earlier, row] if one_per_sender and words < _SHORT_FOLLOW_UP and not resent else []:
            if other.status is Status.ACCEPTED:
                _hold(other, Reason.UNCERTAIN, f"message {row.id} is a short follow-up to message "
                                               f"{earlier[-1].id}: a person decides which counts")


def _same_name_elsewhere(rows: Sequence[PersonRow], by_sender: dict[str, list[PersonRow]]) -> None:
    """A request from another address under the same name may be the same person: hold that name's statements."""
    asking: dict[str, int] = {}
    for mine in by_sender.values():
        for row in mine:
            if _ASKING & set(row.requests) and row.name:
                asking.setdefault(_key(row.name), row.id)
    for row in rows:
        source = asking.get(_key(row.name or ""))
        if source is not None and row.status is Status.ACCEPTED and not any(
                r.id == source for r in by_sender.get(row.sender, [])):
            _hold(row, Reason.UNCERTAIN, f"a request came from another address under the same name "
                                         f"(message {source})")


def identifies_author(rows: Sequence[PersonRow], anonymous: dict[int, bool]) -> None:
    """An anonymous statement whose text names its author (any name the sender's mail shows) is held."""
    names: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        names[row.sender].update(row.author_names)
    for row in rows:
        if row.status is Status.ACCEPTED and anonymous.get(row.id):
            found = identifying(row.text, names[row.sender])
            if found:
                _hold(row, Reason.IDENTIFIES_AUTHOR, f"the text names its author: {', '.join(found[:3])}")


def _hold(row: PersonRow, reason: Reason, why: str) -> None:
    row.status, row.reason = Status.REVIEW, reason
    row.note = f"{row.note}; {why}" if row.note else why


def _key(name: str) -> str:
    return " ".join(folded(name).split())
