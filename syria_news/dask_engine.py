"""Parse on a Dask cluster: ``syria-news build --engine dask`` (a ``LocalCluster``) or ``--scheduler tcp://HOST:PORT``.

The workers run the same pure function as local worker processes,
:func:`syria_news.pipeline.read_chunk`, on the same chunks of files; the client submits
them a few at a time and takes the results back in input order, so ids, row order and
output bytes are the local build's. Workers read the raw files themselves: a local raw
folder must be at the same path on every worker (one machine, or a shared file system),
a remote one (``s3://...``, :mod:`syria_news.remote_raw`) reachable at the same URL.

A worker that dies takes its chunk with it; the scheduler gives the chunk to another
worker (up to ``distributed.scheduler.allowed-failures`` times), and a chunk is only ever
taken back once, so no page is lost or counted twice. A cluster that cannot finish (no
workers left, the scheduler gone, a chunk that kills every worker it meets) ends the
build with a one-line :class:`~syria_news.pipeline.BuildError` before anything is written.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections import deque
from collections.abc import Iterator
from typing import Any

from syria_news import pipeline
from syria_news.messages import error_line
from syria_news.pipeline import BuildError, Chunk, read_chunk
from syria_news.raw_files import RawEntry
from syria_news.remote_raw import RawFolder

INSTALL = 'the dask engine needs Dask: pip install "syria-news[dask]"'
# Seconds to reach a scheduler, and to wait for a worker when a cluster has none.
CONNECT_TIMEOUT = 10
NO_WORKERS_TIMEOUT = 30
# A chunk that raised (say, a worker out of memory) is tried again this many times.
RETRIES = 2


def iter_chunks_dask(raw_dir: RawFolder, paths: list[RawEntry], *, max_bytes: int, workers: int, scheduler: str | None) -> Iterator[Chunk]:
    """Chunks in input order, read and parsed on a Dask cluster; never more than
    ``IN_FLIGHT`` per worker ahead of the consumer, so results do not pile up on the client."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BuildError(INSTALL) from None
    size = pipeline.CHUNK
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    if not chunks:
        return
    raw = raw_dir.resolved()
    with _quiet(), contextlib.ExitStack() as stack:
        if scheduler is None:
            cluster = stack.enter_context(
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.CRITICAL)
            )
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(_connect(Client, scheduler))
        n_workers = max(len(client.scheduler_info().get("workers", {})), 1)
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(client.submit(read_chunk, raw, chunk, max_bytes, pure=False, retries=RETRIES))
            if len(pending) >= pipeline.IN_FLIGHT * n_workers:
                yield _result(client, pending.popleft(), scheduler)
        while pending:
            yield _result(client, pending.popleft(), scheduler)


def _connect(client_class: Any, scheduler: str) -> Any:
    try:
        return client_class(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise BuildError(f"cannot reach the Dask scheduler at {scheduler} within {CONNECT_TIMEOUT} s: {error_line(error)}") from None


def _result(client: Any, future: Any, scheduler: str | None) -> Chunk:
    """A chunk's result; a BuildError when the cluster cannot give it."""
    from distributed import TimeoutError as DaskTimeout

    where = f"the Dask cluster at {scheduler}" if scheduler else "the local Dask cluster"
    idle_since = None
    try:
        while True:
            try:
                return future.result(timeout=1)
            except (DaskTimeout, TimeoutError):
                pass
            if client.scheduler_info().get("workers"):
                idle_since = None
            elif idle_since is None:
                idle_since = time.monotonic()
            elif time.monotonic() - idle_since > NO_WORKERS_TIMEOUT:
                raise BuildError(f"{where} has had no workers for {NO_WORKERS_TIMEOUT} s; nothing was written")
    except BuildError:
        raise
    except Exception as error:  # noqa: BLE001 - KilledWorker, a lost scheduler...: one line, the previous outputs untouched
        raise BuildError(f"{where} failed to parse a chunk of files ({type(error).__name__}: {error_line(error)}); nothing was written") from None


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Dask's own log lines (a worker restarted, a connection retried) stay off the
    build's output: what matters reaches the user as one line."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)
