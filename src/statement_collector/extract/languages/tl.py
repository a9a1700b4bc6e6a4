"""Tagalog (Filipino): what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["sumulat si", "sumulat"],
    intros=["noong"],
    mobile=["ipinadala mula sa aking *", "ipinadala mula sa *"],
    greetings=["magandang umaga", "magandang araw", "kumusta"],
    signoffs=["salamat", "maraming salamat", "lubos na gumagalang"],
    withhold=Withhold(
        my_name=["pangalan ko", "aking pangalan"],
        verbs=["gamit", "ilagay", "isama", "ilathala", "banggit", "ipakita", "isulat", "ilabas"],
        negations=["huwag", "wag", "'wag", "hindi"],
        anonymous=["anonimo", "hindi nagpapakilala", "walang pangalan"],
        first_person=["ako", "ko", "pakiusap", "gusto", "po"]),
    attachment=["nakalakip"],
    document=["pahayag", "liham"],
)
