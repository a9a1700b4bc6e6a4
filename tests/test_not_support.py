"""Issue 14, point 7: a reply that is not a statement of support (questions, logistics, opposition to the
campaign's ask) goes to a person as `not-support`; opposing what the campaign opposes is support, and an unclear
stance is accepted."""

from __future__ import annotations

import pytest

from helpers import campaign_settings, make_mail, outcome
from statement_collector.models import Reason, Status
from statement_collector.stance import not_support

LOOPHOLES = "Close the loopholes in the Fair and Impartial Policing Policy"

NOT_SUPPORT: dict[str, list[str]] = {
    "questions and logistics": [
        "What time does the meeting start? Is there a Zoom link?",
        "Can anyone give me a ride to Montpelier tomorrow? I can leave from Middlebury around 8.",
        "Is there parking near the State House? Will there be an interpreter?",
        "¿A qué hora empieza la reunión? ¿Hay transporte desde Addison?",
        "Necesito un raite para la audiencia. ¿Dónde es exactamente?",
    ],
    "opposing the campaign's ask": [
        "I oppose closing the loopholes. Police need every tool they have.",
        "I do not support this. The police should cooperate with ICE to keep us safe.",
        "Please reject the proposal. The current policy works fine.",
        "I support the sheriff's contract with ICE and I think the current policy is fine.",
        "We need to enforce our immigration laws. Illegal aliens should be sent back.",
        "Me opongo a cerrar esos vacíos. La policía debe colaborar con ICE.",
        "No apoyo esta propuesta. Hay que mantener la política actual.",
        "Estoy en contra de la propuesta del consejo, la policía debe cooperar con ICE.",
    ],
    "defending cooperation with immigration agents": [
        "I'm sorry but I don't agree. Our sheriffs need to cooperate with federal immigration authorities.",
        "Local police should be allowed to cooperate with ICE. Illegal immigrants broke the law.",
        "La policía debe seguir colaborando con las autoridades federales de inmigración.",
    ],
}

SUPPORT: dict[str, list[str]] = {
    "opposing what the campaign opposes": [
        "I oppose the sheriff's contract with ICE. Families should not live in fear.",
        "I am against deportations that tear families apart. Please close the loopholes.",
        "Stop the raids and close the loopholes in the policy now.",
        "Estoy en contra de las deportaciones. Cierren los vacíos de la política, por favor.",
        "Me opongo a la colaboración de la policía con ICE. Nuestras familias merecen vivir sin miedo.",
        "No a las redadas. Apoyo a los trabajadores agrícolas de Vermont.",
        "I support closing the loopholes in the policy. Everyone deserves to feel safe calling for help.",
        "Apoyo esta campaña con todo mi corazón. Gracias por su trabajo.",
        "I can't be there tomorrow but I stand with the farmworkers who feed Vermont.",
        "I'll be there in spirit. Farmworkers are our neighbors and deserve to be safe.",
    ],
    "an unclear stance": [
        "My grandparents came to this country with nothing. I hope the council listens to the farmworkers.",
        "This is complicated and I have mixed feelings, but people deserve dignity.",
        "Tengo sentimientos encontrados, pero todos merecen respeto.",
    ],
    "the ask without what the campaign opposes": [
        "Families here are afraid. Vote for the policy without the loophole.",
        "Voten a favor de la política sin esos vacíos. Nuestras familias tienen miedo.",
    ],
    "an outcry against an injustice": [
        "Please stop this cruelty. Our neighbors deserve to live without fear.",
        "I reject this injustice against the people who milk our cows.",
        "¡Basta de esto! Nuestras familias merecen vivir en paz.",
        "Paren esta injusticia contra nuestras familias.",
    ],
    "words that look like opposition or logistics": [
        "That is no way to raise a child. Please pass the policy with no loophole.",
        "Aprueben una política sin vacíos, por favor. Nuestras familias tienen miedo.",
        "I drive a milk truck in Franklin County. I pick up at thirty farms a week. They are scared to drive "
        "to the laundromat.",
    ],
    "the police should not cooperate": [
        "Police should never cooperate with ICE. Our neighbors deserve to feel safe.",
        "Local police should not have to work with ICE. Close the loophole.",
        "La policía no debe colaborar con ICE. Cierren ese vacío por favor.",
    ],
}


def _cases(table: dict[str, list[str]]) -> list[object]:
    return [pytest.param(body, id=f"{kind}: {body[:40]}") for kind, bodies in table.items() for body in bodies]


@pytest.mark.parametrize("body", _cases(NOT_SUPPORT))
def test_a_reply_that_is_not_a_statement_of_support_goes_to_review(body: str) -> None:
    assert outcome(make_mail(body)) == (Status.REVIEW, Reason.NOT_SUPPORT)


@pytest.mark.parametrize("body", _cases(SUPPORT))
def test_a_statement_of_support_is_accepted(body: str) -> None:
    assert outcome(make_mail(body))[0] is Status.ACCEPTED


def test_the_campaign_subject_decides_what_opposing_means() -> None:
    settings = campaign_settings()
    settings.campaign.subject = "Stop the sheriff's ICE contract"
    assert not not_support("I oppose the sheriff's contract. It hurts families.", settings.campaign.subject)
    settings.campaign.subject = LOOPHOLES
    assert not_support("I am against closing the loopholes.", settings.campaign.subject)


@pytest.mark.parametrize("run", ["i oppose " * 20_000, "? " * 50_000, "no a " * 40_000, "ice " * 50_000])
def test_long_runs_are_read_in_linear_time(run: str) -> None:
    not_support(run)
