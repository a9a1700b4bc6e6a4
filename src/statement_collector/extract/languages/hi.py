"""Hindi: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["ने लिखा"],
    original=["मूल संदेश"],
    headers={"from": ["प्रेषक"], "sent": ["भेजा गया", "दिनांक"], "to": ["प्रति"], "subject": ["विषय"]},
    mobile=["मेरे iphone से भेजा गया", "* से भेजा गया"],
    greetings=["नमस्ते", "नमस्कार"],
    signoffs=["धन्यवाद", "सादर", "शुभकामनाओं सहित"],
    withhold=Withhold(
        my_name=["मेरा नाम", "मेरे नाम"],
        after=["न करें", "मत", "ना करें", "नहीं"],
        without=["बिना"],
        anonymous=["गुमनाम", "नाम गुप्त"],
        first_person=["मैं", "कृपया", "मुझे"]),
    auto_reply_subjects=["स्वचालित उत्तर"],
    attachment=["संलग्न"],
    document=["बयान", "पत्र"],
)
