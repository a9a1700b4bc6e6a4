"""Hebrew: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["כתב", "כתבה", "כתב/ה"],
    intros=["בתאריך"],
    original=["הודעה מקורית"],
    forwarded=["הודעה שהועברה"],
    headers={"from": ["מאת"], "sent": ["נשלח", "תאריך"], "to": ["אל"], "cc": ["עותק"], "subject": ["נושא"]},
    mobile=["נשלח מה-iphone שלי", "נשלח מ-*", "נשלח מה*"],
    greetings=["שלום", "היי"],
    signoffs=["תודה", "תודה רבה", "בברכה"],
    withhold=Withhold(
        my_name=["השם שלי", "שמי"],
        verbs=["תשתמש", "להשתמש", "תפרסם", "לפרסם", "תציין", "לציין", "תכתוב", "לכתוב"],
        negations=["אל", "לא"],
        without=["בלי", "ללא"],
        anonymous=["אנונימ", "בעילום שם"],
        first_person=["אני", "בבקשה", "מעדיף", "מעדיפה"]),
    reply_prefixes=["השב", "תשובה"],
    auto_reply_subjects=["מענה אוטומטי"],
    attachment=["מצורף"],
    document=["הצהרה", "מכתב"],
)
