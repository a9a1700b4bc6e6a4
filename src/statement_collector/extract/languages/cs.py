"""Czech: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases

PHRASES = Phrases(
    wrote=["napsal", "napsala", "napsal(a)"],
    intros=["dne"],
    original=["původní zpráva", "původní e-mail"],
    forwarded=["přeposlaná zpráva", "začátek přeposílané zprávy"],
    headers={"from": ["od"], "sent": ["odesláno", "datum"], "to": ["komu"], "cc": ["kopie"],
             "subject": ["předmět"], "reply": ["odpověď na"]},
    mobile=["odesláno z *"],
    greetings=["ahoj", "dobrý den", "vážení"],
    signoffs=["díky", "děkuji", "s pozdravem", "zdraví"],
    anonymity=["anonymně"],
    reply_prefixes=["odp"],
    auto_reply_subjects=["automatická odpověď"],
)
