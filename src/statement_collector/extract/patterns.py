"""Every multilingual phrase extraction knows, as data, and the regexes built from it once.

To teach extraction a language, add one `Phrases` entry to `LANGUAGES`: no code changes.
Phrases are plain text matched case-insensitively; `*` stands for a few words of anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Withhold:
    """The grammar of "don't use my name" in one language, as words: it catches phrasings no list foresees.

    A sentence asks to withhold the name when it says NEGATION + VERB + MY_NAME ("please don't print my name",
    "no pongan mi nombre"), MY_NAME + NEGATION + VERB ("meinen Namen bitte nicht nennen"), MY_NAME + AFTER
    ("名前を出さないで"), WITHOUT + MY_NAME ("sin mi nombre"), MY_NAME + PRIVATE ("keep my name confidential"), or
    is a short sentence with an ANONYMOUS word that speaks for the sender (a FIRST_PERSON word, or nothing else).
    Verbs, private and anonymous words are stems ("publi" for publish, publiquen, publicar).
    """

    my_name: list[str] = field(default_factory=list)
    verbs: list[str] = field(default_factory=list)
    negations: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    private: list[str] = field(default_factory=list)
    anonymous: list[str] = field(default_factory=list)
    first_person: list[str] = field(default_factory=list)
    consent: list[str] = field(default_factory=list)
    """Words that turn a negation into permission: "I don't mind if you use my name"."""
    negation_last: bool = False
    """The negation may close the clause: VERB + MY_NAME + NEGATION ("Gebruik mijn naam niet")."""


@dataclass(frozen=True)
class Phrases:
    """What one language's mail clients and writers say around a reply."""

    wrote: list[str] = field(default_factory=list)
    """The verb of an attribution line: "On <date>, <name> wrote:"."""
    intros: list[str] = field(default_factory=list)
    """Words an attribution line starts with ("On", "Le", "Am")."""
    original: list[str] = field(default_factory=list)
    """Separator lines: "-----Original Message-----", "Begin forwarded message:"."""
    forwarded: list[str] = field(default_factory=list)
    """Separators of forwarded mail (what follows is not the sender's own)."""
    headers: dict[str, list[str]] = field(default_factory=dict)
    """Outlook header-block keys by kind: from, sent, to, cc, subject, reply."""
    mobile: list[str] = field(default_factory=list)
    """Mobile and app footers: "Sent from my iPhone"."""
    disclaimers: list[str] = field(default_factory=list)
    """Phrases found only in legal or antivirus footers."""
    greetings: list[str] = field(default_factory=list)
    """Words opening a bare greeting line: "Hi all,"."""
    signoffs: list[str] = field(default_factory=list)
    """Closing words before a name: "Thanks,", "In solidarity,"."""
    anonymity: list[str] = field(default_factory=list)
    """A request to the organizers not to print the sender's name."""
    name_requests: list[str] = field(default_factory=list)
    """Words before the name a sender asks to be printed under: "please sign it as J. R."."""
    initials: list[str] = field(default_factory=list)
    """A request to be printed by initials only: "just use my initials"."""
    first_name: list[str] = field(default_factory=list)
    """A request to be printed by first name only: "just my first name, please"."""
    withhold: Withhold = field(default_factory=Withhold)
    """How a request not to print the name is put together (see `Withhold`)."""


LANGUAGES: dict[str, Phrases] = {
    "en": Phrases(
        wrote=["wrote", "writes", "sent", "has written"],
        intros=["on", "at", "quoting"],
        original=["original message", "reply message", "original email"],
        forwarded=["forwarded message", "begin forwarded message", "forwarded email", "forwarded by"],
        headers={"from": ["from"], "sent": ["sent", "date"], "to": ["to"], "cc": ["cc", "bcc"],
                 "subject": ["subject"], "reply": ["reply-to"]},
        mobile=["sent from my *", "sent from *", "sent via *", "sent with *", "sent using *", "sent on *",
                "sent by *", "sent wirelessly *", "from my iphone", "from my ipad", "from my android",
                "from my mobile", "from my phone", "from my samsung *", "from my blackberry", "* from mobile",
                "via mobile", "get outlook for *", "download outlook for *", "please excuse * typos",
                "please excuse my brevity", "typed on my *", "sent from mail for windows *"],
        disclaimers=["intended recipient", "intended solely for", "received this * in error",
                     "received this e-mail in error", "is confidential and", "may contain confidential",
                     "privileged and confidential", "strictly confidential", "confidentiality notice",
                     "this message has been scanned", "scanned for viruses", "consider the environment before",
                     "you are prohibited to use", "unauthorized use, disclosure", "is strictly prohibited"],
        greetings=["hi", "hello", "hey", "dear", "greetings", "good morning", "good afternoon",
                   "good evening", "hi all", "hello all", "to whom it may concern"],
        signoffs=["thanks", "thank you", "many thanks", "thanks again", "best", "regards", "kind regards",
                  "best regards", "warm regards", "warmest regards", "cheers", "sincerely", "yours",
                  "yours truly", "sincerely yours", "warmly", "love", "in solidarity", "solidarity",
                  "respectfully", "all the best", "take care", "peace", "best wishes", "with gratitude",
                  "with thanks", "thx", "br"],
        anonymity=["please don't use my name", "please do not use my name", "don't use my name",
                   "do not use my name", "don't print my name", "do not print my name",
                   "don't include my name", "do not include my name", "please keep me anonymous",
                   "keep me anonymous", "keep my name private", "keep my name out", "leave my name off",
                   "leave my name out", "take my name off", "keep my name off",
                   "please keep this anonymous", "i'd like to remain anonymous", "i would like to remain anonymous",
                   "i wish to remain anonymous", "i want to remain anonymous", "please list me as anonymous",
                   "sign it anonymous", "sign me as anonymous", "publish this anonymously",
                   "print this anonymously", "anonymous please", "anonymously please", "without my name"],
        name_requests=["please sign it as", "please sign me as", "sign it as", "sign me as", "sign this as",
                       "please list me as", "list me as", "print my name as", "please print my name as",
                       "you can use the name", "please use the name", "credit me as", "put me down as",
                       "please just put"],
        initials=["use my initials", "use only my initials", "just my initials", "only my initials",
                  "initials only", "initials please"],
        first_name=["use my first name", "only my first name", "just my first name", "first name only",
                    "my first name only", "first name please", "just the first name", "only the first name",
                    "without my last name", "don't use my last name", "do not use my last name", "no last name",
                    "leave off my last name", "leave my last name off"],
        withhold=Withhold(
            my_name=["my name", "my full name", "my last name", "my real name", "my surname", "my identity"],
            verbs=["use", "using", "print", "publish", "includ", "shar", "put", "list", "mention", "show", "display",
                   "post", "reveal", "disclos", "releas", "giv", "attach", "add", "sign", "writ", "read"],
            negations=["don't", "dont", "do not", "never", "not", "doesn't", "shouldn't", "won't", "mustn't",
                       "rather you didn't", "no need to"],
            without=["without", "omit", "withhold", "hide", "leave off", "leave out", "take off", "remove"],
            private=["private", "confidential", "secret", "hidden", "withheld", "anonym", "undisclosed"],
            anonymous=["anonym", "anon", "unnamed", "nameless"],
            first_person=["i", "i'm", "i'd", "me", "my", "please", "prefer", "rather"],
            consent=["mind", "care", "problem", "object", "hesitate", "worry", "matter", "afraid", "ashamed"]),
    ),
    "es": Phrases(
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
                  "muchas gracias de antemano", "un fuerte abrazo"],
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
                   "divulg", "agreg", "imprim", "dar", "den", "saqu"],
            negations=["no", "nunca", "favor de no"],
            without=["sin", "omitan", "omitir", "oculten", "ocultar", "quiten", "quitar", "borren", "retiren"],
            private=["en privado", "confidencial", "anónim", "en secreto", "oculto", "reservado"],
            anonymous=["anónim", "anonim", "anonimato"],
            first_person=["yo", "me", "mi", "prefiero", "quiero", "por favor", "favor", "sea", "quedar", "permanecer"],
            consent=["importa", "problema", "dud", "miedo", "vergüenza", "molesta"]),
    ),
    "fr": Phrases(
        wrote=["a écrit", "écrit", "a ecrit"],
        intros=["le"],
        original=["message d'origine", "message original", "courriel original"],
        forwarded=["message transféré", "début du message réexpédié", "début du message transféré",
                   "message réexpédié"],
        headers={"from": ["de", "expéditeur"], "sent": ["envoyé", "envoyé le", "date"], "to": ["à", "a", "pour"],
                 "cc": ["cc", "copie à"], "subject": ["objet", "sujet"], "reply": ["répondre à"]},
        mobile=["télécharger outlook pour *", "envoyé de mon *", "envoyé depuis mon *", "envoyé à partir de *",
                "envoyé sans fil *", "envoyé avec *", "obtenir outlook pour *", "envoyé de *"],
        disclaimers=["destinataire", "confidentiel", "strictement interdite", "avant d'imprimer"],
        greetings=["bonjour", "bonsoir", "salut", "cher", "chère", "chers", "chères", "bonjour à tous",
                   "coucou", "madame", "monsieur"],
        signoffs=["merci", "merci beaucoup", "cordialement", "bien cordialement", "bien à vous", "amitiés",
                  "salutations", "en solidarité", "bises", "bisous", "meilleures salutations", "à bientôt",
                  "sincères salutations"],
        anonymity=["n'utilisez pas mon nom", "ne publiez pas mon nom", "ne mettez pas mon nom", "anonymement",
                   "rester anonyme", "sans mon nom"],
        first_name=["seulement mon prénom", "juste mon prénom", "uniquement mon prénom", "mon prénom seulement",
                    "sans mon nom de famille", "sans nom de famille"],
        withhold=Withhold(
            my_name=["mon nom", "mon nom complet", "mon prénom", "mon nom de famille", "mon identité"],
            verbs=["utilis", "publi", "mett", "mention", "inclu", "partag", "cit", "affich", "donn", "révél", "divulgu",
                   "sign", "écri", "imprim"],
            negations=["ne", "n'", "jamais"],
            without=["sans", "omettez", "cachez", "retirez", "enlevez"],
            private=["privé", "confidentiel", "anonym", "secret"],
            anonymous=["anonym"],
            first_person=["je", "j'", "me", "moi", "mon", "svp", "s'il", "préfère", "rester"],
            consent=["hésit", "dérange", "problème", "peur", "honte"]),
    ),
    "de": Phrases(
        wrote=["schrieb", "hat geschrieben", "geschrieben"],
        intros=["am"],
        original=["ursprüngliche nachricht", "originalnachricht", "antwort nachricht", "original nachricht"],
        forwarded=["weitergeleitete nachricht", "anfang der weitergeleiteten nachricht", "weitergeleitete e-mail"],
        headers={"from": ["von", "absender"], "sent": ["gesendet", "datum", "gesendet am"], "to": ["an"],
                 "cc": ["cc", "kopie"], "subject": ["betreff"], "reply": ["antwort an"]},
        mobile=["von meinem * gesendet", "gesendet von meinem *", "gesendet mit *", "gesendet von *",
                "diese nachricht wurde von meinem * gesendet", "outlook für * beziehen", "outlook für * herunterladen",
                "von meinem iphone gesendet"],
        disclaimers=["vertraulich", "irrtümlich erhalten", "nicht der richtige adressat",
                     "unbefugte weitergabe"],
        greetings=["hallo", "liebe", "lieber", "liebes", "sehr geehrte", "sehr geehrter",
                   "sehr geehrte damen und herren", "guten tag", "guten morgen", "servus", "moin",
                   "hallo zusammen", "hi zusammen"],
        signoffs=["danke", "vielen dank", "viele grüße", "viele grüsse", "grüße", "grüsse", "gruß", "gruss",
                  "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "beste grüße",
                  "liebe grüße", "lg", "mfg", "herzliche grüße", "solidarische grüße", "in solidarität"],
        anonymity=["bitte anonym", "ohne meinen namen", "nennen sie meinen namen nicht", "anonym bleiben",
                   "meinen namen nicht"],
        first_name=["nur meinen vornamen", "nur mit vornamen", "nur mit meinem vornamen", "nur den vornamen",
                    "ohne nachnamen", "ohne meinen nachnamen"],
        withhold=Withhold(
            my_name=["meinen namen", "mein name", "meinen vollen namen", "meinen nachnamen", "meinen vornamen"],
            verbs=["verwend", "veröffentlich", "nenn", "genannt", "nutz", "angeb", "angegeben", "druck", "gedruckt",
                   "teil", "geteilt", "schreib", "erwähn", "zeig"],
            negations=["nicht", "kein", "nie"],
            without=["ohne", "weglassen"],
            private=["privat", "vertraulich", "anonym", "geheim"],
            anonymous=["anonym"],
            first_person=["ich", "mich", "mein", "bitte", "möchte", "lieber", "bleiben"],
            consent=["stört", "problem", "zöger", "angst", "scheu"], negation_last=True),
    ),
    "it": Phrases(
        wrote=["ha scritto", "scrisse", "scritto"],
        intros=["il"],
        original=["messaggio originale"],
        forwarded=["messaggio inoltrato", "inizio messaggio inoltrato"],
        headers={"from": ["da", "mittente"], "sent": ["inviato", "data", "inviato il"], "to": ["a", "per"],
                 "cc": ["cc"], "subject": ["oggetto"], "reply": ["risposta", "rispondi a"]},
        mobile=["inviato da *", "inviato dal mio *", "inviato con *", "scarica outlook per *"],
        disclaimers=["riservat", "destinatario", "analizzato con", "risultato non infetto"],
        greetings=["ciao", "salve", "caro", "cara", "cari", "care", "gentile", "gentili", "buongiorno",
                   "buonasera", "ciao a tutti"],
        signoffs=["grazie", "grazie mille", "saluti", "cordiali saluti", "distinti saluti", "un saluto",
                  "un abbraccio", "a presto", "in solidarietà"],
        anonymity=["non usate il mio nome", "non pubblicate il mio nome", "in forma anonima", "anonimamente"],
        first_name=["solo il mio nome di battesimo", "solo il mio nome", "senza cognome", "senza il mio cognome"],
        withhold=Withhold(
            my_name=["il mio nome", "mio nome", "il mio cognome"],
            verbs=["us", "pubblic", "mett", "inclu", "condivid", "cit", "menzion", "mostr", "scriv", "firm", "rivel",
                   "divulg"],
            negations=["non", "mai"],
            without=["senza", "omettete", "nascondete", "togliete"],
            private=["riservat", "anonim", "privat", "segret"],
            anonymous=["anonim"],
            first_person=["io", "mi", "mio", "preferisco", "vorrei", "per favore", "restare", "rimanere"],
            consent=["importa", "problema", "esit", "paura", "vergogn"]),
    ),
    "pt": Phrases(
        wrote=["escreveu", "escreveu o seguinte"],
        intros=["em", "no", "na"],
        original=["mensagem original"],
        forwarded=["mensagem encaminhada", "início da mensagem encaminhada"],
        headers={"from": ["de"], "sent": ["enviada", "enviado", "data", "enviada em"], "to": ["para"],
                 "cc": ["cc"], "subject": ["assunto"], "reply": ["responder a"]},
        mobile=["enviado do meu *", "enviado de meu *", "enviado a partir do *", "enviado do *",
                "obter o outlook para *"],
        disclaimers=["confidencial", "destinatário"],
        greetings=["olá", "ola", "oi", "prezado", "prezada", "prezados", "caro", "cara", "bom dia",
                   "boa tarde", "boa noite"],
        signoffs=["obrigado", "obrigada", "abraços", "abraço", "atenciosamente", "cordialmente",
                  "um abraço", "beijos", "saudações", "em solidariedade"],
        anonymity=["não usem meu nome", "não use meu nome", "não publiquem meu nome", "de forma anônima",
                   "anonimamente"],
        first_name=["só meu primeiro nome", "apenas meu primeiro nome", "somente meu primeiro nome", "sem sobrenome",
                    "sem meu sobrenome"],
        withhold=Withhold(
            my_name=["meu nome", "meu nome completo", "meu sobrenome", "minha identidade"],
            verbs=["us", "public", "coloqu", "coloc", "inclu", "divulg", "compartilh", "mencion", "mostr", "escrev",
                   "assin", "revel", "ponh", "bot"],
            negations=["não", "nao", "nunca"],
            without=["sem", "omitam", "ocultem", "retirem", "tirem"],
            private=["em sigilo", "confidencial", "anônim", "anónim", "privado", "em segredo"],
            anonymous=["anônim", "anónim", "anonim", "anonimato"],
            first_person=["eu", "me", "meu", "prefiro", "quero", "por favor", "favor", "ficar"],
            consent=["importo", "importa", "problema", "hesit", "medo", "vergonha"]),
    ),
    "nl": Phrases(
        wrote=["schreef", "het volgende geschreven", "geschreven"],
        intros=["op"],
        original=["oorspronkelijk bericht", "origineel bericht"],
        forwarded=["doorgestuurd bericht", "begin doorgestuurd bericht"],
        headers={"from": ["van", "afzender"], "sent": ["verzonden", "datum"], "to": ["aan"],
                 "cc": ["cc"], "subject": ["onderwerp"], "reply": ["antwoord aan"]},
        mobile=["verzonden vanaf mijn *", "verzonden met *", "verzonden van mijn *", "verstuurd vanaf mijn *",
                "verstuurd met *", "outlook voor * downloaden"],
        disclaimers=["vertrouwelijk", "uitsluitend bestemd"],
        greetings=["hallo", "hoi", "beste", "geachte", "dag", "goedemorgen", "goedemiddag"],
        signoffs=["bedankt", "dank je", "dank u", "groeten", "met vriendelijke groet", "vriendelijke groeten",
                  "groetjes", "hartelijke groet", "mvg"],
        anonymity=["gebruik mijn naam niet", "anoniem"],
        withhold=Withhold(
            my_name=["mijn naam", "mijn volledige naam", "mijn achternaam"],
            verbs=["gebruik", "publiceer", "vermeld", "noem", "genoemd", "zet", "deel", "toon", "schrijf", "print"],
            negations=["niet", "geen", "nooit"],
            without=["zonder", "weglaten"],
            private=["privé", "vertrouwelijk", "anoniem", "geheim"],
            anonymous=["anoniem", "anonym"],
            first_person=["ik", "mij", "me", "mijn", "liever", "graag", "alsjeblieft", "blijven"],
            consent=["bezwaar", "probleem", "aarzel", "bang"], negation_last=True),
    ),
    "sv": Phrases(
        wrote=["skrev"],
        intros=["den", "på"],
        original=["ursprungligt meddelande", "originalmeddelande"],
        forwarded=["vidarebefordrat meddelande", "vidarebefordrat brev"],
        headers={"from": ["från"], "sent": ["skickat", "datum"], "to": ["till"], "cc": ["kopia", "cc"],
                 "subject": ["ämne"]},
        mobile=["skickat från min *", "skickades från min *", "hämta outlook för *"],
        disclaimers=["konfidentiell"],
        greetings=["hej", "hejsan", "hallå", "bästa", "kära"],
        signoffs=["tack", "tack så mycket", "hälsningar", "med vänliga hälsningar", "vänliga hälsningar",
                  "mvh", "bästa hälsningar", "kram"],
        anonymity=["använd inte mitt namn", "anonymt"],
    ),
    "da": Phrases(
        wrote=["skrev", "skrev følgende"],
        intros=["den"],
        original=["oprindelig meddelelse", "original meddelelse"],
        forwarded=["videresendt meddelelse", "videresendt besked"],
        headers={"from": ["fra"], "sent": ["sendt", "dato"], "to": ["til"], "cc": ["cc"], "subject": ["emne"]},
        mobile=["sendt fra min *", "send fra min *", "hent outlook til *"],
        disclaimers=["fortrolig"],
        greetings=["hej", "kære", "goddag"],
        signoffs=["tak", "mange tak", "venlig hilsen", "med venlig hilsen", "hilsen", "mvh", "kh"],
        anonymity=["brug ikke mit navn", "anonymt"],
    ),
    "no": Phrases(
        wrote=["skrev", "skreiv"],
        intros=["den", "på"],
        original=["opprinnelig melding", "original melding"],
        forwarded=["videresendt melding"],
        headers={"from": ["fra"], "sent": ["sendt", "dato"], "to": ["til"], "cc": ["kopi"], "subject": ["emne"]},
        mobile=["sendt fra min *", "sendt fra *"],
        disclaimers=["konfidensiell"],
        greetings=["hei", "hallo", "kjære"],
        signoffs=["takk", "tusen takk", "hilsen", "med vennlig hilsen", "vennlig hilsen", "mvh"],
        anonymity=["ikke bruk navnet mitt", "anonymt"],
    ),
    "fi": Phrases(
        wrote=["kirjoitti"],
        original=["alkuperäinen viesti"],
        forwarded=["välitetty viesti", "edelleenlähetetty viesti"],
        headers={"from": ["lähettäjä"], "sent": ["lähetetty", "päivämäärä"], "to": ["vastaanottaja"],
                 "cc": ["kopio"], "subject": ["aihe"]},
        mobile=["lähetetty iphonesta", "lähetetty *:sta", "lähetetty *laitteesta", "lähetetty *puhelimesta"],
        disclaimers=["luottamuksellinen"],
        greetings=["hei", "moi", "terve", "hyvä"],
        signoffs=["kiitos", "kiitos paljon", "terveisin", "ystävällisin terveisin", "t."],
        anonymity=["älä käytä nimeäni", "nimettömänä"],
    ),
    "pl": Phrases(
        wrote=["napisał", "napisała", "napisał(a)", "pisze"],
        intros=["w dniu", "dnia"],
        original=["wiadomość oryginalna", "oryginalna wiadomość"],
        forwarded=["przekazana wiadomość", "wiadomość przekazana dalej"],
        headers={"from": ["od", "nadawca"], "sent": ["wysłano", "wysłane", "data"], "to": ["do"],
                 "cc": ["dw", "kopia"], "subject": ["temat"]},
        mobile=["wysłane z mojego *", "wysłane z *", "wysłano z *"],
        disclaimers=["poufne", "adresat"],
        greetings=["cześć", "witam", "dzień dobry", "drogi", "droga", "drodzy", "szanowni", "szanowny"],
        signoffs=["dzięki", "dziękuję", "pozdrawiam", "pozdrowienia", "z poważaniem", "serdecznie pozdrawiam"],
        anonymity=["nie używajcie mojego nazwiska", "anonimowo"],
        withhold=Withhold(
            my_name=["mojego nazwiska", "mojego imienia", "moje imię", "moje nazwisko"],
            verbs=["używ", "publik", "poda", "wymien", "wymień", "umieszcz", "pisz", "ujawni"],
            negations=["nie"],
            without=["bez"],
            anonymous=["anonim"],
            first_person=["ja", "mnie", "proszę", "wolę", "chcę"]),
    ),
    "ru": Phrases(
        wrote=["написал", "написала", "написал(а)", "пишет", "пользователь * написал"],
        original=["исходное сообщение", "оригинальное сообщение"],
        forwarded=["пересылаемое сообщение", "пересланное сообщение"],
        headers={"from": ["от"], "sent": ["отправлено", "дата", "отправлен"], "to": ["кому"],
                 "cc": ["копия"], "subject": ["тема"]},
        mobile=["отправлено с моего *", "отправлено с *", "отправлено из *", "послано с *"],
        disclaimers=["конфиденциальн"],
        greetings=["привет", "здравствуйте", "добрый день", "дорогие", "уважаемые", "уважаемый"],
        signoffs=["спасибо", "с уважением", "всего доброго", "с наилучшими пожеланиями"],
        anonymity=["не указывайте моё имя", "не указывайте мое имя", "анонимно"],
        withhold=Withhold(
            my_name=["моё имя", "мое имя", "моего имени", "мою фамилию", "моей фамилии"],
            verbs=["указ", "использ", "публик", "назыв", "назов", "пиш", "упомин", "раскрыв", "став"],
            negations=["не"],
            without=["без"],
            anonymous=["аноним"],
            first_person=["я", "меня", "мне", "пожалуйста", "прошу", "хочу"]),
    ),
    "uk": Phrases(
        wrote=["написав", "написала", "пише"],
        original=["оригінальне повідомлення"],
        forwarded=["переслане повідомлення"],
        headers={"from": ["від"], "sent": ["надіслано", "дата"], "to": ["кому"], "subject": ["тема"]},
        mobile=["надіслано з мого *", "надіслано з *"],
        greetings=["привіт", "добрий день", "шановні"],
        signoffs=["дякую", "з повагою"],
        anonymity=["анонімно"],
        withhold=Withhold(
            my_name=["моє ім'я", "моє імʼя", "мого імені", "моє прізвище"],
            verbs=["вказ", "використ", "публік", "назив", "пиш", "згаду"],
            negations=["не"],
            without=["без"],
            anonymous=["анонім"],
            first_person=["я", "мене", "мені", "будь ласка", "прошу", "хочу"]),
    ),
    "cs": Phrases(
        wrote=["napsal", "napsala", "napsal(a)"],
        intros=["dne"],
        original=["původní zpráva", "původní e-mail"],
        forwarded=["přeposlaná zpráva"],
        headers={"from": ["od"], "sent": ["odesláno", "datum"], "to": ["komu"], "cc": ["kopie"],
                 "subject": ["předmět"]},
        mobile=["odesláno z *"],
        greetings=["ahoj", "dobrý den", "vážení"],
        signoffs=["díky", "děkuji", "s pozdravem", "zdraví"],
        anonymity=["anonymně"],
    ),
    "hu": Phrases(
        wrote=["írta", "ezt írta"],
        original=["eredeti üzenet"],
        forwarded=["továbbított üzenet"],
        headers={"from": ["feladó"], "sent": ["elküldve", "dátum", "küldve"], "to": ["címzett"],
                 "cc": ["másolatot kap"], "subject": ["tárgy"]},
        mobile=["*-ról küldve", "*-ről küldve", "iphone-ról küldve"],
        greetings=["szia", "sziasztok", "kedves", "tisztelt", "jó napot"],
        signoffs=["köszönöm", "köszi", "üdvözlettel", "üdv", "tisztelettel"],
        anonymity=["névtelenül"],
    ),
    "tr": Phrases(
        wrote=["yazdı", "şunu yazdı"],
        original=["orijinal mesaj", "özgün ileti"],
        forwarded=["iletilen mesaj", "iletilmiş ileti"],
        headers={"from": ["kimden", "gönderen"], "sent": ["gönderildi", "tarih", "gönderilme"], "to": ["kime"],
                 "cc": ["bilgi"], "subject": ["konu"]},
        mobile=["iphone'umdan gönderildi", "* gönderildi"],
        greetings=["merhaba", "selam", "sayın", "değerli"],
        signoffs=["teşekkürler", "teşekkür ederim", "saygılarımla", "sevgiler", "iyi çalışmalar"],
        anonymity=["adımı kullanmayın", "anonim olarak"],
        withhold=Withhold(
            my_name=["adımı", "ismimi", "adım", "ismim"],
            after=["mayın", "meyin", "mayınız", "meyiniz", "masın", "mesin", "gizli"],
            anonymous=["anonim", "isimsiz", "adsız"],
            first_person=["ben", "lütfen", "istiyorum", "olarak"]),
    ),
    "ca": Phrases(
        wrote=["va escriure", "ha escrit"],
        intros=["el"],
        original=["missatge original"],
        forwarded=["missatge reenviat"],
        headers={"from": ["de"], "sent": ["enviat", "data"], "to": ["per a"], "cc": ["a/c"],
                 "subject": ["assumpte"]},
        mobile=["enviat des del meu *", "enviat des de *"],
        greetings=["hola", "bon dia", "benvolgut", "benvolguda", "benvolguts"],
        signoffs=["gràcies", "moltes gràcies", "salutacions", "una abraçada", "atentament"],
        anonymity=["de forma anònima"],
    ),
    "ja": Phrases(
        wrote=["のメッセージ", "は書きました", "書きました", "さんは書きました"],
        original=["元のメッセージ", "オリジナル メッセージ"],
        forwarded=["転送されたメッセージ", "転送メッセージ"],
        headers={"from": ["差出人", "送信者"], "sent": ["送信日時", "日付"], "to": ["宛先"], "cc": ["cc"],
                 "subject": ["件名"]},
        mobile=["iphoneから送信", "*から送信", "*からの送信"],
        greetings=["こんにちは"],
        signoffs=["よろしくお願いします", "よろしくお願いいたします", "ありがとうございます", "よろしく", "以上"],
        withhold=Withhold(
            my_name=["名前", "氏名", "本名", "実名"],
            after=["ないで", "伏せて", "非公開", "控えて"],
            anonymous=["匿名"],
            first_person=["私", "お願い", "ください"]),
    ),
    "zh": Phrases(
        wrote=["写道", "寫道"],
        intros=["在", "于"],
        original=["原始邮件", "原始郵件"],
        forwarded=["转发的邮件", "轉寄的郵件", "转发邮件"],
        headers={"from": ["发件人", "寄件者", "寄件人"], "sent": ["发送时间", "傳送時間", "日期", "时间"],
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
    ),
    "ko": Phrases(
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
    ),
    "vi": Phrases(
        wrote=["đã viết"],
        intros=["vào"],
        original=["thư gốc"],
        headers={"from": ["từ"], "sent": ["đã gửi", "ngày"], "to": ["đến"], "subject": ["chủ đề"]},
        greetings=["xin chào", "chào"],
        signoffs=["cảm ơn", "trân trọng"],
        withhold=Withhold(
            my_name=["tên tôi", "tên của tôi", "tên mình", "tên em", "tên thật"],
            verbs=["dùng", "ghi", "đăng", "công bố", "nêu", "sử dụng", "để", "viết", "in"],
            negations=["đừng", "không", "xin đừng", "đừng có"],
            anonymous=["ẩn danh", "giấu tên"],
            first_person=["tôi", "xin", "mình", "em", "muốn"]),
    ),
    "ro": Phrases(
        wrote=["a scris"],
        intros=["pe", "la", "în"],
        original=["mesaj original", "mesajul original"],
        forwarded=["mesaj redirecționat", "mesaj redirectionat"],
        headers={"from": ["de la"], "sent": ["trimis", "data"], "to": ["către", "catre"], "subject": ["subiect"]},
        mobile=["trimis de pe iphone-ul meu", "trimis de pe *", "trimis de la *"],
        greetings=["bună ziua", "bună", "salut", "dragi"],
        signoffs=["mulțumesc", "multumesc", "cu stimă", "cu stima", "cu drag", "toate cele bune"],
        anonymity=["nu folosiți numele meu", "nu folositi numele meu", "vă rog anonim"],
        withhold=Withhold(
            my_name=["numele meu", "numele meu complet"],
            verbs=["folos", "public", "menţion", "menționa", "pune", "scrie", "include"],
            negations=["nu"],
            without=["fără", "fara"],
            anonymous=["anonim"],
            first_person=["eu", "vă rog", "prefer", "vreau"]),
    ),
    "el": Phrases(
        wrote=["έγραψε"],
        intros=["στις"],
        original=["αρχικό μήνυμα"],
        forwarded=["προωθημένο μήνυμα"],
        headers={"from": ["από"], "sent": ["στάλθηκε", "ημερομηνία"], "to": ["προς"], "cc": ["κοιν"],
                 "subject": ["θέμα"]},
        mobile=["στάλθηκε από το iphone μου", "στάλθηκε από *", "εστάλη από *"],
        greetings=["γεια σας", "γεια σου", "καλημέρα", "αγαπητοί"],
        signoffs=["ευχαριστώ", "ευχαριστώ πολύ", "με εκτίμηση", "φιλικά", "με φιλικούς χαιρετισμούς"],
        withhold=Withhold(
            my_name=["το όνομά μου", "το ονομά μου", "όνομά μου"],
            verbs=["χρησιμοποι", "δημοσιε", "γράψ", "αναφέρ", "βάλ"],
            negations=["μην", "μη", "όχι"],
            without=["χωρίς"],
            anonymous=["ανώνυμ"],
            first_person=["εγώ", "παρακαλώ", "προτιμώ", "θέλω"]),
    ),
    "id": Phrases(
        wrote=["menulis"],
        intros=["pada", "pada tanggal"],
        original=["pesan asli"],
        forwarded=["pesan yang diteruskan", "pesan terusan"],
        headers={"from": ["dari"], "sent": ["dikirim", "tanggal"], "to": ["kepada"], "subject": ["subjek", "perihal"]},
        mobile=["dikirim dari iphone saya", "dikirim dari *"],
        greetings=["halo", "selamat pagi", "selamat siang", "kepada yth"],
        signoffs=["terima kasih", "salam", "hormat saya", "salam hangat"],
        withhold=Withhold(
            my_name=["nama saya", "nama asli saya"],
            verbs=["pakai", "gunakan", "cantumkan", "tulis", "sebut", "publikasi", "tampilkan"],
            negations=["jangan", "tidak", "tolong jangan", "mohon jangan"],
            without=["tanpa"],
            anonymous=["anonim", "tanpa nama"],
            first_person=["saya", "tolong", "mohon", "ingin"]),
    ),
    "tl": Phrases(
        wrote=["sumulat si", "sumulat"],
        intros=["noong"],
        mobile=["ipinadala mula sa aking *", "ipinadala mula sa *"],
        greetings=["magandang umaga", "magandang araw", "kumusta"],
        signoffs=["salamat", "maraming salamat", "lubos na gumagalang"],
        withhold=Withhold(
            my_name=["pangalan ko", "aking pangalan"],
            verbs=["gamit", "ilagay", "isama", "ilathala", "banggit", "ipakita", "isulat", "ilabas"],
            negations=["huwag", "wag", "'wag", "hindi"],
            anonymous=["anonimo", "hindi nagpapakilala", "walang pangalan"],
            first_person=["ako", "ko", "pakiusap", "gusto", "po"]),
    ),
    "ht": Phrases(
        mobile=["voye soti nan iphone mwen", "voye soti nan *"],
        greetings=["bonjou", "bonswa"],
        signoffs=["mèsi", "mèsi anpil", "kenbe fèm", "respè"],
        withhold=Withhold(
            my_name=["non mwen", "non m"],
            verbs=["sèvi", "mete", "pibliye", "di", "ekri", "montre", "bay"],
            negations=["pa", "pinga", "pa janm"],
            without=["san"],
            anonymous=["anonim"],
            first_person=["mwen", "tanpri", "m"]),
    ),
    "ar": Phrases(
        wrote=["كتب", "كتبت", "كتب/كتبت"],
        intros=["في"],
        original=["الرسالة الأصلية"],
        forwarded=["رسالة معاد توجيهها", "الرسالة المعاد توجيهها"],
        headers={"from": ["من"], "sent": ["تاريخ الإرسال", "أُرسلت", "التاريخ"], "to": ["إلى"], "cc": ["نسخة"],
                 "subject": ["الموضوع"]},
        mobile=["أُرسلت من iphone", "أرسلت من iphone", "مرسل من *", "أُرسلت من *", "تم الإرسال من *"],
        greetings=["مرحبا", "مرحباً", "السلام عليكم"],
        signoffs=["شكرا", "شكراً", "مع التحية", "تحياتي", "مع خالص التحية", "مع أطيب التحيات"],
        withhold=Withhold(
            my_name=["اسمي", "إسمي", "اسمي الكامل"],
            verbs=["تستخدم", "استخدام", "تنشر", "نشر", "تذكر", "ذكر", "تضع", "وضع", "تكتب", "كتابة", "تظهر", "إظهار"],
            negations=["لا", "عدم", "لا داعي"],
            without=["بدون", "دون", "من غير"],
            private=["سري", "مجهول"],
            anonymous=["مجهول", "بدون اسم", "دون اسم"],
            first_person=["أنا", "أفضل", "من فضلك", "أرجو", "رجاء", "أريد"]),
    ),
    "he": Phrases(
        wrote=["כתב", "כתבה", "כתב/ה"],
        intros=["בתאריך"],
        original=["הודעה מקורית"],
        forwarded=["הודעה שהועברה"],
        headers={"from": ["מאת"], "sent": ["נשלח", "תאריך"], "to": ["אל"], "cc": ["עותק"], "subject": ["נושא"]},
        mobile=["נשלח מה-iphone שלי", "נשלח מ-*", "נשלח מה*"],
        greetings=["שלום", "היי"],
        signoffs=["תודה", "תודה רבה", "בברכה"],
        withhold=Withhold(
            my_name=["השם שלי", "שמי"],
            verbs=["תשתמש", "להשתמש", "תפרסם", "לפרסם", "תציין", "לציין", "תכתוב", "לכתוב"],
            negations=["אל", "לא"],
            without=["בלי", "ללא"],
            anonymous=["אנונימ", "בעילום שם"],
            first_person=["אני", "בבקשה", "מעדיף", "מעדיפה"]),
    ),
    "fa": Phrases(
        wrote=["نوشت"],
        intros=["در تاریخ"],
        original=["پیام اصلی"],
        headers={"from": ["از"], "sent": ["ارسال شده", "تاریخ"], "to": ["به"], "subject": ["موضوع"]},
        mobile=["ارسال شده از *"],
        greetings=["سلام"],
        signoffs=["با تشکر", "ممنون", "با احترام", "سپاس"],
        withhold=Withhold(
            my_name=["اسمم", "نامم", "اسم من", "نام من"],
            after=["نکنید", "ننویسید", "نیاورید", "نبرید", "نگذارید", "ندهید", "محرمانه"],
            without=["بدون"],
            anonymous=["ناشناس", "بی‌نام", "بدون نام"],
            first_person=["من", "لطفا", "لطفاً", "ترجیح"]),
    ),
    "hi": Phrases(
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
    ),
    "th": Phrases(
        wrote=["เขียนว่า"],
        intros=["เมื่อ"],
        original=["ข้อความต้นฉบับ"],
        headers={"from": ["จาก"], "sent": ["ส่ง", "วันที่"], "to": ["ถึง"], "subject": ["เรื่อง"]},
        mobile=["ส่งจาก iphone ของฉัน", "ส่งจาก *"],
        greetings=["สวัสดี", "สวัสดีครับ", "สวัสดีค่ะ"],
        signoffs=["ขอบคุณ", "ขอบคุณครับ", "ขอบคุณค่ะ", "ด้วยความเคารพ"],
    ),
}


UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""Scripts that write words without spaces between them: no word boundaries there."""


def _phrase(text: str) -> str:
    """One phrase as a regex: escaped, spaces flexible, `*` a short wildcard."""
    parts = [re.escape(p).replace(r"\ ", r"\s+") for p in text.split("*")]
    return r".{0,40}?".join(parts)


def _words(texts: list[str], stems: bool = False, suffixes: bool = False) -> str:
    """An alternation that does not start or end inside a word where the script spaces its words; `stems` take
    any ending ("publi" for publish, publiquen), `suffixes` may end a word ("mayın" in "kullanmayın")."""
    out = []
    for text in sorted(set(texts), key=len, reverse=True):
        spaced = text[:1].isalpha() and not UNSPACED.match(text)
        left = r"(?<![^\W\d_])" if spaced and not suffixes else ""
        right = r"\w*" if stems else (r"(?![^\W\d_])" if text[-1:].isalpha() and text.isascii() else "")
        out.append(left + _phrase(text) + right)
    return "|".join(out)


def _collect(name: str) -> list[str]:
    return [p for lang in LANGUAGES.values() for p in getattr(lang, name)]


def _header_kinds() -> dict[str, str]:
    return {key: kind for lang in LANGUAGES.values() for kind, keys in lang.headers.items() for key in keys}


class PhraseSet:
    """A compiled alternation with a cheap literal pre-check, so most lines never reach the regex."""

    def __init__(self, texts: list[str], template: str = "{}") -> None:
        self.regex = re.compile(template.format(_words(texts)), re.I)
        self._keys = tuple({max(t.split("*"), key=len).strip().lower() for t in texts})

    def _maybe(self, line: str) -> bool:
        low = line.lower()
        return any(map(low.__contains__, self._keys))

    def search(self, line: str) -> re.Match[str] | None:
        """The first phrase anywhere in `line`."""
        return self.regex.search(line) if self._maybe(line) else None

    def match(self, line: str) -> re.Match[str] | None:
        """The template matched at the start of `line`."""
        return self.regex.match(line) if self._maybe(line) else None


EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
"""An email address anywhere in a line (attribution lines, contact details, address-like names)."""

HEADER_KINDS: dict[str, str] = _header_kinds()
_WROTE_LAST = frozenset(w.split()[-1].lower().strip("()") for w in _collect("wrote"))

WROTE = PhraseSet(_collect("wrote"), r"(?:{})(?:\s*\(a\))?")
INTRO = re.compile(rf"^[\s>*-]*(?:{_words(_collect('intros'))})\s", re.I)
INTRO_MIDLINE = re.compile(rf"(?<=\S)[\s-]*?-*\s*(?=(?:{_words(_collect('intros'))})\s)", re.I)
HEADER_LINE = re.compile(rf"^[\s>*]*({_words(list(HEADER_KINDS))})\s*\**\s*[:：]", re.I)
HEADER_INLINE = re.compile(rf"\s({_words(list(HEADER_KINDS))})\s*\**\s*[:：]\s", re.I)
"""A header key inside a line: Outlook sometimes flattens its block to "From: A Sent: B To: C Subject: D"."""
SEPARATOR_PHRASE = PhraseSet(_collect("original"), r"^[\s>*_=~-]*(?:{})[\s*_=~:-]*$")
FORWARD_PHRASE = PhraseSet(_collect("forwarded"), r"^[\s>*_=~-]*(?:{})[\s*_=~:-]*$")
MOBILE = PhraseSet(_collect("mobile"), r"^[\W_]*(?:{})")
DISCLAIMER = PhraseSet(_collect("disclaimers"))
GREETING = PhraseSet(_collect("greetings"), r"^\s*(?:{})(?P<rest>.*)$")
SIGNOFF = PhraseSet(_collect("signoffs"), r"^[\s\-–—~]*(?:{})(?P<rest>.*)$")
ANONYMITY = PhraseSet(_collect("anonymity"))
def _gap(most: int) -> str:
    """A few characters within one clause: no sentence or clause punctuation."""
    return rf"[^,.;:!?。！？、，\n]{{0,{most}}}?"


def _group(texts: list[str], stems: bool = False, suffixes: bool = False) -> str:
    return f"(?:{_words(texts, stems, suffixes)})"


def _withhold_forms(w: Withhold) -> list[str]:
    name, forms = _group(w.my_name), []
    if w.negations and w.verbs:
        negation, verb = _group(w.negations), _group(w.verbs, stems=True)
        forms += [negation + _gap(20) + verb + _gap(25) + name, name + _gap(12) + negation + _gap(12) + verb]
        if w.negation_last:
            forms.append(verb + _gap(12) + name + _gap(20) + negation)
    if w.after:
        forms.append(name + _gap(14) + _group(w.after, suffixes=True))
    if w.without:
        forms.append(_group(w.without) + _gap(10) + name)
    if w.private:
        forms.append(name + _gap(15) + _group(w.private, stems=True))
    return forms


def _withholding(name: str) -> list[str]:
    return [p for lang in LANGUAGES.values() for p in getattr(lang.withhold, name)]


_WITHHOLD = re.compile("|".join(f for lang in LANGUAGES.values() for f in _withhold_forms(lang.withhold)), re.I)
_CONSENT = re.compile(_group(_withholding("consent"), stems=True), re.I)
_ANONYMOUS = re.compile(_group(_withholding("anonymous"), stems=True), re.I)
_FIRST_PERSON = re.compile(_group(_withholding("first_person")), re.I)
_NAME_KEYS = tuple({text.lower() for text in _withholding("my_name")})
_ANONYMOUS_KEYS = tuple({text.lower() for text in _withholding("anonymous")})


def withholds_name(sentence: str) -> bool:
    """True when a sentence asks the organizers not to print the sender's name, however it is put."""
    low = sentence.lower()
    if any(map(low.__contains__, _NAME_KEYS)):
        found = _WITHHOLD.search(sentence)
        if found and not _CONSENT.search(found.group(0)):
            return True
    if not any(map(low.__contains__, _ANONYMOUS_KEYS)) or not _ANONYMOUS.search(sentence):
        return False
    words = sentence.split()
    if UNSPACED.search(sentence) and len(words) <= 3:
        return len(sentence.strip()) <= 30
    return len(words) <= 3 or (len(words) <= 10 and bool(_FIRST_PERSON.search(sentence)))


NAME_REQUEST = PhraseSet(
    _collect("name_requests"),
    r"(?:{})\s*[:\"“'‘]?\s*(?P<name>[^\W\d_][\w.'’ -]{{0,38}})[\"”'’]?\s*[.!,]?\s*(?:please|por favor|thanks)?[.!]?$",
)
INITIALS = PhraseSet(_collect("initials"))
FIRST_NAME = PhraseSet(_collect("first_name"))


def ends_like_attribution(line: str) -> bool:
    """True when a line ends as attributions do: a colon, or the verb itself ("wrote ----")."""
    tail = line.rstrip()
    if tail.endswith((":", "：")):
        return True
    words = tail.rstrip(" -").split()
    return bool(words) and words[-1].lower().strip("()") in _WROTE_LAST
