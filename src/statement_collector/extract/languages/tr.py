"""Turkish: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["yazdı", "şunu yazdı"],
    original=["orijinal mesaj", "özgün ileti"],
    forwarded=["iletilen mesaj", "iletilmiş ileti", "iletilen ileti", "iletilmiş mesaj", "ileti başlangıcı"],
    headers={"from": ["kimden", "gönderen"], "sent": ["gönderildi", "tarih", "gönderilme", "gönderilen"],
             "to": ["kime"], "cc": ["bilgi"], "subject": ["konu"], "reply": ["yanıt adresi"]},
    mobile=["iphone'umdan gönderildi", "* gönderildi"],
    greetings=["merhaba", "selam", "sayın", "değerli"],
    signoffs=["teşekkürler", "teşekkür ederim", "saygılarımla", "sevgiler", "iyi çalışmalar"],
    anonymity=["adımı kullanmayın", "anonim olarak"],
    withhold=Withhold(
        my_name=["adımı", "ismimi", "adım", "ismim"],
        after=["mayın", "meyin", "mayınız", "meyiniz", "masın", "mesin", "gizli"],
        anonymous=["anonim", "isimsiz", "adsız"],
        first_person=["ben", "lütfen", "istiyorum", "olarak"]),
    reply_prefixes=["ynt"],
    auto_reply_subjects=["otomatik yanıt", "otomatik cevap"],
    attachment=["ekte"],
)
