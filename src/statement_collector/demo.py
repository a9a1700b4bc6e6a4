"""The bundled sample replies -> a workspace -> a PDF."""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

from .compilation import Counts
from .config import load_settings
from .pipeline import compile_document, import_paths
from .store import Store

CAMPAIGN_ID = "<campaign-2026-11-hearing@vtfarmworkerjustice.example>"

DEMO_CONFIG = f"""\
# A demo workspace made by `statement-collector demo`. Edit and re-run `statement-collector compile`.
[campaign]
name = "Farmworker housing hearing"
message_ids = ["{CAMPAIGN_ID}"]
subject = "Can't make it to tomorrow's hearing? Send a statement of support"
own_addresses = ["info@vtfarmworkerjustice.example"]

[source]
kind = "eml"

[compilation]
title = "Statements of Support"
subtitle = "For the hearing on farmworker housing, November 25, 2026"
organization = "Vermont Farmworker Justice"
intro = "Supporters who could not attend the hearing sent these statements in their own words."

[storage]
database = "statements.db"
"""


def run_demo(directory: Path) -> tuple[Path, Counts]:
    """Create (or refresh) a demo workspace in `directory` and compile its PDF."""
    directory.mkdir(parents=True, exist_ok=True)
    config = directory / "config.toml"
    if not config.exists():
        config.write_text(DEMO_CONFIG, encoding="utf-8")
    settings = load_settings(config)
    with as_file(files("statement_collector") / "samples") as samples, Store(settings.database_path) as store:
        import_paths([Path(samples)], store, settings)
        return compile_document(store, settings, "pdf", directory / "statements.pdf")
