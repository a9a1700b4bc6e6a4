"""Catalan: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases

PHRASES = Phrases(
    wrote=["va escriure", "ha escrit"],
    intros=["el"],
    original=["missatge original"],
    forwarded=["missatge reenviat"],
    headers={"from": ["de"], "sent": ["enviat", "data"], "to": ["per a"], "cc": ["a/c"],
             "subject": ["assumpte"]},
    mobile=["enviat des del meu *", "enviat des de *"],
    greetings=["hola", "bon dia", "benvolgut", "benvolguda", "benvolguts"],
    signoffs=["gràcies", "moltes gràcies", "salutacions", "una abraçada", "atentament"],
    anonymity=["de forma anònima"],
)
