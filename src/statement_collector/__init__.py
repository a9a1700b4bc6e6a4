"""statement-collector: email replies -> a printed compilation of statements of support."""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# Imported on first use, so that `statement-collector --help` and cron polls start fast.
_EXPORTS = {
    "Settings": "config", "load_settings": "config",
    "CollectorError": "errors", "ExitCode": "errors",
    "extract": "extract",
    "Compilation": "models", "Extraction": "models", "RawMessage": "models", "Reason": "models",
    "Reply": "models", "Statement": "models", "Status": "models",
    "parse": "parse",
    "compile_document": "pipeline", "extract_files": "pipeline", "import_paths": "pipeline",
    "ingest": "pipeline", "process": "pipeline", "refresh": "pipeline", "reprocess": "pipeline",
    "Store": "store",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
