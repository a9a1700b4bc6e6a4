"""Requests not to print the sender's name, however they are put, in many languages; and permissions that only
look like them. A missed request can expose an undocumented supporter, so the grammar, not a list, decides."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import make_mail
from statement_collector.config import load_settings
from statement_collector.extract import extract
from statement_collector.pipeline import extract_files

S = "I support the housing bill because my family works on a dairy farm."

REQUESTS = [
    "Please don't share my name, I'm undocumented.", "Do not put my name on this.", "My name should not be published.",
    "Please keep my name confidential.", "Please print this without my name.", "Can you leave my name off?",
    "I'd prefer to stay anonymous.", "Anonymous", "I'm not sure you should use my name.",
    "Por favor no usen mi nombre.", "No pongan mi nombre por favor.", "Mi nombre no lo pongan.",
    "Prefiero no dar mi nombre.", "Sin mi nombre, por favor.", "Prefiero que sea anónimo.", "Anónimo por favor.",
    "Ne publiez pas mon nom, s'il vous plaît.", "Bitte meinen Namen nicht veröffentlichen.",
    "Por favor, não usem meu nome.", "Per favore non pubblicate il mio nome.", "Gebruik mijn naam alsjeblieft niet.",
    "من فضلك لا تستخدم اسمي.", "请不要使用我的名字。", "名前は出さないでください。", "제 이름은 공개하지 말아 주세요.",
    "익명으로 해주세요.", "Đừng ghi tên tôi.", "Huwag gamitin ang pangalan ko.", "Tanpri pa mete non mwen.",
    "Не указывайте моё имя.", "Lütfen adımı yazmayın.", "Tolong jangan cantumkan nama saya.",
    "No quiero que aparezca mi nombre.", "Que no salga mi nombre por favor.", "Mi nombre no debe aparecer.",
    "Soy indocumentado, no pongan mi nombre.", "I don't want my name to appear.", "I don't want my name used.",
    "Je ne veux pas que mon nom apparaisse.", "Ich möchte nicht, dass mein Name erscheint.",
    "Não quero que meu nome apareça.",
]

PERMISSIONS = [
    "I don't mind if you use my name.", "Feel free to use my name.", "Don't hesitate to use my name.",
    "Please use my name, I am proud.", "I want my name on this.", "Do not forget my name.",
    "Don't let them erase my name.", "My name is Ana and I will not stop fighting.",
    "Many workers stay anonymous out of fear.", "Anonymous donors helped us.",
    "Anonymous tips are not enough; the council must act.",
    "No tengo miedo, pongan mi nombre.", "No me importa que usen mi nombre.", "Mi nombre es María y no voy a callarme.",
    "Ça ne me dérange pas que vous publiiez mon nom.", "Quiero que aparezca mi nombre.",
    "I want my name to appear.", "No hay problema si aparece mi nombre.",
]


@pytest.mark.parametrize("request_", REQUESTS)
def test_a_request_not_to_be_named_is_honoured_and_not_printed(request_: str) -> None:
    for text in (f"{S} {request_}\n", f"{S}\n\n{request_}\n"):
        found = extract(text)
        assert found.anonymous and found.text == S, text


@pytest.mark.parametrize("permission", PERMISSIONS)
def test_words_that_only_look_like_a_request_keep_the_name_and_the_sentence(permission: str) -> None:
    found = extract(f"{S} {permission}\n")
    assert not found.anonymous and found.text == f"{S} {permission}"


@pytest.mark.parametrize("request_", ["Use only my first name please.", "Please just use my first name.",
                                      "Solo mi primer nombre, por favor.", "Without my last name please.",
                                      "Seulement mon prénom, s'il vous plaît.", "Bitte nur meinen Vornamen."])
def test_a_first_name_only_request_prints_the_first_name_and_not_the_sentence(
        tmp_path: Path, request_: str) -> None:
    path = tmp_path / "reply.eml"
    path.write_bytes(make_mail(f"{S} {request_}\n", sender="Ana María Lopez <ana@example.com>"))
    [record] = extract_files([path], load_settings(tmp_path / "absent.toml", required=False))
    assert (record["name"], record["anonymous"], record["text"]) == ("Ana", False, S)


def test_a_requested_name_in_quotes_is_printed_without_them() -> None:
    found = extract(f"{S} Please list me as 'A farmworker from Addison'.\n")
    assert found.requested_name == "A farmworker from Addison"


def test_a_request_inside_a_signature_the_html_marked_counts() -> None:
    html = ('<div>I support the housing bill for the workers who feed us.</div><div class="gmail_signature">'
            '<div>Rosa</div><div>Please do not print my name.</div></div>')
    found = extract("", html, sender="Rosa Diaz rosa")
    assert found.anonymous and "do not print my name" not in found.text
