"""The command line: each command loads settings, makes one library call, prints."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer

from .errors import CollectorError

if TYPE_CHECKING:
    from .config import Settings
    from .pipeline import Format
    from .store import Store

app = typer.Typer(
    help="Turn email replies into a printed compilation of statements of support.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_show_locals=False,
)

STATUSES = ("accepted", "review", "rejected", "superseded", "all")
FORMATS = ("pdf", "html", "csv", "json")


@dataclass
class Context:
    """Global options, shared by every command."""

    config: Path | None
    verbose: bool
    quiet: bool

    def settings(self, required: bool = True) -> Settings:
        """Load and validate the configuration."""
        from .config import config_path, load_settings

        return load_settings(config_path(self.config), required=required)

    @contextmanager
    def store(self, settings: Settings | None = None) -> Iterator[Store]:
        """Open the configured database."""
        from .store import Store

        with Store((settings or self.settings()).database_path) as store:
            yield store

    def say(self, message: str) -> None:
        """Print unless --quiet."""
        if not self.quiet:
            typer.echo(message)


@app.callback()
def _global(
    ctx: typer.Context,
    config: Annotated[Path | None, typer.Option("--config", "-c", help="Config file (default ./config.toml "
                                                    "or $STATEMENT_COLLECTOR_CONFIG).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on success.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="statement-collector: %(levelname)s %(message)s", stream=sys.stderr)
    ctx.obj = Context(config, verbose, quiet)


@app.command()
def poll(
    ctx: typer.Context,
    watch: Annotated[bool, typer.Option("--watch", help="Stay connected and wait for new mail (IMAP IDLE).")] = False,
) -> None:
    """Fetch and process new mail from the configured mailbox."""
    from .poller import poll as run_poll

    c: Context = ctx.obj
    run_poll(c.settings(), watch=watch, say=c.say)


@app.command()
def check(ctx: typer.Context) -> None:
    """Validate the config, log in, report the folder's message count; touches nothing."""
    from .poller import check as run_check

    for line in run_check(ctx.obj.settings()):
        typer.echo(line)


@app.command("import")
def import_(ctx: typer.Context, paths: Annotated[list[Path], typer.Argument(help=".eml files, folders, "
                                                                            "Maildir folders, mbox files")]) -> None:
    """Ingest mail files; the same message is stored once however often it is imported."""
    from .pipeline import import_paths

    c: Context = ctx.obj
    settings = c.settings()
    with c.store(settings) as store, _spinner(c, "Importing") as tick:
        summary = import_paths(paths, store, settings, progress=tick)
    c.say(summary.line())


@app.command()
def extract(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help=".eml files")],
    as_json: Annotated[bool, typer.Option("--json", help="Print DESIGN §3 JSON records.")] = False,
) -> None:
    """Show what each file would give (status, reason, name, text); writes nothing."""
    from .pipeline import extract_files

    records = extract_files(files, ctx.obj.settings(required=False))
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    for r in records:
        typer.echo(f"== {r['file']}: {r['status']}" + (f" ({r['reason']})" if r["reason"] else ""))
        typer.echo(f"name: {r['name']}\n{r['text']}\n")


@app.command("list")
def list_(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option(help="accepted, review, rejected, superseded or all.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON records.")] = False,
) -> None:
    """List statements (default: all but superseded)."""
    from .models import Status

    if status is not None and status not in STATUSES:
        raise typer.BadParameter(f"must be one of {', '.join(STATUSES)}", param_hint="--status")
    wanted = ([Status(status)] if status not in (None, "all") else
              list(Status) if status == "all" else [s for s in Status if s is not Status.SUPERSEDED])
    with ctx.obj.store() as store:
        statements = store.statements(wanted)
    if as_json:
        records = [{"id": s.id, **s.record(), "group": s.group} for s in statements]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    for s in statements:
        label = s.status.value + (f" ({s.reason.value})" if s.reason else "")
        group = f" [group {s.group}]" if s.group else ""
        name = ("[anon] " if s.anonymous else "") + (s.name or "-")
        typer.echo(f"{s.id:>5}  {label:<28} {name[:24]:<24} {_snippet(s.text)}{group}")


@app.command()
def show(ctx: typer.Context, statement_id: Annotated[int, typer.Argument(metavar="ID")]) -> None:
    """One statement, its source message's headers, and why it has its status."""
    from .review import describe

    with ctx.obj.store() as store:
        typer.echo(describe(store, statement_id))


@app.command()
def approve(ctx: typer.Context, ids: Annotated[list[int], typer.Argument(metavar="ID...")]) -> None:
    """Accept statements; the decision survives `reprocess`."""
    _decide(ctx, ids, "approved", "")


@app.command()
def reject(
    ctx: typer.Context,
    ids: Annotated[list[int], typer.Argument(metavar="ID...")],
    reason: Annotated[str, typer.Option(help="Why, for the audit log.")] = "",
) -> None:
    """Reject statements (reason `manual`); the decision survives `reprocess`."""
    _decide(ctx, ids, "rejected", reason)


def _decide(ctx: typer.Context, ids: list[int], decision: str, note: str) -> None:
    from .review import decide

    c: Context = ctx.obj
    settings = c.settings()
    with c.store(settings) as store:
        lines = decide(store, settings, ids, decision, note)
    c.say(f"{decision} {len(ids)} statement(s)")
    for line in lines:
        typer.echo(line, err=line.startswith("warning:"))


@app.command()
def edit(
    ctx: typer.Context,
    statement_id: Annotated[int, typer.Argument(metavar="ID")],
    text: Annotated[str | None, typer.Option(help="The corrected statement text.")] = None,
    name: Annotated[str | None, typer.Option(help="The name to print.")] = None,
    anonymous: Annotated[bool | None, typer.Option("--anonymous/--named", help="Print without a name.")] = None,
) -> None:
    """Correct a statement's text, name or anonymity; the edit survives `reprocess`."""
    from .review import edit as edit_statement

    c: Context = ctx.obj
    if text is None and name is None and anonymous is None:
        raise typer.BadParameter("give --text, --name or --anonymous/--named")
    settings = c.settings()
    with c.store(settings) as store:
        edit_statement(store, settings, statement_id, text, name, anonymous)
    c.say(f"edited statement {statement_id}")


@app.command("compile")
def compile_(
    ctx: typer.Context,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Where to write it.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="pdf, html, csv or json.")] = None,
    include_review: Annotated[bool, typer.Option(help="Also print statements awaiting review: a DRAFT, marked "
                                                      "on every page and written to NAME-DRAFT.pdf unless "
                                                      "--output is given.")] = False,
) -> None:
    """Compile the accepted statements into a PDF (or HTML, CSV, JSON)."""
    from .pipeline import compile_document
    from .render import draft_path

    c: Context = ctx.obj
    settings = c.settings()
    configured = settings.resolve(settings.compilation.output)
    target = output or (draft_path(configured) if include_review else configured)
    fmt = fmt or (target.suffix.lstrip(".").lower() if target.suffix.lstrip(".").lower() in FORMATS else "pdf")
    if fmt not in FORMATS:
        raise typer.BadParameter(f"must be one of {', '.join(FORMATS)}", param_hint="--format")
    with c.store(settings) as store, _bar(c, "Rendering") as tick:
        path, count = compile_document(store, settings, cast("Format", fmt), target, include_review, tick)
    draft = " (a DRAFT: includes statements awaiting review)" if include_review else ""
    c.say(f"{count} statements -> {path}{draft}")


@app.command()
def stats(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Counts by status and reason, senders, groups, last poll."""
    from .review import statistics

    c: Context = ctx.obj
    settings = c.settings()
    with c.store(settings) as store:
        figures = statistics(store, settings)
    if as_json:
        typer.echo(json.dumps(figures, indent=1))
        return
    for key, value in figures.items():
        if isinstance(value, dict):
            typer.echo(f"{key}: " + (", ".join(f"{k} {v}" for k, v in sorted(value.items())) or "none"))
        else:
            typer.echo(f"{key}: {value if value is not None else 'never'}")


@app.command()
def reprocess(ctx: typer.Context) -> None:
    """Re-run parse..validate on every stored message, keeping decisions and edits."""
    from .pipeline import reprocess as run

    c: Context = ctx.obj
    settings = c.settings()
    with c.store(settings) as store, _spinner(c, "Reprocessing") as tick:
        summary = run(store, settings, progress=tick)
    c.say(f"reprocessed {summary.seen} messages ({summary.accepted} accepted, {summary.review} for review, "
          f"{summary.rejected} rejected before decisions)")


@app.command()
def demo(ctx: typer.Context, directory: Annotated[Path, typer.Argument(metavar="[DIR]")] = Path(
        "statement-collector-demo")) -> None:
    """Build a workspace from the bundled sample replies and compile it to a PDF."""
    from .demo import run_demo

    path, count = run_demo(directory)
    ctx.obj.say(f"demo: {count} statements compiled -> {path}")


@app.command()
def purge(
    ctx: typer.Context,
    before: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Delete mail received "
                                                         "before this date.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Delete everything.")] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete raw messages and statements for good."""
    if (before is None) == (not all_):
        raise typer.BadParameter("give exactly one of --before DATE or --all")
    c: Context = ctx.obj
    what = "ALL stored messages and statements" if all_ else f"messages received before {before:%Y-%m-%d}"
    if not yes and not typer.confirm(f"Delete {what} for good?"):
        raise typer.Exit(1)
    when = None if before is None else datetime.combine(date(before.year, before.month, before.day), time.min
                                                          ).astimezone()
    with c.store() as store:
        c.say(f"deleted {store.purge(when)} messages")


def _snippet(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@contextmanager
def _spinner(c: Context, label: str) -> Iterator[Callable[[int], None] | None]:
    """A live count on a terminal; nothing otherwise."""
    if c.quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description} {task.completed} messages"),
                  transient=True) as progress:
        task = progress.add_task(label)
        yield lambda n: progress.update(task, completed=n)


@contextmanager
def _bar(c: Context, label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on a terminal; nothing otherwise."""
    if c.quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    # Refreshed by the updates, not by a thread of its own, so the renderer may fork its workers.
    with Progress(transient=True, auto_refresh=False) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)
            progress.refresh()

        yield update


def main() -> None:
    """Entry point: the one place that turns library errors into a stderr line and an exit code."""
    try:
        app()
    except CollectorError as err:
        for line in str(err).splitlines() or [type(err).__name__]:
            typer.echo(f"statement-collector: {line}", err=True)
        sys.exit(int(err.exit_code))


