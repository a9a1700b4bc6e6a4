"""The compilation as PDF or HTML, written atomically: the HTML from the `Book`, the PDF by pdf.py."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from .book import Book, Progress
from .config import CompilationSettings
from .errors import RenderError
from .models import Compilation


def draft_path(output: Path) -> Path:
    """Where a draft goes unless told: `output` with -DRAFT before its suffix, so it never replaces the final
    document (statements.pdf -> statements-DRAFT.pdf)."""
    output = Path(output)
    return output.with_name(f"{output.stem}-DRAFT{output.suffix}")


def write_document(
    compilation: Compilation,
    settings: CompilationSettings,
    fmt: Literal["pdf", "html"],
    output: Path,
    progress: Progress | None = None,
    accessible: bool = False,
) -> Path:
    """Write the compilation as a PDF or one self-contained HTML file, replacing `output` atomically;
    `accessible`: a tagged PDF for screen readers (PDF/UA-1), rendered in one piece."""
    if accessible and fmt != "pdf":
        raise RenderError(f"cannot write {fmt!r} tagged for screen readers: only a PDF is tagged")
    book = Book(compilation, settings)
    if fmt == "html":
        return write_atomically(output, lambda tmp: tmp.write_text(book.html(), encoding="utf-8"))
    if fmt != "pdf":
        raise RenderError(f"cannot write {fmt!r}: the compilation is pdf or html")
    from .pdf import write_pdf  # noqa: PLC0415

    return write_atomically(output, lambda tmp: write_pdf(book, tmp, progress, accessible=accessible))


def write_atomically(output: Path, write: Callable[[Path], object], mode: int = 0o644) -> Path:
    """Call `write` on a temporary file beside `output`, then move it into place in one step."""
    output = Path(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_parts(output)
        fd, name = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.{os.getpid()}.", suffix=".part")
        os.close(fd)
    except OSError as err:
        raise RenderError(f"cannot write {output}: {err.strerror or err}") from None
    tmp = Path(name)
    try:
        write(tmp)
        tmp.chmod(mode)
        os.replace(tmp, output)
    except OSError as err:
        raise RenderError(f"cannot write {output}: {err.strerror or err}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return output


def _remove_stale_parts(output: Path) -> None:
    """Partial files and chunk folders of runs that were killed (a kill -9 cannot clean up after itself);
    the pid is in the name."""
    for part in output.parent.glob(f".{output.name}.*"):
        pid = part.name[len(output.name) + 2:].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            if part.is_dir() and not part.is_symlink():
                shutil.rmtree(part, ignore_errors=True)
            else:
                part.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


