"""Cleaning ticket text: HTML to text, quoted replies, signatures, boilerplate.

What remains is what the customer wrote in this message. The raw text is kept
beside it by the ingest step, so nothing the export held is lost.
"""

from __future__ import annotations

import html
import re
import warnings
from collections import Counter
from typing import Iterable

from .config import CleaningConfig

_HTML_HINT = re.compile(
    r"<\s*/?\s*(p|br|div|span|b|i|u|a|ul|ol|li|table|tr|td|html|body|strong|em|font|img|h[1-6]|blockquote|pre|hr)\b[^>]*>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]{2,8});", re.IGNORECASE)
_BREAKS = re.compile(
    r"<\s*(br|/?p|/?div|/?li|/?tr|/?h[1-6]|/?blockquote|/?pre|/?table|/?ul|/?ol|hr)\b[^>]*>", re.IGNORECASE
)
_SCRIPTS = re.compile(r"<\s*(script|style|head)\b", re.IGNORECASE)
# Table cells render apart; their text must not run together ("IBAN" + "DE28 ..." -> "IBANDE28 ...").
_CELLS = re.compile(r"<\s*/?\s*t[dh]\b[^>]*>", re.IGNORECASE)

# A line that opens a quoted earlier message: everything from it on is history.
_REPLY_HEADERS = [re.compile(p, re.IGNORECASE) for p in (
    r"^on\b.{0,200}\bwrote:?$",
    r"^el\b.{0,200}\bescribi[óo]:?$",
    r"^le\b.{0,200}\ba [ée]crit\s?:?$",
    r"^am\b.{0,200}\bschrieb\b.{0,120}:?$",
    r"^op\b.{0,200}\bschreef\b.{0,120}:?$",
    r"^-{2,}\s*(original message|mensaje original|message d'origine|ursprüngliche nachricht|forwarded message)\s*-{2,}$",
    r"^_{8,}$",
    r"^begin forwarded message:?$",
)]
# One pass instead of one match per pattern: this runs on every line of every ticket.
_REPLY_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in _REPLY_HEADERS), re.IGNORECASE)
# Outlook-style header block: "From: ..." followed shortly by "Sent:"/"Date:".
_FROM_LINE = re.compile(r"^(from|de|von):\s*\S", re.IGNORECASE)
_SENT_LINE = re.compile(r"^(sent|date|enviado|fecha|gesendet|datum|to|para|subject|asunto):", re.IGNORECASE)
_MOBILE_SIG = re.compile(
    r"^(sent from my|sent from outlook|get outlook for|enviado desde mi|envoyé de mon|von meinem)\b.*$",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(best|kind|warm|many)?\s*(regards|wishes)[,.!]*$|^(thanks|thank you|thx|cheers|sincerely|"
    r"best|regards|saludos|un saludo|saludos cordiales|atentamente|gracias|muchas gracias|"
    r"cordialement|mit freundlichen grüßen|yours truly|yours sincerely)([ ,.!]+\w+)?[,.!]*$",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(hi|hello|hey|dear|good (morning|afternoon|evening)|hola|buenos d[ií]as|buenas( tardes)?|estimad[oa]s?|"
    r"bonjour|salut|hallo|guten tag|liebe[rs]?|sehr geehrte[rs]?|ciao|buongiorno|ol[aá]|bom dia)\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
# "(16:28:32) Carlos (Brightwave): text" / "[10:02] Bot: text" / "Agent Maria: text"
_SPEAKER_LINE = re.compile(
    r"^(?:[(\[]?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?[)\]]?\s*)"
    r"(?P<speaker>[^\W\d_][\w .'’-]{0,38}?(?:\s*\([^)]{1,40}\))?)\s*:\s+(?P<text>.*)$",
    re.IGNORECASE,
)
_STAFF_HINT = re.compile(r"\(|\b(bot|assistant|agent|support|team|virtual|advisor|operator|system)\b", re.IGNORECASE)
_LINE_TIME = re.compile(r"^[(\[]?\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?)?[)\]]?\s*", re.IGNORECASE)
_HAS_WORD = re.compile(r"[^\W_]")


def html_to_text(text: str) -> str:
    """Render HTML to plain text, one line per block element and ``<br>``."""
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    # Line breaks go in as text before parsing: walking the tree for block
    # tags costs ten times the parse.
    text = _BREAKS.sub(lambda m: "\n" + m.group(0), text)
    text = _CELLS.sub(lambda m: " " + m.group(0), text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(text, "html.parser")
    if _SCRIPTS.search(text):
        for tag in soup(["script", "style", "head"]):
            tag.decompose()
    return soup.get_text()


def clean_subject(subject: str) -> str:
    """A subject line as plain text on one line (tags and entities decoded)."""
    if not subject:
        return subject
    if _HTML_HINT.search(subject):
        subject = html_to_text(subject)
    elif "&" in subject and _ENTITY.search(subject):
        subject = html.unescape(subject)
    return _SPACES.sub(" ", subject.replace("\r", " ").replace("\n", " ")).strip()


def _boilerplate_key(line: str) -> str:
    # Lines arrive with single spaces already. A chat transcript's time stamp
    # is not part of the line ("(16:27:49) Bot: connecting you to an agent").
    # Other digits stay: "Order 12345 not delivered" in many tickets is content.
    # Only a line that opens with a digit or a bracket can start with a time: the rest skip the search.
    first = line[:1]
    return _LINE_TIME.sub("", line).lower() if first and (first in "([" or first.isdigit()) else line.lower()


class TextCleaner:
    """Turn a raw ticket body into the customer's own words.

    Steps, in order: HTML to text (only when the body has tags), entity
    decoding, whitespace normalising, cutting quoted earlier messages ("On ...
    wrote:", "-----Original Message-----", Outlook ``From:``/``Sent:`` blocks,
    ``>`` lines), dropping lines learned as boilerplate, cutting signatures
    (``-- ``, "Sent from my iPhone", a closing salutation followed by a few
    short lines).

    Parameters
    ----------
    config : CleaningConfig, optional
        Boilerplate thresholds.

    Attributes
    ----------
    boilerplate_ : frozenset of str
        Normalised lines (lower case, single spaces) that
        recur in too many tickets to be anyone's own words.
    staff_speakers_ : frozenset of str
        Chat-transcript speakers taken for staff or bots (named like "Carlos
        (Company)" or "Assistant", or speaking in many transcripts); their
        lines are dropped so a transcript keeps the customer's words.
    n_fit_ : int
        Number of bodies the boilerplate was learned from.
    """

    def __init__(self, config: CleaningConfig | None = None):
        self.config = config

    def fit(self, bodies: Iterable[str]) -> "TextCleaner":
        """Learn boilerplate lines from bodies (a sequence of str)."""
        self._learn([self._strip_history(b) for b in bodies])
        return self

    def transform(self, bodies: Iterable[str]) -> list[str]:
        """Clean each body; returns a list of str of the same length."""
        return self._drop_boilerplate(self._strip_history(b) for b in bodies)

    def fit_transform(self, bodies: Iterable[str]) -> list[str]:
        """:meth:`fit` then :meth:`transform`, stripping each body once."""
        stripped = [self._strip_history(b) for b in bodies]
        self._learn(stripped)
        return self._drop_boilerplate(stripped)

    def _learn(self, stripped: list[list[str]]) -> None:
        config = self.config or CleaningConfig()
        counts: Counter[str] = Counter()
        speakers: Counter[str] = Counter()
        transcripts = 0
        keyed: list[set[str]] = []
        for lines in stripped:
            # Every line with a word, short ones too ("refund pls" under a footer is the customer's
            # own line), but not greetings and sign-offs, which are nobody's message.
            keys = {_boilerplate_key(ln) for ln in lines
                    if _HAS_WORD.search(ln) and not _GREETING.match(ln) and not _CLOSING.match(ln)}
            keyed.append(keys)
            counts.update(keys)
            names = {m.group("speaker").strip() for ln in lines if (m := _SPEAKER_LINE.match(ln))}
            if len(names) >= 2:
                transcripts += 1
                speakers.update(names)
        threshold = max(config.boilerplate_min_tickets, config.boilerplate_min_share * len(stripped))
        recurring_lines = {k for k, c in counts.items() if c >= threshold}
        # A footer or auto-reply comes with a message of the customer's own; a recurring line that
        # mostly stands alone (a web form's one-line "I forgot my password", sent by hundreds) is
        # the message, and dropping it would empty those tickets.
        beside: Counter[str] = Counter()
        for keys in keyed:
            found = keys & recurring_lines
            if found and not keys <= recurring_lines:
                beside.update(found)
        self.boilerplate_ = frozenset(k for k in recurring_lines
                                      if len(k) >= config.boilerplate_min_chars
                                      and beside[k] >= config.boilerplate_min_beside_share * counts[k])
        recurring = max(config.boilerplate_min_tickets, config.staff_speaker_min_share * transcripts)
        self.staff_speakers_ = frozenset(
            name for name, c in speakers.items() if _STAFF_HINT.search(name) or c >= recurring
        )
        self.n_fit_ = len(stripped)

    def _drop_boilerplate(self, stripped: Iterable[list[str]]) -> list[str]:
        boiler = getattr(self, "boilerplate_", frozenset())
        staff = getattr(self, "staff_speakers_", frozenset())
        out = []
        for lines in stripped:
            if boiler:
                lines = [ln for ln in lines if _boilerplate_key(ln) not in boiler]
            lines = _customer_turns(lines, staff)
            # After the boilerplate: a legal footer below the sign-off hides the signature.
            out.append(_join_lines(_cut_signature(lines)))
        return out

    # -- the per-message steps -------------------------------------------------

    @staticmethod
    def _strip_history(body: str) -> list[str]:
        if not body:
            return []
        text = body
        if _HTML_HINT.search(text):
            text = html_to_text(text)
        elif "&" in text and _ENTITY.search(text):
            text = html.unescape(text)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if "\u200b" in text:
            text = text.replace("\u200b", " ")
        lines = [" ".join(ln.split()) for ln in text.split("\n")]
        own = _cut_quoted(lines)
        if not any(_HAS_WORD.search(ln) for ln in own):
            # A message that is only a quote (a forward): keep the quoted words.
            own = [ln.lstrip("> ").strip() for ln in lines]
        return own


class SubjectTemplates:
    """Recognise subjects written by a tool rather than the customer.

    "Chat with Nancy", "Voicemail from 555-0100", "Tweet from @ana": the
    same two opening words in many tickets, then a short tail that names who
    (a capitalised name, a number, a handle). Such subjects say how the ticket came in, not what it
    is about, so they stay out of the text that topics are found in.

    Parameters
    ----------
    config : CleaningConfig, optional

    Attributes
    ----------
    prefixes_ : frozenset of str
        Lower-cased two-word openings taken for templates.
    """

    def __init__(self, config: CleaningConfig | None = None):
        self.config = config

    def fit(self, subjects: Iterable[str]) -> "SubjectTemplates":
        config = self.config or CleaningConfig()
        groups: dict[str, list[list[str]]] = {}
        n = 0
        for subject in subjects:
            n += 1
            toks = subject.split()
            if 3 <= len(toks) <= 6:
                groups.setdefault(" ".join(toks[:2]).lower(), []).append(toks[2:])
        need = max(config.boilerplate_min_tickets, config.subject_template_min_share * n)
        self.prefixes_ = frozenset(
            prefix for prefix, tails in groups.items()
            if len(tails) >= need and sum(map(_identifier_tail, tails)) >= 0.8 * len(tails)
        )
        return self

    def is_template(self, subject: str) -> bool:
        toks = subject.lower().split()
        return 3 <= len(toks) <= 6 and " ".join(toks[:2]) in self.prefixes_


def _identifier_tail(tail: list[str]) -> bool:
    """A short tail naming who or where (a name, a number, a handle), not what."""
    return len(tail) <= 4 and all(
        t[:1].isupper() or t[:1] in "@+#(" or any(ch.isdigit() for ch in t) or t in "-–:" for t in tail
    )


def _customer_turns(lines: list[str], staff: frozenset[str]) -> list[str]:
    """In a chat transcript, keep the customer's turns without time stamps and names."""
    # A speaker's line opens with its time (a digit, or a bracket before it): only those are matched.
    turns = [(ln, _SPEAKER_LINE.match(ln) if ln[:1] in _TIME_OPENERS or ln[:1].isdigit() else None)
             for ln in lines]
    speakers = {m.group("speaker").strip() for _, m in turns if m}
    if len(speakers) < 2 and not speakers & staff:
        return lines
    out = []
    for line, m in turns:
        if m is None:
            if not _TRANSCRIPT_HEADER.match(line):
                out.append(line)
        elif m.group("speaker").strip() not in staff:
            out.append(m.group("text"))
    return out


_TIME_OPENERS = frozenset("([")
_TRANSCRIPT_HEADER = re.compile(r"^(chat|conversation|session)\s+(started|began|ended|opened|closed)\b.*$", re.IGNORECASE)


def _cut_quoted(lines: list[str]) -> list[str]:
    kept: list[str] = []
    for i, line in enumerate(lines):
        if _REPLY_ANY.match(line) or (
            line[:3].lower() == "on " and i + 1 < len(lines) and _REPLY_HEADERS[0].match(f"{line} {lines[i + 1]}")
        ):
            break
        if _FROM_LINE.match(line) and any(_SENT_LINE.match(ln) for ln in lines[i + 1:i + 4]):
            break
        if line.startswith(">"):
            continue
        kept.append(line)
    return kept


def _cut_signature(lines: list[str]) -> list[str]:
    lines = [ln for ln in lines if not _MOBILE_SIG.match(ln)]
    # The conventional "-- " delimiter, near the end.
    for i in range(len(lines) - 1, max(-1, len(lines) - 12), -1):
        if lines[i] in ("--", "-- ", "—", "__"):
            lines = lines[:i]
            break
    # A closing salutation followed by at most four short lines (name, role, phone).
    content = [i for i, ln in enumerate(lines) if ln]
    for i in content[-6:]:
        if _CLOSING.match(lines[i]):
            tail = [ln for ln in lines[i + 1:] if ln]
            if len(tail) <= 4 and all(len(ln) <= 60 for ln in tail):
                lines = lines[:i]
                break
    return lines


def _join_lines(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def has_words(text: str) -> bool:
    """True when ``text`` holds at least one letter or digit."""
    return bool(_HAS_WORD.search(text))
