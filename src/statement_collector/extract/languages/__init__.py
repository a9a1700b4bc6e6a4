"""Every language extraction knows, one module each, as data: `<code>.py` defines `PHRASES`.

To teach extraction a language, add one module here (copy a close language's): no code changes.
Phrases are plain text matched case-insensitively; `*` stands for a few words of anything.
"""

from __future__ import annotations

import importlib
import pkgutil

from .model import Phrases, Requests, Withhold

__all__ = ["LANGUAGES", "Phrases", "Requests", "Withhold"]


def _load() -> dict[str, Phrases]:
    codes = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name != "model")
    return {code: importlib.import_module(f"{__name__}.{code}").PHRASES for code in codes}


LANGUAGES: dict[str, Phrases] = _load()
