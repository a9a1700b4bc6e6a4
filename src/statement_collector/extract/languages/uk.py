"""Ukrainian: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["написав", "написала", "пише"],
    original=["оригінальне повідомлення"],
    forwarded=["переслане повідомлення", "перенаправлене повідомлення", "початок листа, що пересилається"],
    headers={"from": ["від", "від кого"], "sent": ["надіслано", "дата", "відправлено"], "to": ["кому"],
             "cc": ["копія"], "subject": ["тема"], "reply": ["кому відповісти"]},
    mobile=["надіслано з мого *", "надіслано з *"],
    greetings=["привіт", "добрий день", "шановні"],
    signoffs=["дякую", "з повагою"],
    anonymity=["анонімно"],
    withhold=Withhold(
        my_name=["моє ім'я", "моє імʼя", "мого імені", "моє прізвище"],
        verbs=["вказ", "використ", "публік", "назив", "пиш", "згаду"],
        negations=["не"],
        without=["без"],
        anonymous=["анонім"],
        first_person=["я", "мене", "мені", "будь ласка", "прошу", "хочу"]),
    reply_prefixes=["відп"],
    auto_reply_subjects=["автовідповідь"],
)
