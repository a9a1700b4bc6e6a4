"""Hungarian: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases

PHRASES = Phrases(
    wrote=["írta", "ezt írta"],
    original=["eredeti üzenet"],
    forwarded=["továbbított üzenet"],
    headers={"from": ["feladó"], "sent": ["elküldve", "dátum", "küldve"], "to": ["címzett"],
             "cc": ["másolatot kap"], "subject": ["tárgy"]},
    mobile=["*-ról küldve", "*-ről küldve", "iphone-ról küldve"],
    greetings=["szia", "sziasztok", "kedves", "tisztelt", "jó napot"],
    signoffs=["köszönöm", "köszi", "üdvözlettel", "üdv", "tisztelettel"],
    anonymity=["névtelenül"],
    reply_prefixes=["vá"],
    auto_reply_subjects=["automatikus válasz"],
)
