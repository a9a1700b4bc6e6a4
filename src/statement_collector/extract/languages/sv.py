"""Swedish: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases

PHRASES = Phrases(
    wrote=["skrev"],
    intros=["den", "på"],
    original=["ursprungligt meddelande", "originalmeddelande"],
    forwarded=["vidarebefordrat meddelande", "vidarebefordrat brev"],
    headers={"from": ["från"], "sent": ["skickat", "datum"], "to": ["till"], "cc": ["kopia", "cc"],
             "subject": ["ämne"]},
    mobile=["skickat från min *", "skickades från min *", "hämta outlook för *"],
    disclaimers=["konfidentiell"],
    greetings=["hej", "hejsan", "hallå", "bästa", "kära"],
    signoffs=["tack", "tack så mycket", "hälsningar", "med vänliga hälsningar", "vänliga hälsningar",
              "mvh", "bästa hälsningar", "kram"],
    anonymity=["använd inte mitt namn", "anonymt"],
    reply_prefixes=["sv", "svar"],
    auto_reply_subjects=["autosvar"],
    attachment=["bifogad"],
)
