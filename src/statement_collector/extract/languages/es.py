"""Spanish: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["escribió", "escribio", "ha escrito"],
    intros=["el"],
    original=["mensaje original", "mensaje de respuesta"],
    forwarded=["mensaje reenviado", "inicio del mensaje reenviado", "correo reenviado"],
    headers={"from": ["de", "remitente"], "sent": ["enviado", "enviado el", "fecha"], "to": ["para"],
             "cc": ["cc", "copia"], "subject": ["asunto"], "reply": ["responder a"]},
    mobile=["enviado desde mi *", "enviado desde *", "enviado con *", "enviado a través de *",
            "obtener outlook para *", "descargar outlook para *", "enviado desde mi iphone",
            "enviado desde mi oficina *"],
    disclaimers=["destinatario", "es confidencial", "información confidencial", "contiene información",
                 "antes de imprimir", "prohibida su", "aviso de confidencialidad"],
    greetings=["hola", "buenos días", "buenas tardes", "buenas noches", "buenas", "querido", "querida",
               "queridos", "queridas", "estimado", "estimada", "estimados", "estimadas", "hola a todos",
               "saludos a todos"],
    signoffs=["gracias", "muchas gracias", "saludos", "un saludo", "saludos cordiales", "un abrazo",
              "abrazos", "atentamente", "atte", "cordialmente", "en solidaridad", "con cariño", "besos",
              "muchas gracias de antemano", "un fuerte abrazo", "dios los bendiga", "dios les bendiga",
              "que dios los bendiga", "que dios les bendiga", "bendiciones"],
    anonymity=["no uses mi nombre", "no usen mi nombre", "no pongan mi nombre", "no publiquen mi nombre",
               "no incluyan mi nombre", "de forma anónima", "de manera anónima", "prefiero ser anónimo",
               "prefiero ser anónima", "prefiero el anonimato", "quiero ser anónimo", "quiero ser anónima",
               "sin mi nombre", "anónimamente por favor"],
    name_requests=["firmen como", "fírmenlo como", "pónganme como", "pongan mi nombre como",
                   "pueden poner mi nombre como", "pueden usar el nombre", "usen el nombre", "pongan solo"],
    initials=["usen mis iniciales", "solo mis iniciales", "sólo mis iniciales", "pongan mis iniciales",
              "con mis iniciales"],
    first_name=["solo mi primer nombre", "sólo mi primer nombre", "solo mi nombre de pila",
                "sólo mi nombre de pila", "solamente mi primer nombre", "sin apellido", "sin mi apellido",
                "no pongan mi apellido", "no usen mi apellido"],
    withhold=Withhold(
        my_name=["mi nombre", "mi nombre completo", "mi apellido", "mi identidad", "mis datos"],
        verbs=["us", "pon", "publi", "inclu", "compart", "mencion", "muestr", "mostr", "firm", "escrib", "revel",
               "divulg", "agreg", "imprim", "dar", "den", "saqu", "quier", "aparec", "salg", "figur"],
        negations=["no", "nunca", "favor de no"],
        without=["sin", "omitan", "omitir", "oculten", "ocultar", "quiten", "quitar", "borren", "retiren"],
        private=["en privado", "confidencial", "anónim", "en secreto", "oculto", "reservado"],
        anonymous=["anónim", "anonim", "anonimato"],
        first_person=["yo", "me", "mi", "prefiero", "quiero", "por favor", "favor", "sea", "quedar", "permanecer"],
        consent=["importa", "problema", "dud", "miedo", "vergüenza", "molesta"]),
)
