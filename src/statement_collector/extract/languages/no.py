"""Norwegian (Bokmål and Nynorsk): what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases

PHRASES = Phrases(
    wrote=["skrev", "skreiv"],
    intros=["den", "på"],
    original=["opprinnelig melding", "original melding"],
    forwarded=["videresendt melding"],
    headers={"from": ["fra"], "sent": ["sendt", "dato"], "to": ["til"], "cc": ["kopi"], "subject": ["emne"]},
    mobile=["sendt fra min *", "sendt fra *"],
    disclaimers=["konfidensiell"],
    greetings=["hei", "hallo", "kjære"],
    signoffs=["takk", "tusen takk", "hilsen", "med vennlig hilsen", "vennlig hilsen", "mvh"],
    anonymity=["ikke bruk navnet mitt", "anonymt"],
    reply_prefixes=["sv", "vs", "svar"],
    auto_reply_subjects=["autosvar"],
    attachment=["vedlagt"],
)
