"""Vietnamese: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["đã viết"],
    intros=["vào"],
    original=["thư gốc"],
    headers={"from": ["từ"], "sent": ["đã gửi", "ngày"], "to": ["đến"], "subject": ["chủ đề"]},
    greetings=["xin chào", "chào"],
    signoffs=["cảm ơn", "trân trọng"],
    withhold=Withhold(
        my_name=["tên tôi", "tên của tôi", "tên mình", "tên em", "tên thật"],
        verbs=["dùng", "ghi", "đăng", "công bố", "nêu", "sử dụng", "để", "viết", "in"],
        negations=["đừng", "không", "xin đừng", "đừng có"],
        anonymous=["ẩn danh", "giấu tên"],
        first_person=["tôi", "xin", "mình", "em", "muốn"]),
    reply_prefixes=["trả lời"],
    auto_reply_subjects=["trả lời tự động"],
    attachment=["đính kèm"],
    document=["tuyên bố", "thư"],
)
