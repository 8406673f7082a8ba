"""The word-cached character n-gram TF-IDF gives exactly what scikit-learn's char_wb vectorizer gives."""

from __future__ import annotations

import pickle

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from topicscope.categories import CategoryClassifier, load_classifier
from topicscope.ingest import sample_path
from topicscope.textfeatures import CharNgramTfidf, WordNgramTfidf, accelerate


@pytest.fixture(scope="module")
def sample_texts() -> list[str]:
    frame = pd.read_csv(sample_path(), dtype=str)
    text_cols = [c for c in frame.columns if frame[c].str.len().mean() > 30]
    return frame[text_cols].fillna("").astype(str).agg(" ".join, axis=1).tolist()


def _same(a, b) -> None:
    # The same matrix to the bit; the order in which a row's entries are stored is free.
    a, b = a.tocsr(copy=True), b.tocsr(copy=True)
    a.sort_indices()
    b.sort_indices()
    assert a.shape == b.shape
    assert np.array_equal(a.indptr, b.indptr)
    assert np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)


def test_output_is_bit_identical_to_sklearn_char_wb_on_real_tickets(sample_texts):
    fit, rest = sample_texts[:1500], sample_texts[1500:]
    fast = CharNgramTfidf(ngram_range=(2, 5), min_df=2).fit(fit)
    slow = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                           dtype=np.float32).fit(fit)
    assert fast.vectorizer_.vocabulary_ == slow.vocabulary_
    _same(fast.transform(rest), slow.transform(rest))
    # Second call reads the word cache: still the same.
    _same(fast.transform(rest[::-1]), slow.transform(rest[::-1]))


def test_odd_whitespace_case_and_unknown_words_count_like_sklearn():
    docs = ["Router\tDOWN\n\nagain  ", "", "   ", "zzqx ÑANDÚ  café\u00a0wifi", "a b c", "router router router"]
    slow = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, dtype=np.float32).fit(docs[:3])
    fast = CharNgramTfidf.from_fitted(slow)
    _same(fast.transform(docs), slow.transform(docs))


def test_a_full_cache_starts_over_without_changing_the_output(sample_texts):
    fast = CharNgramTfidf(min_df=2, max_cached_words=50).fit(sample_texts[:500])
    first = fast.transform(sample_texts[500:800])
    assert len(fast._cache[0]) > 50
    again = fast.transform(sample_texts[500:800])
    assert len(fast._cache[0]) <= len(set(" ".join(sample_texts[500:800]).lower().split()))
    _same(first, again)


def test_the_word_cache_is_never_pickled(sample_texts):
    fast = CharNgramTfidf(min_df=2).fit(sample_texts[:300])
    fast.transform(sample_texts[:300])
    assert "_cache" in fast.__dict__
    copy = pickle.loads(pickle.dumps(fast))
    assert "_cache" not in copy.__dict__
    _same(copy.transform(sample_texts[300:400]), fast.transform(sample_texts[300:400]))


def test_a_classifier_saved_with_sklearns_vectorizer_is_upgraded_on_load_and_predicts_the_same(sample_texts):
    texts = sample_texts[:400]
    labels = ["billing_payment" if ("bill" in t.lower() or "charge" in t.lower()) else "technical_issue"
              for t in texts]
    clf = CategoryClassifier().fit(texts, labels)
    fast_proba = clf.predict_proba(sample_texts[400:600])
    # Rebuild it as an older topicscope saved it: a plain char_wb TfidfVectorizer inside.
    union = clf.pipeline_.named_steps["features"]
    union.transformer_list = [(n, t.vectorizer_ if isinstance(t, CharNgramTfidf) else t)
                              for n, t in union.transformer_list]
    assert isinstance(dict(union.transformer_list)["chars"], TfidfVectorizer)
    old_proba = clf.predict_proba(sample_texts[400:600])
    loaded = pickle.loads(pickle.dumps(clf))
    assert isinstance(dict(loaded.pipeline_.named_steps["features"].transformer_list)["chars"], CharNgramTfidf)
    # Equal to float rounding: the fast features store a row's entries in another order, so the
    # products with the SVM weights add them up in another order.
    assert np.allclose(loaded.predict_proba(sample_texts[400:600]), old_proba, rtol=0, atol=1e-12)
    assert np.allclose(fast_proba, old_proba, rtol=0, atol=1e-12)


def test_the_shipped_category_model_runs_on_the_fast_features():
    clf, _ = load_classifier()
    chars = dict(clf.pipeline_.named_steps["features"].transformer_list)["chars"]
    assert isinstance(chars, CharNgramTfidf)
    assert accelerate(clf.pipeline_) is clf.pipeline_


def test_refitting_forgets_the_words_counted_against_the_old_vocabulary():
    fast = CharNgramTfidf(min_df=1).fit(["supercalifragilistic router", "password reset"])
    fast.transform(["supercalifragilistic router"])
    for refit in (lambda: fast.fit(["ab", "zebra crossing"]), lambda: fast.fit_transform(["ab", "zebra crossing"])):
        refit()
        docs = ["supercalifragilistic router", "zebra"]
        _same(fast.transform(docs), fast.vectorizer_.transform(docs))


def test_threads_sharing_one_model_get_what_one_thread_gets(sample_texts):
    from concurrent.futures import ThreadPoolExecutor

    fast = CharNgramTfidf(min_df=2, max_cached_words=2_000).fit(sample_texts[:500])
    slow = fast.vectorizer_
    chunks = [sample_texts[i:i + 150] for i in range(0, 1800, 150)]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(fast.transform, chunks))
    for chunk, got in zip(chunks, results):
        _same(got, slow.transform(chunk))


@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2)])
def test_word_ngrams_are_bit_identical_to_sklearn_on_real_tickets(sample_texts, ngram_range):
    fit, rest = sample_texts[:1500], sample_texts[1500:]
    slow = TfidfVectorizer(ngram_range=ngram_range, sublinear_tf=True, dtype=np.float32).fit(fit)
    odd = ["", "   ", "a", "Router\tDOWN\n\nagain  router down", "ÑANDÚ café wifi wifi wifi", "x y z"]
    _same(WordNgramTfidf(slow).transform(rest + odd), slow.transform(rest + odd))


@pytest.mark.parametrize("settings", [
    {"max_df": 0.05, "min_df": 2},  # frequent words pruned, their bigrams kept (the topics' LSA)
    {"token_pattern": r"\S+", "lowercase": False, "max_df": 0.05, "min_df": 2},
    {"max_features": 300},  # bigrams whose words fell out of the vocabulary
])
def test_bigrams_found_by_number_count_what_sklearn_counts_whatever_was_pruned(sample_texts, settings):
    # Pairs of words are looked up as numbers among the vocabulary's bigrams; a bigram can be in
    # the vocabulary when its words are not.
    slow = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32, **settings).fit(sample_texts[:1500])
    names = set(slow.vocabulary_)
    assert any(any(w not in names for w in b.split(" ")) for b in names if " " in b)
    odd = ["", "a", "the the the", "Router\tDOWN\n\nagain  router down", "x y z"]
    fast = WordNgramTfidf(slow)
    _same(fast.transform(sample_texts[1500:] + odd), slow.transform(sample_texts[1500:] + odd))
    _same(fast.transform(odd), slow.transform(odd))  # from the kept table


def test_a_vocabulary_whose_tokens_hold_spaces_is_counted_by_name():
    docs = ["new york is big", "new york city", "big city life", "life is big"]
    slow = TfidfVectorizer(ngram_range=(1, 2), token_pattern=r"new york|\w+").fit(docs)
    assert "new york city" in slow.vocabulary_
    fast = WordNgramTfidf(slow)
    _same(fast.transform(docs), slow.transform(docs))
    assert fast._bigrams() is None


def test_word_tokens_are_exactly_what_the_default_pattern_finds_on_tricky_text():
    import re

    from topicscope.textfeatures import _DEFAULT_TOKEN_PATTERN, _WORD_RUN

    tricky = ["a b c", "ab_cd e_ f_", "x1 1x 12 3", "don't l'équipe o'neil", "naïve naïve", "ǅungla Σίσυφος",
              "__ _a a_ _", "٣٤ 中文字 ｆｕｌｌ", "e-mail re-set", "ab\u200bcd", "a\u0301b ab\u0301", "x"]
    default = re.compile(_DEFAULT_TOKEN_PATTERN)
    for text in tricky:
        assert _WORD_RUN.findall(text) == default.findall(text), text
    slow = TfidfVectorizer().fit(tricky)
    _same(WordNgramTfidf(slow).transform(tricky), slow.transform(tricky))


def test_vectorizers_it_cannot_reproduce_are_left_alone():
    docs = ["router is down", "bill is wrong"]
    for v in (TfidfVectorizer(stop_words="english"), TfidfVectorizer(ngram_range=(1, 3)), TfidfVectorizer(binary=True)):
        assert not WordNgramTfidf.supports(v.fit(docs))
    assert WordNgramTfidf.supports(TfidfVectorizer(ngram_range=(1, 2)).fit(docs))


def test_shipped_and_freshly_trained_classifiers_count_words_the_fast_way(sample_texts):
    from topicscope.face_to_face import load_face_to_face

    clf, _ = load_classifier()
    f2f, _, _ = load_face_to_face()
    texts = sample_texts[:200]
    trained = CategoryClassifier().fit(texts, ["a" if "bill" in t.lower() else "b" for t in texts])
    for pipeline in (clf.pipeline_, f2f.classifier_.pipeline_, trained.pipeline_):
        assert isinstance(dict(pipeline.named_steps["features"].transformer_list)["words"], WordNgramTfidf)


_TRICKY = ["Router\tDOWN\n\nagain  ", "", "   ", "zzqx ÑANDÚ  café\u00a0wifi", "ΟΔΟΣ. Σίσυφος ΣΑΣ", "İstanbul İZMİR",
           "a\x1cb\u2003c\u2028d", "don't l'équipe — e-mail", "wifi wifi wifi.", "x"]


@pytest.mark.parametrize("kind", ["chars", "words"])
def test_documents_joined_from_a_cut_count_exactly_what_their_own_texts_count(sample_texts, kind):
    from topicscope.textfeatures import Tokens

    texts = sample_texts[:300] + _TRICKY
    if kind == "chars":
        fast = CharNgramTfidf(min_df=1).fit(texts[:200])
    else:
        fast = WordNgramTfidf(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32).fit(texts[:200]))
    tokens = Tokens.of(texts)
    _same(fast.transform_joined(tokens.all()), fast.transform(texts))
    # Joins across texts, in any order, repeating texts, and an empty document.
    rng = np.random.default_rng(0)
    docs = [rng.choice(len(texts), size=rng.integers(0, 4)).tolist() for _ in range(200)] + [[]]
    parts = np.array([i for d in docs for i in d], dtype=np.int64)
    ptr = np.cumsum([0] + [len(d) for d in docs])
    joined_texts = [" ".join(texts[i] for i in d) for d in docs]
    _same(fast.transform_joined(tokens.join(parts, ptr)), fast.transform(joined_texts))


def test_a_vectorizer_that_does_not_only_lower_case_declines_the_cut():
    from topicscope.textfeatures import Tokens

    docs = ["Router DOWN", "router down"]
    cased = CharNgramTfidf.from_fitted(TfidfVectorizer(analyzer="char_wb", lowercase=False).fit(docs))
    assert cased.transform_joined(Tokens.of(docs).all()) is None
    _same(cased.transform(docs), cased.vectorizer_.transform(docs))
    words = WordNgramTfidf(TfidfVectorizer(token_pattern=r"\w+").fit(docs))
    assert words.transform_joined(Tokens.of(docs).all()) is None
