"""Finnish: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases

PHRASES = Phrases(
    wrote=["kirjoitti"],
    original=["alkuperäinen viesti"],
    forwarded=["välitetty viesti", "edelleenlähetetty viesti"],
    headers={"from": ["lähettäjä"], "sent": ["lähetetty", "päivämäärä"], "to": ["vastaanottaja"],
             "cc": ["kopio"], "subject": ["aihe"]},
    mobile=["lähetetty iphonesta", "lähetetty *:sta", "lähetetty *laitteesta", "lähetetty *puhelimesta"],
    disclaimers=["luottamuksellinen"],
    greetings=["hei", "moi", "terve", "hyvä"],
    signoffs=["kiitos", "kiitos paljon", "terveisin", "ystävällisin terveisin", "t."],
    anonymity=["älä käytä nimeäni", "nimettömänä"],
    reply_prefixes=["vs", "vl", "vast"],  # "vast" is Estonian, the closest language with a file
    auto_reply_subjects=["automaattinen vastaus"],
    attachment=["liitteenä"],
)
