"""The records that pass between pipeline stages."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Status(StrEnum):
    """Where a statement stands (DESIGN §3)."""

    ACCEPTED = "accepted"
    REVIEW = "review"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"


class Reason(StrEnum):
    """Why a statement is rejected or held for review (DESIGN §3); `explain()` says it in words."""

    AUTO_REPLY = "auto-reply"
    BOUNCE = "bounce"
    LOOP = "loop"
    NOT_A_REPLY = "not-a-reply"
    UNSUBSCRIBE = "unsubscribe"
    EMPTY = "empty"
    TOO_SHORT = "too-short"
    SPAM = "spam"
    MALFORMED = "malformed"
    TOO_LONG = "too-long"
    TOO_LARGE = "too-large"
    CONTACT_DETAILS = "contact-details"
    NEEDS_APPROVAL = "needs-approval"
    UNCERTAIN = "uncertain"
    POSSIBLE_DUPLICATE = "possible-duplicate"
    IDENTIFIES_AUTHOR = "identifies-author"
    NOT_SUPPORT = "not-support"
    WITHDRAWN = "withdrawn"
    MANUAL = "manual"

    def explain(self) -> str:
        """What this reason means, for a person reviewing."""
        return _EXPLANATIONS[self]


_EXPLANATIONS: dict[Reason, str] = {
    Reason.AUTO_REPLY: "An out-of-office or other automatic answer (RFC 3834).",
    Reason.BOUNCE: "A delivery status notification.",
    Reason.LOOP: "Mail from the campaign's own address.",
    Reason.NOT_A_REPLY: "Neither threaded under nor titled as the campaign mail.",
    Reason.UNSUBSCRIBE: "A request to be taken off the list, not a statement.",
    Reason.EMPTY: "Nothing of the supporter's own is left after extraction.",
    Reason.TOO_SHORT: "Fewer words than `min_words`.",
    Reason.SPAM: "The receiving server marked it as spam.",
    Reason.MALFORMED: "The message could not be read at all; its raw bytes are kept.",
    Reason.TOO_LONG: "Longer than `max_chars`.",
    Reason.TOO_LARGE: "Too large to read whole (over `max_message_mb`, or a body far longer than any statement).",
    Reason.CONTACT_DETAILS: "Holds a phone number, email or street address a person must check.",
    Reason.NEEDS_APPROVAL: "`require_review` is on.",
    Reason.UNCERTAIN: "Extraction is unsure which lines are the supporter's own; check the removed text below. "
                      "If the reply points to an attached file, the statement may be in it: read it in the "
                      "mailbox and `edit` this statement. If the HTML hid text from the reader (see privacy), read "
                      "the original: what was hidden is not printed.",
    Reason.POSSIBLE_DUPLICATE: "Nearly the same text from another address under the same name.",
    Reason.IDENTIFIES_AUTHOR: "The supporter asked not to be named, but the text names them (their name, "
                              "sign-off or a self-introduction): remove it with `edit --text`, then approve.",
    Reason.NOT_SUPPORT: "Not a statement of support: only questions or notes about the meeting (a ride, the time, "
                        "the link), or it opposes what the campaign asks. Answer the supporter if needed; approve "
                        "it only if it should be printed.",
    Reason.WITHDRAWN: "The supporter asked, in this or a later message, that what they sent not be used.",
    Reason.MANUAL: "Rejected by a person.",
}


class Cursor(BaseModel):
    """How far a mailbox has been read: stored with the message it points to, in one transaction."""

    model_config = ConfigDict(frozen=True)

    account: str
    uidvalidity: int
    uid: int


class RawMessage(BaseModel):
    """The exact bytes of one message and where they came from."""

    model_config = ConfigDict(frozen=True)

    data: bytes
    origin: str = ""
    received_at: datetime | None = None
    truncated: bool = False
    cursor: Cursor | None = None
    """For a mailbox read in order (IMAP): the cursor to store once this message is stored."""


class Reply(BaseModel):
    """A parsed message: what the later stages need, decoded."""

    sender: str = ""
    name: str | None = None
    date: datetime | None = None
    message_id: str | None = None
    in_reply_to: list[str] = Field(default_factory=list)
    references: list[str] = Field(default_factory=list)
    subject: str = ""
    headers: dict[str, str] = Field(default_factory=dict)
    content_type: str = ""
    part_types: list[str] = Field(default_factory=list)
    attachments: int = 0
    """Files the sender attached (documents, photos); not the logos a signature shows inline."""
    text: str = ""
    html: str = ""
    malformed: bool = False
    truncated: bool = False
    unread: bool = False
    """Part of the message could not be read at all (more lines, or more HTML, than any reader allows)."""

    def header(self, name: str) -> str:
        """The first value of a header, matched case-insensitively, or ''."""
        return self.headers.get(name.lower(), "")


class Extraction(BaseModel):
    """The supporter's own words and what was taken away to find them."""

    text: str = ""
    removed: str = ""
    uncertain: bool = False
    signoff_name: str | None = None
    anonymous: bool = False
    """The supporter asked not to be named (the sentence that asked is in `removed`)."""
    requested_name: str | None = None
    """A name or pseudonym the supporter asked to be printed under."""
    initials_only: bool = False
    """The supporter asked to be printed by initials."""
    first_name_only: bool = False
    """The supporter asked to be printed by first name only."""
    requests: dict[str, str] = Field(default_factory=dict)
    """What the writer asked about themselves (anonymity, consent, withdrawal, ...) -> the sentence that asked."""
    truncated: bool = False
    """The body was far longer than any statement: only its start was read for the statement, all of it for
    requests."""
    hidden_text: int = 0
    """Letters of text the HTML hid from the reader (by style or attribute) in the reply's own part, left out of
    the statement; 0 unless enough for a person to look (a hidden instruction or slogan, not a preheader)."""
    forwarded: bool = False
    """A forward with nothing added: `text` is the forwarded message (someone else's words), never printed."""
    place: str | None = None
    """The town the supporter gave in their closing lines (removed from `text`) or in their first sentence (copied,
    the sentence stays): "Middlebury, VT". Never from an address or the mail headers."""
    role: str | None = None
    """The role the supporter signed with ("Social worker", "RN"): shown to organizers, never printed."""
    campaign_only: bool = False
    """The reply holds only the campaign email's own text (pasted or quoted without markers): a person looks."""


class Outcome(BaseModel):
    """A stage's verdict: a status and, unless accepted, a reason."""

    model_config = ConfigDict(frozen=True)

    status: Status
    reason: Reason | None = None


class Decision(StrEnum):
    """A person's verdict on a statement, over the machine's."""

    APPROVED = "approved"
    REJECTED = "rejected"


RunKind = Literal["import", "poll", "reprocess"]


class Row(BaseModel):
    """What deduplication needs to know of one statement: the store's typed row (`Store.decision_rows`)."""

    id: int
    sender: str
    name: str | None
    received_at: datetime
    status: Status
    reason: Reason | None
    decision: Decision | None = None
    text: str
    anonymous: bool = False
    edit_anonymous: bool | None = None
    requests: dict[str, str] = {}
    author_names: list[str] = []
    seen: str | None = None
    person_anonymous: bool = False
    note: str = ""

    @property
    def decided(self) -> bool:
        """A person approved or rejected it."""
        return self.decision is not None

    @property
    def printed_anonymous(self) -> bool:
        """Printed without a name: a person's edit, else any request of the sender's."""
        return self.edit_anonymous if self.edit_anonymous is not None else self.anonymous or self.person_anonymous


class Resolved(NamedTuple):
    """A statement's place after deduplication and the sender's requests are applied over all their mail."""

    id: int
    status: Status
    reason: Reason | None
    group: int | None
    anonymous: bool
    """The sender asked, in some message, not to be named."""
    note: str
    """The person-level privacy decision in words, or ''."""


class Statement(BaseModel):
    """One message's result, as stored and listed."""

    id: int | None = None
    message_id: str | None = None
    sender: str = ""
    name: str | None = None
    anonymous: bool = False
    received_at: datetime
    status: Status
    reason: Reason | None = None
    text: str = ""
    removed: str = ""
    group: int | None = None
    subject: str = ""
    requests: dict[str, str] = Field(default_factory=dict)
    """What the sender asked in this message about themselves (request kind -> the sentence)."""
    author_names: list[str] = Field(default_factory=list)
    """Every form of the sender's name this message shows (display name, sign-off, address); never printed."""
    privacy: list[str] = Field(default_factory=list)
    """Each privacy decision taken on this statement, in words, for `show`."""
    person_note: str = ""
    """What the sender's other messages decided about this one (anonymity, withdrawal), or ''."""
    checked: bool = False
    """A person approved or edited exactly this text, name and anonymity."""
    place: str | None = None
    """The town the supporter gave (a person's `edit --place` over extraction's); printed only for named ones."""
    role: str | None = None
    """The role the supporter signed with ("Social worker", "RN"): shown to organizers, never printed."""

    def record(self) -> dict[str, object]:
        """The DESIGN §3 JSON record."""
        return {
            "message_id": self.message_id,
            "sender": self.sender,
            "name": self.name,
            "anonymous": self.anonymous,
            "received_at": self.received_at.isoformat(),
            "status": self.status.value,
            "reason": self.reason.value if self.reason else None,
            "text": self.text,
            "place": self.place,
        }


class Signer(BaseModel):
    """A name as printed under a statement (never an address)."""

    name: str
    anonymous: bool = False
    received_at: datetime
    statement_id: int | None = None
    """The stored statement printed here (exports follow the compilation's order through it)."""
    place: str | None = None
    """The supporter's town, printed after the name; always None for an anonymous supporter (a small town can
    identify a person) and when `[compilation] show_places` is off."""

    @model_validator(mode="after")
    def _anonymous_without_place(self) -> Signer:
        """An anonymous signer never carries a place, whoever builds it."""
        if self.anonymous:
            self.place = None
        return self


class Entry(BaseModel):
    """One printed statement: its text once and everyone who sent it."""

    text: str
    signers: list[Signer]
    received_at: datetime
    language: str = "en"

    @property
    def is_group(self) -> bool:
        """True when more than one supporter sent this text."""
        return len(self.signers) > 1


class Compilation(BaseModel):
    """Everything the templates print; holds no email address by construction."""

    title: str
    subtitle: str = ""
    organization: str = ""
    intro: str = ""
    language: str = "en"
    page_size: str = "letter"
    show_dates: bool = True
    generated_at: datetime
    entries: list[Entry]
    """In print order: `build` decides it once, every output prints it as it is."""
    supporters: int
    grouped_entries: int = 0
    """Entries printed once for several supporters (form letters)."""
    grouped_signers: int = 0
    """Supporters who sent those texts."""
    first_received: datetime | None = None
    last_received: datetime | None = None
    languages: dict[str, int] = Field(default_factory=dict)
    draft: bool = False
    """Statements not yet reviewed are included: every page is marked DRAFT."""
    meeting: str = ""
    """The meeting the statements are for, printed on the cover (the compile date is on the summary page)."""
    places: dict[str, int] = Field(default_factory=dict)
    """Named supporters by town, most first (`compilation.town_counts`): the index at the end; empty when
    `show_places` is off."""
