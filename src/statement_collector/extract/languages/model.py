"""What one language's phrases are: the shape every `languages/<code>.py` fills in."""

from __future__ import annotations

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
class Requests:
    """What a supporter asks of the organizers about their statement, beyond the name grammar of `Withhold`.

    Phrases are matched on the normal form (`normal.fold`: lower case, no accents, ASCII apostrophes); `*` is a
    few words within one clause. A CONSENT phrase keeps the name even when it holds request words ("no need to
    keep me anonymous"); a request still found outside it makes the sentence doubtful.
    """

    consent: list[str] = field(default_factory=list)
    """Permission to print the name: "you can use my name", "no me importa que aparezca mi nombre"."""
    passive: list[str] = field(default_factory=list)
    """After a negation, a request not to be identified: "I don't want to be named"."""
    who: list[str] = field(default_factory=list)
    """Clauses for the writer's identity, after a verb of saying or knowing: "who I am", "quién soy"."""
    identify: list[str] = field(default_factory=list)
    """Phrases that ask not to be identified on their own: "no name please", "identify me"."""
    introductions: list[str] = field(default_factory=list)
    """A writer introducing themselves ("my name is"): not a request, and the name follows."""
    withdraw_verbs: list[str] = field(default_factory=list)
    """Verbs (stems) of taking a statement back: "withdraw", "disregard", "retiren"."""
    use_verbs: list[str] = field(default_factory=list)
    """Verbs (stems) that, negated, take a statement back: "don't use my letter"."""
    my_words: list[str] = field(default_factory=list)
    """The writer's own message as an object: "my statement", "what I sent", "lo que les mandé"."""
    change_of_mind: list[str] = field(default_factory=list)
    """A change of mind with no object: "I changed my mind", "ya no quiero participar" (a person decides)."""


@dataclass(frozen=True)
class Stance:
    """Whether a reply supports the campaign's ask, as words matched on the normal form (stems end in "*").

    A clause with a SUPPORT or an OPPOSE verb is read by the first ASK or HARM word of what follows: opposing the
    ask ("I oppose closing the loopholes") or supporting what the campaign opposes ("I support the sheriff's
    contract with ICE") is opposition; the other two are support. ENFORCEMENT phrases defend what an immigrant
    rights campaign opposes on their own. LOGISTICS words make a short reply a note about the meeting.
    """

    support: list[str] = field(default_factory=list)
    oppose: list[str] = field(default_factory=list)
    ask: list[str] = field(default_factory=list)
    """What a campaign asks for: "closing", "the bill", "this", "the proposal"."""
    harm: list[str] = field(default_factory=list)
    """What such a campaign asks to end: "ice", "deportations", "the current policy", "loopholes"."""
    pointers: list[str] = field(default_factory=list)
    """Words that point at the ask ("this", "it") only when nothing more telling follows them."""
    negators: list[str] = field(default_factory=list)
    """Words that, right before a HARM word, ask for its end: "the policy with no loophole", "sin redadas"."""
    meeting: list[str] = field(default_factory=list)
    """Words about the meeting itself: a short reply of LOGISTICS needs one of these or a question."""
    enforcement: list[str] = field(default_factory=list)
    logistics: list[str] = field(default_factory=list)


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
    behalf: list[str] = field(default_factory=list)
    """A closing that signs for a group, over a name and a role: "On behalf of the Farm Bureau,"."""
    meta: list[str] = field(default_factory=list)
    """A short note to the organizers opening or closing a statement, never printed: "here is my statement",
    "please use this version instead", "sorry for the typo"."""
    sample_intros: list[str] = field(default_factory=list)
    """Words of a campaign email introducing a sample statement for supporters to send: "sample statement",
    "feel free to use", "puede usar este mensaje"."""
    first_person_words: list[str] = field(default_factory=list)
    """Pronouns of a writer speaking for themselves ("i", "my", "we"): a sample statement speaks so."""
    lives_in: list[str] = field(default_factory=list)
    """Words in a statement's first sentence before the town the writer lives or works in: "I live in",
    "I'm a * in" ("I'm a nurse in St. Albans"), "vivo en". Never words of origin ("I'm from", "soy de"): where a
    person comes from is not where they live."""
    regions: list[str] = field(default_factory=list)
    """States and provinces that may follow a town ("Middlebury, Vermont", "Middlebury, VT"); upper-case codes
    and codes ending in a period ("Vt.") match only as written, names in any case."""
    place_joiners: list[str] = field(default_factory=list)
    """Lower-case words inside a place name: "de" in "San Juan de los Lagos", "upon" in "Newcastle upon Tyne"."""
    not_places: list[str] = field(default_factory=list)
    """Words of a role, title, degree or organization: a closing line holding one names no town ("Program
    Director", "Migrant Justice", "PhD", "Iglesia San Pedro")."""
    withhold: Withhold = field(default_factory=Withhold)
    """How a request not to print the name is put together (see `Withhold`)."""
    requests: Requests = field(default_factory=Requests)
    stance: Stance = field(default_factory=Stance)
    """Support, opposition and logistics (see `Stance`)."""
    """Consent, withdrawal and identity requests (see `Requests`)."""
    reply_prefixes: list[str] = field(default_factory=list)
    """Subject prefixes of replies and forwards, before a colon: "Re:", "AW:", "回复:"."""
    auto_reply_subjects: list[str] = field(default_factory=list)
    """Subjects opening an automatic answer: "Out of office", "Respuesta automática"."""
    absent: list[str] = field(default_factory=list)
    """An automatic answer saying its writer is away: "out of the office", "fuera de la oficina"."""
    absent_return: list[str] = field(default_factory=list)
    """What such an answer adds: when the writer is back or whom to write: "will return", "for urgent matters"."""
    unsubscribe: list[str] = field(default_factory=list)
    """A request to be taken off the list: "unsubscribe", "darme de baja"."""
    attachment: list[str] = field(default_factory=list)
    """Words pointing at an attached file ("see my statement attached", "adjunto mi carta"); stems match too."""
    document: list[str] = field(default_factory=list)
    """Words for the statement itself as a file: "my statement is attached" points to the attachment."""
    stopwords: list[str] = field(default_factory=list)
    """Common words that tell the language of a text ("the", "and"); a language without them is never guessed."""
