"""Italian: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["ha scritto", "scrisse", "scritto"],
    intros=["il"],
    original=["messaggio originale"],
    forwarded=["messaggio inoltrato", "inizio messaggio inoltrato"],
    headers={"from": ["da", "mittente"], "sent": ["inviato", "data", "inviato il"], "to": ["a", "per"],
             "cc": ["cc"], "subject": ["oggetto"], "reply": ["risposta", "rispondi a"]},
    mobile=["inviato da *", "inviato dal mio *", "inviato con *", "scarica outlook per *"],
    disclaimers=["riservat", "destinatario", "analizzato con", "risultato non infetto"],
    greetings=["ciao", "salve", "caro", "cara", "cari", "care", "gentile", "gentili", "buongiorno",
               "buonasera", "ciao a tutti"],
    signoffs=["grazie", "grazie mille", "saluti", "cordiali saluti", "distinti saluti", "un saluto",
              "un abbraccio", "a presto", "in solidarietà"],
    anonymity=["non usate il mio nome", "non pubblicate il mio nome", "in forma anonima", "anonimamente"],
    first_name=["solo il mio nome di battesimo", "solo il mio nome", "senza cognome", "senza il mio cognome"],
    withhold=Withhold(
        my_name=["il mio nome", "mio nome", "il mio cognome"],
        verbs=["us", "pubblic", "mett", "inclu", "condivid", "cit", "menzion", "mostr", "scriv", "firm", "rivel",
               "divulg", "voglio", "vorrei", "compa"],
        negations=["non", "mai"],
        without=["senza", "omettete", "nascondete", "togliete"],
        private=["riservat", "anonim", "privat", "segret"],
        anonymous=["anonim"],
        first_person=["io", "mi", "mio", "preferisco", "vorrei", "per favore", "restare", "rimanere"],
        consent=["importa", "problema", "esit", "paura", "vergogn"]),
    reply_prefixes=["r", "rif", "i"],
    auto_reply_subjects=["risposta automatica", "fuori ufficio"],
    attachment=["allegat"],
    document=["lettera", "dichiarazione", "documento"],
)
