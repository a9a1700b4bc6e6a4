"""Korean: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["작성", "님이 작성"],
    original=["원본 메시지"],
    forwarded=["전달된 메시지"],
    headers={"from": ["보낸 사람"], "sent": ["보낸 날짜", "날짜"], "to": ["받는 사람"], "cc": ["참조"],
             "subject": ["제목"]},
    mobile=["*에서 보냄", "나의 iphone에서 보냄"],
    greetings=["안녕하세요"],
    signoffs=["감사합니다"],
    withhold=Withhold(
        my_name=["제 이름", "내 이름", "이름", "성함", "실명"],
        after=["지 말", "지 마", "비공개", "빼 주", "빼주"],
        anonymous=["익명"],
        first_person=["저", "제", "나", "부탁"]),
    reply_prefixes=["회신", "전달"],
    auto_reply_subjects=["자동 응답"],
    attachment=["첨부"],
    document=["성명", "편지"],
)
