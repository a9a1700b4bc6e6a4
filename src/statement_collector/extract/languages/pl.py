"""Polish: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["napisał", "napisała", "napisał(a)", "pisze"],
    intros=["w dniu", "dnia"],
    original=["wiadomość oryginalna", "oryginalna wiadomość"],
    forwarded=["przekazana wiadomość", "wiadomość przekazana dalej", "treść przekazanej wiadomości",
               "początek przekazywanej wiadomości", "wiadomość przesłana dalej"],
    headers={"from": ["od", "nadawca"], "sent": ["wysłano", "wysłane", "data"], "to": ["do", "adresat"],
             "cc": ["dw", "kopia"], "subject": ["temat"], "reply": ["odpowiedź-do"]},
    mobile=["wysłane z mojego *", "wysłane z *", "wysłano z *"],
    disclaimers=["poufne", "adresat"],
    greetings=["cześć", "witam", "dzień dobry", "drogi", "droga", "drodzy", "szanowni", "szanowny"],
    signoffs=["dzięki", "dziękuję", "pozdrawiam", "pozdrowienia", "z poważaniem", "serdecznie pozdrawiam"],
    anonymity=["nie używajcie mojego nazwiska", "anonimowo"],
    withhold=Withhold(
        my_name=["mojego nazwiska", "mojego imienia", "moje imię", "moje nazwisko"],
        verbs=["używ", "publik", "poda", "wymien", "wymień", "umieszcz", "pisz", "ujawni"],
        negations=["nie"],
        without=["bez"],
        anonymous=["anonim"],
        first_person=["ja", "mnie", "proszę", "wolę", "chcę"]),
    reply_prefixes=["odp"],
    auto_reply_subjects=["automatyczna odpowiedź"],
    attachment=["załącz"],
    document=["oświadczenie", "list"],
)
