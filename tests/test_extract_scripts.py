"""Replies in scripts without capital letters or written right to left, through the whole parse -> extract ->
validate path as real mail: Gmail attributions, RTL marks, sign-offs, names, and word counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import make_mail
from statement_collector.config import load_settings
from statement_collector.pipeline import extract_files
from statement_collector.validate import word_count

COALITION = "Coalition <info@farmworkers.example>"
# (statement, sign-off or name below it, the Gmail/iPhone attribution line in that language)
REPLIES = {
    "ar": ("أنا أؤيد هذا القانون تماما لأن عائلتي تعمل في المزارع.", "أحمد علي",
           f"في الاثنين، 24 نوفمبر 2026 في 9:30 ص {COALITION} كتب:"),
    "ar-iphone": ("أنا أؤيد هذا القانون تماما لأن عائلتي تعمل في المزارع.", "أُرسلت من iPhone",
                  f"في 24 نوفمبر 2026، الساعة 9:30 ص، كتب {COALITION}:"),
    "he": ("אני תומך בחוק הזה באופן מלא ובזכויות העובדים.", "בברכה,\nדוד כהן",
           f"בתאריך יום ב׳, 24 בנוב׳ 2026 ב-9:30 מאת {COALITION}:"),
    "he-marked": ("אני תומך בחוק הזה באופן מלא ובזכויות העובדים.", "תודה רבה",
                  "\u202bבתאריך יום ב׳, 24 בנוב׳ 2026 ב-9:30 מאת \u202aCoalition\u202c\u200f "
                  "<\u202ainfo@farmworkers.example\u202c\u200f>:\u202c"),
    "fa": ("من کاملا از این قانون حمایت می\u200cکنم چون کارگران مزرعه حق خانه دارند.", "با احترام،\nعلی رضایی",
           f"\u202bدر تاریخ دوشنبه ۲۴ نوامبر ۲۰۲۶ ساعت ۹:۳۰ {COALITION} نوشت:\u202c"),
    "hi": ("मैं इस कानून का पूरा समर्थन करता हूं।", "धन्यवाद,\nराहुल शर्मा",
           f"सोम, 24 नव॰ 2026 को 9:30 am बजे {COALITION} ने लिखा:"),
    "th": ("ฉันสนับสนุนกฎหมายนี้อย่างเต็มที่", "ขอบคุณค่ะ\nสมศรี ใจดี",
           f"เมื่อ จ. 24 พ.ย. 2026 เวลา 09:30 {COALITION} เขียนว่า:"),
    "zh": ("我完全支持这项法案。", "李明", f"{COALITION} 于2026年11月24日周一 09:30写道："),
    "ja": ("この法案を全面的に支持します。", "田中太郎", f"2026年11月24日(月) 9:30 {COALITION}:"),
    "ko": ("이 법안을 전적으로 지지합니다.", "김민수", f"2026년 11월 24일 (월) 오전 9:30, {COALITION}님이 작성:"),
    "el": ("Υποστηρίζω πλήρως αυτόν τον νόμο.", "Με εκτίμηση,\nΓιώργος Παπαδόπουλος",
           f"Στις Δευ 24 Νοε 2026 στις 9:30 π.μ., ο/η {COALITION} έγραψε:"),
    "ro": ("Susțin pe deplin această lege.", "Cu stimă,\nIon Popescu",
           f"Pe lun., 24 nov. 2026 la 09:30, {COALITION} a scris:"),
    "id": ("Saya sangat mendukung undang-undang ini.", "Terima kasih,\nBudi Santoso",
           f"Pada tanggal Sen, 24 Nov 2026 pukul 09.30 {COALITION} menulis:"),
    "tl": ("Buong puso kong sinusuportahan ang batas na ito.", "Salamat,\nMaria Santos",
           f"Noong Lun, Nob 24, 2026 nang 9:30 AM, sumulat si {COALITION}:"),
    "ht": ("Mwen sipòte lwa sa a nèt paske travayè yo merite respè.", "Mèsi anpil,\nJean Baptiste",
           f"On Mon, Nov 24, 2026 at 9:30 AM {COALITION} wrote:"),
}


@pytest.mark.parametrize("language", REPLIES)
def test_reply_in_another_script_gives_only_the_supporters_words(tmp_path: Path, language: str) -> None:
    statement, below, attribution = REPLIES[language]
    body = f"{statement}\n\n{below}\n\n{attribution}\n> Send us your statement\n> Thank you\n"
    path = tmp_path / "reply.eml"
    path.write_bytes(make_mail(body, sender="Supporter <s@example.com>"))
    [record] = extract_files([path], load_settings(tmp_path / "absent.toml", required=False))
    assert (record["text"], record["status"]) == (statement, "accepted")


def test_words_are_counted_as_a_reader_would_in_scripts_without_spaces() -> None:
    assert word_count("我完全支持这项法案。") >= 3
    assert word_count("この法案を全面的に支持します。") >= 3
    assert word_count("ฉันสนับสนุนกฎหมายนี้อย่างเต็มที่") >= 3
    assert word_count("李明") == 1 and word_count("支持") == 1
    assert word_count("I support it") == 3 and word_count("Sí, apoyo.") == 2


def test_bidi_override_marks_do_not_reach_the_statement_or_the_name(tmp_path: Path) -> None:
    body = "I support the bill, \u202eevil reversed\u202c and all.\n"
    path = tmp_path / "reply.eml"
    path.write_bytes(make_mail(body, sender="\u202eAna Lopez\u202c <ana@example.com>"))
    [record] = extract_files([path], load_settings(tmp_path / "absent.toml", required=False))
    assert record["text"] == "I support the bill, evil reversed and all."
    assert record["name"] == "Ana Lopez"


def test_the_pipeline_tells_extraction_who_sent_the_reply(tmp_path: Path) -> None:
    path = tmp_path / "reply.eml"
    path.write_bytes(make_mail("yo apoyo la ley porque merecemos vivienda digna\n\nmaria lopez\n",
                               sender="María López <mlopez@example.com>"))
    [record] = extract_files([path], load_settings(tmp_path / "absent.toml", required=False))
    assert (record["text"], record["name"]) == ("yo apoyo la ley porque merecemos vivienda digna", "María López")
