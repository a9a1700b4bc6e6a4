"""Portuguese: what its mail clients and writers say around a reply."""

from __future__ import annotations

from .model import Phrases, Withhold

PHRASES = Phrases(
    wrote=["escreveu", "escreveu o seguinte"],
    intros=["em", "no", "na"],
    original=["mensagem original"],
    forwarded=["mensagem encaminhada", "início da mensagem encaminhada", "mensagem reencaminhada",
               "início da mensagem reencaminhada"],
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
    sample_intros=["mensagem de exemplo", "exemplo", "modelo", "copiar e colar", "pode usar", "podem usar",
        "texto sugerido"],
    first_person_words=["eu", "me", "meu", "minha", "meus", "minhas", "nós", "nosso", "nossa"],
    lives_in=["moro em", "vivo em", "moramos em", "trabalho em", "trabalho * em", "sou * em"],
    withhold=Withhold(
        my_name=["meu nome", "meu nome completo", "meu sobrenome", "minha identidade"],
        verbs=["us", "public", "coloqu", "coloc", "inclu", "divulg", "compartilh", "mencion", "mostr", "escrev",
               "assin", "revel", "ponh", "bot", "quero", "aparec", "figur"],
        negations=["não", "nao", "nunca"],
        without=["sem", "omitam", "ocultem", "retirem", "tirem"],
        private=["em sigilo", "confidencial", "anônim", "anónim", "privado", "em segredo"],
        anonymous=["anônim", "anónim", "anonim", "anonimato"],
        first_person=["eu", "me", "meu", "prefiro", "quero", "por favor", "favor", "ficar"],
        consent=["importo", "importa", "problema", "hesit", "medo", "vergonha"]),
    reply_prefixes=["res", "enc"],
    absent=["fora do escritório", "fora do escritorio", "de férias", "de ferias", "acesso limitado ao e-mail"],
    absent_return=["retorno no dia", "estarei de volta", "responderei", "no meu retorno", "em caso de urgência",
                   "em caso de urgencia"],
    auto_reply_subjects=["resposta automática", "resposta automatica", "fora do escritório"],
    unsubscribe=["cancelar inscrição", "descadastrar"],
    attachment=["anexo", "anexad", "anexei"],
    document=["declaração", "depoimento", "arquivo", "carta", "documento"],
    stopwords=["o", "os", "da", "do", "e", "que", "para", "com", "não", "uma", "nós", "são", "em", "eu"],
)
