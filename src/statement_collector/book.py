"""The compilation ready for the templates, and its layout by WeasyPrint, fetching nothing outside the template
folders. Rendering (render.py) and the parallel PDF (pdf.py) both start from a `Book`."""

from __future__ import annotations

import json
import mimetypes
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import jinja2
from markupsafe import Markup

from .config import CompilationSettings
from .errors import RenderError
from .models import Compilation, Entry

if TYPE_CHECKING:
    from weasyprint import Document

Progress = Callable[[int, int], None]
DOCUMENT = "document.html.j2"
STYLESHEET = "style.css"
# Chunked rendering: the chunks carry no header or footer; one document of empty pages carries them all.
_MARGINS = [f"{edge}-{spot}" for edge in ("top", "bottom") for spot in ("left", "center", "right")]
_MARGINS += [f"{side}-{spot}" for side in ("left", "right") for spot in ("top", "middle", "bottom")]
_MARGINS += ["top-left-corner", "top-right-corner", "bottom-left-corner", "bottom-right-corner"]
_NO_MARGIN_BOXES = " ".join(f"@{box} {{ content: none !important }}" for box in _MARGINS)
BARE_CSS = f"@page {{ {_NO_MARGIN_BOXES} }} @page :first {{ {_NO_MARGIN_BOXES} }}"
STAMP_CSS = (
    "@page { background: none !important } html, body { background: none !important }"
    " .stamp { break-after: page; height: 1px } .stamp:last-child { break-after: auto }"
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def bundled_templates() -> Path:
    """The templates shipped in the wheel, else the checkout's top-level templates/ folder."""
    packaged = Path(str(resources.files("statement_collector") / "templates"))
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "templates"


def template_dirs(settings: CompilationSettings) -> list[Path]:
    """The template folders in lookup order: template_dir (if set), then the bundled ones."""
    own = [Path(settings.template_dir).expanduser().resolve()] if settings.template_dir else []
    return [*own, bundled_templates().resolve()]


class Book:
    """The compilation ready for the templates: labels, ordered entries, counts, and the Jinja environment."""

    def __init__(self, compilation: Compilation, settings: CompilationSettings) -> None:
        self.doc = compilation
        self.dirs = template_dirs(settings)
        self.env = _environment(self.dirs)
        self.labels = _labels(self.env, compilation.language)
        self.entries = compilation.entries
        self.stylesheet = _source(self.env, STYLESHEET)

    @property
    def base_url(self) -> str:
        """Where relative URLs in the templates point: the first template folder."""
        return self.dirs[0].as_uri() + "/"

    def html(self, start: int = 0, stop: int | None = None, stylesheet: str = "", stamp_css: str = "",
             **part: object) -> str:
        """The HTML of entries[start:stop]; the whole document, with cover and summary, by default."""
        stop = len(self.entries) if stop is None else stop
        part = {"cover": start == 0, "summary": stop >= len(self.entries), "stamp_only": False,
                "stamp_pages": 0, "no_margin_boxes": False, **part}
        context = {**self._context(), "entries": [_view(e) for e in self.entries[start:stop]], "part": part,
                   "stylesheet": Markup(stylesheet or self.stylesheet), "stamp_css": Markup(stamp_css)}
        try:
            return self.env.get_template(DOCUMENT).render(context)
        except jinja2.TemplateError as err:
            raise RenderError(f"template {getattr(err, 'name', None) or DOCUMENT}: {err}") from None

    def stamp_html(self, pages: int, stylesheet: str) -> str:
        """`pages` empty pages carrying only the margin boxes (header, page numbers) of `stylesheet`."""
        return self.html(0, 0, cover=False, summary=False, stamp_only=True, stamp_pages=pages,
                         stylesheet=stylesheet, stamp_css=STAMP_CSS)

    def _context(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "bare_css": Markup(BARE_CSS),
            "t": self.label,
            "date": self.date,
            "language_name": lambda code: self.labels.get("languages", {}).get(code, code),
            "intro": _paragraphs(self.doc.intro),
            "counts": {
                "statements": len(self.entries),
                "supporters": self.doc.supporters,
                "groups": self.doc.grouped_entries,
                "grouped_signers": self.doc.grouped_signers,
            },
            "languages": sorted(self.doc.languages.items(), key=lambda kv: (-kv[1], kv[0])),
            "places": list(self.doc.places.items()),
            "first_received": self.doc.first_received,
            "last_received": self.doc.last_received,
        }

    def label(self, key: str, n: int | None = None, **values: object) -> str:
        """A printed label in the compilation's language; `n` picks the singular or plural form."""
        text = self.labels.get(key, key)
        if isinstance(text, dict):
            text = text.get("one" if n == 1 else "other", "")
        return str(text).format(n=n, **values)

    def date(self, when: datetime) -> str:
        """A date written out in the compilation's language ("November 24, 2026")."""
        months = self.labels["months"]
        return str(self.labels["date"]).format(month=months[when.month - 1], day=when.day, year=when.year)


def printed_labels(settings: CompilationSettings) -> dict[str, Any]:
    """The printed labels of the compilation's language (English underneath)."""
    return _labels(_environment(template_dirs(settings)), settings.language)


def _environment(dirs: Sequence[Path]) -> jinja2.Environment:
    loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in dirs])
    return jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)


def _source(env: jinja2.Environment, name: str) -> str:
    assert env.loader is not None
    try:
        return env.loader.get_source(env, name)[0]
    except jinja2.TemplateNotFound:
        raise RenderError(f"template {name} not found in the template folders") from None


def _labels(env: jinja2.Environment, language: str) -> dict[str, Any]:
    """English underneath, so a language file missing a key still prints something sensible."""
    labels: dict[str, Any] = {}
    for lang in dict.fromkeys(("en", language)):
        try:
            labels.update(json.loads(_source(env, f"labels/{lang}.json")))
        except RenderError:
            if lang == "en":
                raise
            raise RenderError(f"no printed labels for language {lang!r}: add labels/{lang}.json") from None
        except ValueError as err:
            raise RenderError(f"labels/{lang}.json: not valid JSON: {err}") from None
    return labels


def _paragraphs(text: str) -> list[list[str]]:
    """Paragraphs (split at blank lines) as lists of lines, so the template can escape every piece."""
    blocks = _BLANK_LINES.split(text.strip().replace("\r\n", "\n"))
    return [block.split("\n") for block in blocks if block.strip()]


LONG_STATEMENT = 700  # characters: more than about eight printed lines, which may break across pages
LONG_LINES = 8


def _view(entry: Entry) -> dict[str, Any]:
    named = [s.name for s in entry.signers if not s.anonymous]
    places = [s.place for s in entry.signers if not s.anonymous]  # Signer.place is None when anonymous
    first = entry.signers[0] if entry.signers else None
    return {
        "language": entry.language,
        "paragraphs": _paragraphs(entry.text),
        "group": entry.is_group,
        "long": len(entry.text) > LONG_STATEMENT or entry.text.count("\n") >= LONG_LINES,
        "name": first.name if first else "",
        "place": first.place if first and not first.anonymous else None,
        "received_at": first.received_at if first else entry.received_at,
        "count": len(entry.signers),
        "names": named,
        "places": places,
        "anonymous": len(entry.signers) - len(named),
    }


def render_whole(book: Book) -> Document:
    """Lay out the whole book as one WeasyPrint document (the plain, single-process way)."""
    return lay_out(book.html(), book.base_url, book.dirs)


def lay_out(html: str, base_url: str, roots: Sequence[Path]) -> Document:
    from weasyprint import HTML  # noqa: PLC0415  (lazy: the poll path must start fast)

    try:
        return HTML(string=html, base_url=base_url, url_fetcher=local_fetcher(roots)).render()
    except Exception as err:  # WeasyPrint raises many kinds; the person gets one line.
        raise RenderError(f"cannot lay out the PDF: {err}") from None


def local_fetcher(roots: Sequence[Path]) -> Any:
    """A WeasyPrint URL fetcher that serves files inside `roots` and refuses every other URL."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse  # noqa: PLC0415

    class LocalOnly(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
            path = allowed_path(url, roots)
            if path is None:
                raise ValueError(f"refused to fetch {url[:100]}: only files in the template folders")
            kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": kind})

    return LocalOnly()


def allowed_path(url: str, roots: Sequence[Path]) -> Path | None:
    """The file a `file:` URL names when it lies inside one of `roots` (symlinks resolved), else None."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        return None
    path = Path(url2pathname(unquote(parts.path))).resolve()
    inside = any(path.is_relative_to(root.resolve()) for root in roots)
    return path if inside and path.is_file() else None
