"""Issue 14, point 5: the campaign email's own text is known (a file, or learned once from replies that quote
it) and a block of it in a reply is not printed, with or without quote marks; a sample statement it offers is
a statement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import CONFIG, Workspace, make_mail
from statement_collector.campaign import CampaignText
from statement_collector.models import Extraction

CAMPAIGN_EN = """Dear friends,

Tomorrow the Vermont Criminal Justice Council meets to decide on the Fair and Impartial Policing Policy.
The policy still lets police share information with immigration agents, and families are torn apart.
If you can't make it to tomorrow's hearing, reply to this email with a brief statement of support.
We will compile them and share them with policy-makers.

Here is a sample statement you can use:

"I support closing the loopholes in the Fair and Impartial Policing Policy. Everyone in Vermont deserves
to feel safe calling for help."

Thank you for standing with farmworkers,
Migrant Justice"""

CAMPAIGN_ES = """Queridos amigos:

Mañana el Consejo de Justicia Penal de Vermont decide sobre la Política de Vigilancia Justa e Imparcial.
La política todavía permite que la policía comparta información con los agentes de inmigración.
Si no puede venir a la audiencia de mañana, responda a este correo con una breve declaración de apoyo.

Gracias por su apoyo,
Migrant Justice"""

OWN = "As a nurse in St. Albans I see what fear does to families. Please close the loopholes now."
OWN_ES = "Como madre de un trabajador lechero, les pido que protejan a nuestras familias. Gracias."


def campaign(text: str = CAMPAIGN_EN) -> CampaignText:
    return CampaignText(text, "file")


def stripped(text: str, known: CampaignText | None = None) -> Extraction:
    return (known or campaign()).strip(Extraction(text=text))


def rewrapped(text: str, width: int) -> str:
    import textwrap

    return "\n\n".join(textwrap.fill(" ".join(p.split()), width) for p in text.split("\n\n"))


def test_a_pasted_block_of_the_campaign_under_the_statement_is_removed() -> None:
    pasted = CAMPAIGN_EN.split("\n\n")[1]
    found = stripped(f"{OWN}\n\n{pasted}")
    assert found.text == OWN and "Criminal Justice Council" in found.removed


def test_the_campaign_quoted_without_marks_and_rewrapped_is_removed() -> None:
    found = stripped(f"{OWN}\n\n{rewrapped(CAMPAIGN_EN.split(chr(10) * 2)[1], 60)}")
    assert found.text == OWN


def test_the_campaign_above_the_statement_with_typographic_quotes_and_case_changed_is_removed() -> None:
    pasted = CAMPAIGN_EN.split("\n\n")[1].replace("can't", "can’t").upper()
    assert stripped(f"{pasted}\n\n{OWN}").text == OWN


def test_spanish_campaign_text_is_removed() -> None:
    pasted = CAMPAIGN_ES.split("\n\n")[1]
    found = stripped(f"{OWN_ES}\n\n{pasted}", campaign(CAMPAIGN_ES))
    assert found.text == OWN_ES


def test_one_sentence_of_the_campaign_quoted_in_the_statement_is_kept() -> None:
    text = ("The council meets to decide on the Fair and Impartial Policing Policy. "
            "I ask every member to close its loopholes.")
    own = f"You wrote: The policy still lets police share information with immigration agents, and families " \
          f"are torn apart. {text}"
    assert stripped(own).text == own


def test_a_statement_that_borrows_the_campaigns_phrases_is_kept() -> None:
    own = ("Please decide on the Fair and Impartial Policing Policy in favor of families.\n"
           "Families are torn apart when police share information with immigration agents.")
    assert stripped(own).text == own


def test_the_sample_statement_the_campaign_offers_is_a_statement() -> None:
    sample = ("I support closing the loopholes in the Fair and Impartial Policing Policy. Everyone in Vermont "
              "deserves to feel safe calling for help.")
    found = stripped(sample)
    assert found.text == sample and not found.uncertain


def test_a_reply_that_is_only_campaign_text_is_held_not_emptied() -> None:
    pasted = "\n\n".join(CAMPAIGN_EN.split("\n\n")[:2])
    found = stripped(pasted)
    assert found.uncertain and found.campaign_only and found.text == pasted


def test_nothing_changes_without_a_block_of_campaign_text() -> None:
    found = stripped(OWN)
    assert found.text == OWN and not found.removed


# Through the CLI: the text file, and learning from replies ----------------------------------------------------

def _workspace(tmp_path: Path, text_file: str = "") -> Workspace:
    config = CONFIG.replace("[source]", f'text_file = "{text_file}"\n[source]') if text_file else CONFIG
    return Workspace(tmp_path, config)


def _texts(ws: Workspace) -> dict[str, dict[str, object]]:
    records = json.loads(ws.run("list", "--status", "all", "--json").stdout)
    return {str(r["name"]): r for r in records}


def test_text_file_removes_the_campaign_pasted_without_quote_marks(tmp_path: Path) -> None:
    (tmp_path / "campaign.txt").write_text(CAMPAIGN_EN, encoding="utf-8")
    ws = _workspace(tmp_path, "campaign.txt")
    pasted = CAMPAIGN_EN.split("\n\n")[1]
    ws.add("a.eml", make_mail(f"{OWN}\n\n{pasted}", sender="Ana Lopez <ana@example.com>"))
    ws.run("import", str(ws.mail))
    record = _texts(ws)["Ana Lopez"]
    assert record["text"] == OWN and record["status"] == "accepted"


def test_text_file_may_be_the_campaign_eml(tmp_path: Path) -> None:
    (tmp_path / "campaign.eml").write_bytes(make_mail(CAMPAIGN_EN, sender="Migrant Justice <info@mj.example>",
                                                      subject="Send a statement", in_reply_to=None))
    ws = _workspace(tmp_path, "campaign.eml")
    ws.add("a.eml", make_mail(f"{CAMPAIGN_EN.split(chr(10) * 2)[1]}", sender="Bo Diaz <bo@example.com>"))
    ws.run("import", str(ws.mail))
    record = _texts(ws)["Bo Diaz"]
    assert record["status"] == "review" and record["reason"] == "uncertain"


def test_a_missing_text_file_is_one_line_naming_the_key(tmp_path: Path) -> None:
    ws = _workspace(tmp_path, "nowhere.eml")
    result = ws.run("list", check=False)
    assert result.returncode == 1 and "campaign.text_file: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def _quoting(body: str, n: int) -> str:
    quoted = "\n".join(f"> {line}" for line in CAMPAIGN_EN.splitlines())
    return f"{body}\n\nOn Tue, Nov 24, 2026 at 9:00 AM Migrant Justice <info@farmworkers.example> wrote:\n{quoted}"


def test_the_campaign_text_is_learned_from_replies_that_quote_it(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    for k, who in enumerate(["Ana Lopez", "Bo Diaz", "Cy Young", "Di Park"]):
        ws.add(f"{k}.eml", make_mail(_quoting(f"{OWN} Reply number {k}.", k),
                                     sender=f"{who} <{who.split()[0].lower()}@example.com>"))
    pasted = CAMPAIGN_EN.split("\n\n")[1]
    ws.add("paste.eml", make_mail(f"{OWN_ES}\n\n{pasted}", sender="Eva Ruiz <eva@example.com>"))
    ws.run("import", str(ws.mail))
    assert _texts(ws)["Eva Ruiz"]["text"] == OWN_ES
    stats = json.loads(ws.run("stats", "--json").stdout)
    assert str(stats["campaign_text"]).startswith("learned from 4 replies")


def test_the_learned_text_stays_as_more_mail_arrives(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    for k, who in enumerate(["Ana Lopez", "Bo Diaz", "Cy Young"]):
        ws.add(f"{k}.eml", make_mail(_quoting(f"{OWN} Reply number {k}.", k),
                                     sender=f"{who} <{who.split()[0].lower()}@example.com>"))
    ws.run("import", str(ws.mail))
    first = json.loads(ws.run("stats", "--json").stdout)["campaign_text"]
    for k, who in enumerate(["Di Park", "Eli Moss", "Flo Chen", "Gus Hale"]):
        ws.add(f"later{k}.eml", make_mail(_quoting(f"{OWN_ES} Otra {k}.", k),
                                          sender=f"{who} <{who.split()[0].lower()}@example.com>"))
    ws.run("import", str(ws.mail))
    assert json.loads(ws.run("stats", "--json").stdout)["campaign_text"] == first


def test_without_enough_replies_quoting_it_nothing_is_learned(tmp_path: Path) -> None:
    ws = _workspace(tmp_path)
    ws.add("a.eml", make_mail(_quoting(OWN, 0), sender="Ana Lopez <ana@example.com>"))
    ws.run("import", str(ws.mail))
    assert json.loads(ws.run("stats", "--json").stdout)["campaign_text"] == "not known yet"


@pytest.mark.parametrize("run", [("x" * 60 + " ") * 2_000, ("word " * 40_000), (". " * 50_000)])
def test_long_runs_take_linear_time(run: str) -> None:
    assert stripped(run).text  # finishes; the regex audit and growth tests time every pattern


def test_a_paragraph_that_is_one_long_campaign_sentence_is_removed() -> None:
    asked = "If you can't make it to tomorrow's hearing, reply to this email with a brief statement of support."
    found = stripped(f"{asked}\n\n{OWN}")
    assert found.text == OWN


def test_a_short_campaign_sentence_as_its_own_paragraph_stays() -> None:
    own = f"We will compile them and share them with policy-makers.\n\n{OWN}"  # 9 words: may be the writer's
    assert stripped(own).text == own
