"""The last check before any PDF or HTML is written: nothing printed may hold a contact detail or an anonymous
supporter's name, unless a person approved or edited exactly that statement after seeing it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .contact import find_contacts
from .errors import PrivacyError
from .identity import identifying
from .models import Statement
from .normal import folded

_KINDS = {"email": "an email address", "phone": "a phone number", "street": "a street address"}


def check(statements: Sequence[Statement]) -> None:
    """Raise `PrivacyError` with one line per finding; silent on clean statements."""
    findings = [line for s in statements if not s.checked for line in _findings(s)]
    findings += _anonymous_names_elsewhere(statements)
    if findings:
        raise PrivacyError([*findings, "nothing was written: fix each with `statement-collector show ID`, then "
                                       "`edit ID --text ...` (or --name, --anonymous) or `reject ID`"])


def _findings(s: Statement) -> list[str]:
    found = [f"statement {s.id}: {_KINDS[f.kind]} in the text" for f in find_contacts(s.text)]
    if not s.anonymous and s.name and (find_contacts(s.name) or "@" in s.name):
        found.append(f"statement {s.id}: contact details in the printed name")
    if s.anonymous and identifying(s.text, s.author_names):
        found.append(f"statement {s.id}: anonymous, but the text names its author")
    return found


def _anonymous_names_elsewhere(statements: Sequence[Statement]) -> list[str]:
    """An anonymous supporter's full name printed under or inside someone else's statement."""
    names = {folded(" ".join(n.split())): s.id for s in statements if s.anonymous
             for n in s.author_names if len(n.split()) >= 2 and "@" not in n}
    if not names:
        return []
    pattern = re.compile("|".join(rf"\b{re.escape(n)}\b" for n in sorted(names, key=len, reverse=True)))
    found = []
    for s in statements:
        if s.checked:
            continue
        printed = folded(s.text + "\n" + ("" if s.anonymous else s.name or ""))
        for hit in {m.group(0) for m in pattern.finditer(printed)}:
            if names[hit] != s.id:
                found.append(f"statement {s.id}: names the anonymous supporter of statement {names[hit]}")
    return found
