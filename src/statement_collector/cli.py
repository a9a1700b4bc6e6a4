"""The command line: each command loads settings, makes one library call, prints."""

from __future__ import annotations

import functools
import inspect
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar, cast

import typer

from .errors import CollectorError, ExitCode

if TYPE_CHECKING:
    from .config import Need, Settings
    from .models import Decision
    from .pipeline import Format
    from .store import Store

app = typer.Typer(
    help="Turn email replies into a printed compilation of statements of support.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_show_locals=False,
)

STATUSES = ("accepted", "review", "rejected", "superseded", "all")
FORMATS = ("pdf", "html", "csv", "json", "slides")
SLIDES_NAMES = ("-slides.html", ".slides.html")
"""An output named so is slides, as `--format slides` is (its default name: statements-slides.html)."""
MAX_ID = 2**63 - 1
"""SQLite's largest integer: a larger id cannot name a statement."""


@dataclass
class Context:
    """Global options, shared by every command; given before the command, after it, or both."""

    config: Path | None = None
    verbose: bool = False
    quiet: bool = False

    def merge(self, config: Path | None, verbose: bool, quiet: bool) -> None:
        """Add the options given after the command (a config given there wins)."""
        self.config = config or self.config
        self.verbose, self.quiet = self.verbose or verbose, self.quiet or quiet

    def settings(self, required: bool = True, needs: tuple[Need, ...] = ()) -> Settings:
        """Load and validate the configuration, with what the command needs."""
        from .config import config_path, load_settings

        return load_settings(config_path(self.config), required=required, needs=needs)

    @contextmanager
    def store(self, settings: Settings | None = None) -> Iterator[Store]:
        """Open the configured database; SQLite's errors in the block name it."""
        from .store import Store, database_errors

        path = (settings or self.settings()).database_path
        with Store(path) as store, database_errors(path):
            yield store

    def say(self, message: str) -> None:
        """Print unless --quiet."""
        if not self.quiet:
            typer.echo(message)


ConfigOption = Annotated[Path | None, typer.Option("--config", "-c", show_default=False, help=(
    "Config file (default ./config.toml or $STATEMENT_COLLECTOR_CONFIG)."))]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Log progress.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")]

_AFTER_COMMAND = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
                  for name, default, annotation in (("config", None, ConfigOption), ("verbose", False, VerboseOption),
                                                    ("quiet", False, QuietOption))]
"""The global options, accepted after the command too (`poll -q`, `list -c config.toml`)."""

P = ParamSpec("P")
R = TypeVar("R")


def command(name: str | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register a command that also takes the global options, merged into the context before it runs."""

    def register(func: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(func, eval_str=True)

        @functools.wraps(func)
        def run(*args: Any, config: Path | None = None, verbose: bool = False, quiet: bool = False,
                **kwargs: Any) -> R:
            c: Context = kwargs["ctx"].obj
            c.merge(config, verbose, quiet)
            _setup_logging(c)
            return func(*args, **kwargs)

        parameters = [*signature.parameters.values(), *_AFTER_COMMAND]
        run.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]  # typer reads it
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        app.command(name)(run)
        return func

    return register


@app.callback()
def _global(ctx: typer.Context, config: ConfigOption = None, verbose: VerboseOption = False,
            quiet: QuietOption = False) -> None:
    ctx.ensure_object(Context).merge(config, verbose, quiet)


def _setup_logging(c: Context) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_SafeFormatter("statement-collector: %(levelname)s %(message)s"))
    level = logging.INFO if c.verbose else logging.ERROR if c.quiet else logging.WARNING
    logging.basicConfig(level=level, handlers=[handler], force=True)


class _SafeFormatter(logging.Formatter):
    """Log lines without terminal control characters (a server's reply or a header may carry them)."""

    def format(self, record: logging.LogRecord) -> str:
        return terminal_safe(super().format(record))


def _statement_id(value: int | list[int]) -> int | list[int]:
    for number in value if isinstance(value, list) else [value]:
        if not 1 <= number <= MAX_ID:
            raise typer.BadParameter(f"{number} is not a statement id (ids are whole numbers from 1, as `list`"
                                     " shows them)")
    return value


StatementId = Annotated[int, typer.Argument(metavar="ID", callback=_statement_id, show_default=False)]
StatementIds = Annotated[list[int], typer.Argument(metavar="ID...", callback=_statement_id, show_default=False)]


@command()
def poll(
    ctx: typer.Context,
    watch: Annotated[bool, typer.Option("--watch", help="Stay connected and wait for new mail (IMAP IDLE).")] = False,
) -> None:
    """Fetch and process new mail from the configured mailbox."""
    from .poller import poll as run_poll

    c: Context = ctx.obj
    run_poll(c.settings(needs=("source",)), watch=watch, say=c.say)


@command()
def check(ctx: typer.Context) -> None:
    """Validate the config and read the source (log in, or read the files); touches nothing."""
    from .poller import check as run_check

    for line in run_check(ctx.obj.settings(needs=("source",))):
        typer.echo(terminal_safe(line))


@command("import")
def import_(ctx: typer.Context, paths: Annotated[list[Path], typer.Argument(help=".eml files, folders, "
                                                                            "Maildir folders, mbox files")]) -> None:
    """Ingest mail files; the same message is stored once however often it is imported."""
    from .pipeline import import_paths

    c: Context = ctx.obj
    settings = c.settings()
    with c.store(settings) as store, _spinner(c, "Importing") as tick:
        summary = import_paths(paths, store, settings, progress=tick)
    c.say(summary.line())


@command()
def extract(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help=".eml files")],
    as_json: Annotated[bool, typer.Option("--json", help="Print DESIGN §3 JSON records.")] = False,
) -> None:
    """Show what each file would give (status, reason, name, text); writes nothing."""
    from .pipeline import extract_files

    records = extract_files(files, ctx.obj.settings(required=False))
    if as_json:
        typer.echo(_json(records))
        return
    for r in records:
        typer.echo(terminal_safe(f"== {r['file']}: {r['status']}" + (f" ({r['reason']})" if r["reason"] else "")))
        typer.echo(terminal_safe(f"name: {r['name']}\n{r['text']}\n"))


@command("list")
def list_(
    ctx: typer.Context,
    status: Annotated[str | None, typer.Option(help="accepted, review, rejected, superseded or all.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON records.")] = False,
) -> None:
    """List statements (default: all but superseded)."""
    from .models import Status
    from .review import snippet

    if status is not None and status not in STATUSES:
        raise typer.BadParameter(f"must be one of {', '.join(STATUSES)}", param_hint="--status")
    wanted = ([Status(status)] if status not in (None, "all") else
              list(Status) if status == "all" else [s for s in Status if s is not Status.SUPERSEDED])
    with ctx.obj.store() as store:
        statements = store.statements(wanted)
    if as_json:
        typer.echo(_json([{"id": s.id, **s.record(), "group": s.group} for s in statements]))
        return
    for s in statements:
        label = s.status.value + (f" ({s.reason.value})" if s.reason else "")
        group = f" [group {s.group}]" if s.group else ""
        name = snippet(terminal_safe(("[anon] " if s.anonymous else "") + (s.name or "-")), 24)
        typer.echo(f"{s.id:>5}  {label:<28} {name:<24} {snippet(terminal_safe(s.text), 60)}{group}")


@command()
def show(ctx: typer.Context, statement_id: StatementId) -> None:
    """One statement, its source message's headers, and why it has its status."""
    from .review import describe

    with ctx.obj.store() as store:
        typer.echo(terminal_safe(describe(store, statement_id)))


@command()
def approve(ctx: typer.Context, ids: StatementIds) -> None:
    """Accept statements; the decision survives `reprocess`."""
    from .models import Decision

    _decide(ctx, ids, Decision.APPROVED, "")


@command()
def reject(
    ctx: typer.Context,
    ids: StatementIds,
    reason: Annotated[str, typer.Option(help="Why, for the audit log.")] = "",
) -> None:
    """Reject statements (reason `manual`); the decision survives `reprocess`."""
    from .models import Decision

    _decide(ctx, ids, Decision.REJECTED, reason)


def _decide(ctx: typer.Context, ids: list[int], decision: Decision, note: str) -> None:
    from .review import decide

    c: Context = ctx.obj
    settings = c.settings()
    with c.store(settings) as store:
        lines = decide(store, settings, ids, decision, note)
    c.say(f"{decision.value} {len(ids)} statement(s)")
    for line in lines:
        if line.startswith("warning:"):
            typer.echo(terminal_safe(line), err=True)
        else:
            c.say(terminal_safe(line))


@command()
def edit(
    ctx: typer.Context,
    statement_id: StatementId,
    text: Annotated[str | None, typer.Option(help="The corrected statement text.")] = None,
    name: Annotated[str | None, typer.Option(help="The name to print.")] = None,
    anonymous: Annotated[bool | None, typer.Option("--anonymous/--named", help="Print without a name.")] = None,
    place: Annotated[str | None, typer.Option(help="The supporter's town, printed after a named supporter's name; "
                                                   "\"\" clears it.")] = None,
) -> None:
    """Correct a statement's text, name, anonymity or place; the edit survives `reprocess`."""
    from .review import edit as edit_statement

    c: Context = ctx.obj
    if text is None and name is None and anonymous is None and place is None:
        raise typer.BadParameter("give --text, --name, --place or --anonymous/--named")
    settings = c.settings()
    with c.store(settings) as store:
        edit_statement(store, settings, statement_id, text, name, anonymous, place)
    c.say(f"edited statement {statement_id}")


@command("compile")
def compile_(
    ctx: typer.Context,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Where to write it (default: "
                                                "[compilation] output, its extension following --format).")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="pdf, html, csv, json, or slides: one HTML "
                                                    "file to screen-share, arrow keys to move, f for full screen "
                                                    "(default: from the output's name).")] = None,
    include_review: Annotated[bool, typer.Option(help="Also print statements awaiting review: a DRAFT, marked "
                                                      "on every page and written to NAME-DRAFT.pdf unless "
                                                      "--output is given.")] = False,
    accessible: Annotated[bool, typer.Option(
        "--accessible", help="A tagged PDF (PDF/UA) for screen readers: headings, paragraphs, the language of the "
        "document and of each statement, title and author. Use it for a document sent to an office that needs "
        "screen-reader access. Rendered in one piece, so slower for a large compilation. PDF only.")] = False,
) -> None:
    """Compile the accepted statements into a PDF (or HTML, CSV, JSON, or slides to screen-share)."""
    from .pipeline import compile_document

    c: Context = ctx.obj
    if fmt is not None and fmt.lower() not in FORMATS:
        raise typer.BadParameter(f"must be one of {', '.join(FORMATS)}", param_hint="--format")
    settings = c.settings(needs=("templates",))
    target, fmt = _compile_target(settings, output, fmt and fmt.lower(), include_review)
    if accessible and fmt != "pdf":
        raise typer.BadParameter(f"makes a tagged PDF; the output here is {fmt} (drop --accessible, or use "
                                 "--format pdf)", param_hint="--accessible")
    with c.store(settings) as store, _bar(c, "Rendering") as tick:
        path, counts = compile_document(store, settings, cast("Format", fmt), target, include_review, tick,
                                        accessible=accessible)
    draft = " (a DRAFT: includes statements awaiting review)" if include_review else ""
    tagged = " (tagged for screen readers)" if accessible else ""
    c.say(f"{counts.line()} -> {path}{draft}{tagged}")


def _compile_target(settings: Settings, output: Path | None, fmt: str | None, draft: bool) -> tuple[Path, str]:
    """Where `compile` writes, and what: the format follows the output's extension, the default output's extension
    follows --format, and a draft's default name has -DRAFT before its extension."""
    if output is not None:
        return output, fmt or _format_of(output)
    from .render import draft_path

    configured = settings.resolve(settings.compilation.output)
    fmt = fmt or _format_of(configured)
    if fmt == "slides" and not configured.name.lower().endswith(SLIDES_NAMES):
        stem = configured.with_suffix("") if configured.suffix.lower().lstrip(".") in FORMATS else configured
        configured = stem.with_name(f"{stem.name}-slides.html")
    elif fmt != "slides" and configured.suffix.lower() != f".{fmt}":
        stem = configured.with_suffix("") if configured.suffix.lower().lstrip(".") in FORMATS else configured
        configured = stem.with_name(f"{stem.name}.{fmt}")
    return (draft_path(configured) if draft else configured), fmt


def _format_of(path: Path) -> str:
    if path.name.lower().endswith(SLIDES_NAMES):
        return "slides"
    suffix = path.suffix.lstrip(".").lower()
    return suffix if suffix in FORMATS else "pdf"


@command()
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


@command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback prints a warning.")] = (
        "127.0.0.1"),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0 picks a free one).")] = 8750,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Do not open a browser.")] = False,
) -> None:
    """The review queue in the browser: prints a link with a one-time token; Ctrl-C stops it."""
    from .config import config_path
    from .web.server import serve as run_server  # Flask: imported by this command only

    c: Context = ctx.obj
    settings = c.settings()
    with c.store(settings):
        pass  # a database that cannot be opened is one line now, not an error page later
    run_server(settings, config_path(c.config), host, port, not no_browser, say=typer.echo,
               warn=lambda line: typer.echo(line, err=True))


@command()
def reprocess(ctx: typer.Context) -> None:
    """Re-run parse..validate on every stored message, keeping decisions and edits."""
    from .pipeline import reprocess as run

    c: Context = ctx.obj
    settings = c.settings()
    with c.store(settings) as store, _spinner(c, "Reprocessing") as tick:
        summary = run(store, settings, progress=tick)
    c.say(f"reprocessed {summary.seen} messages ({summary.accepted} accepted, {summary.review} for review, "
          f"{summary.rejected} rejected before decisions)")


@command()
def demo(ctx: typer.Context, directory: Annotated[Path, typer.Argument(metavar="[DIR]")] = Path(
        "statement-collector-demo")) -> None:
    """Build a workspace from the bundled sample replies and compile it to a PDF."""
    from .demo import run_demo

    path, counts = run_demo(directory)
    ctx.obj.say(f"demo: {counts.line()} -> {path}")


@command()
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


_TERMINAL_CONTROL = re.compile(
    r"(?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # OSC ... BEL or ST: window titles, OSC 8 links
    r"|(?:\x1b[P^_X]|[\x90\x98\x9e\x9f])[^\x1b\x9c\n]*(?:\x1b\\|\x9c)?"  # DCS, SOS, PM, APC strings
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"  # CSI: cursor moves, clear screen, colours
    r"|\x1b[ -/]*[0-~]?"  # any other escape (ESC c resets the terminal)
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # what is left of C0 (tab and newline stay), DEL and C1
)
"""Terminal controls (ECMA-48). An unterminated string ends at its line, so one header cannot hide the rest of
`show`; each alternative is a run of disjoint classes, so matching is linear."""


def terminal_safe(text: str) -> str:
    """`text` without terminal control characters and escape sequences, for printing what mail may hold."""
    return _TERMINAL_CONTROL.sub("", text)


def _json(records: list[dict[str, object]]) -> str:
    # json escapes C0 itself; DEL and C1 it leaves raw, and some terminals act on them
    text = json.dumps(records, ensure_ascii=False, indent=1)
    return re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)


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
    """Entry point: the one place that turns every exception into one stderr line (per problem) and an exit code."""
    options = Context()
    try:
        result = app(standalone_mode=False, obj=options)
    except CollectorError as err:
        result = _collector_error(err, options)
    except typer.TyperException as err:  # click's, which typer vendors: usage errors (exit 2) and bad files
        result = _usage_error(err)
    except typer.Abort:
        result = _error("aborted", ExitCode.USER_ERROR)
    except OSError as err:
        result = (_error(f"{err.filename}: {err.strerror}", ExitCode.USER_ERROR) if err.filename and err.strerror
                  else _internal_error(err, options))
    except Exception as err:  # the last resort: a bug, still one line
        result = _internal_error(err, options)
    sys.exit(result if isinstance(result, int) else ExitCode.OK)


def _error(message: str, code: int) -> int:
    for line in message.splitlines() or ["error"]:
        typer.echo(f"statement-collector: {terminal_safe(line)}", err=True)
    return code


def _collector_error(err: CollectorError, options: Context) -> int:
    if err.exit_code == ExitCode.OK and options.quiet:
        return ExitCode.OK  # a notice, such as a poll stepping aside for a running one: cron mails nothing
    return _error(str(err) or type(err).__name__, err.exit_code)


def _usage_error(err: typer.TyperException) -> int:
    if type(err).__name__ == "NoArgsIsHelpError":  # no command: typer printed the help when raising it
        return ExitCode.USAGE
    ctx = getattr(err, "ctx", None)
    hint = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
    return _error(" ".join(err.format_message().split()) + hint, int(getattr(err, "exit_code", ExitCode.USAGE)))


def _internal_error(err: BaseException, options: Context) -> int:
    if options.verbose:
        _print_traceback(err)
    return _error(f"internal error: {type(err).__name__}; run with -v for details", ExitCode.USER_ERROR)


def _print_traceback(err: BaseException) -> None:
    """The stack of an unexpected error, for a bug report; never the message of one that may quote a secret."""
    import traceback

    chain: list[BaseException] = []
    current: BaseException | None = err
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    for e in reversed(chain):
        sys.stderr.write("Traceback (most recent call last):\n" + "".join(traceback.format_tb(e.__traceback__))
                         + f"{type(e).__qualname__}: {terminal_safe(_message(e))}\n")


def _message(err: BaseException) -> str:
    # A UnicodeEncodeError quotes the character it could not encode (of a password, say) and its position; a
    # subprocess error quotes its command line (imap.password_command may spell out a secret).
    if isinstance(err, UnicodeError) or type(err).__module__ == "subprocess":
        return "(message withheld: it may quote a secret)"
    return str(err)
