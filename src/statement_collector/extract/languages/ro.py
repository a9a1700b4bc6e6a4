"""Romanian: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["a scris"],
    intros=["pe", "la", "în"],
    original=["mesaj original", "mesajul original"],
    forwarded=["mesaj redirecționat", "mesaj redirectionat"],
    headers={"from": ["de la"], "sent": ["trimis", "data"], "to": ["către", "catre"], "subject": ["subiect"]},
    mobile=["trimis de pe iphone-ul meu", "trimis de pe *", "trimis de la *"],
    greetings=["bună ziua", "bună", "salut", "dragi"],
    signoffs=["mulțumesc", "multumesc", "cu stimă", "cu stima", "cu drag", "toate cele bune"],
    anonymity=["nu folosiți numele meu", "nu folositi numele meu", "vă rog anonim"],
    withhold=Withhold(
        my_name=["numele meu", "numele meu complet"],
        verbs=["folos", "public", "menţion", "menționa", "pune", "scrie", "include"],
        negations=["nu"],
        without=["fără", "fara"],
        anonymous=["anonim"],
        first_person=["eu", "vă rog", "prefer", "vreau"]),
    auto_reply_subjects=["răspuns automat"],
    attachment=["atașat"],
)
