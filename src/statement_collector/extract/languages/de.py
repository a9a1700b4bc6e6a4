"""German: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["schrieb", "hat geschrieben", "geschrieben"],
    intros=["am"],
    original=["ursprüngliche nachricht", "originalnachricht", "antwort nachricht", "original nachricht",
              "original-nachricht"],
    forwarded=["weitergeleitete nachricht", "anfang der weitergeleiteten nachricht", "weitergeleitete e-mail",
               "anfang der weitergeleiteten e-mail"],
    headers={"from": ["von", "absender"], "sent": ["gesendet", "datum", "gesendet am"], "to": ["an"],
             "cc": ["cc", "kopie", "kopie (cc)"], "subject": ["betreff"], "reply": ["antwort an"]},
    mobile=["von meinem * gesendet", "gesendet von meinem *", "gesendet mit *", "gesendet von *",
            "diese nachricht wurde von meinem * gesendet", "outlook für * beziehen", "outlook für * herunterladen",
            "von meinem iphone gesendet"],
    disclaimers=["vertraulich", "irrtümlich erhalten", "nicht der richtige adressat",
                 "unbefugte weitergabe"],
    greetings=["hallo", "liebe", "lieber", "liebes", "sehr geehrte", "sehr geehrter",
               "sehr geehrte damen und herren", "guten tag", "guten morgen", "servus", "moin",
               "hallo zusammen", "hi zusammen"],
    signoffs=["danke", "vielen dank", "viele grüße", "viele grüsse", "grüße", "grüsse", "gruß", "gruss",
              "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "beste grüße",
              "liebe grüße", "lg", "mfg", "herzliche grüße", "solidarische grüße", "in solidarität"],
    anonymity=["bitte anonym", "ohne meinen namen", "nennen sie meinen namen nicht", "anonym bleiben",
               "meinen namen nicht", "nicht, dass mein name", "nicht namentlich"],
    first_name=["nur meinen vornamen", "nur mit vornamen", "nur mit meinem vornamen", "nur den vornamen",
                "ohne nachnamen", "ohne meinen nachnamen"],
    withhold=Withhold(
        my_name=["meinen namen", "mein name", "meinen vollen namen", "meinen nachnamen", "meinen vornamen"],
        verbs=["verwend", "veröffentlich", "nenn", "genannt", "nutz", "angeb", "angegeben", "druck", "gedruckt",
               "teil", "geteilt", "schreib", "erwähn", "zeig", "möchte", "erschein", "auftauch"],
        negations=["nicht", "kein", "nie"],
        without=["ohne", "weglassen"],
        private=["privat", "vertraulich", "anonym", "geheim"],
        anonymous=["anonym"],
        first_person=["ich", "mich", "mein", "bitte", "möchte", "lieber", "bleiben"],
        consent=["stört", "problem", "zöger", "angst", "scheu"], negation_last=True),
    reply_prefixes=["aw", "antw", "antwort", "wg"],
    auto_reply_subjects=["abwesenheitsnotiz", "automatische antwort", "außer haus", "nicht im büro"],
    unsubscribe=["abmelden"],
    attachment=["anbei", "anhang", "angehängt"],
    document=["brief", "erklärung", "stellungnahme", "datei", "dokument"],
    stopwords=["der", "die", "das", "und", "ist", "für", "wir", "nicht", "mit", "ich", "den", "zu", "ein"],
)
