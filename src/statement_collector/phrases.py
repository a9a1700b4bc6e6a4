"""Multilingual phrases for screening, collected from every language's file (`extract/languages/<code>.py`).

Add a language by adding its file there: its reply prefixes, auto-reply subjects, unsubscribe requests and
attachment and document words join these tuples. Matching is case-insensitive.
"""

from __future__ import annotations

from collections.abc import Mapping

from .extract.languages import LANGUAGES, Phrases


def collect(name: str, languages: Mapping[str, Phrases] = LANGUAGES) -> tuple[str, ...]:
    """Field `name` of every language, in language order, each phrase once."""
    return tuple(dict.fromkeys(p for lang in languages.values() for p in getattr(lang, name)))


REPLY_PREFIXES: tuple[str, ...] = collect("reply_prefixes")
AUTO_REPLY_SUBJECTS: tuple[str, ...] = collect("auto_reply_subjects")
UNSUBSCRIBE: tuple[str, ...] = collect("unsubscribe")
ATTACHMENT: tuple[str, ...] = collect("attachment")
"""Words a reply uses to point at an attached file ("see my statement attached", "adjunto mi carta")."""
DOCUMENT: tuple[str, ...] = collect("document")
"""Words for the statement itself as a file: "my statement is attached" points to the attachment."""
ABSENT: tuple[str, ...] = collect("absent")
"""An automatic answer's words for being away ("out of the office", "de vacaciones")."""
ABSENT_RETURN: tuple[str, ...] = collect("absent_return")
"""What an automatic answer adds about coming back or whom to write instead ("will return", "para asuntos urgentes")."""
