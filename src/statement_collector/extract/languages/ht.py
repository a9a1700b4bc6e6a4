"""Haitian Creole: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    mobile=["voye soti nan iphone mwen", "voye soti nan *"],
    greetings=["bonjou", "bonswa"],
    signoffs=["mèsi", "mèsi anpil", "kenbe fèm", "respè"],
    withhold=Withhold(
        my_name=["non mwen", "non m"],
        verbs=["sèvi", "mete", "pibliye", "di", "ekri", "montre", "bay"],
        negations=["pa", "pinga", "pa janm"],
        without=["san"],
        anonymous=["anonim"],
        first_person=["mwen", "tanpri", "m"]),
    attachment=["mete ansanm"],
    document=["lèt", "deklarasyon"],
)
