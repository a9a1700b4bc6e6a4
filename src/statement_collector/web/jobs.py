"""`compile` run in a process of its own: the parallel renderer forks workers, which must never happen from inside
a server holding sockets and a database connection."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..render import draft_path


def pdf_path(settings: Settings, draft: bool) -> Path:
    """Where the button's compile writes: the configured output as a PDF, with -DRAFT for the draft."""
    configured = settings.resolve(settings.compilation.output)
    pdf = configured.with_suffix(".pdf")
    return draft_path(pdf) if draft else pdf


@dataclass
class CompileJob:
    """One `statement-collector compile` process started by the page, and what it printed."""

    draft: bool
    output: Path
    process: subprocess.Popen[bytes]
    log: Path
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @classmethod
    def start(cls, config: Path, settings: Settings, draft: bool) -> CompileJob:
        """Run `compile` (with `--include-review` for the draft) on the server's config, writing a PDF."""
        output = pdf_path(settings, draft)
        command = [sys.executable, "-m", "statement_collector", "-c", str(config), "compile", "--output",
                   str(output), "--format", "pdf", *(["--include-review"] if draft else [])]
        log = Path(tempfile.mkstemp(prefix="statement-collector-compile-", suffix=".log")[1])
        with log.open("wb") as sink:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.STDOUT,
                                       cwd=config.parent, start_new_session=True)
        return cls(draft, output, process, log)

    @property
    def running(self) -> bool:
        """Still compiling."""
        if self.process.poll() is None:
            return True
        if self.finished is None:
            self.finished = time.monotonic()
        return False

    @property
    def succeeded(self) -> bool:
        """Finished with exit 0 and a PDF."""
        return not self.running and self.process.returncode == 0 and self.output.is_file()

    @property
    def elapsed(self) -> float:
        """Seconds since the start (until the end, once finished)."""
        return (self.finished if not self.running and self.finished else time.monotonic()) - self.started

    def output_lines(self) -> list[str]:
        """What the compile printed: its summary line, or one line per problem found."""
        try:
            text = self.log.read_text("utf-8", "replace")
        except OSError:
            return []
        return [line for line in text.splitlines() if line.strip()][-20:]

    def close(self) -> None:
        """Stop it if still running and remove its log."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.unlink(missing_ok=True)
