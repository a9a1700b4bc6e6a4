"""Chinese (simplified and traditional): what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["写道", "寫道"],
    intros=["在", "于"],
    original=["原始邮件", "原始郵件"],
    forwarded=["转发的邮件", "轉寄的郵件", "转发邮件", "转发的消息", "轉寄郵件", "转发邮件信息"],
    headers={"from": ["发件人", "寄件者", "寄件人"],
             "sent": ["发送时间", "傳送時間", "日期", "时间", "发送日期", "寄件日期"],
             "to": ["收件人", "收件者"], "cc": ["抄送", "副本"], "subject": ["主题", "主旨"]},
    mobile=["发自我的*", "從我的 * 傳送", "从我的 * 发送", "來自我的 *", "来自我的 *"],
    greetings=["你好", "您好", "大家好"],
    signoffs=["谢谢", "謝謝", "此致"],
    withhold=Withhold(
        my_name=["我的名字", "我的姓名", "我的真名", "我的全名", "名字", "姓名"],
        verbs=["公开", "公開", "用", "使用", "写", "寫", "署", "提", "透露", "公布", "发表", "發表", "刊登", "印",
               "出现", "出現"],
        negations=["不要", "別", "别", "请勿", "請勿", "不用", "勿"],
        without=["隐去", "隱去", "隐藏", "隱藏", "不署"],
        anonymous=["匿名"],
        first_person=["我", "请", "請"]),
    reply_prefixes=["回复", "答复", "转发"],
    auto_reply_subjects=["自动回复"],
    attachment=["附件"],
    document=["声明", "信", "文件"],
)
