"""Greek: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["έγραψε"],
    intros=["στις"],
    original=["αρχικό μήνυμα"],
    forwarded=["προωθημένο μήνυμα"],
    headers={"from": ["από"], "sent": ["στάλθηκε", "ημερομηνία"], "to": ["προς"], "cc": ["κοιν"],
             "subject": ["θέμα"]},
    mobile=["στάλθηκε από το iphone μου", "στάλθηκε από *", "εστάλη από *"],
    greetings=["γεια σας", "γεια σου", "καλημέρα", "αγαπητοί"],
    signoffs=["ευχαριστώ", "ευχαριστώ πολύ", "με εκτίμηση", "φιλικά", "με φιλικούς χαιρετισμούς"],
    withhold=Withhold(
        my_name=["το όνομά μου", "το ονομά μου", "όνομά μου"],
        verbs=["χρησιμοποι", "δημοσιε", "γράψ", "αναφέρ", "βάλ"],
        negations=["μην", "μη", "όχι"],
        without=["χωρίς"],
        anonymous=["ανώνυμ"],
        first_person=["εγώ", "παρακαλώ", "προτιμώ", "θέλω"]),
    reply_prefixes=["απ", "σχετ"],
    auto_reply_subjects=["αυτόματη απάντηση"],
    attachment=["συνημμέν"],
)
