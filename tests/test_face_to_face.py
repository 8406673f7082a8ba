"""Face-to-face share, signals and the verdict, end to end on small exports built here."""

from __future__ import annotations

import json
import random
import re

import pandas as pd
import pytest

from topicscope.pii import luhn_ok

REMOTE = [
    ("Password reset", "I forgot my password and the reset e-mail never arrives. Can you help me log in?"),
    ("Wrong bill", "My invoice this month is higher than usual, why was I charged a late fee?"),
    ("Wifi help", "How do I change the wifi network name on my router from the app?"),
    ("Plan question", "Which plan includes unlimited data and what does it cost per month?"),
    ("App crash", "The mobile app crashes every time I open the usage page on my phone."),
    ("Cancel subscription", "Please cancel my subscription at the end of this month, thanks."),
]
ONSITE = [
    ("Technician visit", "The line in my house is damaged, a technician needs to come to my home to repair the wall socket."),
    ("Installation appointment", "Please book an engineer to install the new fibre box at my house next Tuesday morning."),
    ("Repair at home", "The engineer must come on site to replace the broken outdoor cable, the street box is damaged."),
]
BRANCH = [
    ("Sign mortgage papers", "I need to come into the branch to sign the mortgage papers in person with ID."),
    ("Branch ID check", "The bank asked me to visit a branch for an in-person identity check before opening the account."),
]


def _export(path, n, onsite=0.0, branch=0.0, cards=0.0, seed=0):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        r = rng.random()
        if r < onsite:
            subject, body = rng.choice(ONSITE)
        elif r < onsite + branch:
            subject, body = rng.choice(BRANCH)
        else:
            subject, body = rng.choice(REMOTE)
        if rng.random() < cards:
            body += " The card charged was 4111 1111 1111 1111."
        body += f" Ref {rng.randint(1000, 9999)}."
        rows.append({"Ticket ID": f"T{i}", "Subject": subject, "Description": body,
                     "Created": f"2026-{1 + i % 12:02d}-{1 + i % 27:02d} 10:00", "Channel": rng.choice(["Email", "Chat", "Phone"])})
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def _run(cli, path, out, *extra):
    result = cli("analyze", path, "-o", out, "--topics", "6", *extra)
    assert result.exit_code == 0, result.stderr
    return json.loads((out / "summary.json").read_text()), result


def test_fully_remote_support_is_suitable(cli, tmp_path):
    summary, result = _run(cli, _export(tmp_path / "remote.csv", 240), tmp_path / "out")
    f2f = summary["face_to_face"]["overall"]
    assert f2f["share"] < 0.05
    assert summary["verdict"]["decision"] == "suitable"
    assert summary["verdict"]["pilot"]
    assert "decision          suitable" in result.stdout


def test_forty_percent_on_site_work_is_not_suitable(cli, tmp_path):
    summary, _ = _run(cli, _export(tmp_path / "onsite.csv", 240, onsite=0.4, seed=1), tmp_path / "out")
    f2f = summary["face_to_face"]["overall"]
    assert 0.3 <= f2f["share"] <= 0.5 and f2f["share_ci"][0] <= f2f["share"] <= f2f["share_ci"][1]
    verdict = summary["verdict"]
    assert verdict["decision"] == "not_suitable" and verdict["pilot"] == []
    first = verdict["reasons"][0]
    assert first["factor"] == "face_to_face_share" and first["threshold"] == 0.3 and first["value"] == f2f["share"]
    assert verdict["keep_in_house"]


def test_some_in_branch_work_with_much_payment_data_is_partially_suitable(cli, tmp_path):
    summary, _ = _run(cli, _export(tmp_path / "bank.csv", 240, branch=0.12, cards=0.5, seed=2), tmp_path / "out")
    assert 0.05 <= summary["face_to_face"]["overall"]["share"] < 0.3
    verdict = summary["verdict"]
    assert verdict["decision"] == "partially_suitable"
    pay = next(r for r in verdict["reasons"] if r["factor"] == "payment_data_share")
    assert pay["value"] == summary["signals"]["payment_data"]["share"] > 0.3 and pay["score_change"] < 0


def test_thresholds_can_be_overridden_with_a_config_file(cli, tmp_path):
    cfg = tmp_path / "strict.toml"
    path = _export(tmp_path / "bank.csv", 240, branch=0.12, seed=2)
    default, _ = _run(cli, path, tmp_path / "default")
    share = default["face_to_face"]["overall"]["share"]
    assert default["verdict"]["decision"] == "partially_suitable" and share > 0.06
    cfg.write_text("[verdict]\nf2f_not_suitable = 0.06\n")
    summary, _ = _run(cli, path, tmp_path / "out", "--config", cfg)
    assert summary["verdict"]["decision"] == "not_suitable"
    assert summary["verdict"]["reasons"][0]["threshold"] == 0.06


def test_tickets_csv_has_face_to_face_and_pii_columns(cli, tmp_path):
    _run(cli, _export(tmp_path / "x.csv", 120, onsite=0.3, cards=0.2, seed=3), tmp_path / "out")
    t = pd.read_csv(tmp_path / "out" / "tickets.csv")
    assert set(t["face_to_face"]) <= {0, 1} and t["face_to_face_prob"].between(0, 1).all()
    assert set(t["pii"]) == {0, 1}


def test_every_pii_kind_is_redacted_in_topic_examples(cli, tmp_path):
    pii = ["write to ana.lopez@example.com", "call me on (555) 014-2387", "card 4111 1111 1111 1111",
           "IBAN ES91 2100 0418 4502 0005 1332", "my SSN is 123-45-6789"]
    rows = [{"id": i, "subject": "Router problem", "body": f"my router blinks red again since day {i}, {pii[i % 5]}",
             "created": f"2026-{1 + i % 12:02d}-05"} for i in range(60)]
    path = tmp_path / "pii.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    result = cli("analyze", path, "-o", tmp_path / "out", "--topics", "2", "--format", "json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    texts = [e["text"] for t in summary["topics"] for e in t["examples"]]
    # Every ticket carried one kind of personal data: every example shows a tag in its place.
    assert texts and all(re.search(r"\[(EMAIL|PHONE|CARD|IBAN|ID)\]", text) for text in texts), texts
    examples = " ".join(texts)
    assert "@example.com" not in examples and "014-2387" not in examples and "123-45-6789" not in examples
    for match in re.finditer(r"(?:\d[ -]?){12,18}\d", examples):
        assert not luhn_ok(re.sub(r"\D", "", match.group()))
    assert summary["signals"]["pii"]["share"] == 1.0


def test_sample_face_to_face_share_is_within_three_and_a_half_points_of_the_truth(cli, tmp_path):
    from conftest import ROOT

    summary, _ = _run(cli, ROOT / "sample_tickets" / "tickets.csv", tmp_path / "out")
    truth = pd.read_csv(ROOT / "sample_tickets" / "truth.csv", keep_default_na=False)
    truth = truth[truth["true_topic"] != "empty"]
    true_share = truth["needs_face_to_face"].astype(int).mean()
    f2f = summary["face_to_face"]["overall"]
    # 3.5 points since v6 (3 before): v6 no longer reads a remote channel as evidence, and this
    # sample's phone tickets are its most face-to-face remote channel (17 %), so it reads 3.05
    # points low here (v5: 2.4) while the generator export went from +2.7 to +0.6
    # (models/f2f_data/README.md, item 14).
    assert abs(f2f["share"] - true_share) <= 0.035, (f2f, true_share)
    assert f2f["raw_share"] != f2f["share"]


def test_own_face_to_face_labels_train_the_classifier_and_count_as_truth(cli, tmp_path):
    from conftest import ROOT

    tickets = pd.read_csv(ROOT / "sample_tickets" / "tickets.csv", keep_default_na=False)
    truth = pd.read_csv(ROOT / "sample_tickets" / "truth.csv", keep_default_na=False)
    need = dict(zip(truth["ticket_id"], truth["needs_face_to_face"].astype(int)))
    tickets["Needed visit"] = [("yes" if need.get(i) else "no") if k % 2 else "" for k, i in enumerate(tickets["Ticket ID"])]
    path = tmp_path / "labelled.csv"
    tickets.to_csv(path, index=False)
    summary, _ = _run(cli, path, tmp_path / "out", "--f2f-label-col", "Needed visit")
    f2f = summary["face_to_face"]
    assert "trained on this export's labels" in f2f["model"]["source"]
    assert abs(f2f["overall"]["share"] - truth[truth["true_topic"] != "empty"]["needs_face_to_face"].mean()) <= 0.03
    out = pd.read_csv(tmp_path / "out" / "tickets.csv", keep_default_na=False)
    merged = out.merge(truth, on="ticket_id")
    labelled = merged["ticket_id"].isin(tickets.loc[tickets["Needed visit"] != "", "Ticket ID"])
    assert (merged.loc[labelled, "face_to_face"] == merged.loc[labelled, "needs_face_to_face"].astype(int)).all()


def test_face_to_face_label_column_must_exist(cli, tmp_path):
    result = cli("analyze", _export(tmp_path / "x.csv", 60), "-o", tmp_path / "out", "--f2f-label-col", "Nope")
    assert result.exit_code == 2 and "'Nope'" in result.stderr
    # The export's own headers are listed, not the ticket table's names for them.
    assert "'Ticket ID'" in result.stderr and "raw_text" not in result.stderr
    result = cli("analyze", tmp_path / "x.csv", "-o", tmp_path / "out", "--f2f-label-col", "Channel")
    assert result.exit_code == 2 and "'Channel' is read as the tickets' channel" in result.stderr
    # The ticket table's own names are not the export's columns (they once crashed the run).
    for name in ("channel", "text", "ticket_id", "source_row", "raw_text"):
        result = cli("analyze", tmp_path / "x.csv", "-o", tmp_path / "out", "--f2f-label-col", name)
        assert result.exit_code == 2 and f"'{name}' is not in the export" in result.stderr, result.stderr


def test_a_long_ticket_scores_the_mean_of_whole_ticket_and_its_most_face_to_face_piece():
    import numpy as np

    from topicscope.face_to_face import load_face_to_face, segments

    model, _, _ = load_face_to_face()
    story = ("Hello, my broadband has been dropping every evening for a week. I restarted the hub "
             "several times and changed the cable. The lights look normal to me most of the day. ")
    long_text = story + "The socket on the outside wall is hanging off after the storm, please send someone."
    pieces = segments(long_text, model.segment_words)
    assert len(pieces) > 1
    whole = model._proba([long_text], ["email"])[0]
    best = model._proba(pieces, ["email"] * len(pieces)).max()
    assert model.predict_proba([long_text], ["email"])[0] == pytest.approx((whole + best) / 2)
    # A short ticket is one piece: scored whole, as before.
    short = "router light is red"
    assert model.predict_proba([short], ["chat"])[0] == pytest.approx(model._proba([short], ["chat"])[0])
    assert np.isfinite(best) and best > whole


def test_a_remote_channel_is_no_evidence_of_face_to_face_work():
    # v5 read every channel: the same remote questions came out face-to-face 10 % of the time by
    # phone and 1.4 % by e-mail, and an export's verdict turned on its channel mix.
    from conftest import SHARED
    from topicscope.face_to_face import load_face_to_face

    model, _, _ = load_face_to_face()
    texts = (pd.read_csv(SHARED / "banking77" / "test.csv")["text"].tolist()[:400]
             if (SHARED / "banking77" / "test.csv").exists()
             else ["my card payment was declined twice today", "how do I change my PIN", "refund not arrived"])
    by_channel = {c: model.predict_proba(texts, [c] * len(texts)) for c in ("email", "phone", "chat", "web", "")}
    for c in ("phone", "chat", "web", ""):
        assert by_channel[c] == pytest.approx(by_channel["email"])
    # An in-person channel is evidence: a counter note is in-person work.
    assert model.predict_proba(texts, ["walk_in"] * len(texts)).mean() > by_channel["email"].mean()


@pytest.mark.parametrize("era", ["current", "before v6", "before v4"])
def test_tickets_cut_once_score_exactly_as_each_classifier_reading_its_own_texts(era):
    # classify_batch cuts a batch into tokens once for both classifiers; the probabilities must be
    # those of each classifier reading its own texts: the whole ticket, and each piece.
    import copy

    import numpy as np

    from topicscope.categories import load_classifier
    from topicscope.face_to_face import load_face_to_face, segments, with_channel
    from topicscope.fitted import classify_batch
    from topicscope.ingest import sample_path
    from topicscope.pii import find_pii

    model, _, _ = load_face_to_face()
    model = copy.deepcopy(model)
    if era != "current":
        del model.channel_tokens  # read every channel, as models before v6 did
    if era == "before v4":
        del model.segment_words  # whole tickets only
    category, _ = load_classifier()
    frame = pd.read_csv(sample_path(), dtype=str)
    texts = (frame["Subject"].fillna("") + "\n" + frame["Ticket Description"].fillna("")).tolist()[:400]
    texts += ["", "   ", "Hi.\n\nOk", "ΟΔΟΣ ΣΑΣ. Σίσυφος. We need an engineer to visit the flat on Monday please. İZMİR",
              "tab\there\u00a0nbsp\u2003em. The\x1cshop counter. " * 5,
              "Line one has no stop\nline two neither \n \n and three ends! Then? " * 4, "\n\nOk.\n", "a . b . c !" * 9]
    channels = (["email", "walk_in", "onsite", "", "phone"] * len(texts))[:len(texts)]

    got = classify_batch(texts, channels, [find_pii(t) for t in texts], category, model)

    proba = category.predict_proba(texts)
    assert got["category"].tolist() == np.asarray(category.classes_)[proba.argmax(axis=1)].tolist()
    assert np.array_equal(got["category_confidence"].to_numpy(), proba.max(axis=1))
    only = getattr(model, "channel_tokens", None)
    one = list(model.classifier_.classes_).index("1")

    def read(docs):
        return model.classifier_.predict_proba(docs)[:, one]

    whole = read(with_channel(texts, channels, only))
    expected = whole.copy()
    if getattr(model, "segment_words", None):
        for i, text in enumerate(texts):
            pieces = segments(text, model.segment_words)
            if len(pieces) > 1:
                expected[i] = (whole[i] + read(with_channel(pieces, [channels[i]] * len(pieces), only)).max()) / 2
    assert np.array_equal(got["face_to_face_prob"].to_numpy(), expected)


def test_the_cut_finds_the_pieces_segments_finds_from_the_tokens_alone():
    # cut() works the pieces out on the tokens (a part ends at a token ending in . ! ? or at a
    # line's end); each piece must hold exactly the tokens of segments()' piece, for any text.
    import copy
    import random

    from topicscope.face_to_face import load_face_to_face, segments, with_channel

    model, _, _ = load_face_to_face()
    model = copy.deepcopy(model)
    rng = random.Random(3)
    alphabet = ["a", "Σ", "İ", ".", "!", "?", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\x1c", "\r", "word", "ok."]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    texts += ["", "\n", "one.\n\ntwo three four five six seven eight nine ten eleven twelve thirteen. end"]
    channels = [rng.choice(["email", "walk_in", "onsite", ""]) for _ in texts]

    def docs(joined):
        return [[joined.tokens.distinct[c] for c in joined.codes[joined.bounds[d]:joined.bounds[d + 1]]]
                for d in range(len(joined))]

    for min_words in (1, 2, 3, 12):
        model.segment_words = min_words
        cut = model.cut(texts, channels)
        pieces = [segments(text, min_words) for text in texts]
        multi = [i for i, p in enumerate(pieces) if len(p) > 1]
        owner = [i for i in multi for _ in pieces[i]]
        expected = with_channel([p for i in multi for p in pieces[i]], [channels[i] for i in owner],
                                model.channel_tokens)
        assert cut.owner.tolist() == owner
        assert docs(cut.pieces) == [p.lower().split() for p in expected]
        assert list(cut.piece_texts) == expected
        assert docs(cut.whole) == [t.lower().split() for t in texts]
        assert docs(cut.read_whole) == [t.lower().split() for t in with_channel(texts, channels, model.channel_tokens)]


def test_the_pieces_are_written_out_as_text_only_when_a_feature_reads_text():
    from topicscope.categories import load_classifier
    from topicscope.face_to_face import load_face_to_face
    from topicscope.fitted import classify_batch

    model, _, _ = load_face_to_face()
    category, _ = load_classifier()
    texts = ["My router is dead. I restarted it twice and nothing changed at all since Monday morning. "
             "Please send an engineer to look at the socket on the wall outside."] * 3
    cut = model.cut(texts, ["email"] * 3)
    model.predict_proba(texts, ["email"] * 3, cut)
    assert len(cut.piece_texts) == 6 and cut.piece_texts._made is None  # every feature counted from the cut
    assert classify_batch(texts, ["email"] * 3, [[]] * 3, category, model)["face_to_face_prob"].nunique() == 1
    # Read from the cut, the pieces score as the same pieces read as text.
    import numpy as np

    from_cut = model._read(cut.piece_texts, cut.pieces)
    assert cut.piece_texts._made is None
    assert np.array_equal(from_cut, model._read(list(cut.piece_texts)))


def test_a_cut_needs_one_channel_per_text_and_pickles_as_plain_texts():
    import pickle

    from topicscope.face_to_face import load_face_to_face

    model, _, _ = load_face_to_face()
    for channels in (["email"], ["email"] * 3):
        with pytest.raises(ValueError, match="one channel per text"):
            model.cut(["my bill is wrong", "send an engineer"], channels)
    text = ("My router is dead. I restarted it twice and nothing changed at all since Monday morning. "
            "Please send an engineer to look at the socket on the wall outside.")
    cut = model.cut([text], ["walk_in"])
    again = pickle.loads(pickle.dumps(cut))
    assert again.piece_texts == cut.piece_texts == list(cut.piece_texts) and len(cut.piece_texts) == 2
    assert type(again.piece_texts) is list


def test_a_cut_of_another_batch_is_refused():
    from topicscope.categories import load_classifier
    from topicscope.face_to_face import load_face_to_face

    model, _, _ = load_face_to_face()
    category, _ = load_classifier()
    cut = model.cut(["Please send an engineer to my flat", "my bill is wrong"], ["email", "email"])
    with pytest.raises(ValueError, match="another batch"):
        model.predict_proba(["How do I reset my password?"], ["email"], cut)
    with pytest.raises(ValueError, match="2 documents"):
        category.predict_proba(["How do I reset my password?"], cut.whole)
