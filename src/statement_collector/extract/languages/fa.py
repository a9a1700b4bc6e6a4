"""Persian: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["نوشت"],
    intros=["در تاریخ"],
    original=["پیام اصلی"],
    headers={"from": ["از"], "sent": ["ارسال شده", "تاریخ"], "to": ["به"], "subject": ["موضوع"]},
    mobile=["ارسال شده از *"],
    greetings=["سلام"],
    signoffs=["با تشکر", "ممنون", "با احترام", "سپاس"],
    withhold=Withhold(
        my_name=["اسمم", "نامم", "اسم من", "نام من"],
        after=["نکنید", "ننویسید", "نیاورید", "نبرید", "نگذارید", "ندهید", "محرمانه"],
        without=["بدون"],
        anonymous=["ناشناس", "بی‌نام", "بدون نام"],
        first_person=["من", "لطفا", "لطفاً", "ترجیح"]),
    reply_prefixes=["پاسخ"],
    auto_reply_subjects=["پاسخ خودکار"],
    attachment=["پیوست"],
    document=["بیانیه", "نامه"],
)
