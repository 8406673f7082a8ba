"""Past one machine: the read and apply steps on a Dask cluster (the ``dask`` extra).

The parts of a partitioned export are read on the workers, one task a part. Topics and models
are fitted once, on the driver, on a seeded sample (as on one machine), then broadcast to every
worker, which assigns topics, categories and face-to-face need to its batches. The driver joins
the per-ticket results in order and computes the summary from them with the same code as a
single-machine run, so the two give the same summary.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

import numpy as np
import pandas as pd


class DaskExecutor:
    """Run topicscope's read and apply steps on a dask.distributed cluster.

    Parameters
    ----------
    scheduler : str or None
        Address of a running scheduler (``tcp://host:8786``); None starts a LocalCluster.
    workers : int
        Worker processes of the LocalCluster (ignored with ``scheduler``).
    threads_per_worker : int
        Threads per LocalCluster worker.

    Attributes
    ----------
    client_ : distributed.Client
        Set by ``__enter__``.
    """

    def __init__(self, scheduler: str | None = None, workers: int = 2, threads_per_worker: int = 1):
        self.scheduler = scheduler
        self.workers = workers
        self.threads_per_worker = threads_per_worker

    def __enter__(self) -> "DaskExecutor":
        from .errors import UsageError

        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise UsageError("Dask is not installed: pip install 'topicscope[dask]'") from None
        if self.scheduler:
            try:
                self.client_ = Client(self.scheduler, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise UsageError(f"--dask-scheduler {self.scheduler}: cannot connect ({exc})") from None
            self._cluster = None
        else:
            # No dashboard: nothing listens beyond what the workers need, on this machine only.
            self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=self.threads_per_worker,
                                         processes=True, dashboard_address=None, host="127.0.0.1")
            self.client_ = Client(self._cluster)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.client_.close()
        if self._cluster is not None:
            self._cluster.close()

    def map_parts(self, fn: Callable[..., Any], paths: Sequence[Any], config: Any, mapping: dict[str, Any],
                  extra: list[str] | None) -> list[Any]:
        """``fn(path, config, mapping, extra)`` for every part on the workers; results in part order."""
        futures = self.client_.map(fn, [str(p) for p in paths], config=config, mapping=mapping, extra=extra,
                                   pure=False)
        return self.client_.gather(futures)

    def apply(self, fitted: Any, batches: Sequence[Any]) -> list[pd.DataFrame]:
        """``fitted.apply`` for every batch (see :func:`apply_batch`) on the workers, the fitted
        analysis sent once to each."""
        shared = self.client_.scatter(fitted, broadcast=True)
        futures = self.client_.map(apply_batch, list(batches), fitted=shared, pure=False)
        return self.client_.gather(futures)


def apply_batch(batch: Any, fitted: Any) -> pd.DataFrame:
    """``fitted.apply`` on one batch: a frame, or (frame, its vectors) for tickets already
    vectorised, or (frame, vectors or None, its classes) for tickets already classified."""
    from threadpoolctl import threadpool_limits

    frame, X, classes = (batch + (None,) * (3 - len(batch)) if isinstance(batch, tuple) else (batch, None, None))
    with threadpool_limits(limits=1, user_api="blas"):
        return fitted.apply(frame, X=X, classes=classes)


class ProcessExecutor:
    """The apply step in worker processes on this machine (one per core by default).

    The fitted analysis is sent once to each worker (as its initializer) and batches are mapped
    in order, so the results are those of a single process. Used by ``analyze`` when an export
    has more than one batch to assign and the machine more than one core.

    Parameters
    ----------
    n_jobs : int
        Worker processes.
    """

    def __init__(self, n_jobs: int):
        self.n_jobs = n_jobs

    def apply(self, fitted: Any, batches: Sequence[Any]) -> list[pd.DataFrame]:
        import pickle
        from collections import deque

        from joblib.externals.loky import get_reusable_executor

        payload = pickle.dumps(fitted, protocol=pickle.HIGHEST_PROTOCOL)
        # loky (joblib's): fresh interpreters that never re-run the caller's script, unlike
        # multiprocessing's spawn, and never a fork of a process holding OpenMP threads.
        pool = get_reusable_executor(max_workers=self.n_jobs, initializer=_init_worker, initargs=(payload,),
                                     reuse=False)
        try:
            # Two batches in flight per worker, not all: each waiting batch is a pickled copy of
            # its texts in this process's memory. A new one goes out as soon as the oldest is back
            # (not in waves, where a worker idles until the slowest batch of the wave is done).
            out: list[pd.DataFrame] = []
            pending: deque = deque()
            for batch in batches:
                pending.append(pool.submit(_apply_local, batch))
                if len(pending) >= 2 * self.n_jobs:
                    out.append(pending.popleft().result())
            while pending:
                out.append(pending.popleft().result())
            return out
        finally:
            pool.shutdown(wait=True)


class SampleClassifier:
    """The fitting sample's topic-free results (:func:`topicscope.fitted.classify_batch`:
    categories, face-to-face, personal data) in a worker process, while this process fits the
    topics: on an export of up to a few tens of thousands of tickets that was a stage of its own
    after the fit, with the second core idle during the fit.

    Parameters
    ----------
    n_jobs : int
        Worker processes (one: this process is busy fitting).

    Attributes
    ----------
    pool_ : loky ProcessPoolExecutor
    futures_ : list of futures, one per batch, in order
    """

    def __init__(self, n_jobs: int = 1):
        self.n_jobs = n_jobs

    def start(self, classifier: Any, f2f_model: Any, batches: Sequence[tuple[list[str], list[str], list[Any]]]
              ) -> "SampleClassifier":
        """Send ``batches`` of (texts, channels, personal-data spans) off; returns at once."""
        import pickle

        from joblib.externals.loky import ProcessPoolExecutor

        payload = pickle.dumps((classifier, f2f_model), protocol=pickle.HIGHEST_PROTOCOL)
        # Its own pool, not loky's reusable one, which the apply step's ProcessExecutor replaces.
        self.pool_ = ProcessPoolExecutor(max_workers=self.n_jobs, initializer=_init_classifier, initargs=(payload,))
        self.futures_ = [self.pool_.submit(_classify_local, batch) for batch in batches]
        return self

    def results(self) -> list[pd.DataFrame]:
        """Each batch's rows, in order (waits for the ones still running)."""
        try:
            out = [future.result() for future in self.futures_]
        except BaseException:  # a failed batch, or Ctrl-C: stop the rest rather than wait for it
            self.cancel()
            raise
        self.pool_.shutdown(wait=True)
        return out

    def cancel(self) -> None:
        """Stop without results (the fit failed)."""
        for future in self.futures_:
            future.cancel()
        self.pool_.shutdown(wait=True, kill_workers=True)


class EarlyResults:
    """:class:`EarlyClassifier`'s results, by ticket (read order, or rows after :meth:`take`).

    Attributes
    ----------
    done : ndarray of bool, shape (n,)
        Whether the ticket's topic-free results were worked out.
    languages : ndarray of object, shape (n,)
        Its language (None where not done).
    spans : dict of int to list
        Its personal-data spans, for done tickets that hold any.
    classes : pandas.DataFrame
        :func:`topicscope.fitted.classify_batch`'s rows of the done tickets, in order.
    """

    def __init__(self, done: np.ndarray, languages: np.ndarray, spans: dict[int, list[Any]], classes: pd.DataFrame):
        self.done = done
        self.languages = languages
        self.spans = spans
        self.classes = classes
        self._row_of = np.cumsum(done) - 1  # a done ticket's row in ``classes``

    def take(self, positions: np.ndarray) -> "EarlyResults":
        """The results of the tickets at ``positions`` (shape (m,), increasing), as rows 0..m-1."""
        positions = np.asarray(positions, dtype=np.int64)
        keep = positions[self.done[positions]]
        held = np.fromiter(self.spans, dtype=np.int64, count=len(self.spans))
        row = np.searchsorted(positions, held)
        kept = (row < len(positions)) & (positions[np.minimum(row, len(positions) - 1)] == held)
        spans = {int(r): self.spans[int(p)] for p, r in zip(held[kept], row[kept])} if len(positions) else {}
        return EarlyResults(self.done[positions].copy(), self.languages[positions], spans,
                            self.classes.iloc[self._row_of[keep]].reset_index(drop=True))

    def rows(self, rows: np.ndarray) -> tuple[list[Any], list[list[Any]], pd.DataFrame]:
        """Languages, personal-data spans and classes of done ``rows`` (shape (m,), increasing)."""
        return (self.languages[rows].tolist(), [self.spans.get(int(r), []) for r in rows.tolist()],
                self.classes.iloc[self._row_of[rows]].reset_index(drop=True))


class EarlyClassifier:
    """The topic-free results of an export's tickets (:func:`topicscope.fitted.topic_free`:
    language, personal data, categories, face-to-face) worked out in worker processes while this
    process reads the export and fits its topics.

    None of it needs the topics, and reading and fitting keep one core busy: on a million
    tickets on two cores the other stood idle for about a fifth of the run. Batches the workers
    have not started by the end of the fit are cancelled (:meth:`stop`); the apply step takes
    them whole. The results do not depend on where a ticket was worked out.

    Parameters
    ----------
    classifier : CategoryClassifier
    f2f_model : FaceToFaceClassifier
    n_jobs : int
        Worker processes.
    batch_rows : int
        Tickets per batch.
    min_tickets : int
        The workers start once this many tickets are read: for fewer, a worker's start-up and
        model loading (2-3 s) would outweigh the work.

    Attributes
    ----------
    n_ : int
        Tickets added.
    pool_ : loky ProcessPoolExecutor or None
        None until ``min_tickets`` are read.
    futures_ : list of (int, future)
        Each submitted batch's first position and its future, in order.
    """

    def __init__(self, classifier: Any, f2f_model: Any, n_jobs: int, batch_rows: int, min_tickets: int):
        self.classifier = classifier
        self.f2f_model = f2f_model
        self.n_jobs = n_jobs
        self.batch_rows = batch_rows
        self.min_tickets = min_tickets

    def add(self, texts: Sequence[str], channels: Sequence[str]) -> None:
        """More tickets, in read order (``channels`` as ``fillna("").astype(str)`` reads them)."""
        if not hasattr(self, "n_"):
            self.n_, self.pool_, self.futures_ = 0, None, []
            self._texts: list[str] = []
            self._channels: list[str] = []
            self._sent = 0
        self._texts.extend(texts)
        self._channels.extend(channels)
        self.n_ += len(texts)
        if self.pool_ is None and self.n_ >= self.min_tickets:
            import pickle

            from joblib.externals.loky import ProcessPoolExecutor

            payload = pickle.dumps((self.classifier, self.f2f_model), protocol=pickle.HIGHEST_PROTOCOL)
            # At the lowest priority: the reading and the fit in this process come first (they are
            # the run's critical path); the workers take only the time they leave, instead of a
            # third of this process's core.
            self.pool_ = ProcessPoolExecutor(max_workers=self.n_jobs, initializer=_init_classifier,
                                             initargs=(payload, _EARLY_NICENESS))
        while self.pool_ is not None and len(self._texts) >= self.batch_rows:
            self._submit(self.batch_rows)

    @property
    def started(self) -> bool:
        """Whether the workers are at work (enough tickets read, and not stopped)."""
        return getattr(self, "pool_", None) is not None

    def flush(self) -> None:
        """Send the tickets held back for a full batch (the reading is done)."""
        if getattr(self, "pool_", None) is not None and self._texts:
            self._submit(len(self._texts))

    def _submit(self, size: int) -> None:
        # A waiting batch holds only references to texts this process keeps anyway; loky pickles
        # a batch when a worker is about to take it.
        texts, channels = self._texts[:size], self._channels[:size]
        del self._texts[:size], self._channels[:size]
        self.futures_.append((self._sent, self.pool_.submit(_early_local, texts, channels)))
        self._sent += size

    def stop(self) -> EarlyResults:
        """Cancel the batches not started, wait for the running ones; the results by read position."""
        n = getattr(self, "n_", 0)
        done = np.zeros(n, dtype=bool)
        languages = np.full(n, None, dtype=object)
        spans: dict[int, list[Any]] = {}
        classes: list[pd.DataFrame] = []
        if getattr(self, "pool_", None) is None:
            return EarlyResults(done, languages, spans, pd.DataFrame())
        try:
            running = [(at, f) for at, f in self.futures_ if not f.cancel()]
            for at, future in running:
                langs, found, rows = future.result()
                done[at:at + len(langs)] = True
                languages[at:at + len(langs)] = langs
                spans.update((at + i, s) for i, s in enumerate(found) if s)
                classes.append(rows)
        except BaseException:
            self.cancel()
            raise
        self.pool_.shutdown(wait=True)
        self.pool_ = None
        return EarlyResults(done, languages, spans, pd.concat(classes, ignore_index=True) if classes
                            else pd.DataFrame())

    def cancel(self) -> None:
        """Stop without results (an error)."""
        pool = getattr(self, "pool_", None)
        if pool is None:
            return
        for _, future in self.futures_:
            future.cancel()
        pool.shutdown(wait=True, kill_workers=True)
        self.pool_ = None


def _early_local(texts: list[str], channels: list[str]) -> tuple[list[str], list[Any], pd.DataFrame]:
    from threadpoolctl import threadpool_limits

    from .fitted import topic_free

    with threadpool_limits(limits=1, user_api="blas"):
        languages, spans, classes = topic_free(texts, channels, *_WORKER_MODELS)
    # Few distinct values: as categoricals they pickle back as small codes.
    for col in ("category", "pii_kinds"):
        classes[col] = pd.Categorical(classes[col])
    return languages, spans, classes


_EARLY_NICENESS = 19
_WORKER_FITTED: Any = None
_WORKER_MODELS: Any = None


# glibc's mallopt parameters (malloc.h) and the values a worker sets: every batch allocates and
# frees the same large arrays, and by default glibc hands freed memory back to the system and
# maps it in again for the next batch, a page fault per 4 KiB page: about 17 us a ticket of
# system time (about 180,000 faults per 30,000 tickets), none with these values.
_M_TRIM_THRESHOLD, _M_TOP_PAD, _M_MMAP_THRESHOLD = -1, -2, -3
_KEEP_FREED = ((_M_MMAP_THRESHOLD, 32 << 20), (_M_TRIM_THRESHOLD, 1 << 30), (_M_TOP_PAD, 64 << 20))


def _keep_freed_memory() -> bool:
    """Have this process's malloc keep memory it frees for reuse (glibc only; elsewhere a no-op).
    Only ever called in worker processes topicscope starts, never in the caller's. Returns
    whether every setting was taken."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    taken = [mallopt(param, value) == 1 for param, value in _KEEP_FREED]  # each tried, whatever the others did
    return all(taken)


def _init_classifier(payload: bytes, niceness: int = 0) -> None:
    import os
    import pickle

    global _WORKER_MODELS
    if niceness and hasattr(os, "nice"):
        os.nice(niceness)
    _keep_freed_memory()
    _WORKER_MODELS = pickle.loads(payload)


def _classify_local(batch: tuple[list[str], list[str], list[Any]]) -> pd.DataFrame:
    from threadpoolctl import threadpool_limits

    from .fitted import classify_batch

    with threadpool_limits(limits=1, user_api="blas"):
        return classify_batch(*batch, *_WORKER_MODELS)


def _init_worker(payload: bytes) -> None:
    import pickle

    global _WORKER_FITTED
    _keep_freed_memory()
    _WORKER_FITTED = pickle.loads(payload)


def _apply_local(batch: Any) -> pd.DataFrame:
    return apply_batch(batch, _WORKER_FITTED)


__all__ = ["DaskExecutor", "EarlyClassifier", "EarlyResults", "ProcessExecutor", "SampleClassifier", "apply_batch"]
