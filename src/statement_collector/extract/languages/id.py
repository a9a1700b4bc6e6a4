"""Indonesian: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["menulis"],
    intros=["pada", "pada tanggal"],
    original=["pesan asli"],
    forwarded=["pesan yang diteruskan", "pesan terusan"],
    headers={"from": ["dari"], "sent": ["dikirim", "tanggal"], "to": ["kepada"], "subject": ["subjek", "perihal"]},
    mobile=["dikirim dari iphone saya", "dikirim dari *"],
    greetings=["halo", "selamat pagi", "selamat siang", "kepada yth"],
    signoffs=["terima kasih", "salam", "hormat saya", "salam hangat"],
    withhold=Withhold(
        my_name=["nama saya", "nama asli saya"],
        verbs=["pakai", "gunakan", "cantumkan", "tulis", "sebut", "publikasi", "tampilkan"],
        negations=["jangan", "tidak", "tolong jangan", "mohon jangan"],
        without=["tanpa"],
        anonymous=["anonim", "tanpa nama"],
        first_person=["saya", "tolong", "mohon", "ingin"]),
    reply_prefixes=["bls", "balas"],
    auto_reply_subjects=["balasan otomatis"],
    attachment=["lampir"],
    document=["pernyataan", "surat"],
)
