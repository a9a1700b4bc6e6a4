"""Language data lives in one file per language: screening words and stop words included."""

from __future__ import annotations

import pytest

from statement_collector import phrases
from statement_collector.compilation import guess_language
from statement_collector.extract.languages import LANGUAGES, Phrases

SPOT_CHECKS = [
    ("en", "reply_prefixes", "re"), ("en", "reply_prefixes", "fwd"), ("de", "reply_prefixes", "aw"),
    ("zh", "reply_prefixes", "回复"), ("ja", "reply_prefixes", "返信"), ("sv", "reply_prefixes", "sv"),
    ("es", "auto_reply_subjects", "respuesta automática"), ("de", "auto_reply_subjects", "abwesenheitsnotiz"),
    ("en", "auto_reply_subjects", "out of office"), ("hi", "auto_reply_subjects", "स्वचालित उत्तर"),
    ("de", "unsubscribe", "abmelden"), ("es", "unsubscribe", "darme de baja"), ("en", "unsubscribe", "unsubscribe"),
    ("es", "attachment", "adjunt"), ("fr", "attachment", "pièce jointe"), ("tr", "attachment", "ekte"),
    ("en", "document", "statement"), ("pt", "document", "depoimento"), ("ht", "document", "deklarasyon"),
    ("en", "stopwords", "the"), ("es", "stopwords", "que"), ("de", "stopwords", "und"), ("fr", "stopwords", "nous"),
    ("pt", "stopwords", "não"),
]

COLLECTED = {
    "reply_prefixes": phrases.REPLY_PREFIXES, "auto_reply_subjects": phrases.AUTO_REPLY_SUBJECTS,
    "unsubscribe": phrases.UNSUBSCRIBE, "attachment": phrases.ATTACHMENT, "document": phrases.DOCUMENT,
}


@pytest.mark.parametrize(("code", "field", "word"), SPOT_CHECKS)
def test_each_word_lives_in_its_languages_file(code: str, field: str, word: str) -> None:
    assert word in getattr(LANGUAGES[code], field)


@pytest.mark.parametrize(("code", "field", "word"), [c for c in SPOT_CHECKS if c[1] != "stopwords"])
def test_screening_tuples_hold_every_languages_words(code: str, field: str, word: str) -> None:
    assert word in COLLECTED[field]


@pytest.mark.parametrize("field", list(COLLECTED))
def test_screening_tuples_are_every_languages_words_once(field: str) -> None:
    every = {p for lang in LANGUAGES.values() for p in getattr(lang, field)}
    assert len(COLLECTED[field]) == len(set(COLLECTED[field])) and set(COLLECTED[field]) == every


def test_a_language_added_as_one_file_joins_the_tuples() -> None:
    added = {**LANGUAGES, "xx": Phrases(reply_prefixes=["xr"], unsubscribe=["xunsub", "unsubscribe"])}
    assert phrases.collect("reply_prefixes", added)[-1] == "xr"
    unsubscribe = phrases.collect("unsubscribe", added)
    assert "xunsub" in unsubscribe and unsubscribe.count("unsubscribe") == 1
    assert phrases.collect("unsubscribe", added)[:-1] == phrases.UNSUBSCRIBE


@pytest.mark.parametrize(("text", "language"), [
    ("Apoyo esta ley porque los trabajadores del campo merecen una vivienda digna y segura para sus familias.", "es"),
    ("Ich unterstütze dieses Gesetz, weil die Landarbeiter ein sicheres Zuhause für ihre Familien verdienen.", "de"),
    ("We support this bill because the farmworkers in our county deserve safe housing.", "en"),
    ("Nous soutenons cette loi pour que les travailleurs agricoles aient un logement digne.", "fr"),
    ("que", "es"),
    ("", "en"),
    ("12345 !!!", "en"),
])
def test_guess_language_reads_each_languages_stop_words(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_languages_without_stop_words_are_never_guessed() -> None:
    assert not LANGUAGES["ja"].stopwords
    assert guess_language("私は この 法律を 支持します") == "en"
