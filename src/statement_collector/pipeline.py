"""The recipe: the only place that routes a message between stages."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from . import budget, compilation, dedupe, gate
from .campaign import CampaignText, learn_and_keep
from .campaign import known as known_campaign
from .config import Settings
from .contact import mask as mask_contacts
from .extract import extract
from .identity import mask as mask_names
from .models import RawMessage, Reason, Reply, RunKind, Statement, Status
from .parse import parse
from .screen import screen
from .sources import MessageSource
from .sources.files import FileSource
from .store import Store, message_key
from .validate import validate

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


class Summary(BaseModel):
    """What one run did."""

    seen: int = 0
    new: int = 0
    duplicates: int = 0
    accepted: int = 0
    review: int = 0
    rejected: int = 0

    def count(self, statement: Statement) -> None:
        """Add one newly stored message's outcome."""
        self.new += 1
        if statement.status in (Status.ACCEPTED, Status.REVIEW, Status.REJECTED):
            setattr(self, statement.status.value, getattr(self, statement.status.value) + 1)

    def line(self) -> str:
        """The one-line summary printed after a run."""
        return (f"{self.new} new ({self.accepted} accepted, {self.review} for review, "
                f"{self.rejected} rejected), {self.duplicates} already stored")


# Seconds one message may take after parsing. Linear patterns read a 1 MB body in well under a second.
BUDGET = 5.0


def process(raw: RawMessage, settings: Settings, campaign: CampaignText | None = None) -> Statement:
    """parse -> screen -> extract -> validate, for one raw message, with the campaign email's own text taken out
    of what extraction found; past `BUDGET`, held whole for a person."""
    reply = parse(raw)
    if reply.malformed:
        return rejected(reply, Reason.MALFORMED)
    try:
        with budget.limit(BUDGET):
            return _read(reply, settings, campaign)
    except budget.OverBudget:
        log.warning("message from %s took over %.0f s to read; held for review as too-large", raw.origin, BUDGET)
        return over_budget(reply)


def _read(reply: Reply, settings: Settings, campaign: CampaignText | None) -> Statement:
    reason = screen(reply, settings)
    extraction = extract(reply.text, reply.html, f"{reply.name or ''} {reply.sender.partition('@')[0]}")
    if campaign is not None:
        extraction = campaign.strip(extraction)
    statement = validate(reply, extraction, settings)
    if reason is not None:  # still extracted and named: a person may approve it, and its requests count
        return statement.model_copy(update={"status": Status.REJECTED, "reason": reason})
    return statement


def process_safely(raw: RawMessage, settings: Settings, campaign: CampaignText | None = None) -> Statement:
    """`process`, turning any unexpected failure into a `malformed` statement: one bad mail never stops a run."""
    try:
        return process(raw, settings, campaign)
    except Exception:
        log.exception("could not process message from %s; stored as malformed", raw.origin)
        return rejected(Reply(date=raw.received_at), Reason.MALFORMED)


def over_budget(reply: Reply) -> Statement:
    """A message that could not be read in time: held with no text, and anonymous, since any request it makes
    was not read (a person reads the original and decides)."""
    note = (f"could not be read within {BUDGET:.0f} s: its text and any request in it were not read; printed "
            "anonymous unless a person edits it")
    return _unread(reply, Status.REVIEW, Reason.TOO_LARGE, anonymous=True, privacy=[note])


def rejected(reply: Reply, reason: Reason) -> Statement:
    """A rejection that keeps who sent it and when."""
    return _unread(reply, Status.REJECTED, reason)


def _unread(reply: Reply, status: Status, reason: Reason, **fields: object) -> Statement:
    """A statement with no text: who sent it, when, and why it has none."""
    return Statement.model_validate({"message_id": reply.message_id, "sender": reply.sender, "name": reply.name,
                                     "received_at": reply.date or datetime.now(UTC), "subject": reply.subject,
                                     "status": status, "reason": reason, **fields})


def ingest(source: MessageSource, store: Store, settings: Settings, kind: RunKind = "import",
           progress: Progress | None = None) -> Summary:
    """Store and process every message the source yields; each commits with the source's cursor."""
    summary = Summary()
    campaign = known_campaign(settings, store)
    for raw in source.messages():
        summary.seen += 1
        statement = None
        if not store.has_message(message_key(raw.data)[0]):
            statement = process_safely(raw, settings, campaign)
        with store.transaction():
            stored = statement is not None and store.add_message(raw, statement) is not None
            if raw.cursor is not None:
                store.set_sync_state(raw.cursor.account, raw.cursor.uidvalidity, raw.cursor.uid)
        source.after_commit(raw)
        if stored and statement is not None:
            summary.count(statement)
        else:
            summary.duplicates += 1
        if progress:
            progress(summary.seen)
    if summary.new and campaign is None and learn_and_keep(store) is not None:
        log.info("learned the campaign email's text from the replies that quote it; reading every reply again")
        reprocess(store, settings)
    elif summary.new:
        refresh(store, settings)
    store.record_run(kind, summary.model_dump())
    return summary


def import_paths(paths: Sequence[Path], store: Store, settings: Settings,
                 progress: Progress | None = None) -> Summary:
    """Ingest .eml files, folders, Maildir folders and mbox files."""
    kind = settings.source.kind if settings.source.kind != "imap" else "eml"
    return ingest(FileSource(paths, kind), store, settings, "import", progress)


def refresh(store: Store, settings: Settings) -> None:
    """Re-apply decisions, one-per-sender and grouping over the whole store."""
    outcomes = dedupe.resolve(store.decision_rows(), settings.statements)
    with store.transaction():
        store.set_outcomes(outcomes)


def reprocess(store: Store, settings: Settings, progress: Progress | None = None) -> Summary:
    """Re-run parse..validate on every stored raw message; a person's decisions and edits stay."""
    summary = Summary()
    campaign = known_campaign(settings, store)
    for number, (raw_id, raw) in enumerate(store.raw_messages(), start=1):
        statement = process_safely(raw, settings, campaign)
        with store.transaction():
            store.save_statement(raw_id, statement)
        summary.seen += 1
        summary.count(statement)
        if progress:
            progress(number)
    refresh(store, settings)
    store.record_run("reprocess", summary.model_dump())
    return summary


def extract_files(paths: Sequence[Path], settings: Settings) -> list[dict[str, object]]:
    """What each file would give, as DESIGN §3 records with `file`; writes nothing."""
    records = []
    campaign = known_campaign(settings, None)
    for path in paths:
        for raw in FileSource([path], "eml").messages():
            records.append({"file": raw.origin, **process_safely(raw, settings, campaign).record()})
    return records


def draft_masked(statement: Statement) -> Statement:
    """A statement awaiting review as a draft shows it: contact details and, if anonymous, its author's names
    masked."""
    text = mask_contacts(statement.text)
    if statement.anonymous:
        text = mask_names(text, statement.author_names)
    name = statement.name and mask_contacts(statement.name)
    return statement.model_copy(update={"text": text, "name": name})


Format = Literal["pdf", "html", "csv", "json", "slides"]


def compile_document(store: Store, settings: Settings, fmt: Format, output: Path, include_review: bool = False,
                     progress: Callable[[int, int], None] | None = None, accessible: bool = False,
                     ) -> tuple[Path, compilation.Counts]:
    """Write the compilation of printable statements; returns the path and its counts (as the cover says them).
    `accessible`: a PDF tagged for screen readers, in one piece."""
    statements = compilation.printable(store, settings, include_review)
    gate.check([s for s in statements if s.status is Status.ACCEPTED])
    if include_review:
        statements = [draft_masked(s) if s.status is Status.REVIEW else s for s in statements]
    document = compilation.build(statements, settings, draft=include_review)
    if fmt == "csv" or fmt == "json":  # the same statements as the PDF, as rows: no address, no anonymous name
        from . import export

        records = compilation.export_records(statements, document, settings)
        return export.write_records(records, fmt, output), compilation.counts(document)
    from .render import write_document  # WeasyPrint is slow to import: keep it off the poll path

    if fmt == "slides":
        from .slides import write_slides

        return write_slides(document, settings.compilation, output), compilation.counts(document)
    written = write_document(document, settings.compilation, fmt, output, progress, accessible=accessible)
    return written, compilation.counts(document)
