"""Thai: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases

PHRASES = Phrases(
    wrote=["เขียนว่า"],
    intros=["เมื่อ"],
    original=["ข้อความต้นฉบับ"],
    headers={"from": ["จาก"], "sent": ["ส่ง", "วันที่"], "to": ["ถึง"], "subject": ["เรื่อง"]},
    mobile=["ส่งจาก iphone ของฉัน", "ส่งจาก *"],
    greetings=["สวัสดี", "สวัสดีครับ", "สวัสดีค่ะ"],
    signoffs=["ขอบคุณ", "ขอบคุณครับ", "ขอบคุณค่ะ", "ด้วยความเคารพ"],
    reply_prefixes=["ตอบกลับ"],
    auto_reply_subjects=["ตอบกลับอัตโนมัติ"],
    attachment=["แนบ"],
    document=["คำแถลง", "จดหมาย"],
)
