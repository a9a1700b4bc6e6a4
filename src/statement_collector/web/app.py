"""The review queue as a Flask app: the same library calls as the CLI (review.decide, review.edit), one store opened
per request, a token exchanged for a cookie, a CSRF token on every form, and a strict Content-Security-Policy."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from flask import Flask, abort, flash, redirect, render_template, request, send_file, url_for
from werkzeug.wrappers import Response

from ..compilation import build, name_labels, printed_name
from ..config import Settings
from ..contact import find_contacts
from ..errors import CollectorError, NotFoundError
from ..models import Decision, Reason, Statement, Status
from ..review import decide, edit, privacy_lines
from ..store import Store, database_errors
from .jobs import CompileJob, pdf_path
from .original import LABELS, original
from .overview import overview

PAGE_SIZE = 10
CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
BULK_REASONS = (Reason.TOO_LONG, Reason.NEEDS_APPROVAL, Reason.POSSIBLE_DUPLICATE, Reason.NOT_SUPPORT)
"""Reasons whose statements may be approved all at once, after a confirmation. An allow-list, so that a reason
added later is decided one at a time until someone decides otherwise: privacy reasons (`contact-details`,
`identifies-author`, and `uncertain`, which holds the doubts about anonymity) always are, and so is `too-large`
(part of the message, and any request in it, was not read)."""
STATUS_FILTERS = ("open", "review", "accepted", "rejected", "superseded", "all")
_STYLE = re.compile(r"<style>(.*?)</style>", re.S)


@dataclass
class Guard:
    """The secrets of one start: the token in the printed link, the cookie it becomes, the forms' CSRF token."""

    token: str
    session: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    cookie: str = "statement_collector"


@dataclass
class State:
    """What the app keeps between requests: its settings, its config file and the compile it started."""

    settings: Settings
    config: Path
    guard: Guard
    jobs: dict[bool, CompileJob] = field(default_factory=dict)


def create_app(settings: Settings, config: Path, token: str) -> Flask:
    """The review app for one start; `token` is the one in the printed link."""
    app = Flask(__name__)
    app.jinja_env.autoescape = True
    app.secret_key = secrets.token_bytes(32)
    guard = Guard(token)
    app.config.update(SESSION_COOKIE_SAMESITE="Strict", SESSION_COOKIE_HTTPONLY=True, MAX_CONTENT_LENGTH=4 << 20)
    state = State(_labelled(settings), config, guard)
    app.extensions["statement_collector"] = state
    app.before_request(lambda: _admit(guard))
    app.after_request(_secure)
    app.context_processor(lambda: {"csrf": guard.csrf, "reasons": list(Reason), "statuses": STATUS_FILTERS,
                                   "bulk": BULK_REASONS, "marks": LABELS})
    app.register_error_handler(CollectorError, _failure)
    _routes(app, state)
    return app


def _labelled(settings: Settings) -> Settings:
    """The settings with the anonymous and unknown-name labels filled in, read once from the templates (each
    printed name would read them again)."""
    anonymous, unknown = name_labels(settings)
    labelled = settings.model_copy(deep=True)
    labelled.statements.anonymous_label, labelled.statements.unknown_name_label = anonymous, unknown
    return labelled


def state_of(app: Any) -> State:
    """The app's state (settings, secrets, compiles)."""
    state: State = app.extensions["statement_collector"]
    return state


def name_cookies(app: Flask, port: int) -> None:
    """Cookies named for the port: browsers share cookies between ports of one host, and two servers (two
    campaigns) must not log each other out."""
    state_of(app).guard.cookie = f"statement_collector_{port}"
    app.config["SESSION_COOKIE_NAME"] = f"statement_collector_flash_{port}"


def _admit(guard: Guard) -> Response | None:
    """The token link sets the cookie (then drops the token from the address); anything else needs the cookie, and
    a POST the CSRF token."""
    if request.path == "/" and "token" in request.args:
        if not hmac.compare_digest(request.args["token"].encode(), guard.token.encode()):
            abort(403)
        response = redirect(url_for("queue"))
        response.set_cookie(guard.cookie, guard.session, httponly=True, samesite="Strict", path="/")
        return response
    if not hmac.compare_digest(request.cookies.get(guard.cookie, "").encode(), guard.session.encode()):
        abort(403)
    if request.method == "POST" and not hmac.compare_digest(request.form.get("csrf", "").encode(),
                                                            guard.csrf.encode()):
        abort(403)
    return None


def _secure(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "no-store"
    response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
    return response


def _failure(err: CollectorError) -> tuple[str, int]:
    code = 404 if isinstance(err, NotFoundError) else 409
    return render_template("error.html", message=str(err)), code


@contextmanager
def opened(state: State) -> Iterator[Store]:
    """The database for one request (SQLite connections stay in the thread that opened them)."""
    path = state.settings.database_path
    with Store(path) as store, database_errors(path):
        yield store


def _routes(app: Flask, state: State) -> None:
    settings = state.settings

    @app.get("/")
    def queue() -> str:
        f = _filters()
        with opened(state) as store:
            found, total = store.queue(f["statuses"], [f["reason"]] if f["reason"] else [], f["q"],
                                       (f["page"] - 1) * PAGE_SIZE, PAGE_SIZE)
            items = [_item(store, settings, s) for s in found]
            by_status, by_reason = store.tallies()
        counts = {"status": by_status, "reason": by_reason}
        pages = max(1, -(-total // PAGE_SIZE))
        return render_template("queue.html", items=items, total=total, pages=pages, f=f, counts=counts,
                               here=request.full_path.rstrip("?"), page_url=_page_url)

    @app.get("/s/<int:sid>")
    def statement(sid: int) -> str:
        with opened(state) as store:
            item = _item(store, settings, store.statement(sid))
            audit = store.audit_entries(sid)
            headers = store.raw_headers(sid).decode("utf-8", "replace")
        return render_template("statement.html", item=item, audit=audit, headers=headers, here=request.path)

    @app.get("/s/<int:sid>/preview")
    def preview(sid: int) -> Response:
        with opened(state) as store:
            s = store.statement(sid)
        return _preview(settings, s)

    @app.post("/s/<int:sid>/approve")
    def approve(sid: int) -> Response:
        with opened(state) as store:
            lines = decide(store, settings, [sid], Decision.APPROVED)
        for line in lines:
            flash(line, "warning" if line.startswith("warning:") else "done")
        return _back()

    @app.post("/s/<int:sid>/reject")
    def reject(sid: int) -> Response:
        note = request.form.get("note", "").strip()
        with opened(state) as store:
            decide(store, settings, [sid], Decision.REJECTED, note)
        flash(f"{sid}: rejected" + (f" ({note})" if note else ""), "done")
        return _back()

    @app.post("/s/<int:sid>/edit")
    def edit_statement(sid: int) -> Response:
        with opened(state) as store:
            s = store.statement(sid)
            text, name, anonymous, place = _changes(s)
            if text is None and name is None and anonymous is None and place is None:
                flash(f"{sid}: nothing changed", "done")
                return _back()
            edit(store, settings, sid, text, name, anonymous, place)
        flash(f"{sid}: edited" + " (anonymous)" * bool(anonymous) + (" (named)" if anonymous is False else ""),
              "done")
        return _back()

    @app.route("/approve-all", methods=["GET", "POST"])
    def approve_all() -> Response | str:
        reason = _bulk_reason()
        with opened(state) as store:
            candidates = bulk_candidates(store, reason)
            if request.method == "GET":
                held = store.queue([Status.REVIEW], [reason.value], limit=0)[1]
                return render_template("approve_all.html", reason=reason, candidates=candidates, held=held,
                                       names={s.id: printed_name(s, settings) for s in candidates})
            ids = [s.id for s in candidates if s.id is not None]
            if ids:
                decide(store, settings, ids, Decision.APPROVED)
        flash(f"approved {len(ids)} statement(s) held as {reason.value}", "done")
        return redirect(url_for("queue", status="review"))

    @app.get("/overview")
    def overview_page() -> str:
        with opened(state) as store:
            figures = overview(store, settings)
        figures["late"] = [{"s": s, "name": printed_name(s, settings)} for s in figures["late"]]
        return render_template("overview.html", **figures)

    @app.route("/compile", methods=["GET", "POST"])
    def compile_page() -> Response | str:
        if request.method == "POST":
            draft = request.form.get("draft") == "1"
            job = state.jobs.get(draft)
            if job is None or not job.running:
                if job is not None:
                    job.close()
                state.jobs[draft] = CompileJob.start(state.config, settings, draft)
            return redirect(url_for("compile_page"))
        running = any(job.running for job in state.jobs.values())
        files = {draft: pdf_path(settings, draft) for draft in (False, True)}
        return render_template("compile.html", jobs=state.jobs, running=running, files=files)

    @app.get("/compile/status")
    def compile_status() -> dict[str, Any]:
        return {("draft" if draft else "final"): {"running": job.running, "succeeded": job.succeeded,
                                                  "elapsed": round(job.elapsed, 1), "output": job.output_lines()}
                for draft, job in state.jobs.items()}

    @app.get("/compile/<kind>.pdf")
    def download(kind: str) -> Response:
        if kind not in ("statements", "draft"):
            abort(404)
        path = pdf_path(settings, kind == "draft")
        if not path.is_file():
            abort(404)
        return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)


def _filters() -> dict[str, Any]:
    """The queue's filters from the query string: status, reason, search text and page."""
    status = request.args.get("status", "open")
    if status not in STATUS_FILTERS:
        abort(400)
    reason = request.args.get("reason", "")
    if reason and reason not in {r.value for r in Reason}:
        abort(400)
    page = request.args.get("page", "1")
    statuses = ([s for s in Status if s is not Status.SUPERSEDED] if status == "open" else
                list(Status) if status == "all" else [Status(status)])
    return {"status": status, "reason": reason, "q": request.args.get("q", "").strip()[:200],
            "page": int(page) if page.isdigit() and 0 < int(page) < 10**6 else 1, "statuses": statuses}


def _page_url(f: dict[str, Any], page: int) -> str:
    args = {k: v for k, v in (("status", f["status"]), ("reason", f["reason"]), ("q", f["q"])) if v}
    return "/?" + urlencode({**args, "page": page})


def _item(store: Store, settings: Settings, s: Statement) -> dict[str, Any]:
    """What the page shows of one statement."""
    decision, note = store.decision(s.id or 0)
    lines, cut = original(store, s)
    return {"s": s, "printed": printed_name(s, settings), "why": s.reason.explain() if s.reason else "",
            "privacy": privacy_lines(s, decision), "decision": decision, "note": note, "original": lines,
            "cut": cut, "rows": min(16, max(4, len(s.text) // 70 + s.text.count("\n") + 2))}


def _changes(s: Statement) -> tuple[str | None, str | None, bool | None, str | None]:
    """What the edit form changed: each of text, name, anonymity and town, or None where it is as it was."""
    form = request.form
    text = form.get("text")
    text = text.replace("\r\n", "\n").strip() if text is not None else None
    name = form.get("name")
    name = name.strip() if name is not None else None
    anonymous = form.get("anonymous") == "1" if "anonymous_shown" in form else None
    place = form.get("place")
    place = " ".join(place.split()) if place is not None else None
    return (text if text is not None and text != s.text.strip() else None,
            name if name is not None and name != (s.name or "") else None,
            anonymous if anonymous is not None and anonymous != s.anonymous else None,
            place if place is not None and place != (s.place or "") else None)


def _back() -> Response:
    """To the page the form was on (a path of this site only), at the statement to look at next."""
    target = request.form.get("back", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    anchor = request.form.get("next", "")
    return redirect(target + (f"#s-{anchor}" if anchor.isdigit() else ""))


def _bulk_reason() -> Reason:
    value = request.values.get("reason", "")
    if value not in {r.value for r in BULK_REASONS}:
        abort(400)
    return Reason(value)


def bulk_candidates(store: Store, reason: Reason) -> list[Statement]:
    """Statements held for `reason` that may be approved together: not anonymous, no privacy note, no contact
    details; the rest stay for one-at-a-time review."""
    held = store.statements([Status.REVIEW])
    return [s for s in held if s.reason is reason and not s.anonymous and not s.privacy and not s.person_note
            and not find_contacts(s.text) and not find_contacts(s.name or "")]


def _preview(settings: Settings, s: Statement) -> Response:
    """The statement laid out by the compilation's own templates (document and entry) and stylesheet, as it will
    print once accepted. Its stylesheet is inline, so this page's policy allows exactly that style by its hash."""
    from ..book import Book

    book = Book(build([s], settings), settings.compilation)
    html = book.html(0, 1, cover=False, summary=False)
    hashes = " ".join(f"'sha256-{_b64sha256(m.group(1))}'" for m in _STYLE.finditer(html))
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = f"{CSP}; style-src 'self' {hashes}"
    return response


def _b64sha256(text: str) -> str:
    import base64

    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

