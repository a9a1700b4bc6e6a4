"""What a sentence asks about its writer, read on one normal form: each request next to a look-alike."""

from __future__ import annotations

import pytest

from statement_collector.extract.requests import Kind, classify, settled

ANONYMITY = [
    "Please don’t print my name.",
    "Please don&#8217;t print my name.",
    "Please don&rsquo;t use my name",
    "PLEASE DONT USE MY NAME",
    "please dont use my name",
    "leave my name off, I'm scared",
    "Keep my name out of it.",
    "I’d rather you didn’t include my name.",
    "please withhold my name",
    "No name please.",
    "Don't identify me.",
    "I don't want to be named.",
    "Use my words but not my name.",
    "don't let anyone know who wrote this",
    "dont say who i am please, im scared of la migra",
    "I'd like it to run anonymously after all",
    "One more thing: could you take my name off my statement?",
    "Please remove my name from what I sent",
    "Anonymous, please.",
    "No usen mi nombre por favor.",
    "Les agradecería que omitan mi nombre",
    "pd. ponganlo como anonimo porfa",
    "Olvidé decirles algo: pónganme como anónima, por favor.",
    "A lo que mandé en la mañana, ¿le pueden quitar mi nombre?",
    "que no se sepa quién soy",
    "no publiquen quién soy",
    "No quiero que aparezca mi nombre.",
    "Publíquenlo como anónimo, se lo ruego.",
    "Sin mi nombre, por favor.",
    "Mi nombre no, por favor.",
    "Could you not mention me by name when you hand these out?",
    "Se me olvidó decirles: no me vayan a nombrar, por favor.",
    "pls dont use my nme on what i sent",
    "keep me anonymus please",
    "no usen mi nombe",
    "Keep this between us please.",
    "I'd prefer it went in unsigned.",
    "I must ask that this be attributed only to “a Vermont health care worker”.",
    "Please refer to me only as a dairy worker from Franklin County.",
    "¿Podrían dejar mi carta sin firma?",
    "No me pongan con nombre, pongan “una joven de Highgate”.",
    "No quiero figurar en la lista de los que firmaron.",
    "Usen el mensaje pero sin mí.",
]

CONSENT = [
    "Please do use my name.",
    "You can use my name.",
    "Feel free to use my full name.",
    "No need to keep me anonymous.",
    "I don't need to be anonymous.",
    "I'm proud to sign my name to this.",
    "I don't mind if you use my name.",
    "Do not hesitate to use my name.",
    "Pueden poner mi nombre, no me escondo de nadie.",
    "No me importa que aparezca mi nombre.",
    "Pueden usar mi nombre completo.",
    "No quiero ser anónimo, firmo con mi nombre.",
    "Please don't leave my name off this one.",
    "I don't need to hide anymore, so I'm happy to be named on this.",
    "Quiero que el Consejo lea mi nombre.",
    "I won't hide behind “anonymous” when my neighbors are brave.",
    "No me pongan como anónima, por favor.",
    "Mi nombre lo pueden publicar sin problema.",
    "I'm happy to have my name on this one.",
]

WITHDRAWAL = [
    "Please pull both of my emails.",
    "Please disregard the statement I sent earlier today.",
    "Please don't use what I sent after all.",
    "I'd like to withdraw my statement.",
    "Please delete my earlier message.",
    "Por favor ya no usen mi carta, lo pensé mejor.",
    "Eliminen lo que les mandé hoy, por favor.",
    "ya no quiero que usen mi mensaje",
    "Retiren mi declaración por favor.",
    "Ya no quiero que salga mi mensaje, sáquenlo por favor.",
]

NOTHING = [
    "I'm proud to sign this.",
    "My name is Maria and I milk cows in Addison.",
    "Nadie debería tener miedo de ir a trabajar.",
    "Vivimos sin miedo cuando hay justicia.",
    "Don't ignore my letter, legislators.",
    "ICE should withdraw from our towns.",
    "Vermont must remove the barriers to licenses.",
    "I support the bill with all my heart.",
    "Please pass this bill.",
    "Alguien hizo una denuncia anónima contra mi vecino.",
    "Anonymous tips to ICE have torn families apart.",
    "Sin mi familia no soy nada.",
    "Perdón, no mandé mi carta completa, aquí va.",
]


@pytest.mark.parametrize("sentence", ANONYMITY)
def test_a_request_not_to_be_named_is_recognised_however_typed(sentence: str) -> None:
    assert Kind.ANONYMITY in classify(sentence)


@pytest.mark.parametrize("sentence", CONSENT)
def test_permission_to_use_the_name_is_not_a_request(sentence: str) -> None:
    assert classify(sentence) == {Kind.CONSENT}


@pytest.mark.parametrize("sentence", WITHDRAWAL)
def test_a_withdrawal_is_recognised(sentence: str) -> None:
    assert Kind.WITHDRAWAL in classify(sentence)


@pytest.mark.parametrize("sentence", NOTHING)
def test_ordinary_statement_sentences_ask_nothing(sentence: str) -> None:
    assert classify(sentence) == set()


@pytest.mark.parametrize("sentence", ["I changed my mind.", "Ya no quiero participar.", "Lo pensé mejor.",
                                      "Retiro lo dicho.", "Prefiero no participar esta vez."])
def test_a_change_of_mind_without_an_object_is_a_doubt_about_withdrawal(sentence: str) -> None:
    assert classify(sentence) == {Kind.CHANGE_OF_MIND}


@pytest.mark.parametrize("sentence", ["I know some people are asking to stay anonymous on these.",
                                      "My name was on the list at the farm.", "Mi nombre significa mucho para mí."])
def test_talk_about_the_name_that_asks_nothing_clear_is_a_doubt(sentence: str) -> None:
    assert classify(sentence) == {Kind.DOUBT}


def test_a_clear_permission_outweighs_a_doubtful_mention_in_the_same_message_but_never_a_request() -> None:
    doubt, consent, request = ({k.value: "..."} for k in (Kind.DOUBT, Kind.CONSENT, Kind.ANONYMITY))
    assert settled(doubt | consent) == consent
    assert settled(doubt | consent | request) == doubt | consent | request


def test_a_request_and_a_permission_in_one_sentence_is_a_doubt() -> None:
    assert classify("You can use my name, actually no, please don't use my name") == {Kind.DOUBT}


@pytest.mark.parametrize("run", ["x" * 200_000, "my name " * 25_000, "no " * 60_000, "'" * 200_000])
def test_a_long_run_is_read_without_stalling(run: str) -> None:
    assert isinstance(classify(run), set)
