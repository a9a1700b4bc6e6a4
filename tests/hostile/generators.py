"""Hostile message builders: every one returns the raw bytes of one message, built here, never checked in.

Each builder takes a `variant` (so a thousand messages cycled from them differ in Message-ID and bytes) and
returns bytes. `LIGHT` builders are cheap enough to repeat a thousand times; `HEAVY` ones (50 MB bodies,
HTML 100,000 elements deep, a zip bomb) are built once per test session.
"""

from __future__ import annotations

import base64
import io
import zipfile
import zlib
from collections.abc import Callable

CAMPAIGN_ID = "<campaign-1@farmworkers.example>"
SUBJECT = "Re: Send a statement of support for the housing bill"
STATEMENT = "I support fair housing for the farmworkers who feed Vermont, and I ask you to pass the bill."

Builder = Callable[[int], bytes]


def headers(variant: int, *, sender: str = "Ana Lopez <ana@example.com>", subject: str = SUBJECT,
            message_id: bool = True, extra: str = "") -> bytes:
    """A reply's header block (threaded under the campaign, so hostile bodies reach extraction)."""
    mid = f"Message-ID: <hostile-{variant}@example.com>\n" if message_id else ""
    return (f"From: {sender}\nTo: info@farmworkers.example\nSubject: {subject}\n"
            f"Date: Tue, 24 Nov 2026 09:30:00 -0500\n{mid}In-Reply-To: {CAMPAIGN_ID}\n"
            f"References: {CAMPAIGN_ID}\nMIME-Version: 1.0\n{extra}").encode()


def _multipart(variant: int, boundary: str, body: str, **kw: object) -> bytes:
    head = headers(variant, extra=f'Content-Type: multipart/alternative; boundary="{boundary}"\n', **kw)  # type: ignore[arg-type]
    return head + b"\n" + body.encode()


def _text_part(boundary: str, text: str, ctype: str = "text/plain; charset=utf-8") -> str:
    return f"--{boundary}\nContent-Type: {ctype}\n\n{text}\n"


# --- MIME structure -------------------------------------------------------------------------------------


def truncated_mime(variant: int) -> bytes:
    """A multipart message cut off mid-header, mid-part or mid-boundary."""
    full = _multipart(variant, "b1", _text_part("b1", STATEMENT)
                      + _text_part("b1", f"<p>{STATEMENT}</p>", "text/html; charset=utf-8") + "--b1--\n")
    cuts = (len(full) // 7, len(full) // 2, len(full) - 9, len(full) - 3, 60)
    return full[: cuts[variant % len(cuts)]]


def missing_boundary(variant: int) -> bytes:
    """multipart/* with no boundary parameter, a boundary never used, or no closing delimiter."""
    body = f"--b1\nContent-Type: text/plain\n\n{STATEMENT} ({variant})\n"
    shapes = (
        headers(variant, extra="Content-Type: multipart/mixed\n") + b"\n" + body.encode(),
        _multipart(variant, "never-used", f"{STATEMENT} ({variant})\n"),
        _multipart(variant, "b1", body),  # no closing --b1--
        _multipart(variant, "", body),
    )
    return shapes[variant % len(shapes)]


def duplicate_boundary(variant: int) -> bytes:
    """A nested multipart reusing its parent's boundary, and a Content-Type with two boundary parameters."""
    inner = (f"--b1\nContent-Type: multipart/alternative; boundary=\"b1\"\n\n"
             f"--b1\nContent-Type: text/plain\n\n{STATEMENT} ({variant})\n--b1--\n--b1--\n")
    twice = headers(variant, extra='Content-Type: multipart/mixed; boundary="b1"; boundary="b2"\n') + (
        f"\n--b2\nContent-Type: text/plain\n\n{STATEMENT}\n--b1\nContent-Type: text/plain\n\nsecond\n--b1--\n"
    ).encode()
    return twice if variant % 2 else _multipart(variant, "b1", inner)


def many_parts(variant: int, count: int = 10_000) -> bytes:
    """A multipart/mixed message with `count` parts (the first the statement, the rest tiny attachments)."""
    parts = [_text_part("p", f"{STATEMENT} ({variant})")]
    parts += [f"--p\nContent-Type: application/octet-stream\nContent-Disposition: attachment; "
              f"filename=\"f{n}.bin\"\n\nx{n}\n" for n in range(count - 1)]
    head = headers(variant, extra='Content-Type: multipart/mixed; boundary="p"\n')
    return head + b"\n" + "".join(parts).encode() + b"--p--\n"


def deep_multipart(variant: int, depth: int = 500) -> bytes:
    """multipart/mixed nested `depth` deep, the statement at the bottom."""
    opening = "".join(f"--d{n}\nContent-Type: multipart/mixed; boundary=\"d{n + 1}\"\n\n" for n in range(depth))
    closing = "".join(f"--d{n}--\n" for n in range(depth, -1, -1))
    body = opening + _text_part(f"d{depth}", f"{STATEMENT} ({variant})") + closing
    return headers(variant, extra='Content-Type: multipart/mixed; boundary="d0"\n') + b"\n" + body.encode()


# --- headers --------------------------------------------------------------------------------------------


def huge_header(variant: int, size: int = 1 << 20) -> bytes:
    """One header line of `size` bytes: a Subject, a From display name, References or an unknown header."""
    filler = ("x" * size, "Ana " * (size // 4), " ".join(f"<r{n}@x>" for n in range(size // 8)))
    which = variant % 4
    if which == 0:
        return headers(variant, subject="Re: " + filler[0]) + b"\n" + STATEMENT.encode() + b"\n"
    if which == 1:
        return headers(variant, sender=f'"{filler[1]}" <ana@example.com>') + b"\n" + STATEMENT.encode() + b"\n"
    if which == 2:
        return headers(variant, extra=f"References: {filler[2]}\n") + b"\n" + STATEMENT.encode() + b"\n"
    return headers(variant, extra=f"X-Junk: {filler[0]}\n") + b"\n" + STATEMENT.encode() + b"\n"


def nul_bytes(variant: int) -> bytes:
    """NUL bytes in a header, in the body, and a body that is mostly NULs."""
    shapes = (
        headers(variant, sender="Ana\x00 Lopez <ana@example.com>") + b"\n" + STATEMENT.encode() + b"\n",
        headers(variant) + b"\n" + STATEMENT.replace(" ", "\x00 ").encode() + b"\n",
        headers(variant) + b"\n" + b"\x00" * 4096 + b"\n",
        headers(variant, subject="Re:\x00\x00 statement") + b"\n\x00" + STATEMENT.encode() + b"\x00\n",
    )
    return shapes[variant % len(shapes)]


def rfc2047_garbage(variant: int) -> bytes:
    """Encoded words that are invalid, unterminated, in unknown charsets, or decode to controls and NUL."""
    names = (
        "=?utf-8?B?!!!notbase64***?= <ana@example.com>",
        "=?x-no-such-charset?Q?Ana_L=F3pez?= <ana@example.com>",
        "=?utf-8?Q?Ana=00=1B[31m_Lopez=07?= <ana@example.com>",
        "=?utf-8?Q?=FF=FE=FD?= <ana@example.com>",
        "=?utf-8?B?" + base64.b64encode(b"\xe2\x80\xaeAna\x00").decode() + "?= <ana@example.com>",
        "=?utf-8?Q?Ana_<ceo@farmworkers.example>,?= <ana@example.com>",
        "=?utf-8?B?" + base64.b64encode(b"Ana <info@farmworkers.example>").decode() + "?= <ana@example.com>",
        "=?utf-8?Q?unterminated <ana@example.com>",
        "=?" * 200 + " <ana@example.com>",
    )
    subjects = ("=?utf-8?B?====?=", "=?bogus?Q?Re:_x?=", "=?utf-8?Q?Re=3A=0D=0ABcc:_evil@x?=", "=?utf-8?Z?abc?=")
    return headers(variant, sender=names[variant % len(names)], subject=subjects[variant % len(subjects)]) + (
        b"\n" + STATEMENT.encode() + b"\n")


# --- charsets and transfer encodings -------------------------------------------------------------------


def bad_charset(variant: int) -> bytes:
    """Unknown, empty, absurd and lying charsets on text and HTML parts."""
    latin1 = "Je soutiens les travailleurs agricoles, c'est très important. Señora.".encode("latin-1")
    shapes: tuple[tuple[str, bytes], ...] = (
        ("text/plain; charset=x-no-such-charset", STATEMENT.encode()),
        ("text/plain; charset=utf-8", latin1),  # lying: latin-1 bytes labelled utf-8
        ("text/plain; charset=utf-16", STATEMENT.encode()),  # lying: ascii labelled utf-16
        ("text/plain; charset=\"\"", STATEMENT.encode()),
        ("text/html; charset=utf-32", f"<p>{STATEMENT}</p>".encode()),
        ("text/plain; charset=\"../../../etc/passwd\"", STATEMENT.encode()),
        ("text/plain; charset=utf-7", b"+ZeVnLIqe- " + STATEMENT.encode() + b" +AAA-"),
        ("text/plain; charset=" + "a" * 5000, STATEMENT.encode()),
    )
    ctype, body = shapes[variant % len(shapes)]
    return headers(variant, extra=f"Content-Type: {ctype}\n") + b"\n" + body + b"\n"


def bad_transfer_encoding(variant: int) -> bytes:
    """base64 and quoted-printable bodies that do not decode, and an unknown transfer encoding."""
    shapes: tuple[tuple[str, bytes], ...] = (
        ("base64", b"!!!! this is not base64 ****\n" + STATEMENT.encode()),
        ("base64", base64.b64encode(STATEMENT.encode())[:-3]),  # bad padding
        ("base64", base64.b64encode(b"\xff\xfe\x00\x00" * 64)),  # decodes to garbage bytes
        ("quoted-printable", b"I support =ZZ the =\nbill =E9=\n=C3=28 =" + b"\n" + STATEMENT.encode()),
        ("quoted-printable", b"=" * 2000),
        ("x-uuencode-ish", STATEMENT.encode()),
        ("base64", b"=" * 1000),
    )
    cte, body = shapes[variant % len(shapes)]
    extra = f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n"
    return headers(variant, extra=extra) + b"\n" + body + b"\n"


# --- HTML -----------------------------------------------------------------------------------------------


def html_message(variant: int, html: str) -> bytes:
    """A single-part HTML reply."""
    return headers(variant, extra="Content-Type: text/html; charset=utf-8\n") + b"\n" + html.encode() + b"\n"


def deep_html(variant: int, depth: int = 100_000) -> bytes:
    """HTML nested `depth` elements deep, the statement at the bottom.

    Variants: divs; blockquotes (quote containers); mixed inline and block elements; divs styled as Outlook's
    reply header (each one asks "does my text start with From:?", which must not read the whole subtree).
    """
    opens = (("<div>",), ("<blockquote>",), ("<div>", "<span>", "<p>", "<b>", "<li>"),
             ('<div style="border:none;border-top:solid #E1E1E1 1.0pt">',))[variant % 4]
    opening = "".join(opens[n % len(opens)] for n in range(depth))
    closing = "".join(f"</{opens[n % len(opens)][1:].split()[0].rstrip('>')}>" for n in range(depth - 1, -1, -1))
    return html_message(variant, f"<html><body>{opening}{STATEMENT} ({variant}){closing}</body></html>")


def entity_bomb(variant: int, count: int = 200_000) -> bytes:
    """A billion-laughs DTD, `count` entity references, huge and invalid numeric character references."""
    laughs = "".join(f'<!ENTITY l{n} "' + f"&l{n - 1};" * 10 + '">' for n in range(1, 10))
    shapes = (
        f'<!DOCTYPE html [<!ENTITY l0 "lol">{laughs}]><html><body><p>&l9;</p><p>{STATEMENT}</p></body></html>',
        f"<p>{'&amp;' * count}</p><p>{STATEMENT}</p>",
        f"<p>{'&#x10FFFF;&#99999999999;&#0;&#xD800;&#' * (count // 8)}</p><p>{STATEMENT}</p>",
        f"<p>{'&nbsp;' * count}{STATEMENT}</p>",
    )
    return html_message(variant, shapes[variant % len(shapes)])


# --- big payloads ---------------------------------------------------------------------------------------


def huge_body(variant: int, size: int = 50 << 20) -> bytes:
    """A plain-text reply `size` bytes long: a statement then a wall of words (or one line, or quoted lines)."""
    units = ("I support the bill. ", "x" * 76 + "\n", "> quoted line of an older message\n", "word\n")
    unit = units[variant % len(units)]
    body = (STATEMENT + "\n\n" + unit * (size // len(unit))).encode()
    return headers(variant, extra="Content-Type: text/plain; charset=utf-8\n") + b"\n" + body


def zip_bomb(variant: int, expanded: int = 1 << 30) -> bytes:
    """A statement with a zip attachment that would expand to `expanded` bytes of zeros (never unzipped)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo(f"zeros-{variant}.bin")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            chunk = bytes(1 << 20)
            for _ in range(expanded // len(chunk)):
                member.write(chunk)
    encoded = base64.encodebytes(buffer.getvalue()).decode()
    body = (f"--z\nContent-Type: text/plain; charset=utf-8\n\n{STATEMENT} ({variant})\n"
            f"--z\nContent-Type: application/zip; name=\"bomb.zip\"\nContent-Transfer-Encoding: base64\n"
            f"Content-Disposition: attachment; filename=\"bomb.zip\"\n\n{encoded}--z--\n")
    return headers(variant, extra='Content-Type: multipart/mixed; boundary="z"\n') + b"\n" + body.encode()


def deflate_bomb_body(variant: int) -> bytes:
    """A text part that claims a compressing transfer encoding (none exists in MIME): it must be kept as is."""
    packed = base64.encodebytes(zlib.compress(bytes(10 << 20), 9)).decode()
    extra = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: gzip\nContent-Encoding: gzip\n"
    return headers(variant, extra=extra) + b"\n" + packed.encode()


# --- scripts and names ----------------------------------------------------------------------------------


def mixed_scripts(variant: int) -> bytes:
    """Right-to-left text, bidi overrides and mixed scripts in the name, subject and body."""
    names = ("\u0622\u0646\u0627 \u0644\u0648\u0628\u064a\u0632", "\u202eAna Lopez\u202c", "\u05d0\u05e0\u05d4 Ana",
             "\u0410\u043d\u0430 \u039b\u03cc\u03c0\u03b5\u03b6 \u674e")
    body = ("\u0623\u0646\u0627 \u0623\u062f\u0639\u0645 \u0627\u0644\u0642\u0627\u0646\u0648\u0646. " + STATEMENT
            + " \u05d0\u05e0\u05d9 \u05ea\u05d5\u05de\u05da\u05ea \u202e\u200f\u2066"
            + " \u6211\u652f\u6301 \u0928\u092e\u0938\u094d\u0924\u0947")
    name = names[variant % len(names)]
    encoded = "=?utf-8?B?" + base64.b64encode(name.encode()).decode() + "?="
    return headers(variant, sender=f"{encoded} <ana{variant}@example.com>",
                   extra="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n") + (
        b"\n" + body.encode() + b"\n")


def emoji(variant: int) -> bytes:
    """Emoji, ZWJ sequences, flags and skin tones in the name, subject and body (raw UTF-8 headers too)."""
    body = f"\U0001f469\u200d\U0001f33e\U0001f3fd {STATEMENT} \U0001f1fa\U0001f1f8 \u2764\ufe0f\U0001f64f\U0001f3ff"
    sender = "Ana \U0001f33d Lopez <ana@example.com>" if variant % 2 else "=?utf-8?Q?Ana_=F0=9F=8C=BD?= <a@e.com>"
    return headers(variant, sender=sender, subject=SUBJECT + " \U0001f525",
                   extra="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n") + (
        b"\n" + body.encode() + b"\n")


CONTROL_NAMES = ("Ana\x1b[31m Lopez\x07", "Ana\x08\x08\x08Evil", "Ana\x7f Lopez", "Ana\x0b\x0cLopez\x1f",
                 "\x9bAna Lopez\x85")


def control_name(variant: int) -> bytes:
    """Control characters (escape sequences, bell, backspace, C1) in the display name, raw or encoded."""
    name = CONTROL_NAMES[variant % len(CONTROL_NAMES)]
    if variant % 2:
        sender = "=?utf-8?B?" + base64.b64encode(name.encode()).decode() + "?= <ana@example.com>"
    else:
        sender = f'"{name}" <ana@example.com>'
    return headers(variant, sender=sender, extra="Content-Type: text/plain; charset=utf-8\n") + (
        b"\n" + STATEMENT.encode() + b"\n")


def no_headers(variant: int) -> bytes:
    """Bytes that are not mail at all: binary noise, a lone header, an empty body."""
    shapes = (bytes((n * 37 + variant) % 256 for n in range(4096)), f"X: {variant}\n".encode(),
              f"From: a@b\n\n{variant}".encode(), b"\n" * 50 + str(variant).encode())
    return shapes[variant % len(shapes)]


def _tagged(kind: str, builder: Builder) -> Builder:
    """The builder, its Message-ID naming the kind too, so no two kinds share one."""
    def build(variant: int) -> bytes:
        ours = f"Message-ID: <hostile-{variant}@example.com>\n".encode()
        return builder(variant).replace(ours, message_id(kind, variant).encode(), 1)
    return build


def message_id(kind: str, variant: int) -> str:
    """The Message-ID header line of a tagged builder's message."""
    return f"Message-ID: <hostile-{kind}-{variant}@example.com>\n"


LIGHT: dict[str, Builder] = {
    "truncated-mime": truncated_mime,
    "missing-boundary": missing_boundary,
    "duplicate-boundary": duplicate_boundary,
    "10000-parts": many_parts,
    "multipart-500-deep": deep_multipart,
    "1mb-header": huge_header,
    "nul-bytes": nul_bytes,
    "rfc2047-garbage": rfc2047_garbage,
    "bad-charset": bad_charset,
    "bad-transfer-encoding": bad_transfer_encoding,
    "entity-bomb": entity_bomb,
    "mixed-scripts": mixed_scripts,
    "emoji": emoji,
    "control-name": control_name,
    "not-mail": no_headers,
    "deflate-body": deflate_bomb_body,
}

HEAVY: dict[str, Builder] = {
    "50mb-body": huge_body,
    "html-100000-deep": deep_html,
    "zip-bomb": zip_bomb,
}
LIGHT = {kind: _tagged(kind, builder) for kind, builder in LIGHT.items()}
HEAVY = {kind: _tagged(kind, builder) for kind, builder in HEAVY.items()}

# How many variants of each builder differ in shape (the rest differ only in Message-ID and bytes).
SHAPES: dict[str, int] = {
    "truncated-mime": 5, "missing-boundary": 4, "duplicate-boundary": 2, "10000-parts": 1,
    "multipart-500-deep": 1, "1mb-header": 4, "nul-bytes": 4, "rfc2047-garbage": 9, "bad-charset": 8,
    "bad-transfer-encoding": 7, "entity-bomb": 4, "mixed-scripts": 4, "emoji": 2, "control-name": 10,
    "not-mail": 4, "deflate-body": 1, "50mb-body": 4, "html-100000-deep": 4, "zip-bomb": 1,
}


def every_input() -> list[tuple[str, int]]:
    """(kind, variant) for every distinct shape of every builder."""
    return [(kind, v) for kind in (*LIGHT, *HEAVY) for v in range(SHAPES[kind])]


# Cheaper sizes for the thousand-message mbox (the full sizes are each tested once on their own).
SMALL: dict[str, Builder] = {
    **LIGHT,
    "10000-parts": _tagged("10000-parts", lambda v: many_parts(v, count=500)),
    "multipart-500-deep": _tagged("multipart-500-deep", lambda v: deep_multipart(v, depth=100)),
    "1mb-header": _tagged("1mb-header", lambda v: huge_header(v, size=32 << 10)),
    "entity-bomb": _tagged("entity-bomb", lambda v: entity_bomb(v, count=5_000)),
    "html-100000-deep": _tagged("html-100000-deep", lambda v: deep_html(v, depth=2_000)),
    "50mb-body": _tagged("50mb-body", lambda v: huge_body(v, size=32 << 10)),
}


def thousand(count: int = 1000) -> list[bytes]:
    """`count` hostile messages cycling every builder: Message-IDs differ, every seventh has none at all."""
    kinds = list(SMALL)
    messages = []
    for n in range(count):
        kind = kinds[n % len(kinds)]
        data = SMALL[kind](n)
        if n % 7 == 3:
            data = data.replace(message_id(kind, n).encode(), b"")
        messages.append(f"X-Sequence: {n}\n".encode() + data)
    return messages
