"""Multilingual phrases for screening, as data (extraction's, anonymity requests included, are in extract/patterns.py).

Add a language by adding its words to these tuples; matching is case-insensitive.
"""

from __future__ import annotations

REPLY_PREFIXES: tuple[str, ...] = (
    "re", "aw", "rv", "r", "sv", "vs", "antw", "antwort", "odp", "res", "rif", "ref", "fwd", "fw", "wg",
    "tr", "enc", "i", "ynt", "vá", "vl", "atb", "bls", "hv", "svar", "vast", "απ", "σχετ", "回复", "答复",
    "转发", "返信", "転送", "회신", "전달", "ответ", "пересл", "відп", "رد", "پاسخ", "השב", "תשובה", "ตอบกลับ",
    "balas", "trả lời",
)

AUTO_REPLY_SUBJECTS: tuple[str, ...] = (
    "automatic reply", "auto reply", "autoreply", "auto-reply", "auto:", "out of office", "out of the office",
    "away from the office", "on vacation", "vacation reply", "autosvar", "respuesta automática",
    "respuesta automatica", "fuera de la oficina", "fuera de oficina", "ausente", "réponse automatique",
    "reponse automatique", "absence du bureau", "absent du bureau", "abwesenheitsnotiz", "automatische antwort",
    "außer haus", "nicht im büro", "resposta automática", "resposta automatica", "fora do escritório",
    "risposta automatica", "fuori ufficio", "automatisch antwoord", "afwezig", "automatyczna odpowiedź",
    "автоответ", "自動応答", "自动回复", "자동 응답", "автовідповідь", "otomatik yanıt", "otomatik cevap",
    "automatická odpověď", "automatikus válasz", "automaattinen vastaus", "trả lời tự động", "răspuns automat",
    "αυτόματη απάντηση", "balasan otomatis", "رد تلقائي", "رد آلي", "پاسخ خودکار", "מענה אוטומטי",
    "ตอบกลับอัตโนมัติ", "स्वचालित उत्तर",
)

UNSUBSCRIBE: tuple[str, ...] = (
    "unsubscribe", "remove me", "take me off", "stop emailing me", "stop sending", "please remove",
    "opt out", "darme de baja", "dar de baja", "no me envíen", "no me envien", "no me manden", "bórrenme",
    "quítenme", "désabonner", "désinscrire", "abmelden", "cancelar inscrição", "descadastrar",
)

ATTACHMENT: tuple[str, ...] = (
    "attach", "enclosed", "see the file", "photo", "picture", "adjunt", "anexo", "anexad", "anexei", "pièce jointe",
    "piece jointe", "ci-joint", "en pj", "anbei", "anhang", "angehängt", "allegat", "bijlage", "bifogad", "vedhæft",
    "vedlagt", "liitteenä", "załącz", "вложени", "во вложении", "прикреп", "附件", "添付", "첨부", "đính kèm",
    "lampir", "nakalakip", "mete ansanm", "مرفق", "מצורף", "پیوست", "संलग्न", "แนบ", "συνημμέν", "atașat", "ekte",
)
"""Words a reply uses to point at an attached file ("see my statement attached", "adjunto mi carta")."""

DOCUMENT: tuple[str, ...] = (
    "statement", "letter", "testimony", "document", "file", "declaración", "declaracion", "carta", "testimonio",
    "documento", "archivo", "lettre", "déclaration", "témoignage", "fichier", "brief", "erklärung", "stellungnahme",
    "datei", "dokument", "declaração", "depoimento", "arquivo", "lettera", "dichiarazione", "verklaring",
    "oświadczenie", "list", "заявлени", "письм", "声明", "信", "文件", "手紙", "声明文", "성명", "편지", "tuyên bố",
    "thư", "pernyataan", "surat", "pahayag", "liham", "lèt", "deklarasyon", "بيان", "رسالة", "הצהרה", "מכתב",
    "بیانیه", "نامه", "बयान", "पत्र", "คำแถลง", "จดหมาย",
)
"""Words for the statement itself as a file: "my statement is attached" points to the attachment."""
