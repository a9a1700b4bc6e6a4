"""Multilingual phrases for screening and validation, as data (extraction's are in extract/patterns.py).

Add a language by adding its words to these tuples; matching is case-insensitive.
"""

from __future__ import annotations

REPLY_PREFIXES: tuple[str, ...] = (
    "re", "aw", "rv", "r", "sv", "vs", "antw", "antwort", "odp", "res", "rif", "ref", "fwd", "fw", "wg",
    "tr", "enc", "i", "ynt", "vá", "vl", "atb", "bls", "hv", "svar", "vast", "απ", "σχετ", "回复", "答复",
    "转发", "返信", "転送", "회신", "전달", "ответ", "пересл",
)

AUTO_REPLY_SUBJECTS: tuple[str, ...] = (
    "automatic reply", "auto reply", "autoreply", "auto-reply", "auto:", "out of office", "out of the office",
    "away from the office", "on vacation", "vacation reply", "autosvar", "respuesta automática",
    "respuesta automatica", "fuera de la oficina", "fuera de oficina", "ausente", "réponse automatique",
    "reponse automatique", "absence du bureau", "absent du bureau", "abwesenheitsnotiz", "automatische antwort",
    "außer haus", "nicht im büro", "resposta automática", "resposta automatica", "fora do escritório",
    "risposta automatica", "fuori ufficio", "automatisch antwoord", "afwezig", "automatyczna odpowiedź",
    "автоответ", "自動応答", "自动回复", "자동 응답",
)

UNSUBSCRIBE: tuple[str, ...] = (
    "unsubscribe", "remove me", "take me off", "stop emailing me", "stop sending", "please remove",
    "opt out", "darme de baja", "dar de baja", "no me envíen", "no me envien", "no me manden", "bórrenme",
    "quítenme", "désabonner", "désinscrire", "abmelden", "cancelar inscrição", "descadastrar",
)

ANONYMITY: tuple[str, ...] = (
    "don't use my name", "do not use my name", "dont use my name", "don't include my name",
    "do not include my name", "don't print my name", "do not print my name", "keep me anonymous",
    "keep my name private", "remain anonymous", "stay anonymous", "anonymously", "withhold my name",
    "without my name", "no usen mi nombre", "no use mi nombre", "no pongan mi nombre", "no incluyan mi nombre",
    "no publiquen mi nombre", "de forma anónima", "de forma anonima", "anónimamente", "anonimamente",
    "sin mi nombre", "mantener mi nombre", "en el anonimato", "anonyme", "anonymement", "ne pas utiliser mon nom",
    "anonym bleiben", "meinen namen nicht", "anônimo", "anônima", "anonimo", "não usem meu nome",
    "não use meu nome", "as anonymous", "como anónimo", "como anónima",
)
