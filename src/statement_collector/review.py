"""A person's review: decisions, edits, and what the queue looks like."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .campaign import campaign_line
from .compilation import build, counts, printable, printed_name
from .config import Settings
from .contact import find_contacts
from .errors import UsageError
from .identity import identifying
from .models import Decision, Reason, Statement, Status
from .pipeline import refresh
from .store import Store


def decide(store: Store, settings: Settings, ids: Sequence[int], decision: Decision, note: str = "") -> list[str]:
    """Approve or reject statements, then re-apply deduplication; for approvals, says what will be printed and
    warns of anything a person should look at twice."""
    with store.transaction():
        for statement_id in ids:
            store.decide(statement_id, decision, note)
    refresh(store, settings)
    if decision is not Decision.APPROVED:
        return []
    return [line for i in ids for line in _approved(store.statement(i), settings)]


def _approved(s: Statement, settings: Settings) -> list[str]:
    name = printed_name(s, settings)
    lines = [f"{s.id}: will print as \"{snippet(s.text)}\" — {name}"]
    if s.status is not Status.ACCEPTED:
        lines.append(f"warning: statement {s.id} is {s.status.value}" + (f" ({s.reason.value})" if s.reason else ""))
    if find_contacts(s.text):
        kinds = ", ".join(sorted({f.kind for f in find_contacts(s.text)}))
        lines.append(f"warning: statement {s.id} holds contact details ({kinds}): it will print them")
    if s.anonymous and identifying(s.text, s.author_names):
        lines.append(f"warning: statement {s.id} is anonymous but its text names its author")
    return lines


def snippet(text: str, width: int = 70) -> str:
    """The text on one line, cut to `width` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def edit(store: Store, settings: Settings, statement_id: int, text: str | None, name: str | None,
         anonymous: bool | None, place: str | None = None) -> None:
    """Correct a statement, then re-apply deduplication (an edit can change its group); an empty text is refused,
    an empty place clears the place."""
    if text is not None and not text.strip():
        raise UsageError("edit --text: the text is empty (to keep a statement out of the compilation, reject it)")
    if place is not None:
        place = " ".join(place.split())
        if len(place) > _LONGEST_PLACE or not place.isprintable():
            raise UsageError(f"edit --place: a town, at most {_LONGEST_PLACE} characters on one line")
        if find_contacts(place) or "@" in place:
            raise UsageError("edit --place: a town, not contact details (it is printed after the name)")
    with store.transaction():
        store.edit(statement_id, text, name, anonymous, place)
    refresh(store, settings)


_LONGEST_PLACE = 80


def describe(store: Store, statement_id: int) -> str:
    """A statement, its headers, why it has its status, what was removed and its audit trail."""
    s = store.statement(statement_id)
    decision, note = store.decision(statement_id)
    lines = [
        f"statement {s.id}: {s.status.value}" + (f" ({s.reason.value})" if s.reason else ""),
        f"why: {_why(s.status, s.reason, decision, note)}",
        f"name: {s.name or '-'}{' (anonymous: printed without a name)' if s.anonymous else ''}",
        f"place: {s.place or '-'}{' (never printed: anonymous)' if s.place and s.anonymous else ''}",
        *([f"signed as: {s.role} (never printed)"] if s.role else []),
        f"received: {s.received_at.isoformat()}",
        f"group: {s.group or '-'}",
        "", "--- text ---", s.text or "(none)",
    ]
    lines += ["", "--- privacy ---", *privacy_lines(s, decision)]
    if s.removed:
        lines += ["", "--- removed by extraction ---", s.removed]
    lines += ["", "--- headers ---", store.raw_headers(statement_id).decode("utf-8", "replace")]
    lines += ["", "--- audit ---"] + [f"{at} {action} {detail}" for at, action, detail in
                                      store.audit_entries(statement_id)]
    return "\n".join(lines)


def privacy_lines(s: Statement, decision: Decision | None = None) -> list[str]:
    """Each privacy decision on a statement, in words."""
    lines = [f"- {note}" for note in s.privacy]
    lines += [f"- {part.strip()}" for part in s.person_note.split(";") if part.strip()]
    if s.anonymous and (found := identifying(s.text, s.author_names)):
        lines.append(f"- the text names its author: {', '.join(found)}")
    lines += [f"- contact detail in the text: {f.describe()}" for f in find_contacts(s.text)]
    if decision is Decision.APPROVED and not s.checked:
        lines.append("- a person approved an earlier form of it; the approval lapsed when its text, name, "
                     "anonymity or the sender's requests changed: look again, then approve")
    if s.checked:
        lines.append("- a person approved or edited exactly this text and name")
    return lines or ["- nothing: named as sent, no contact details found"]


def _why(status: Status, reason: Reason | None, decision: Decision | None, note: str | None) -> str:
    if decision:
        return f"{decision.value} by a person" + (f": {note}" if note else "")
    if status is Status.SUPERSEDED:
        return "the same sender sent a later statement, which is the one that counts"
    return reason.explain() if reason else "accepted: the extracted text passed every check"


def statistics(store: Store, settings: Settings) -> dict[str, Any]:
    """Counts by status and reason, senders, groups, late replies and the last poll."""
    figures = store.counts()
    deadline = settings.campaign.deadline
    if deadline is not None:
        figures["after_deadline"] = sum(1 for s in store.statements([Status.ACCEPTED, Status.REVIEW])
                                        if s.received_at > (deadline if deadline.tzinfo else
                                                            deadline.astimezone()))
    printed = counts(build(printable(store, settings), settings))
    figures["compilation"] = {"statements printed": printed.statements, "supporters": printed.supporters,
                              "texts sent by several supporters": printed.grouped}
    figures["campaign_text"] = campaign_line(settings, store)
    figures["last_poll"] = store.last_run("poll")
    figures["last_import"] = store.last_run("import")
    return figures
