"""A person's review: decisions, edits, and what the queue looks like."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .config import Settings
from .models import Reason, Status
from .pipeline import refresh
from .store import Store


def decide(store: Store, settings: Settings, ids: Sequence[int], decision: str, note: str = "") -> None:
    """Approve or reject statements, then re-apply deduplication."""
    with store.transaction():
        for statement_id in ids:
            store.decide(statement_id, decision, note)
    refresh(store, settings)


def edit(store: Store, settings: Settings, statement_id: int, text: str | None, name: str | None,
         anonymous: bool | None) -> None:
    """Correct a statement, then re-apply deduplication (an edit can change its group)."""
    with store.transaction():
        store.edit(statement_id, text, name, anonymous)
    refresh(store, settings)


def describe(store: Store, statement_id: int) -> str:
    """A statement, its headers, why it has its status, what was removed and its audit trail."""
    s = store.statement(statement_id)
    decision, note = store.decision(statement_id)
    lines = [
        f"statement {s.id}: {s.status.value}" + (f" ({s.reason.value})" if s.reason else ""),
        f"why: {_why(s.status, s.reason, decision, note)}",
        f"name: {s.name or '-'}{' (anonymous)' if s.anonymous else ''}",
        f"received: {s.received_at.isoformat()}",
        f"group: {s.group or '-'}",
        "", "--- text ---", s.text or "(none)",
    ]
    if s.removed:
        lines += ["", "--- removed by extraction ---", s.removed]
    lines += ["", "--- headers ---", store.raw_headers(statement_id).decode("utf-8", "replace")]
    lines += ["", "--- audit ---"] + [f"{at} {action} {detail}" for at, action, detail in
                                      store.audit_entries(statement_id)]
    return "\n".join(lines)


def _why(status: Status, reason: Reason | None, decision: str | None, note: str | None) -> str:
    if decision:
        return f"{decision} by a person" + (f": {note}" if note else "")
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
    figures["last_poll"] = store.last_run("poll")
    figures["last_import"] = store.last_run("import")
    return figures
