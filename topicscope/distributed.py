"""Past one machine: the read and apply steps on a Dask cluster (the ``dask`` extra).

The parts of a partitioned export are read on the workers, one task a part. Topics and models
are fitted once, on the driver, on a seeded sample (as on one machine), then broadcast to every
worker, which assigns topics, categories and face-to-face need to its batches. The driver joins
the per-ticket results in order and computes the summary from them with the same code as a
single-machine run, so the two give the same summary.
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

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
    """``fitted.apply`` on one batch: a frame, or (frame, its vectors) for tickets already vectorised."""
    from threadpoolctl import threadpool_limits

    frame, X = batch if isinstance(batch, tuple) else (batch, None)
    with threadpool_limits(limits=1, user_api="blas"):
        return fitted.apply(frame, X=X)


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


_WORKER_FITTED: Any = None
_WORKER_MODELS: Any = None


def _init_classifier(payload: bytes) -> None:
    import pickle

    global _WORKER_MODELS
    _WORKER_MODELS = pickle.loads(payload)


def _classify_local(batch: tuple[list[str], list[str], list[Any]]) -> pd.DataFrame:
    from threadpoolctl import threadpool_limits

    from .fitted import classify_batch

    with threadpool_limits(limits=1, user_api="blas"):
        return classify_batch(*batch, *_WORKER_MODELS)


def _init_worker(payload: bytes) -> None:
    import pickle

    global _WORKER_FITTED
    _WORKER_FITTED = pickle.loads(payload)


def _apply_local(batch: Any) -> pd.DataFrame:
    return apply_batch(batch, _WORKER_FITTED)


__all__ = ["DaskExecutor", "ProcessExecutor", "SampleClassifier", "apply_batch"]
