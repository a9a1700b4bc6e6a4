"""The compilation as a PDF, fast: runs of statements laid out by parallel worker processes, then joined.

Page numbers ("3 / 24") need every chunk's page count, known only after layout. WeasyPrint makes the page
margin boxes (running header, numbers) at the very end of layout, so a hook there supplies document-wide
numbers. Two ways, by size:

- held: one chunk per worker. Each worker lays out its chunk, reports its page count, waits until every
  chunk has reported, then numbers and draws its pages. Nothing is laid out twice, but the workers together
  hold the whole document laid out, so only up to HELD_TOTAL of statement text.
- stamped: many chunks of at most MAX_CHUNK, laid out without margin boxes, written and forgotten. Once all
  page counts are known, each chunk gets its header and numbers from a document of empty pages carrying only
  the margin boxes, merged onto its pages. Memory stays that of one chunk, whatever the compilation's size.

A chunk after the first does not start the document, so it is laid out without the `@page :first` rules.
Stylesheets with `:left`, `:right`, `:blank` or `:nth()` page rules, or breaks to a left or right page, render
in one piece: which pages those match depends on the page counts of the chunks before. So does a tagged PDF
(`compile --accessible`): joining PDFs (pdfunite, pypdf) keeps the pages but drops the structure tree.

The workers end with the compile, however it ends: SIGKILL to it makes the kernel kill them (Linux's parent-death
signal) or a watcher thread in each notices (elsewhere, or for workers from a fork server); SIGTERM or SIGINT
stops them and removes the partial files before the compile exits with one line.
"""

from __future__ import annotations

import functools
import gc
import io
import logging
import multiprocessing
import multiprocessing.context
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, TypeVar

from . import pagehooks
from .book import Book, Progress, lay_out
from .errors import RenderError

log = logging.getLogger(__name__)

MIN_CHUNK = 20_000  # characters of statement text worth a second process
HELD_TOTAL = 500_000  # held by two workers, about 250 MB each at the peak
MAX_CHUNK = 100_000  # a stamped chunk: a worker peaks near 200 MB
MAX_WORKERS = 4  # more cores would mostly add memory (~200 MB a worker), not much speed, to a job of a minute
WEIGHT_PER_PAGE = 2_000  # for the progress estimate only
TAGGED_VARIANT = "pdf/ua-1"  # WeasyPrint's tagged PDF for screen readers: structure tree, /Lang, /MarkInfo
POLL_SECONDS = 0.25
WATCH_SECONDS = 0.25  # how often a worker without the parent-death signal checks that the compile still runs
STOP_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")  # timeout(1) and systemd, Ctrl-C, a closed terminal
WAIT_SECONDS = 1_800.0  # a held chunk waits this long for the other chunks' page counts
WAITING, FAILED = -1, -2
_PAGE_DEPENDENT = re.compile(r":(left|right|blank|recto|verso|nth)\b", re.IGNORECASE)
_SIDE_BREAK = re.compile(r"\bbreak-(before|after)\s*:\s*(left|right|recto|verso)\b", re.IGNORECASE)
T = TypeVar("T")
R = TypeVar("R")
_worker: dict[str, Any] = {}  # in a worker process: the shared counts and the current chunk's numbering


def write_pdf(book: Book, output: Path, progress: Progress | None = None, *, workers: int | None = None,
              held_total: int = HELD_TOTAL, accessible: bool = False) -> None:
    """Render the book to `output`: in one piece when small or on one core, else in parallel chunks.

    `workers` defaults to the usable cores (at most MAX_WORKERS); `held_total` is the most statement text
    rendered the held way. `accessible`: a tagged PDF (PDF/UA-1), always in one piece, since joining chunks
    would drop the structure tree. SIGTERM, SIGINT or SIGHUP meanwhile (from the main thread's default handlers)
    stop it with RenderError, its workers gone and its partial files removed on the way out."""
    with _stopped_by_signals():  # absolute: a fork server's workers keep the directory it started in
        if accessible:
            pagehooks.tag_languages()  # each statement's own language as its /Lang, while the internal is there
            _write_whole(book, Path(output).absolute(), progress, pdf_variant=TAGGED_VARIANT)
        else:
            _write_pdf(book, Path(output).absolute(), progress, workers, held_total)


def _write_pdf(book: Book, output: Path, progress: Progress | None, workers: int | None, held_total: int) -> None:
    weights = [len(e.text) + 30 * len(e.signers) for e in book.entries]  # a signer's name prints ~30 characters
    workers, total = workers or min(_cores(), MAX_WORKERS), sum(weights)
    if workers < 2 or total < 2 * MIN_CHUNK or not splittable(book.stylesheet) or not numbering_works():
        _write_whole(book, output, progress)
    elif total <= held_total:
        _write_held(book, split(weights, workers), max(1, total // WEIGHT_PER_PAGE), output, progress)
    else:
        rounds = -(-total // (workers * MAX_CHUNK))
        _write_stamped(book, split(weights, workers * rounds), workers, output, progress)


def _write_whole(book: Book, output: Path, progress: Progress | None, **options: Any) -> None:
    """The whole book laid out in this process (numbered by WeasyPrint itself), written with `options`; the
    progress follows the pages laid out against an estimate."""
    statements = len(book.entries)
    estimate = max(1, sum(len(e.text) + 30 * len(e.signers) for e in book.entries) // WEIGHT_PER_PAGE)
    laid_out = 0

    def on_page() -> None:
        nonlocal laid_out
        laid_out += 1
        _report(progress, min(statements - 1, statements * laid_out // estimate), statements)

    _report(progress, 0, statements)
    with pagehooks.counting_pages(on_page) if progress is not None and statements else nullcontext():
        document = lay_out(book.html(), book.base_url, book.dirs)
    document.write_pdf(output, **options)
    _report(progress, statements, statements)


def splittable(stylesheet: str) -> bool:
    """Whether chunks can be laid out apart: no page rule and no forced break depends on a page's place."""
    import tinycss2  # noqa: PLC0415

    if _SIDE_BREAK.search(stylesheet):
        return False
    rules = tinycss2.parse_stylesheet(stylesheet, skip_comments=True, skip_whitespace=True)
    return not any(_PAGE_DEPENDENT.search(tinycss2.serialize(rule.prelude)) for rule in _page_rules(rules))


def without_first_page_rules(stylesheet: str) -> str:
    """The stylesheet minus its `@page :first` rules, for a chunk that does not start the document."""
    import tinycss2  # noqa: PLC0415

    rules = tinycss2.parse_stylesheet(stylesheet, skip_comments=True)
    first = {id(rule) for rule in _page_rules(rules) if ":first" in tinycss2.serialize(rule.prelude).lower()}
    return str(tinycss2.serialize([rule for rule in rules if id(rule) not in first]))


def _page_rules(rules: Sequence[Any]) -> Iterator[Any]:
    return (r for r in rules if getattr(r, "type", "") == "at-rule" and r.lower_at_keyword == "page")


def split(weights: Sequence[int], parts: int) -> list[range]:
    """At most `parts` consecutive runs of about equal total weight, none empty."""
    target = sum(weights) / parts
    runs: list[range] = []
    start, size = 0, 0
    for i, weight in enumerate(weights):
        size += weight
        if size >= target * (len(runs) + 1) and i + 1 < len(weights) and len(runs) + 1 < parts:
            runs.append(range(start, i + 1))
            start = i + 1
    return [*runs, range(start, len(weights))]


def _chunk_html(book: Book, chunk: range, later: str, bare: bool = False) -> str:
    return book.html(chunk.start, chunk.stop, stylesheet=later if chunk.start else book.stylesheet,
                     no_margin_boxes=bare)


# Held ---------------------------------------------------------------------------------------------------


def _write_held(book: Book, chunks: list[range], estimate: int, output: Path, progress: Progress | None) -> None:
    """One chunk per worker, every chunk held until all page counts are known; `estimate`: pages expected."""
    later = without_first_page_rules(book.stylesheet)
    statements = len(book.entries)

    def tick(pages: int) -> None:
        _report(progress, min(statements - 1, statements * pages // estimate), statements)

    _run_held([_chunk_html(book, c, later) for c in chunks], book.base_url, book.dirs, output, tick)
    _report(progress, statements, statements)


def _run_held(htmls: list[str], base_url: str, roots: Sequence[Path], output: Path,
              tick: Callable[[int], None] | None = None) -> None:
    """Each HTML laid out by its own worker, numbered as one document, joined into `output`; `tick` is called
    with the pages laid out so far while waiting."""
    context = _context()
    counts = context.Array("i", [WAITING] * len(htmls), lock=False)
    pages, ready = context.Value("i", 0), context.Condition()
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=f"{output.name}.chunks-") as tmp:
        files = [Path(tmp, f"{i:05}.pdf") for i in range(len(htmls))]
        tasks = [(html, base_url, roots, f, i) for i, (html, f) in enumerate(zip(htmls, files, strict=True))]
        with _executor(context, len(htmls), (counts, ready, pages)) as executor:  # every chunk held at once
            for _ in _results(executor, _lay_out_held, tasks, len(tasks), tick and (lambda: tick(pages.value))):
                pass
        _join(files, output)


_CHECK_PAGE = ("<html><head><style>@page {{ size: 300px 200px; margin: 50px; @bottom-center {{ "
               "content: counter(page) ' / ' counter(pages) }} }}</style></head><body><p>part {}</p></body></html>")


@functools.cache
def numbering_works() -> bool:
    """The self-check of pagehooks: two one-page chunks laid out by two workers must read "1 / 2" and "2 / 2".
    Otherwise (a WeasyPrint release changed its internals) every PDF is rendered in one piece."""
    from pypdf import PdfReader  # noqa: PLC0415

    from .book import bundled_templates  # noqa: PLC0415

    if not pagehooks.available():
        log.info("WeasyPrint lacks the hook parallel page numbering needs: rendering PDFs in one piece")
        return False
    root = bundled_templates()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            output = Path(tmp, "check.pdf")
            _run_held([_CHECK_PAGE.format(n) for n in (1, 2)], root.as_uri() + "/", [root], output)
            texts = [" ".join((page.extract_text() or "").split()) for page in PdfReader(output).pages]
    except Exception as err:  # whatever broke, one piece still works
        log.info("parallel page numbering failed its self-check (%s): rendering PDFs in one piece", err)
        return False
    if len(texts) == 2 and "1 / 2" in texts[0] and "2 / 2" in texts[1]:
        return True
    log.info("parallel page numbering failed its self-check (pages read %s): rendering PDFs in one piece", texts)
    return False


def _lay_out_held(task: tuple[str, str, Sequence[Path], Path, int]) -> int:
    """In a worker: lay out one chunk, wait for every chunk's page count, then number and write its pages."""
    html, base_url, roots, path, index = task
    _worker.update(index=index, offset=None, total=None)
    try:
        with _gc_paused():
            document = lay_out(html, base_url, roots)
            if _worker["offset"] is None:
                raise RenderError("this WeasyPrint version does not number pages the way parallel rendering needs")
            document.write_pdf(path)
        return len(document.pages)
    except BaseException:
        _report_count(index, FAILED)
        raise


def _await_numbers(pages: int) -> None:
    """Report this chunk's page count; once all are in, set where its numbering starts and the total."""
    counts, ready, index = _worker["counts"], _worker["ready"], _worker["index"]
    _report_count(index, pages)
    with ready:
        if not ready.wait_for(lambda: WAITING not in counts[:], timeout=WAIT_SECONDS):
            raise RenderError("gave up waiting for the other parts of the document")
        known = list(counts[:])
    if FAILED in known:
        raise RenderError("another part of the document failed")
    _worker.update(offset=sum(known[:index]), total=sum(known))


def _report_count(index: int, pages: int) -> None:
    counts, ready = _worker["counts"], _worker["ready"]
    with ready:
        if counts[index] == WAITING:
            counts[index] = pages
            ready.notify_all()


# Stamped ------------------------------------------------------------------------------------------------


def _write_stamped(book: Book, chunks: list[range], workers: int, output: Path, progress: Progress | None) -> None:
    context = _context()
    later = without_first_page_rules(book.stylesheet)
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=f"{output.name}.chunks-") as tmp:
        files = [Path(tmp, f"{i:05}.pdf") for i in range(len(chunks))]
        with _executor(context, workers, None) as executor:
            tasks = ((_chunk_html(book, c, later, bare=True), book.base_url, book.dirs, f)
                     for c, f in zip(chunks, files, strict=True))
            counts, done = [], 0
            for chunk, pages in zip(chunks, _results(executor, _lay_out_bare, tasks, workers + 1), strict=True):
                counts.append(pages)
                done += len(chunk)
                _report(progress, min(done, len(book.entries) - 1), len(book.entries))
            stamps = ((book.stamp_html(n, later if i else book.stylesheet), book.base_url, book.dirs, f,
                       sum(counts[:i]), sum(counts)) for i, (f, n) in enumerate(zip(files, counts, strict=True)))
            for _ in _results(executor, _stamp_chunk, stamps, workers + 1):
                pass
        _join(files, output)  # after the workers are gone, so their memory and the join's never add up
    _report(progress, len(book.entries), len(book.entries))


def _lay_out_bare(task: tuple[str, str, Sequence[Path], Path]) -> int:
    """In a worker: one chunk without margin boxes, written to a PDF; its page count."""
    html, base_url, roots, path = task
    _worker.update(offset=0, total=0)
    with _gc_paused():
        document = lay_out(html, base_url, roots)
        document.write_pdf(path)
        return len(document.pages)


def _stamp_chunk(task: tuple[str, str, Sequence[Path], Path, int, int]) -> None:
    """In a worker: lay out the margin boxes of a chunk's pages and merge them onto its PDF."""
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415

    html, base_url, roots, path, offset, total = task
    _worker.update(offset=offset, total=total)
    with _gc_paused():
        stamps = PdfReader(io.BytesIO(lay_out(html, base_url, roots).write_pdf())).pages
        writer = PdfWriter(clone_from=path)
        for page, stamp in zip(writer.pages, stamps, strict=True):
            page.merge_page(stamp)
        writer.write(path)


def _join(files: list[Path], output: Path) -> None:
    """Concatenate the chunk PDFs: poppler's pdfunite streams in little memory; pypdf holds every page."""
    pdfunite = shutil.which("pdfunite")
    if pdfunite and subprocess.run([pdfunite, *map(str, files), str(output)], capture_output=True).returncode == 0:
        return
    from pypdf import PdfWriter  # noqa: PLC0415

    writer = PdfWriter()
    for f in files:
        writer.append(f)
    writer.write(output)


# Workers ------------------------------------------------------------------------------------------------


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _context() -> multiprocessing.context.BaseContext:
    """Forked workers (instant, WeasyPrint already loaded) unless a thread runs, since forking a threaded
    process can deadlock; then workers from a clean fork server."""
    methods = multiprocessing.get_all_start_methods()
    if threading.active_count() == 1 and "fork" in methods:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        context.set_forkserver_preload(["weasyprint", "statement_collector.pdf"])
    return context


@contextmanager
def _executor(context: multiprocessing.context.BaseContext, workers: int, shared: tuple[Any, Any, Any] | None
              ) -> Iterator[ProcessPoolExecutor]:
    """Worker processes that end with this one; a worker that dies (killed, out of memory) fails the render
    instead of hanging it, and a failed or interrupted render kills its workers rather than wait for them."""
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                   initargs=(shared, os.getpid()))
    try:
        yield executor
    except BaseException:
        for process in list((executor._processes or {}).values()):  # Python 3.14: executor.kill_workers()
            process.kill()  # their chunks are discarded: nothing is worth waiting for
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    executor.shutdown(wait=True)


def _results(executor: ProcessPoolExecutor, task: Callable[[T], R], tasks: Iterable[T], window: int,
             tick: Callable[[], None] | None = None) -> Iterator[R]:
    """`task` over `tasks` in the workers, results in order, at most `window` handed out at a time (so the main
    process never holds every chunk's HTML); `tick` is called while waiting."""
    pending: deque[Future[R]] = deque()
    try:
        for each in tasks:
            pending.append(executor.submit(task, each))
            if len(pending) >= window:
                yield _result(pending.popleft(), tick)
        while pending:
            yield _result(pending.popleft(), tick)
    except BrokenProcessPool:
        raise RenderError("a worker process rendering the PDF died (out of memory?); nothing was written") from None


def _result(future: Future[R], tick: Callable[[], None] | None) -> R:
    while True:
        try:
            return future.result(timeout=POLL_SECONDS)
        except TimeoutError:
            if tick is not None:
                tick()


def _start_worker(shared: tuple[Any, Any, Any] | None, main: int) -> None:
    """In a new worker: end with the compile `main`, number margin boxes through the hook, count laid-out pages,
    spare the GC."""
    exit_with(main)
    _leave_signals_to_the_compile()
    if shared is not None:
        counts, ready, pages = shared
        _worker.update(counts=counts, ready=ready)
        pagehooks.count_pages(lambda: _add_page(pages))
    pagehooks.number_from(_numbers)
    gc.freeze()  # what the worker inherited is never garbage: keep the collector off it


def exit_with(main: int) -> None:
    """In a worker process: exit as soon as the process `main` ends, however it ends (SIGKILL included), so that
    no worker outlives the compile holding hundreds of MB."""
    if _parent_death_signal(signal.SIGKILL) and os.getppid() == main:
        return  # forked by `main`, alive after the kernel was told: the kernel kills this process with it
    # No prctl (not Linux), `main` already gone before it (so this process has a new parent), or started by a fork
    # server, which outlives `main` while its workers run (they hold its pipe open): watch `main` from a thread.
    threading.Thread(target=_watch, args=(main, os.getppid()), name="watch-compile", daemon=True).start()


def _parent_death_signal(signum: int) -> bool:
    """Linux: have the kernel send `signum` to this process when the thread that forked it ends (prctl(2)). A
    pool's workers are forked by the thread that calls submit, which outlives the pool."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # noqa: PLC0415

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(1, signum, 0, 0, 0)) == 0  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return False


def _watch(main: int, parent: int) -> None:
    """Exit this process once its parent changes (the parent died) or `main` no longer exists."""
    while os.getppid() == parent and _exists(main):
        time.sleep(WATCH_SECONDS)
    os._exit(1)


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # PermissionError: another user's process has the number now
        return False
    return True


def _leave_signals_to_the_compile() -> None:
    """In a worker: Ctrl-C reaches the whole process group, and the compile stops its workers itself. A forked
    worker inherits the compile's handlers: a handled stop signal ends it as by default; an ignored one (nohup)
    stays ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in _stop_signals():
        if callable(signal.getsignal(signum)):
            signal.signal(signum, signal.SIG_DFL)


class _Interrupted(BaseException):
    """A stop signal arrived: a BaseException, so that no `except Exception` on the way swallows it."""


@contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """Turn SIGTERM, SIGINT and SIGHUP into an exception raised in the render, so that on its way out the workers
    are killed and the partial files removed; then into RenderError. Only signals left to their default handling
    (not one an embedding program handles itself, nor SIGHUP ignored under nohup), and only in the main thread,
    the one where Python runs signal handlers."""
    stopped: list[int] = []

    def stop(signum: int, frame: object) -> None:
        if not stopped:  # once: a second signal must not break off the cleaning up
            stopped.append(signum)
            raise _Interrupted

    previous = _take_over_signals(stop) if threading.current_thread() is threading.main_thread() else {}
    try:
        yield
    except BaseException as err:
        if stopped:  # whatever broke off the render: a worker killed by the same signal reports as it
            traceback.clear_frames(err.__traceback__)  # let go of the pool now (the error keeps `err` as context)
            raise RenderError("compile interrupted") from None
        raise
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _take_over_signals(handler: Callable[[int, Any], None]) -> dict[int, Any]:
    """Set `handler` for the stop signals still handled the default way; their previous handlers."""
    defaults = (signal.SIG_DFL, signal.default_int_handler)  # compared, not hashed: a handler may not hash
    return {signum: signal.signal(signum, handler) for signum in _stop_signals()
            if signal.getsignal(signum) in defaults}


def _stop_signals() -> list[int]:
    return [getattr(signal, name) for name in STOP_SIGNALS if hasattr(signal, name)]  # no SIGHUP on Windows


def _numbers(pages: int) -> tuple[int, int]:
    """In a worker: the chunk's place in the whole document (waiting for the other chunks if need be)."""
    if _worker.get("offset") is None:
        _await_numbers(pages)
    return _worker["offset"], _worker["total"]


def _add_page(pages: Any) -> None:
    with pages.get_lock():
        pages.value += 1


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Layout makes millions of objects and little cyclic garbage: collecting during it costs ~15% of the time."""
    gc.collect()  # the previous chunk's, so a worker's memory stays that of one chunk
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
