"""Run orbitext on Dask: many processes on one machine, or a cluster of machines.

The pipeline is loaded once per worker process (a module-level singleton, warmed up when the run
starts) and never pickled: tasks carry plain dicts in (``{"id", "text", "date"}``) and plain
record dicts out. Needs the optional extra: ``pip install 'orbitext[dask]'``.

For Dask users::

    import dask.bag as db
    from orbitext.distributed import records_from_bag

    bag = db.read_text("archive-*.jsonl").map(json.loads)
    records = records_from_bag(bag).compute()     # list of DocumentRecord dicts, in order
"""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from .corpus import CorpusError, InputDocument, process_documents
from .schema import DocumentError, DocumentRecord

INSTALL_HINT = "Dask support needs the optional extra: pip install 'orbitext[dask]'"

_PIPELINE: Any = None
_LOCK = threading.Lock()


def worker_pipeline() -> Any:
    """The orbitext pipeline of this worker process, loaded on first use and then kept."""
    global _PIPELINE
    with _LOCK:
        if _PIPELINE is None:
            from .pipeline import load

            _PIPELINE = load()
        return _PIPELINE


def warm_up() -> int:
    """Load the worker's pipeline now (run on every worker when a run starts); returns the pid."""
    worker_pipeline()
    return os.getpid()


def _input(item: Any, number: int) -> InputDocument:
    """A bag element (record dict, or a plain text string) as an InputDocument."""
    if isinstance(item, InputDocument):
        return item
    if isinstance(item, str):
        return InputDocument(None, None, item, None)
    if isinstance(item, dict):
        error = item.get("error")
        return InputDocument(
            item.get("line"),
            item.get("id"),
            item.get("text"),
            item.get("date"),
            DocumentError.model_validate(error) if error else None,
        )
    error = DocumentError(type="InvalidRecord", message=f"expected a dict or str, got {type(item).__name__}")
    return InputDocument(None, None, error=error)


def process_partition(items: Iterable[Any], batch_size: int = 32) -> list[dict[str, Any]]:
    """Worker side: one record dict per item, in order; failures are error records, never raised.

    The lock keeps one run at a time per process: a worker with several threads gains nothing
    from more (the GIL), and the run's error handler is per pipeline.
    """
    documents = [_input(item, number) for number, item in enumerate(items)]
    nlp = worker_pipeline()
    with _LOCK:
        return [
            record.model_dump(mode="json")
            for record in process_documents(documents, nlp, batch_size=batch_size)
        ]


def records_from_bag(bag: Any, *, batch_size: int = 32) -> Any:
    """Map a ``dask.bag`` of documents (``{"id", "text", "date"}`` dicts or texts) to record dicts.

    Partition order and order inside partitions are kept, so ``.compute()`` returns the records
    in input order; every document gives exactly one record (with ``error`` when it failed).
    """
    return bag.map_partitions(process_partition, batch_size=batch_size)


def require_dask() -> None:
    """Stop with the install hint when dask.distributed is missing (before any output is opened)."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError as err:
        raise CorpusError(INSTALL_HINT) from err


def connect(address: str) -> tuple[Any, Any]:
    """A ``(client, cluster)`` for ``tcp://host:port``, ``local`` or ``local:N`` (no cluster if remote)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise CorpusError(INSTALL_HINT) from err
    if address == "local" or address.startswith("local:"):
        _, _, count = address.partition(":")
        try:
            workers = int(count) if count else (os.cpu_count() or 1)
        except ValueError as err:
            raise CorpusError(
                f"--dask: expected local:N with N a number of workers, got {address!r}"
            ) from err
        if workers < 1:
            raise CorpusError(f"--dask: local:N needs N >= 1, got {address!r}")
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except (OSError, TimeoutError, ValueError) as err:
        raise CorpusError(f"cannot connect to Dask scheduler {address!r}: {err}") from err


def _partitions(documents: Iterable[InputDocument], size: int) -> Iterator[list[dict[str, Any]]]:
    part: list[dict[str, Any]] = []
    for item in documents:
        part.append(
            {
                "line": item.line,
                "id": item.id,
                "text": item.text,
                "date": item.date,
                "error": item.error.model_dump() if item.error else None,
            }
        )
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def _collect(future: Any, part: list[dict[str, Any]]) -> Iterator[DocumentRecord]:
    """The records of one finished partition; a lost partition gives one error record per document."""
    try:
        results = future.result()
    except Exception as err:  # worker killed, task lost...: every document of it is reported
        message = f"Dask task failed: {type(err).__name__}: {err}"
        for item in part:
            yield DocumentRecord(
                id=item["id"], error=DocumentError(type="TaskError", message=message, line=item["line"])
            )
        return
    for result in results:
        yield DocumentRecord.model_validate(result)


def dask_records(
    documents: Iterable[InputDocument],
    address: str,
    *,
    batch_size: int = 32,
    partition_size: int | None = None,
    in_flight: int | None = None,
) -> Iterator[DocumentRecord]:
    """Stream ``documents`` through a Dask cluster; yield their records in input order.

    Partitions of ``partition_size`` documents are submitted as they are read, with at most
    ``in_flight`` partitions pending (2 per worker by default), so memory stays flat.
    """
    client, cluster = connect(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        client.run(warm_up)
        size = partition_size or max(8, batch_size)
        limit = in_flight or 2 * workers + 1
        window: deque[tuple[Any, list[dict[str, Any]]]] = deque()
        for part in _partitions(documents, size):
            window.append((client.submit(process_partition, part, batch_size, pure=False), part))
            while len(window) > limit:
                yield from _collect(*window.popleft())
        while window:
            yield from _collect(*window.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
