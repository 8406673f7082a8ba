"""Personal data in ticket text: find it and redact it.

Every example topicscope prints or writes passes through :func:`redact`:
e-mail addresses become ``[EMAIL]``, payment card numbers (Luhn-checked)
``[CARD]``, IBANs (mod-97-checked) ``[IBAN]``, national-ID-like numbers
``[ID]``, phone numbers (parsed by Google's libphonenumber port)
``[PHONE]``, names after a title ("Ms. Hawkings") ``[NAME]`` and social-media
handles ("@lisa_j") ``[HANDLE]``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence

import phonenumbers

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A line break may fall between a card number's groups: an example joins its lines, and would show it whole.
_CARD = re.compile(r"(?<![\d-])(?:\d(?:[ .-]|\r?\n)?){12,18}\d(?![\d-])")
# No word boundary before an upper-case IBAN: HTML cells or a careless paste glue it to the word
# before ("IBANDE28 ..."), and the mod-97 check keeps out what merely has the shape. Lower or
# mixed case is matched too, but only as a word of its own.
# Groups of four are written apart with spaces, dashes or dots ("DE89-3704-0044-...").
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?:[ .-]?[A-Z0-9]{4}){2,7}(?:[ .-]?[A-Z0-9]{1,3})?\b"
                   r"|\b(?i:[a-z]{2}\d{2}(?:[ .-]?[a-z0-9]{4}){2,7}(?:[ .-]?[a-z0-9]{1,3})?)\b")
# Two digits in a row, found without overlap: a run's first pair starts at its first digit (where an
# IBAN's check digits stand, after its two letters; see _may_hold_iban).
_DIGIT_PAIR = re.compile(r"\d\d")
# US SSN, Spanish DNI/NIE, UK NINO: formats with a fixed shape, so few false hits.
_NATIONAL_ID = re.compile(
    r"\b\d{3}-\d{2}-\d{4}\b|\b[XYZ]?\d{7,8}-?[A-HJ-NP-TV-Z]\b|\b[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]\b"
)
# Digit runs that could be phone numbers. libphonenumber is asked only about a window around
# each (it costs about 0.1 ms per region and leniency on a whole ticket); the window keeps enough
# context on both sides for its checks of the characters around a number.
_MAYBE_PHONE = re.compile(r"\d[\d\s().-]{5,}\d")
_PHONE_CONTEXT = 24
_DIGIT = re.compile(r"\d")
_UNCOUNTED = 1 << 30  # a digit count that lets every search run
# The fewest digits each kind can hold: 2 in any kind with digits (an IBAN's check digits, a phone
# number's first and last), 13 in a card (_cards), 6 in an ID (a NINO's), 7 in a local phone number.
_ANY_MIN_DIGITS, _CARD_MIN_DIGITS, _ID_MIN_DIGITS, _LOCAL_PHONE_DIGITS = 2, 13, 6, 7
_PHONE_REGIONS = ("US", "GB", "ES", "DE", "FR")
# Valid numbers for each region; for the default region also merely possible ones of full length,
# since examples and test data use unassigned ranges such as 555-01xx that are still someone's
# "phone".
_POSSIBLE_MIN_DIGITS = 10
_PHONE_PASSES = tuple((region, leniency) for region in _PHONE_REGIONS
                      for leniency in (phonenumbers.Leniency.VALID, phonenumbers.Leniency.POSSIBLE)
                      if leniency == phonenumbers.Leniency.VALID or region == _PHONE_REGIONS[0])
# The valid national numbers of a region's country code (US also finds Canada's 7-digit 310
# numbers: the code is shared) have at least this many digits (libphonenumber's metadata), so a
# window holding fewer digits can match there only as an international number: after a plus sign
# or an international prefix (00, 011).
_NATIONAL_MIN_DIGITS = {
    region: min(min(phonenumbers.PhoneMetadata.metadata_for_region(other).general_desc.possible_length)
                for other in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[
                    phonenumbers.PhoneMetadata.metadata_for_region(region).country_code])
    for region in _PHONE_REGIONS}
_INTERNATIONAL = re.compile(r"[+\uff0b]|(?<!\d)0[01]")
# A North American number dialled without its area code (555-0199) is no valid number to
# libphonenumber, and the same shape is often a part or order number: it counts as a phone only
# when the words just before it say so.
_LOCAL_PHONE = re.compile(r"(?<![\w-])[2-9]\d{2}[-. ]\d{4}(?![\w-]|[.-]\d)")
# The word that says so, then only connecting words ("call me back on", "phone number:", "my cell
# is"): "called about order 555-0199" or "my order number is 555-0199" stay as they are.
_SAYS_PHONE = re.compile(
    r"\b(?:(?:tele)?phone|tel|call|callback|mobile|cell(?:phone)?|landline|fax|whatsapp|ring|text|reach|"
    r"my number|contact number)\b"
    r"(?:[\s:.,#-]+(?:me|us|back|on|at|is|to|number|no|nr|num|it's|its|via))*[\s:.,#-]*$", re.IGNORECASE)
_SAYS_PHONE_REACH = 50
# A name is found only after a title: without a names list, "Bill" or "Grace" at the start of a
# sentence could as well be words. One or two capitalised words follow the title (Latin letters
# with accents, Polish and Czech ones too), but not the products and job titles that follow
# "Ms", "Dr" or "Sr" as often as names do ("Ms Office", "Dr Martens", "Sr. Developer").
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]*[a-zß-öø-ÿĀ-ž]"
_NOT_NAMES = ("Office", "Word", "Excel", "Teams", "Outlook", "Access", "Edge", "Paint", "Project", "Martens",
              "Pepper", "Oetker", "Muscle", "Who", "Developer", "Engineer", "Manager", "Director", "Analyst",
              "Consultant", "Architect", "Executive", "Officer")
# "(?<!\w)(?=[MDSHF])" is "\b" before a title's first letter, written so that the search skips to
# the next capital M, D, S, H or F instead of trying every title at every character (25 % faster).
_TITLED_NAME = re.compile(
    r"(?<!\w)(?=[MDSHF])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|Madame|Monsieur)\.?[ \t]+"
    rf"(?!(?:{'|'.join(_NOT_NAMES)})\b){_NAME_WORD}(?:[ \t]+{_NAME_WORD})?")
# A mention: "@" not inside a word or an address, then a name with at least one letter.
_HANDLE = re.compile(r"(?<![\w.@+-])@(?=\w*[^\W\d])\w(?:[\w.]*\w)?")


@lru_cache(maxsize=1)
def _international_min_digits() -> int:
    """The fewest digits of a valid number written with its country code: of any country, code and
    national number together (6: Austria's +43 and four digits, for one). Worked out on first
    use: it reads every country's metadata (about 0.1 s and 1.6 MB), which an import should not."""
    return min(
        len(str(code)) + min(length for length in metadata.general_desc.possible_length if length > 0)
        for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items() for region in regions
        if (metadata := (phonenumbers.PhoneMetadata.metadata_for_nongeo_region(code) if region == "001"
                         else phonenumbers.PhoneMetadata.metadata_for_region(region))) is not None
        and any(length > 0 for length in metadata.general_desc.possible_length))


def luhn_ok(digits: str) -> bool:
    """True when ``digits`` (only 0-9) passes the Luhn check used by card numbers."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(candidate: str) -> bool:
    """True when ``candidate`` passes the IBAN mod-97 check."""
    s = re.sub(r"[ .-]", "", candidate)
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    try:
        number = "".join(str(int(ch, 36)) for ch in moved)
    except ValueError:  # a letter the search's ignore-case took for a-z ("ı" for i) is no IBAN's
        return False
    return int(number) % 97 == 1


def _may_hold_iban(text: str) -> bool:
    """Whether two letters stand before the first two digits of some run of digits, as before
    every IBAN's check digits ([A-Z]{2}\\d{2}, or a-z ignoring case, which also takes letters
    such as "ı" that fold to them: all letters to str.isalpha). Half as costly as the IBAN search,
    which a text with an order number or a phone number would otherwise run for nothing."""
    for m in _DIGIT_PAIR.finditer(text):
        at = m.start()
        if at >= 2 and text[at - 2:at].isalpha():
            return True
    return False


def _cards(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            spans.append(m.span())
    return spans


def _phone_windows(text: str) -> list[tuple[int, int]]:
    """Merged spans of text around each candidate digit run."""
    windows: list[tuple[int, int]] = []
    for m in _MAYBE_PHONE.finditer(text):
        a, b = max(0, m.start() - _PHONE_CONTEXT), min(len(text), m.end() + _PHONE_CONTEXT)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


def _phones(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Phone numbers' spans; ``taken`` are spans already found as other kinds (e-mails, handles,
    names, IBANs, cards, IDs), which win where they overlap."""
    spans: list[tuple[int, int]] = []
    for start, end in _phone_windows(text):
        window = text[start:end]
        digits_at = [start + i for i, ch in enumerate(window) if ch.isdigit()]
        # A number holds a digit: where every digit is in a span found already (a card, an IBAN,
        # an e-mail address...), any number found here would overlap one and be dropped (cards'
        # windows were a tenth of the matcher's time on the scale export).
        if taken and all(any(a <= p < b for a, b in taken) for p in digits_at):
            continue
        # Other scripts' zeros make an international prefix too ("००९८ ९६०१" is +98 9601).
        national_only = _INTERNATIONAL.search(window if window.isascii() else _ascii_digits(window)) is None
        # A match that overlaps a span found already is dropped, so a pass can add only a number
        # made of the digits no span holds yet ("free"): a pass that needs more digits than
        # are free is skipped. A window whose number the first passes found, with a stray digit
        # beside it ("after 5pm"), then costs two passes instead of six.
        free = len(digits_at)
        for region, leniency in _PHONE_PASSES:
            possible = leniency == phonenumbers.Leniency.POSSIBLE
            if possible and free < _POSSIBLE_MIN_DIGITS:
                continue  # no match in this window could have enough digits to count
            if free < (_NATIONAL_MIN_DIGITS[region] if national_only
                       else min(_NATIONAL_MIN_DIGITS[region], _international_min_digits())):
                continue  # too few digits for any valid number of the region (or of any country)
            found = len(spans)
            for match in phonenumbers.PhoneNumberMatcher(window, region, leniency=leniency):
                span = (start + match.start, start + match.end)
                if possible and sum(ch.isdigit() for ch in match.raw_string) < _POSSIBLE_MIN_DIGITS:
                    continue
                if not any(a < span[1] and span[0] < b for a, b in spans):
                    spans.append(span)
            if len(spans) > found:
                free = sum(not any(a <= p < b for a, b in spans) for p in digits_at)
                if not free:
                    break  # every digit lies in a span found: any later match would overlap one
    return spans


def _ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script written as its ASCII digit."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text)


def _local_phones(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _LOCAL_PHONE.finditer(text)
            if _SAYS_PHONE.search(text, max(0, m.start() - _SAYS_PHONE_REACH), m.start())]


def find_pii(text: str) -> list[tuple[int, int, str]]:
    """Spans of personal data in ``text``.

    Returns
    -------
    list of (start, end, kind)
        Non-overlapping, sorted; kind is one of ``EMAIL``, ``HANDLE``, ``NAME``, ``IBAN``,
        ``CARD``, ``ID``, ``PHONE``. Earlier kinds (in that order) win where spans overlap.
    """
    found: list[tuple[int, int, str]] = []

    def add(spans: list[tuple[int, int]], kind: str) -> None:
        for a, b in spans:
            if not any(a < y and x < b for x, y, _ in found):
                found.append((a, b, kind))

    if "@" in text:
        add([m.span() for m in _EMAIL.finditer(text)], "EMAIL")
        add([m.span() for m in _HANDLE.finditer(text)], "HANDLE")
    add([m.span() for m in _TITLED_NAME.finditer(text)], "NAME")
    # Every other kind holds at least so many digits: a text with fewer is not searched for it.
    # Counted exactly for ASCII text only (\d also matches other scripts' digits).
    if text.isascii():
        digits = sum(map(text.count, "0123456789"))
    else:
        digits = _UNCOUNTED if _DIGIT.search(text) else 0
    if digits < _ANY_MIN_DIGITS:
        return sorted(found)
    # An IBAN before a card: its mod-97 check is stronger evidence than a Luhn-valid run of its
    # digits, which one spaced IBAN in ten or so holds.
    if _may_hold_iban(text):
        add([m.span() for m in _IBAN.finditer(text) if iban_ok(m.group())], "IBAN")
    if digits >= _CARD_MIN_DIGITS:
        add(_cards(text), "CARD")
    if digits >= _ID_MIN_DIGITS:
        add([m.span() for m in _NATIONAL_ID.finditer(text)], "ID")
    add(_phones(text, [(a, b) for a, b, _ in found]), "PHONE")
    if digits >= _LOCAL_PHONE_DIGITS:
        add(_local_phones(text), "PHONE")
    return sorted(found)


def redact(text: str) -> str:
    """Replace personal data with ``[EMAIL]``, ``[CARD]``, ``[IBAN]``, ``[ID]``, ``[PHONE]``,
    ``[NAME]``, ``[HANDLE]``.

    Examples
    --------
    >>> redact("Call me on (555) 014-2387 or mail ana@example.com, card 4111 1111 1111 1111")
    'Call me on [PHONE] or mail [EMAIL], card [CARD]'
    >>> redact("Twitter mention from @lisa_j: Ms. Hawkings said the router is down")
    'Twitter mention from [HANDLE]: [NAME] said the router is down'
    """
    if not text:
        return text
    out = []
    last = 0
    for a, b, kind in find_pii(text):
        out.append(text[last:a])
        out.append(f"[{kind}]")
        last = b
    out.append(text[last:])
    return "".join(out)


def without_pii(text: str, spans: list[tuple[int, int, str]] | None = None) -> str:
    """``text`` with its personal data cut out, each span replaced by one space.

    What topics are found and named from: a customer's address, number or card says nothing
    about what the ticket is about, and a repeat customer's address would otherwise become a
    topic's label. ``spans`` are :func:`find_pii`'s, when already found.

    >>> without_pii("Refund please, ana.lopez@example.com, tel 020 7946 0018")
    'Refund please,  , tel  '
    """
    spans = find_pii(text) if spans is None else spans
    if not spans:
        return text
    out = []
    last = 0
    for a, b, _ in spans:
        out.append(text[last:a])
        out.append(" ")
        last = b
    out.append(text[last:])
    return "".join(out)


def example(text: str, n: int) -> str:
    """``text`` as topicscope shows an example: on one line, redacted, at most ``n`` characters.

    The lines are joined before the search, so a number split by a line break is found whole,
    and cut after it, so a cut never leaves part of one.

    >>> example("Card 4111 1111\\n1111 1111, call me", 40)
    'Card [CARD], call me'
    """
    return clip(redact(" ".join(text.split())), n)


def clip(text: str, n: int) -> str:
    """One line of at most ``n`` characters (an ellipsis marks a cut), for examples.

    >>> clip("a   long   text", 6)
    'a lon…'
    """
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
