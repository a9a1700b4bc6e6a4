"""French: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["a écrit", "écrit", "a ecrit"],
    intros=["le"],
    original=["message d'origine", "message original", "courriel original"],
    forwarded=["message transféré", "début du message réexpédié", "début du message transféré",
               "message réexpédié", "message transmis"],
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
    sample_intros=["exemple de message", "exemple", "modèle", "copier-coller", "vous pouvez utiliser", "texte suggéré"],
    first_person_words=["je", "j'ai", "moi", "mon", "ma", "mes", "nous", "notre", "nos"],
    lives_in=["j'habite à", "j'habite * à", "je vis à", "nous vivons à", "je travaille à", "je suis * à",
              "nous sommes * à"],
    withhold=Withhold(
        my_name=["mon nom", "mon nom complet", "mon prénom", "mon nom de famille", "mon identité"],
        verbs=["utilis", "publi", "mett", "mention", "inclu", "partag", "cit", "affich", "donn", "révél", "divulgu",
               "sign", "écri", "imprim", "veu", "voudr", "apparai", "figur"],
        negations=["ne", "n'", "jamais"],
        without=["sans", "omettez", "cachez", "retirez", "enlevez"],
        private=["privé", "confidentiel", "anonym", "secret"],
        anonymous=["anonym"],
        first_person=["je", "j'", "me", "moi", "mon", "svp", "s'il", "préfère", "rester"],
        consent=["hésit", "dérange", "problème", "peur", "honte"]),
    reply_prefixes=["ref", "tr"],
    auto_reply_subjects=["réponse automatique", "reponse automatique", "absence du bureau", "absent du bureau"],
    unsubscribe=["désabonner", "désinscrire"],
    attachment=["pièce jointe", "piece jointe", "ci-joint", "en pj"],
    document=["lettre", "déclaration", "témoignage", "fichier", "document"],
    stopwords=["le", "les", "des", "et", "est", "pour", "nous", "une", "du", "qui", "dans", "avec", "je"],
)
