"""Danish: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases

PHRASES = Phrases(
    wrote=["skrev", "skrev følgende"],
    intros=["den"],
    original=["oprindelig meddelelse", "original meddelelse"],
    forwarded=["videresendt meddelelse", "videresendt besked"],
    headers={"from": ["fra"], "sent": ["sendt", "dato"], "to": ["til"], "cc": ["cc"], "subject": ["emne"]},
    mobile=["sendt fra min *", "send fra min *", "hent outlook til *"],
    disclaimers=["fortrolig"],
    greetings=["hej", "kære", "goddag"],
    signoffs=["tak", "mange tak", "venlig hilsen", "med venlig hilsen", "hilsen", "mvh", "kh"],
    anonymity=["brug ikke mit navn", "anonymt"],
    reply_prefixes=["sv", "vs", "svar"],
    auto_reply_subjects=["autosvar"],
    attachment=["vedhæft", "vedlagt"],
)
