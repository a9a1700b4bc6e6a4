"""Dutch: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["schreef", "het volgende geschreven", "geschreven"],
    intros=["op"],
    original=["oorspronkelijk bericht", "origineel bericht"],
    forwarded=["doorgestuurd bericht", "begin doorgestuurd bericht"],
    headers={"from": ["van", "afzender"], "sent": ["verzonden", "datum"], "to": ["aan"],
             "cc": ["cc"], "subject": ["onderwerp"], "reply": ["antwoord aan"]},
    mobile=["verzonden vanaf mijn *", "verzonden met *", "verzonden van mijn *", "verstuurd vanaf mijn *",
            "verstuurd met *", "outlook voor * downloaden"],
    disclaimers=["vertrouwelijk", "uitsluitend bestemd"],
    greetings=["hallo", "hoi", "beste", "geachte", "dag", "goedemorgen", "goedemiddag"],
    signoffs=["bedankt", "dank je", "dank u", "groeten", "met vriendelijke groet", "vriendelijke groeten",
              "groetjes", "hartelijke groet", "mvg"],
    anonymity=["gebruik mijn naam niet", "anoniem"],
    withhold=Withhold(
        my_name=["mijn naam", "mijn volledige naam", "mijn achternaam"],
        verbs=["gebruik", "publiceer", "vermeld", "noem", "genoemd", "zet", "deel", "toon", "schrijf", "print"],
        negations=["niet", "geen", "nooit"],
        without=["zonder", "weglaten"],
        private=["privé", "vertrouwelijk", "anoniem", "geheim"],
        anonymous=["anoniem", "anonym"],
        first_person=["ik", "mij", "me", "mijn", "liever", "graag", "alsjeblieft", "blijven"],
        consent=["bezwaar", "probleem", "aarzel", "bang"], negation_last=True),
    reply_prefixes=["antw"],
    auto_reply_subjects=["automatisch antwoord", "afwezig"],
    attachment=["bijlage"],
    document=["verklaring", "brief"],
)
