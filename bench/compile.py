"""Compile speed and memory: the chunked parallel render against one plain WeasyPrint write_pdf.

Usage: python bench/compile.py [--chunked-only] [--repeat R] [N ...]   (default: 1000, once)
Each render runs in a fresh interpreter with WeasyPrint and pypdf already imported (the same ~0.5 s for both
ways, not rendering); the clock stops when the PDF is written. Peak memory: the main process and the largest
worker (at most one worker per core runs at once).
"""

from __future__ import annotations

import contextlib
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from statement_collector.config import CompilationSettings
from statement_collector.models import Compilation, Entry, Signer

FIRST = ["Ana", "Daniel", "María", "José", "Priya", "Wei", "Fatima", "Liam", "Sofía", "Kwame", "Nguyễn",
         "Olga", "Tomás", "Grace", "Ahmed", "Chloé", "Ramón", "Aiyana", "Hiroshi", "Zoë"]
LAST = ["Whitcomb", "García", "Okafor", "Hernández", "Chen", "Müller", "O'Brien", "Patel", "Núñez",
        "Kowalski", "Silva", "Johnson", "Ibáñez", "Nakamura", "Dubois", "Rossi"]
EN = ["Clean air is not a luxury; it is what my children breathe every morning on the way to school.",
      "I have lived on this street for thirty-one years and I have never seen the traffic this bad.",
      "Please vote yes on the ordinance. Our neighborhood deserves the same protection as everyone else.",
      "My asthma got worse after the depot opened — I now carry an inhaler everywhere I go.",
      "We are not asking for much: monitoring, transparency, and a plan with real deadlines.",
      "The council promised “a full review” in 2019. We are still waiting."]
ES = ["El aire limpio no es un lujo; es lo que respiran mis hijos cada mañana camino a la escuela.",
      "Vivo en esta calle desde hace treinta y un años y nunca he visto tanto tráfico.",
      "Por favor voten sí a la ordenanza. Nuestro barrio merece la misma protección que los demás.",
      "Mi asma empeoró después de que abrieron el depósito; ahora llevo un inhalador a todas partes.",
      "No pedimos mucho: monitoreo, transparencia y un plan con fechas reales. ¡Gracias!"]


def synthetic(n: int, language: str = "en", seed: int = 7) -> Compilation:
    """A compilation of `n` invented statements, one in twenty-five a group of similar texts."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    entries = [_entry(rng, i, start, language) for i in range(n)]
    supporters = sum(len(e.signers) for e in entries)
    return Compilation(
        title="Statements of support for the Clean Air Ordinance" if language == "en"
        else "Declaraciones de apoyo a la Ordenanza de Aire Limpio",
        subtitle="Submitted to the Springfield City Council" if language == "en"
        else "Presentadas al Concejo Municipal de Springfield",
        organization="Springfield Clean Air Coalition", language=language,
        intro=("These are the words of residents who answered our call of November 24." if language == "en"
               else "Estas son las palabras de los vecinos que respondieron a nuestra llamada del 24 de noviembre."),
        generated_at=start + timedelta(days=3), entries=entries, supporters=supporters,
        grouped_entries=sum(e.is_group for e in entries),
        grouped_signers=sum(len(e.signers) for e in entries if e.is_group),
        languages=dict(Counter(e.language for e in entries)),
        first_received=entries[0].received_at if entries else None,
        last_received=entries[-1].received_at if entries else None,
    )


def _entry(rng: random.Random, i: int, start: datetime, language: str) -> Entry:
    lang = language if rng.random() < 0.8 else ("es" if language == "en" else "en")
    pool = ES if lang == "es" else EN
    paragraphs = [" ".join(rng.sample(pool, rng.randint(1, 3))) for _ in range(rng.randint(1, 3))]
    if i % 40 == 5:
        paragraphs[-1] += " 🙏💚"
    when = start + timedelta(minutes=7 * i)
    size = rng.randint(2, 40) if i % 25 == 3 else 1
    signers = [_signer(rng, when + timedelta(minutes=k)) for k in range(size)]
    return Entry(text="\n\n".join(paragraphs), signers=signers, received_at=when, language=lang)


def _signer(rng: random.Random, when: datetime) -> Signer:
    if rng.random() < 0.08:
        return Signer(name="Anonymous", anonymous=True, received_at=when)
    return Signer(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", received_at=when)


def _measure(mode: str, n: int, out: Path) -> tuple[float, float, float, float, int]:
    """Seconds; peak MB of the main process, of the largest worker, and of all of them together (PSS, sampled
    every 100 ms, so shared pages count once); and pages. In a fresh interpreter."""
    code = (
        f"import sys, time, resource; sys.path.insert(0, {str(Path(__file__).parent)!r});"
        f"from compile import synthetic, run, pages; c = synthetic({n}); import weasyprint, pypdf;"
        f"from statement_collector import book, pdf, render; t = time.perf_counter(); run({mode!r}, c, {str(out)!r});"
        "s = time.perf_counter() - t; r = resource.getrusage;"
        f"print(s, r(resource.RUSAGE_SELF).ru_maxrss / 1024, r(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,"
        f" pages({str(out)!r}))"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_pss(proc.pid))
        time.sleep(0.1)
    assert proc.stdout is not None and proc.returncode == 0
    seconds, main_mb, worker_mb, pages = proc.stdout.read().split()
    return float(seconds), float(main_mb), float(worker_mb), peak / 1024, int(pages)


def _tree_pss(root: int) -> int:
    """Proportional set size in kB of a process and all its descendants (Linux /proc)."""
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        for task in Path(f"/proc/{pid}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo += [int(child) for child in task.read_text().split()]
    total = 0
    for pid in tree:
        with contextlib.suppress(OSError):
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            total += next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)
    return total


def run(mode: str, compilation: Compilation, output: str) -> None:
    """Render one way: 'plain' = one write_pdf of the whole HTML; 'chunked' = write_document."""
    from statement_collector import book, render

    settings = CompilationSettings()
    if mode == "plain":
        book.render_whole(book.Book(compilation, settings)).write_pdf(output)
    else:
        render.write_document(compilation, settings, "pdf", Path(output))


def pages(output: str) -> int:
    from pypdf import PdfReader

    return len(PdfReader(output).pages)


def main(sizes: list[int], modes: tuple[str, ...], repeat: int) -> None:
    """Print plain vs chunked time, peak memory and pages for each size; with --repeat R, the ways alternate
    R times and the median run of each is printed (this VM's timings wander by ±20%)."""
    print(f"{'N':>6} {'mode':>8} {'seconds':>8} {'main MB':>8} {'worker MB':>9} {'all MB':>7} {'pages':>6}",
          flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            runs: dict[str, list[tuple[float, float, float, float, int]]] = {mode: [] for mode in modes}
            for _ in range(repeat):
                for mode in modes:
                    runs[mode].append(_measure(mode, n, Path(tmp, f"{mode}-{n}.pdf")))
            rows = {mode: sorted(found)[len(found) // 2] for mode, found in runs.items()}
            for mode, (seconds, main_mb, worker_mb, all_mb, pages) in rows.items():
                print(f"{n:>6} {mode:>8} {seconds:8.1f} {main_mb:8.0f} {worker_mb:9.0f} {all_mb:7.0f} {pages:>6}",
                      flush=True)
            if len(rows) == 2:
                ratios = sorted(c[0] / p[0] for p, c in zip(runs["plain"], runs["chunked"], strict=True))
                each = ", ".join(f"{r:.2f}" for r in ratios)
                print(f"{'':>6} {'ratio':>8} {rows['chunked'][0] / rows['plain'][0]:8.2f}"
                      + (f"   (each pair: {each})" if repeat > 1 else ""), flush=True)


if __name__ == "__main__":
    flags = {"--chunked-only", "--repeat"}
    argv = sys.argv[1:]
    repeats = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 1
    numbers = [a for i, a in enumerate(argv) if a not in flags and (i == 0 or argv[i - 1] != "--repeat")]
    main([int(a) for a in numbers] or [1000], ("chunked",) if "--chunked-only" in argv else ("plain", "chunked"),
         repeats)
