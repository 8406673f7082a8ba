"""Model files with manifests: what a model is, where it came from, and that it is intact.

joblib files are pickles and can run code when loaded, so topicscope loads one
only when a manifest beside it vouches for its exact bytes (sha256), unless
the user says ``--trust-model``.
"""

from __future__ import annotations

import hashlib
import json
import platform
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import joblib

from .errors import InputError

MANIFEST_SUFFIX = ".manifest.json"
_LIBRARIES = ("topicscope", "scikit-learn", "numpy", "pandas", "joblib", "nltk")


def shipped_path(name: str) -> Path:
    """Where a file shipped in ``models/`` is: installed as ``topicscope._models``, or beside the
    package in a source checkout."""
    from importlib import resources

    try:
        return Path(str(resources.files("topicscope._models").joinpath(name)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[1] / "models" / name


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in _LIBRARIES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return out


def manifest_path(model_path: str | Path) -> Path:
    path = Path(model_path)
    return path.with_name(path.name + MANIFEST_SUFFIX)


def save_model(obj: Any, path: str | Path, *, kind: str, training_data: dict[str, Any],
               metrics: dict[str, Any], extra: dict[str, Any] | None = None,
               created: str | None = None) -> dict[str, Any]:
    """Write ``obj`` with joblib and its manifest beside it (``PATH.manifest.json``).

    ``created`` fixes the manifest's date (for reproducible shipped models).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(obj, path, compress=3)
    manifest = {
        "kind": kind,
        "file": path.name,
        "sha256": sha256_of(path),
        "created": created or datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "libraries": library_versions(),
        "training_data": training_data,
        "metrics": metrics,
        **(extra or {}),
    }
    manifest_path(path).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def load_model(path: str | Path, *, kind: str, trust: bool = False) -> tuple[Any, dict[str, Any] | None]:
    """Load a joblib model after checking its manifest.

    Raises
    ------
    InputError
        Missing file; no manifest (and not ``trust``); a hash that does not
        match (and not ``trust``); a manifest for another kind of model; a
        file that does not unpickle.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"model {path}: no such file")
    mpath = manifest_path(path)
    manifest: dict[str, Any] | None = None
    if mpath.is_file():
        try:
            manifest = json.loads(mpath.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise InputError(f"model {path}: its manifest {mpath.name} is not valid JSON") from None
    if manifest is None and path.suffix not in (".joblib", ".pkl", ".pickle"):
        # An export or a text file given by mistake: not a case for --trust-model.
        raise InputError(f"model {path}: not a model file (models are .joblib files written by "
                         "'topicscope train' or --save-model)")
    if manifest is None and not trust:
        raise InputError(
            f"model {path}: refused, no manifest ({mpath.name}) vouches for it; joblib files can run code "
            "when loaded. Pass --trust-model only if you made this file yourself."
        )
    if manifest is not None:
        if manifest.get("kind") != kind:
            raise InputError(f"model {path}: is a {manifest.get('kind')!r} model, not a {kind!r} model")
        actual = sha256_of(path)
        if actual != manifest.get("sha256") and not trust:
            raise InputError(
                f"model {path}: refused, its sha256 {actual[:12]}… does not match the manifest's "
                f"{str(manifest.get('sha256'))[:12]}…; the file changed after it was made. "
                "Pass --trust-model only if you know why."
            )
    try:
        return joblib.load(path), manifest
    except Exception as exc:  # noqa: BLE001 -- any unpickling failure is a bad model file
        raise InputError(f"model {path}: cannot be loaded ({type(exc).__name__}: {exc})") from None
