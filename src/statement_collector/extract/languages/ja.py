"""Japanese: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["のメッセージ", "は書きました", "書きました", "さんは書きました"],
    original=["元のメッセージ", "オリジナル メッセージ"],
    forwarded=["転送されたメッセージ", "転送メッセージ", "メッセージを転送"],
    headers={"from": ["差出人", "送信者", "送信元"], "sent": ["送信日時", "日付"], "to": ["宛先", "送信先"],
             "cc": ["cc"], "subject": ["件名"]},
    mobile=["iphoneから送信", "*から送信", "*からの送信"],
    greetings=["こんにちは"],
    signoffs=["よろしくお願いします", "よろしくお願いいたします", "ありがとうございます", "よろしく", "以上"],
    withhold=Withhold(
        my_name=["名前", "氏名", "本名", "実名"],
        after=["ないで", "伏せて", "非公開", "控えて"],
        anonymous=["匿名"],
        first_person=["私", "お願い", "ください"]),
    reply_prefixes=["返信", "転送"],
    auto_reply_subjects=["自動応答"],
    attachment=["添付"],
    document=["手紙", "声明文"],
)
