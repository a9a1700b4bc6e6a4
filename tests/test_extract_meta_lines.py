"""Issue 14, point 6: notes to the organizers opening or closing a statement are not printed; `removed` has them."""

from __future__ import annotations

import pytest

from statement_collector.extract import extract

EN = "I support fair housing for the farmworkers who feed Vermont. They deserve safe homes."
ES = "Apoyo la ley de vivienda digna para los trabajadores agrícolas. Merecen hogares seguros."


@pytest.mark.parametrize(("body", "statement", "note"), [
    (f"Here is my statement:\n\n{EN}", EN, "Here is my statement:"),
    (f"My statement: {EN}", EN, "My statement:"),
    (f"Sorry, my last email had a typo. Please use this version instead.\n\n{EN}", EN, "Please use this version"),
    (f"{EN}\n\nSorry for the typo in my earlier message!", EN, "Sorry for the typo"),
    (f"Aquí va mi mensaje:\n\n{ES}", ES, "Aquí va mi mensaje:"),
    (f"Perdón por el error en mi correo anterior. Usen esta versión, por favor.\n\n{ES}", ES, "Usen esta versión"),
    (f"{ES}\n\nAquí les dejo mi declaración.", ES, "Aquí les dejo mi declaración."),
    (f"I can't get to Pittsford, I'm at work, so here is mine.\n\n{EN}", EN, "so here is mine"),
    (f"Forwarding this back to you with my two cents.\n\n{EN}", EN, "Forwarding this back"),
    (f"No puedo ir a la reunión, así que aquí va la mía.\n\n{ES}", ES, "aquí va la mía"),
])
def test_a_note_to_the_organizers_is_removed(body: str, statement: str, note: str) -> None:
    found = extract(body)
    assert found.text == statement and note in found.removed


@pytest.mark.parametrize("text", [
    "We need an updated version of the housing code. I support the bill.",
    "The reason is simple: they feed us. I support the bill.",
    "Lo que pido es simple: viviendas dignas. Apoyo la ley.",
    "I am sorry for the way the state has treated farmworkers. Please pass the bill.",
])
def test_a_statement_that_merely_shares_words_with_a_note_is_kept_whole(text: str) -> None:
    assert extract(text).text == text
