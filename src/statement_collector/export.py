"""The organizer's own records as CSV or JSON (they may hold sender addresses; the compilation never does)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Literal

from .errors import RenderError
from .render import write_atomically

PRIVATE = 0o600  # the records name senders' addresses: readable by the organizer alone


def write_records(records: list[dict[str, object]], fmt: Literal["csv", "json"], output: Path) -> Path:
    """Write DESIGN §3 JSON records as CSV (columns = the keys) or a JSON array, replacing `output` atomically."""
    if fmt == "json":
        return write_atomically(output, lambda tmp: _write_json(records, tmp), PRIVATE)
    if fmt == "csv":
        return write_atomically(output, lambda tmp: _write_csv(records, tmp), PRIVATE)
    raise RenderError(f"cannot write {fmt!r} records: use csv or json")


def _write_json(records: list[dict[str, object]], path: Path) -> None:
    text = json.dumps(records, ensure_ascii=False, indent=2, default=str)
    path.write_text(text + "\n", encoding="utf-8")


def _write_csv(records: list[dict[str, object]], path: Path) -> None:
    columns = list(dict.fromkeys(key for record in records for key in record))
    # utf-8-sig: spreadsheet programs then read accents and emoji correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows({key: _cell(value) for key, value in record.items()} for record in records)


def _cell(value: object) -> object:
    """Spreadsheet-safe: JSON for nested values, and no leading character a spreadsheet would execute."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value).lower()
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # CSV injection (OWASP): a statement starting with "=" stays text
    return value
