"""`serve`, through Flask's test client: the token, the cookie, CSRF, the policy header, escaping, and decisions that
reach the store and the audit log through the same library calls as the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from helpers import CONFIG, EST, Workspace, make_mail
from statement_collector.config import is_loopback, load_settings
from statement_collector.store import Store
from statement_collector.web.app import BULK_REASONS, create_app

TOKEN = "test-token-0123456789"
HOSTILE = "I support the bill. <script>window.pwned = 1</script> <b>bold</b> and &amp; more words here."
PHONE = "Please call me at 802-555-0142 about the bill, I support it for my neighbours."


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    workspace.add("plain.eml", make_mail("I support fair housing for the farmworkers who feed Vermont.",
                                         sender="Ana Lopez <ana@example.com>", message_id="<plain@x>"))
    workspace.add("phone.eml", make_mail(PHONE, sender="Carl Diaz <carl@example.com>", message_id="<phone@x>"))
    workspace.add("hostile.eml", make_mail(HOSTILE, sender="Eve Hacker <eve@example.com>", message_id="<eve@x>"))
    workspace.add("other.eml", make_mail("The bill matters to every dairy farm in the whole state.",
                                         sender="Dan Ruiz <dan@example.com>", message_id="<dan@x>"))
    workspace.run("import", str(workspace.mail))
    return workspace


def _ids(ws: Workspace) -> dict[str, int]:
    return {str(r["message_id"]): int(r["id"]) for r in json.loads(ws.run("list", "--status", "all", "--json").stdout)}


def _records(ws: Workspace) -> dict[str, dict[str, Any]]:
    return {str(r["message_id"]): r for r in json.loads(ws.run("list", "--status", "all", "--json").stdout)}


@pytest.fixture
def client(ws: Workspace) -> Iterator[FlaskClient]:
    app = create_app(load_settings(ws.config), ws.config, TOKEN)
    app.testing = True
    with app.test_client() as c:
        yield c


def _admitted(client: FlaskClient) -> FlaskClient:
    response = client.get(f"/?token={TOKEN}")
    assert response.status_code == 302 and response.headers["Location"] == "/"
    return client


def _csrf(client: FlaskClient) -> str:
    page = client.get("/").get_data(as_text=True)
    return page.split('name="csrf" value="', 1)[1].split('"', 1)[0]


def _audit(ws: Workspace, statement_id: int) -> list[tuple[str, str, str]]:
    with Store(load_settings(ws.config).database_path) as store:
        return store.audit_entries(statement_id)


PAGES = ["/", "/overview", "/compile", "/s/1", "/s/1/preview", "/static/review.css", "/static/review.js",
         "/?status=review", "/approve-all?reason=needs-approval", "/compile/status"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_forbidden_without_the_cookie(client: FlaskClient, path: str) -> None:
    assert client.get(path).status_code == 403


def test_a_wrong_token_is_forbidden_and_sets_no_cookie(client: FlaskClient) -> None:
    response = client.get("/?token=guess")
    assert response.status_code == 403 and "Set-Cookie" not in response.headers
    assert client.get("/").status_code == 403


def test_the_token_becomes_an_httponly_strict_cookie_and_leaves_the_address(client: FlaskClient) -> None:
    response = client.get(f"/?token={TOKEN}")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and TOKEN not in cookie
    assert response.headers["Location"] == "/"
    assert client.get("/").status_code == 200


@pytest.mark.parametrize("path", [*PAGES, "/s/999", "/nowhere", "/?status=bogus"])
def test_every_response_sends_the_content_security_policy(client: FlaskClient, path: str) -> None:
    assert client.get(path).headers["Content-Security-Policy"].startswith("default-src 'self'")
    _admitted(client)
    response = client.get(path)
    assert response.headers["Content-Security-Policy"].startswith("default-src 'self'"), response.status_code
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_pages_have_no_inline_script_or_style(client: FlaskClient) -> None:
    _admitted(client)
    for path in ("/", "/overview", "/compile", "/s/1"):
        page = client.get(path).get_data(as_text=True)
        assert "<script>" not in page and "<style" not in page and " style=" not in page, path
        assert " onclick=" not in page and "javascript:" not in page, path


def test_a_post_without_the_csrf_token_is_forbidden_and_changes_nothing(ws: Workspace, client: FlaskClient) -> None:
    _admitted(client)
    sid = _ids(ws)["<phone@x>"]
    assert client.post(f"/s/{sid}/approve").status_code == 403
    assert client.post(f"/s/{sid}/approve", data={"csrf": "wrong"}).status_code == 403
    assert client.post(f"/s/{sid}/edit", data={"text": "changed"}).status_code == 403
    assert client.post("/compile", data={"draft": "0"}).status_code == 403
    assert _records(ws)["<phone@x>"]["status"] == "review"
    assert _audit(ws, sid) == []


def test_a_post_with_the_cookie_but_no_session_is_forbidden(ws: Workspace, client: FlaskClient) -> None:
    csrf = _csrf(_admitted(client))
    client.delete_cookie("statement_collector")
    assert client.post(f"/s/{_ids(ws)['<phone@x>']}/approve", data={"csrf": csrf}).status_code == 403


def test_mail_is_escaped_on_the_page(ws: Workspace, client: FlaskClient) -> None:
    _admitted(client)
    sid = _ids(ws)["<eve@x>"]
    for path in ("/?status=all", f"/s/{sid}", "/?q=pwned", f"/s/{sid}/preview"):
        page = client.get(path).get_data(as_text=True)
        assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page, path
        assert "<script>window" not in page and "<b>bold" not in page, path


def test_approve_reject_and_edit_reach_the_store_and_the_audit_log(ws: Workspace, client: FlaskClient) -> None:
    csrf = _csrf(_admitted(client))
    ids = _ids(ws)
    response = client.post(f"/s/{ids['<phone@x>']}/approve", data={"csrf": csrf, "back": "/?status=review",
                                                                   "next": "4"})
    assert response.status_code == 302 and response.headers["Location"] == "/?status=review#s-4"
    client.post(f"/s/{ids['<plain@x>']}/reject", data={"csrf": csrf, "note": "asked by phone to withdraw"})
    client.post(f"/s/{ids['<dan@x>']}/edit", data={"csrf": csrf, "text": "The bill matters to every farm.",
                                                   "name": "D. Ruiz", "anonymous_shown": "1", "anonymous": "1"})
    records = _records(ws)
    assert records["<phone@x>"]["status"] == "accepted"
    assert (records["<plain@x>"]["status"], records["<plain@x>"]["reason"]) == ("rejected", "manual")
    assert records["<dan@x>"]["text"] == "The bill matters to every farm."
    assert records["<dan@x>"]["name"] == "D. Ruiz" and records["<dan@x>"]["anonymous"] is True
    assert [a[1:] for a in _audit(ws, ids["<phone@x>"])] == [("approved", "")]
    assert [a[1:] for a in _audit(ws, ids["<plain@x>"])] == [("rejected", "asked by phone to withdraw")]
    (edit,) = _audit(ws, ids["<dan@x>"])
    assert edit[1] == "edit" and json.loads(edit[2]) == {"text": "The bill matters to every farm.",
                                                         "name": "D. Ruiz", "anonymous": 1}


def test_the_web_and_the_cli_write_the_same_audit_entries(ws: Workspace, client: FlaskClient) -> None:
    csrf = _csrf(_admitted(client))
    ids = _ids(ws)
    client.post(f"/s/{ids['<plain@x>']}/reject", data={"csrf": csrf, "note": "duplicate"})
    ws.run("reject", str(ids["<dan@x>"]), "--reason", "duplicate")
    assert ([a[1:] for a in _audit(ws, ids["<plain@x>"])] == [a[1:] for a in _audit(ws, ids["<dan@x>"])]
            == [("rejected", "duplicate")])


def test_an_edit_sends_only_what_changed(ws: Workspace, client: FlaskClient) -> None:
    csrf = _csrf(_admitted(client))
    sid = _ids(ws)["<dan@x>"]
    text = _records(ws)["<dan@x>"]["text"]
    client.post(f"/s/{sid}/edit", data={"csrf": csrf, "text": text, "name": "Dan Ruiz", "anonymous_shown": "1",
                                        "anonymous": "1"})
    (edit,) = _audit(ws, sid)
    assert json.loads(edit[2]) == {"anonymous": 1}


def test_the_town_is_edited_and_a_contact_detail_there_refused(ws: Workspace, client: FlaskClient) -> None:
    csrf = _csrf(_admitted(client))
    sid = _ids(ws)["<dan@x>"]
    client.post(f"/s/{sid}/edit", data={"csrf": csrf, "place": "  Addison  "})
    assert _records(ws)["<dan@x>"]["place"] == "Addison"
    refused = client.post(f"/s/{sid}/edit", data={"csrf": csrf, "place": "call 802-555-0142"})
    assert refused.status_code == 409 and "not contact details" in refused.get_data(as_text=True)
    assert [json.loads(a[2]) for a in _audit(ws, sid)] == [{"place": "Addison"}]


def test_an_empty_text_is_refused_with_a_message(ws: Workspace, client: FlaskClient) -> None:
    csrf = _csrf(_admitted(client))
    sid = _ids(ws)["<dan@x>"]
    response = client.post(f"/s/{sid}/edit", data={"csrf": csrf, "text": "   "})
    assert response.status_code == 409 and "the text is empty" in response.get_data(as_text=True)
    assert _audit(ws, sid) == []


def test_a_redirect_after_a_decision_stays_on_this_site(ws: Workspace, client: FlaskClient) -> None:
    csrf = _csrf(_admitted(client))
    response = client.post(f"/s/{_ids(ws)['<phone@x>']}/approve", data={"csrf": csrf,
                                                                        "back": "//evil.example/"})
    assert response.headers["Location"] == "/"


def test_the_queue_puts_statements_awaiting_review_first_and_filters(ws: Workspace, client: FlaskClient) -> None:
    _admitted(client)
    ids = _ids(ws)
    page = client.get("/").get_data(as_text=True)
    assert page.index(f'id="s-{ids["<phone@x>"]}"') < page.index(f'id="s-{ids["<plain@x>"]}"')
    only_review = client.get("/?status=review&reason=contact-details").get_data(as_text=True)
    assert f'id="s-{ids["<phone@x>"]}"' in only_review and f'id="s-{ids["<plain@x>"]}"' not in only_review
    found = client.get("/?q=dairy+farm").get_data(as_text=True)
    assert f'id="s-{ids["<dan@x>"]}"' in found and f'id="s-{ids["<plain@x>"]}"' not in found
    assert client.get("/?q=100%25_").status_code == 200


def test_the_queue_shows_the_original_with_what_extraction_removed_marked(workspace: Workspace) -> None:
    body = ("I support the housing bill with all my heart.\nPlease don't print my name.\n\nThanks,\nMaria\n\n"
            "On Mon, Nov 23, 2026 at 9:14 AM Farmworkers <info@farmworkers.example> wrote:\n> Dear friends,\n"
            "> reply with a statement.\n")
    workspace.add("m.eml", make_mail(body, sender="Maria Diaz <maria@example.com>", message_id="<m@x>"))
    workspace.run("import", str(workspace.mail))
    app = create_app(load_settings(workspace.config), workspace.config, TOKEN)
    with app.test_client() as client:
        page = _admitted(client).get("/?status=all").get_data(as_text=True)
    assert '<span class="k-kept">I support the housing bill with all my heart.</span>' in page
    assert '<span class="k-request">Please don&#39;t print my name.</span>' in page
    assert '<span class="k-removed">Thanks,</span>' in page
    assert '<span class="k-quote">&gt; Dear friends,</span>' in page


def test_pages_are_paginated(workspace: Workspace) -> None:
    for i in range(23):
        workspace.add(f"{i}.eml", make_mail(f"Statement number {i} in support of the farmworker housing bill.",
                                            sender=f"S{i} <s{i}@example.com>", message_id=f"<p{i}@x>"))
    workspace.run("import", str(workspace.mail))
    app = create_app(load_settings(workspace.config), workspace.config, TOKEN)
    with app.test_client() as client:
        _admitted(client)
        pages = [client.get(f"/?page={n}").get_data(as_text=True) for n in (1, 2, 3)]
    assert [p.count("<article") for p in pages] == [10, 10, 3]
    assert "page 1 of 3" in pages[0] and 'rel="next"' in pages[0] and 'rel="next"' not in pages[2]


def test_the_sender_address_is_shown_on_the_review_page_only(ws: Workspace, client: FlaskClient) -> None:
    _admitted(client)
    assert "ana@example.com" in client.get("/?status=all").get_data(as_text=True)
    for path in ("/overview", "/compile", f"/s/{_ids(ws)['<plain@x>']}/preview"):
        page = client.get(path).get_data(as_text=True)
        assert "@example.com" not in page, path


def test_the_print_preview_uses_the_compilations_entry_template(ws: Workspace, client: FlaskClient) -> None:
    _admitted(client)
    response = client.get(f"/s/{_ids(ws)['<plain@x>']}/preview")
    page = response.get_data(as_text=True)
    assert '<article class="statement"' in page and "— Ana Lopez" in page and 'class="cover"' not in page
    policy = response.headers["Content-Security-Policy"]
    assert policy.startswith("default-src 'self'") and "style-src 'self' 'sha256-" in policy
    assert "script-src" not in policy and "unsafe" not in policy


def test_approve_all_asks_first_and_leaves_privacy_cases_alone(workspace: Workspace) -> None:
    workspace.config.write_text(CONFIG + "[statements]\nrequire_review = true\n", encoding="utf-8")
    for i in range(3):
        workspace.add(f"{i}.eml", make_mail(f"Statement number {i} in support of the farmworker housing bill.",
                                            sender=f"S{i} <s{i}@example.com>", message_id=f"<r{i}@x>"))
    workspace.add("phone.eml", make_mail(PHONE, sender="Carl Diaz <carl@example.com>", message_id="<phone@x>"))
    workspace.add("anon.eml", make_mail("I support the bill for my family.\nPlease do not use my name.",
                                        sender="Ana Anon <anon@example.com>", message_id="<anon@x>"))
    workspace.run("import", str(workspace.mail))
    app = create_app(load_settings(workspace.config), workspace.config, TOKEN)
    with app.test_client() as client:
        csrf = _csrf(_admitted(client))
        confirm = client.get("/approve-all?reason=needs-approval").get_data(as_text=True)
        assert "Yes, approve 3" in confirm
        for reason in ("contact-details", "identifies-author", "uncertain", "too-large"):
            assert client.get(f"/approve-all?reason={reason}").status_code == 400
            assert client.post("/approve-all", data={"csrf": csrf, "reason": reason}).status_code == 400
        assert client.post("/approve-all", data={"reason": "needs-approval"}).status_code == 403
        client.post("/approve-all", data={"csrf": csrf, "reason": "needs-approval"})
    records = _records(workspace)
    assert [records[f"<r{i}@x>"]["status"] for i in range(3)] == ["accepted"] * 3
    assert records["<phone@x>"]["status"] == "review" and records["<anon@x>"]["status"] == "review"
    assert {r.value for r in BULK_REASONS}.isdisjoint({"contact-details", "identifies-author", "uncertain"})


def test_the_overview_counts_draws_its_chart_inline_and_lists_late_replies(workspace: Workspace) -> None:
    workspace.config.write_text(CONFIG.replace("[source]", 'deadline = 2026-11-24T12:00:00-05:00\n[source]'),
                                encoding="utf-8")
    workspace.add("early.eml", make_mail("I support the farmworker housing bill wholeheartedly.",
                                         sender="Early Bird <e@example.com>", message_id="<early@x>",
                                         when=datetime(2026, 11, 24, 9, 0, tzinfo=EST)))
    workspace.add("late.eml", make_mail("Sorry I am late, but I support the farmworker housing bill.",
                                        sender="Late Comer <l@example.com>", message_id="<late@x>",
                                        when=datetime(2026, 11, 24, 15, 0, tzinfo=EST)))
    workspace.run("import", str(workspace.mail))
    app = create_app(load_settings(workspace.config), workspace.config, TOKEN)
    with app.test_client() as client:
        page = _admitted(client).get("/overview").get_data(as_text=True)
    assert "<svg" in page and page.count('class="bar"') >= 2
    late = page.split("Late replies", 1)[1]
    assert "Late Comer" in late and "Early Bird" not in late


def test_is_loopback() -> None:
    assert all(map(is_loopback, ["127.0.0.1", "127.0.0.2", "::1", "localhost", "[::1]"]))
    assert not any(map(is_loopback, ["0.0.0.0", "192.168.1.10", "::", "example.org", ""]))


def test_a_port_in_use_or_an_address_elsewhere_is_one_line_and_exit_1(ws: Workspace) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = ws.run("serve", "--port", str(port), "--no-browser", check=False)
    assert busy.returncode == 1 and busy.stdout == ""
    assert busy.stderr.startswith(f"statement-collector: cannot listen on 127.0.0.1:{port}: ")
    assert len(busy.stderr.splitlines()) == 1
    elsewhere = ws.run("serve", "--host", "203.0.113.9", "--port", "0", "--no-browser", check=False)
    assert elsewhere.returncode == 1
    warning, error = elsewhere.stderr.splitlines()
    assert warning.startswith("warning: serving on 203.0.113.9, not loopback") and "ssh -L" in warning
    assert error.startswith("statement-collector: cannot listen on 203.0.113.9:0")


def test_the_poll_path_never_imports_flask() -> None:
    code = ("import sys, statement_collector.poller, statement_collector.pipeline, statement_collector.cli;"
            " print(sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'werkzeug')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_only_the_serve_command_and_the_web_package_import_flask_even_lazily() -> None:
    from test_architecture import PACKAGE, _imports

    for path in PACKAGE.rglob("*.py"):
        if "web" in path.relative_to(PACKAGE).parts:
            continue
        found = {m for m in _imports(path) if m.split(".")[0] in ("flask", "werkzeug")
                 or m.startswith("statement_collector.web")}
        assert found <= ({"statement_collector.web.server", "statement_collector.web.server.serve"}
                         if path.name == "cli.py" else set()), (path.name, found)


def test_serve_prints_one_line_with_a_fresh_token_and_answers(ws: Workspace) -> None:
    """And with -v, the request log never holds the token (the link admits whoever has it)."""
    import urllib.error
    import urllib.request

    proc = subprocess.Popen([sys.executable, "-m", "statement_collector", "-v", "-c", str(ws.config), "serve",
                             "--port", "0", "--no-browser"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("Review at http://127.0.0.1:") and "/?token=" in line
        url = line.removeprefix("Review at ")
        base = url.split("/?token=")[0]
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(base + "/", timeout=10)
        assert refused.value.code == 403
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        with opener.open(url, timeout=10) as page:
            assert page.status == 200 and page.url == base + "/"
            assert "statement-collector" in page.read().decode()
    finally:
        proc.terminate()
        proc.wait(10)
    assert Path(ws.config).exists()
    log = proc.stderr.read() if proc.stderr else ""
    token = url.split("/?token=")[1]
    assert "GET /?token=(hidden)" in log and token not in log
