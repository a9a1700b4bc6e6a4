"""Arabic: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["كتب", "كتبت", "كتب/كتبت"],
    intros=["في"],
    original=["الرسالة الأصلية"],
    forwarded=["رسالة معاد توجيهها", "الرسالة المعاد توجيهها"],
    headers={"from": ["من"], "sent": ["تاريخ الإرسال", "أُرسلت", "التاريخ"], "to": ["إلى"], "cc": ["نسخة"],
             "subject": ["الموضوع"]},
    mobile=["أُرسلت من iphone", "أرسلت من iphone", "مرسل من *", "أُرسلت من *", "تم الإرسال من *"],
    greetings=["مرحبا", "مرحباً", "السلام عليكم"],
    signoffs=["شكرا", "شكراً", "مع التحية", "تحياتي", "مع خالص التحية", "مع أطيب التحيات"],
    withhold=Withhold(
        my_name=["اسمي", "إسمي", "اسمي الكامل"],
        verbs=["تستخدم", "استخدام", "تنشر", "نشر", "تذكر", "ذكر", "تضع", "وضع", "تكتب", "كتابة", "تظهر", "إظهار"],
        negations=["لا", "عدم", "لا داعي"],
        without=["بدون", "دون", "من غير"],
        private=["سري", "مجهول"],
        anonymous=["مجهول", "بدون اسم", "دون اسم"],
        first_person=["أنا", "أفضل", "من فضلك", "أرجو", "رجاء", "أريد"]),
    reply_prefixes=["رد"],
    auto_reply_subjects=["رد تلقائي", "رد آلي"],
    attachment=["مرفق"],
    document=["بيان", "رسالة"],
)
